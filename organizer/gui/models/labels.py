"""Words the GUI shows for the stored vocabularies (one map per enum, kept here only), and
for dates, times and durations."""

from __future__ import annotations

import datetime as dt

from organizer.domain.enums import (
    InteractionKind,
    MeetingKind,
    MeetingStatus,
    OrdinanceStage,
    OverflowPolicy,
    SignupStatus,
    SpeakerNeed,
    StanceSource,
    VoteCast,
)
from organizer.exports.local_time import format_date, format_short_date, format_time

SIGNUP_STATUS_LABELS = {
    SignupStatus.INVITED: "Invited",
    SignupStatus.CONFIRMED: "Confirmed",
    SignupStatus.WAITLISTED: "Waitlisted",
    SignupStatus.CHECKED_IN: "Checked in",
    SignupStatus.SPOKE: "Spoke",
    SignupStatus.NO_SHOW: "No-show",
    SignupStatus.DECLINED: "Declined",
    SignupStatus.CANCELLED: "Cancelled",
}
MEETING_STATUS_LABELS = {
    MeetingStatus.SCHEDULED: "Scheduled",
    MeetingStatus.CANCELLED: "Cancelled",
    MeetingStatus.POSTPONED: "Postponed",
    MeetingStatus.HELD: "Held",
}
MEETING_KIND_LABELS = {
    MeetingKind.REGULAR: "Regular meeting",
    MeetingKind.SPECIAL: "Special meeting",
    MeetingKind.COMMITTEE: "Committee meeting",
    MeetingKind.STUDY_SESSION: "Study session",
}
STAGE_LABELS = {
    OrdinanceStage.NONE: "Not on the agenda",
    OrdinanceStage.DISCUSSION: "Discussion",
    OrdinanceStage.FIRST_READING: "First reading",
    OrdinanceStage.VOTE: "Vote",
}
OVERFLOW_LABELS = {
    OverflowPolicy.FIRST_COME: "First come, first served",
    OverflowPolicy.LOTTERY: "Lottery when more sign up than fit",
}
SOURCE_LABELS = {
    StanceSource.PUBLIC_STATEMENT: "Public statement",
    StanceSource.PRIVATE_MEETING: "Private meeting",
    StanceSource.VOTE: "Vote",
    StanceSource.NEWS: "News report",
    StanceSource.INFERRED: "Our inference",
}
# Lower case and short, for the dashboard's one-line list of stance changes.
SOURCE_SHORT_LABELS = {
    StanceSource.PUBLIC_STATEMENT: "public statement",
    StanceSource.PRIVATE_MEETING: "private meeting",
    StanceSource.VOTE: "vote",
    StanceSource.NEWS: "news",
    StanceSource.INFERRED: "inferred",
}
INTERACTION_LABELS = {
    InteractionKind.MEETING: "Meeting",
    InteractionKind.CALL: "Phone call",
    InteractionKind.EMAIL: "Email",
    InteractionKind.TESTIMONY: "Testimony",
}
VOTE_LABELS = {
    VoteCast.YES: "Yes",
    VoteCast.NO: "No",
    VoteCast.ABSTAIN: "Abstain",
    VoteCast.ABSENT: "Absent",
}
NEED_LABELS = {
    SpeakerNeed.INTERPRETER: "Interpreter",
    SpeakerNeed.CHILDCARE: "Childcare",
    SpeakerNeed.RIDE: "Ride",
    SpeakerNeed.ACCESS: "Access",
}


def local_date_text(moment: dt.datetime) -> str:
    """Mon Mar 9, 2026 (the moment must already be in the council's zone)."""
    return f"{format_short_date(moment.date(), 'en')}, {moment.year}"


def local_when_text(moment: dt.datetime) -> str:
    return f"{local_date_text(moment)} · {format_time(moment, 'en')}"


def long_when_text(moment: dt.datetime) -> str:
    return f"{format_date(moment.date(), 'en')} at {format_time(moment, 'en')}"


def date_text(day: dt.date | None) -> str:
    return f"{format_short_date(day, 'en')[4:]}, {day.year}" if day else ""


def duration_text(delta: dt.timedelta) -> str:
    """3 days 4 hours / 2 hours 10 minutes / 7 minutes: the two largest units."""
    minutes = int(delta.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [(days, "day"), (hours, "hour"), (minutes, "minute")]
    shown = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in parts if n]
    return " ".join(shown[:2]) or "less than a minute"


def minutes_text(minutes: int | None, none: str = "no limit") -> str:
    if minutes is None:
        return none
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def lead_time_text(minutes: int | None, none: str = "no deadline") -> str:
    """120 -> "2 hours"; 90 -> "1 hour 30 minutes"; 15 -> "15 minutes"."""
    if minutes is None:
        return none
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(minutes_text(rest))
    return " ".join(parts)
