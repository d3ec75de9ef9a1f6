"""A council member's page as plain values: details, stance history, contacts, useful points."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from organizer.domain.enums import InteractionKind, PointCategory, Stance, StanceSource
from organizer.services import council
from organizer.services.validation import format_phone


@dataclass(frozen=True)
class StanceLine:
    record_id: int
    stance: Stance
    recorded_on: dt.date
    source_kind: StanceSource
    source: str
    is_public: bool


@dataclass(frozen=True)
class ContactLine:
    interaction_id: int
    occurred_on: dt.date
    kind: InteractionKind
    team_members: str
    summary: str
    follow_up_on: dt.date | None
    follow_up_done: bool


@dataclass(frozen=True)
class AnsweringPoint:
    point_id: int
    title: str
    category: PointCategory
    summary: str
    concerns: tuple[str, ...]  # the member's concerns this point answers


@dataclass(frozen=True)
class MemberView:
    member_id: int
    version: int
    body_id: int
    body_name: str
    name: str
    seat: str
    is_mayor: bool
    active: bool
    term_start: dt.date | None
    term_end: dt.date | None
    email: str
    phone: str
    office: str
    notes: str
    is_sample: bool
    concerns: tuple[str, ...]
    stance: Stance
    stances: tuple[StanceLine, ...]  # newest first
    contacts: tuple[ContactLine, ...]  # newest first
    points: tuple[AnsweringPoint, ...]


def member_view(session: Session, member_id: int) -> MemberView:
    member = council.load_member(session, member_id)
    concerns = tuple(member.concerns or ())
    wanted = set(council.normalize_tags(concerns))
    points = tuple(
        AnsweringPoint(
            point_id=p.id,
            title=p.title,
            category=PointCategory(p.category),
            summary=p.summary,
            concerns=tuple(c for c in council.normalize_tags(p.concerns) if c in wanted),
        )
        for p in council.points_answering(session, concerns)
    )
    return MemberView(
        member_id=member.id,
        version=member.version,
        body_id=member.body_id,
        body_name=member.body.name,
        name=member.name,
        seat=member.seat,
        is_mayor=bool(member.is_mayor),
        active=member.active is not False,
        term_start=member.term_start,
        term_end=member.term_end,
        email=member.email,
        phone=format_phone(member.phone) if member.phone else "",
        office=member.office,
        notes=member.notes,
        is_sample=bool(member.is_sample),
        concerns=concerns,
        stance=member.current_stance,
        stances=tuple(
            StanceLine(s.id, Stance(s.stance), s.recorded_on, StanceSource(s.source_kind), s.source, bool(s.is_public))
            for s in reversed(member.stances)
        ),
        contacts=tuple(
            ContactLine(
                i.id, i.occurred_on, InteractionKind(i.kind), i.team_members, i.summary,
                i.follow_up_on, bool(i.follow_up_done),
            )  # fmt: skip
            for i in reversed(member.interactions)
        ),
        points=points,
    )
