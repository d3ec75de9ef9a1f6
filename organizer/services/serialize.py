"""Records as JSON-ready dicts, for `--json` output and anything else that wants plain data.

Internal notes are left out: these lists are easily pasted into places others can read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from organizer.domain.models import CouncilMember, Meeting, Person, TalkingPoint
from organizer.services.meetings import local_start


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def member_dict(member: CouncilMember) -> dict[str, Any]:
    latest = member.stances[-1] if member.stances else None
    return {
        "id": member.id,
        "body": member.body.name,
        "body_id": member.body_id,
        "name": member.name,
        "seat": member.seat,
        "is_mayor": member.is_mayor,
        "stance": member.current_stance.value,
        "stance_date": _date(latest.recorded_on) if latest else None,
        "stance_public": bool(latest.is_public) if latest else False,
        "email": member.email,
        "phone": member.phone,
        "concerns": list(member.concerns or []),
        "active": member.active,
        "term_start": _date(member.term_start),
        "term_end": _date(member.term_end),
        "sample": member.is_sample,
    }


def meeting_dict(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "body": meeting.body.name,
        "body_id": meeting.body_id,
        "starts_at": meeting.starts_at.isoformat(),
        "local_start": local_start(meeting).isoformat(),
        "timezone": meeting.body.timezone,
        "kind": meeting.kind.value,
        "title": meeting.title,
        "status": meeting.status.value,
        "place": meeting.effective_place,
        "address": meeting.effective_address,
        "agenda_item": meeting.agenda_item,
        "ordinance_stage": meeting.ordinance_stage.value,
        "minutes_per_speaker": meeting.effective_minutes_per_speaker,
        "comment_window_minutes": meeting.effective_window_minutes,
        "signup_deadline_minutes": meeting.effective_signup_deadline_minutes,
        "overflow_policy": meeting.effective_overflow_policy.value,
    }


def person_dict(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "preferred_name": person.preferred_name,
        "display_name": person.display_name,
        "pronouns": person.pronouns,
        "email": person.email,
        "phone": person.phone,
        "zip_code": person.zip_code,
        "home_body_id": person.home_body_id,
        "ward": person.ward,
        "languages": list(person.languages or []),
        "packet_language": person.packet_language,
        "may_email": person.may_email,
        "may_text": person.may_text,
        "may_name_publicly": person.may_name_publicly,
        "role": person.role.value,
        "sample": person.is_sample,
    }


def point_dict(point: TalkingPoint) -> dict[str, Any]:
    return {
        "id": point.id,
        "key": point.key,
        "title": point.title,
        "category": point.category.value,
        "summary": point.summary,
        "body": point.body,
        "sources": point.sources,
        "concerns": list(point.concerns or []),
        "active": point.active,
        "sort_order": point.sort_order,
        "translations": sorted(t.language for t in point.translations),
    }
