"""Council members, their stance history and the team's interactions with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from organizer.domain.enums import InteractionKind, Stance, StanceSource
from organizer.domain.models import (
    CouncilMember,
    GoverningBody,
    Interaction,
    StanceRecord,
    TalkingPoint,
)
from organizer.domain.rules import whip as whip_rules
from organizer.domain.rules.from_models import whip_input
from organizer.errors import NotFoundError, ValidationError
from organizer.i18n import N_, _
from organizer.services import validation as v
from organizer.services.records import apply_changes, check_version, get_record

MEMBER_FIELDS = (
    "name", "seat", "is_mayor", "term_start", "term_end", "email", "phone", "office",
    "notes", "active", "concerns", "body_id",
)


def list_bodies(session: Session) -> Sequence[GoverningBody]:
    return session.scalars(select(GoverningBody).order_by(GoverningBody.name)).all()


def find_body(session: Session, text: str) -> GoverningBody:
    """A body by id, name or short name (case-insensitive; a unique prefix is enough)."""
    key = (text or "").strip()
    body_id = v.record_id(key, N_("council"))
    if body_id is not None:
        return get_record(session, GoverningBody, body_id, N_("council"))
    bodies = list_bodies(session)
    lowered = key.lower()
    exact = [b for b in bodies if lowered in (b.name.lower(), b.short_name.lower())]
    if len(exact) == 1:
        return exact[0]
    partial = [b for b in bodies if b.name.lower().startswith(lowered) or b.short_name.lower().startswith(lowered)]
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(f"“{b.short_name or b.name}”" for b in bodies)
    raise NotFoundError(_("There is no council called “{key}”; choose one of {names}.").format(key=key, names=names))


def members_query():
    return (
        select(CouncilMember)
        .options(selectinload(CouncilMember.stances), selectinload(CouncilMember.body))
        .order_by(CouncilMember.body_id, CouncilMember.is_mayor.desc(), CouncilMember.seat, CouncilMember.name)
    )


def list_members(session: Session, body_id: int | None = None, *, active_only: bool = False) -> Sequence[CouncilMember]:
    query = members_query()
    if body_id is not None:
        query = query.where(CouncilMember.body_id == body_id)
    if active_only:
        query = query.where(CouncilMember.active.is_(True))
    return session.scalars(query).all()


def _clean_member(fields: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "name" in out:
        out["name"] = v.require_text(out["name"], N_("A member's name"), field="name", max_length=200)
    if "seat" in out:
        out["seat"] = v.limit_text(out["seat"], N_("The seat"), field="seat", max_length=100)
    if "office" in out:
        out["office"] = v.limit_text(out["office"], N_("The office"), field="office", max_length=300)
    if "notes" in out:  # cleaned and limited like a person's notes
        out["notes"] = v.limit_text(out["notes"], N_("Notes"), field="notes", max_length=20_000)
    if "email" in out:
        out["email"] = v.normalize_email(out["email"]) or ""
    if "phone" in out:
        out["phone"] = v.normalize_phone(out["phone"])
    if "concerns" in out:
        out["concerns"] = normalize_tags(out["concerns"])
    if out.get("term_start") and out.get("term_end") and out["term_end"] < out["term_start"]:
        raise ValidationError(_("A term cannot end before it starts."), "term_end")
    return out


def normalize_tags(tags: Sequence[str] | str | None) -> list[str]:
    """Concern tags: trimmed, lower case, no duplicates, in the order given."""
    if isinstance(tags, str):
        tags = tags.split(",")
    cleaned = [" ".join(t.split()).lower() for t in (tags or [])]
    return list(dict.fromkeys(t for t in cleaned if t))


def create_member(session: Session, body_id: int, **fields: Any) -> CouncilMember:
    get_record(session, GoverningBody, body_id, N_("council"))
    member = CouncilMember(body_id=body_id, **_clean_member(fields))
    session.add(member)
    session.flush()
    return member


def update_member(
    session: Session, member_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> CouncilMember:
    member = get_record(session, CouncilMember, member_id, N_("council member"))
    check_version(member, expected_version, N_("council member"))
    apply_changes(member, _clean_member(changes), MEMBER_FIELDS)
    session.flush()
    return member


def record_stance(
    session: Session,
    member_id: int,
    stance: Stance | str,
    *,
    source_kind: StanceSource | str = StanceSource.PRIVATE_MEETING,
    source: str = "",
    is_public: bool = False,
    recorded_on: dt.date | None = None,
    meeting_id: int | None = None,
) -> StanceRecord:
    member = get_record(session, CouncilMember, member_id, N_("council member"))
    stance = v.parse_choice(Stance, stance, N_("a stance"), "stance", list_choices=True)
    source_kind = v.parse_choice(StanceSource, source_kind, N_("a kind of source"), "source_kind")
    record = StanceRecord(
        member=member,
        stance=stance,
        source_kind=source_kind,
        source=v.limit_text(source, N_("The source"), field="source", max_length=5000),
        is_public=bool(is_public),
        recorded_on=recorded_on or dt.date.today(),
        meeting_id=meeting_id,
    )
    session.add(record)
    session.flush()
    session.expire(member, ["stances"])
    return record


def record_interaction(
    session: Session,
    member_id: int,
    kind: InteractionKind | str,
    summary: str,
    *,
    occurred_on: dt.date | None = None,
    team_members: str = "",
    follow_up_on: dt.date | None = None,
) -> Interaction:
    member = get_record(session, CouncilMember, member_id, N_("council member"))
    kind = v.parse_choice(InteractionKind, kind, N_("a kind of interaction"), "kind")
    interaction = Interaction(
        member=member,
        kind=kind,
        summary=v.require_text(summary, N_("The summary"), field="summary", max_length=20_000),
        occurred_on=occurred_on or dt.date.today(),
        team_members=v.limit_text(team_members, N_("Who took part"), field="team_members", max_length=300),
        follow_up_on=follow_up_on,
    )
    session.add(interaction)
    session.flush()
    return interaction


def set_follow_up_done(session: Session, interaction_id: int, done: bool = True) -> Interaction:
    interaction = get_record(session, Interaction, interaction_id, N_("interaction"))
    interaction.follow_up_done = done
    session.flush()
    return interaction


def follow_ups_due(session: Session, today: dt.date, within_days: int = 7) -> Sequence[Interaction]:
    horizon = today + dt.timedelta(days=within_days)
    return session.scalars(
        select(Interaction)
        .options(selectinload(Interaction.member))
        .where(Interaction.follow_up_on.is_not(None))
        .where(Interaction.follow_up_done.is_(False))
        .where(Interaction.follow_up_on <= horizon)
        .order_by(Interaction.follow_up_on)
    ).all()


def latest_stance_changes(session: Session, limit: int = 10) -> Sequence[StanceRecord]:
    return session.scalars(
        select(StanceRecord)
        .options(selectinload(StanceRecord.member))
        .order_by(StanceRecord.recorded_on.desc(), StanceRecord.id.desc())
        .limit(limit)
    ).all()


def points_answering(session: Session, concerns: Sequence[str]) -> list[TalkingPoint]:
    """Active talking points that answer any of these concerns (tags compared case-insensitively)."""
    wanted = set(normalize_tags(concerns))
    if not wanted:
        return []
    points = session.scalars(
        select(TalkingPoint).where(TalkingPoint.active.is_(True)).order_by(TalkingPoint.sort_order, TalkingPoint.id)
    ).all()
    return [p for p in points if wanted & set(normalize_tags(p.concerns))]


def whip_counts(session: Session) -> list[whip_rules.WhipCount]:
    bodies = session.scalars(
        select(GoverningBody)
        .options(selectinload(GoverningBody.members).selectinload(CouncilMember.stances))
        .order_by(GoverningBody.name)
    ).all()
    return [whip_rules.whip_count(whip_input(body)) for body in bodies]


def last_contacts(session: Session, body_id: int | None = None) -> dict[int, dt.date]:
    """The date of the team's latest interaction with each member, in one query."""
    query = select(Interaction.member_id, func.max(Interaction.occurred_on)).group_by(Interaction.member_id)
    if body_id is not None:
        query = query.join(CouncilMember, CouncilMember.id == Interaction.member_id).where(
            CouncilMember.body_id == body_id
        )
    return {member_id: day for member_id, day in session.execute(query).all()}


def load_member(session: Session, member_id: int) -> CouncilMember:
    """A member with their body, stance history and interactions loaded, for the member's page."""
    member = session.scalar(
        select(CouncilMember)
        .where(CouncilMember.id == member_id)
        .options(
            selectinload(CouncilMember.body),
            selectinload(CouncilMember.stances),
            selectinload(CouncilMember.interactions),
        )
    )
    if member is None:
        raise NotFoundError(_("There is no council member with id {member_id}.").format(member_id=member_id))
    return member
