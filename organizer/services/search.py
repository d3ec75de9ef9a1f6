"""One search box over people, council members, meetings and talking points."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from organizer.domain.models import CouncilMember, GoverningBody, Meeting, TalkingPoint
from organizer.services.people import filter_people_query


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "person", "member", "meeting", "point"
    id: int
    title: str
    detail: str


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(session: Session, text: str, limit_per_kind: int = 8) -> list[SearchHit]:
    text = " ".join((text or "").split())
    if not text:
        return []
    pattern = _like(text)
    hits: list[SearchHit] = []
    for person in session.scalars(filter_people_query(text).limit(limit_per_kind)):
        hits.append(SearchHit("person", person.id, person.display_name, person.email or person.phone))
    members = session.scalars(
        select(CouncilMember)
        .options(selectinload(CouncilMember.body))
        .where(or_(func.lower(CouncilMember.name).like(pattern, escape="\\"),
                   func.lower(CouncilMember.seat).like(pattern, escape="\\")))
        .limit(limit_per_kind)
    )
    for member in members:
        hits.append(SearchHit("member", member.id, member.name, f"{member.seat}, {member.body.short_name or member.body.name}"))
    meetings = session.scalars(
        select(Meeting)
        .join(Meeting.body)
        .options(selectinload(Meeting.body))
        .where(or_(func.lower(Meeting.agenda_item).like(pattern, escape="\\"),
                   func.lower(Meeting.title).like(pattern, escape="\\"),
                   func.lower(GoverningBody.name).like(pattern, escape="\\"),
                   func.lower(GoverningBody.short_name).like(pattern, escape="\\")))
        .order_by(Meeting.starts_at.desc())
        .limit(limit_per_kind)
    )
    for meeting in meetings:
        local = meeting.starts_at.astimezone(ZoneInfo(meeting.body.timezone))
        hits.append(SearchHit("meeting", meeting.id, f"{meeting.body.short_name or meeting.body.name}, {local:%a %b %d %Y}",
                              meeting.agenda_item or meeting.kind.value))
    points = session.scalars(
        select(TalkingPoint)
        .where(or_(func.lower(TalkingPoint.title).like(pattern, escape="\\"),
                   func.lower(TalkingPoint.summary).like(pattern, escape="\\")))
        .order_by(TalkingPoint.sort_order)
        .limit(limit_per_kind)
    )
    for point in points:
        hits.append(SearchHit("point", point.id, point.title, point.summary))
    return hits
