"""Calendars (iCalendar, RFC 5545): the meetings calendar and each speaker's invitation.

Times are written in the council's zone with a TZID and the matching VTIMEZONE, so a phone
shows 6:00 PM on both sides of a daylight-saving change. UIDs are stable: a meeting keeps
the UID of the council feed it was imported from (``Meeting.ics_uid``), otherwise the random
one it was given when created, so importing the file again updates instead of adding, and
two campaigns' files never collide.
SEQUENCE follows the row's version, so calendar programs accept a changed time or a
cancellation as newer than what they hold.

Internal notes never go into a calendar: these files are handed to volunteers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import icalendar

from organizer import __version__
from organizer.domain.enums import (
    ACTIVE_SIGNUP_STATUSES,
    MeetingKind,
    MeetingStatus,
    OrdinanceStage,
    OverflowPolicy,
)
from organizer.domain.models import Meeting, Signup
from organizer.exports.local_time import format_date, format_time, language_or_english, local
from organizer.exports.vtimezone import vtimezone

PRODID = f"-//Welcoming City campaign//organizer {__version__}//EN"
UID_DOMAIN = "organizer.local"
# Councils publish a start time only; two hours is what a calendar should block out.
MEETING_LENGTH = dt.timedelta(hours=2)
# Speakers come early to sign up with the clerk and find a seat.
ARRIVE_EARLY = dt.timedelta(minutes=30)
SIGNUP_MARGIN = dt.timedelta(minutes=15)
# A deadline up to this long is met at the door (a sign-up sheet or card); a longer one is
# advance notice, which the coordinator gives, so it does not bring the speaker in earlier.
IN_PERSON_DEADLINE = dt.timedelta(minutes=60)
REMINDERS = (dt.timedelta(days=1), dt.timedelta(hours=2))


_KIND = {
    "en": {
        MeetingKind.REGULAR: "regular meeting",
        MeetingKind.SPECIAL: "special meeting",
        MeetingKind.COMMITTEE: "committee meeting",
        MeetingKind.STUDY_SESSION: "study session",
    },
    "es": {
        MeetingKind.REGULAR: "sesión ordinaria",
        MeetingKind.SPECIAL: "sesión extraordinaria",
        MeetingKind.COMMITTEE: "reunión de comité",
        MeetingKind.STUDY_SESSION: "sesión de estudio",
    },
}
_STAGE = {
    "en": {
        OrdinanceStage.DISCUSSION: "the ordinance is up for discussion",
        OrdinanceStage.FIRST_READING: "first reading of the ordinance",
        OrdinanceStage.VOTE: "the council votes on the ordinance",
    },
    "es": {
        OrdinanceStage.DISCUSSION: "se discute la ordenanza",
        OrdinanceStage.FIRST_READING: "primera lectura de la ordenanza",
        OrdinanceStage.VOTE: "el concejo vota la ordenanza",
    },
}
_WORDS = {
    "en": {
        "agenda": "Agenda item",
        "ordinance": "Ordinance",
        "rules": "Public comment",
        "per_speaker": "{n} per speaker",
        "window": "{n} in all",
        "no_window": "no overall time limit",
        "deadline": "sign up at least {n} before the meeting starts",
        "deadline_zero": "sign up before the meeting starts",
        "lottery": "if more people sign up than fit, speakers are drawn by lottery",
        "first_come": "if more people sign up than fit, the first to sign up speak first",
        "cancelled": "This meeting is cancelled.",
        "postponed": "This meeting is postponed; a new date has not been set.",
        "invite_summary": "Speak at {body} (public comment)",
        "invite_summary_slot": "Speak at {body} (public comment, speaker {n})",
        "thanks": "Thank you for speaking at the {body} {kind} on {date}.",
        "arrive": "Please arrive by {arrive}; the meeting starts at {start}.",
        "slot": "Your place on our list: speaker {n} of {total}.",
        "minutes": "You have {n} minutes.",
        "questions": "Questions? {contact}",
        "alarm_day": "Tomorrow: {summary}",
        "alarm_hours": "In two hours: {summary}",
    },
    "es": {
        "agenda": "Punto del orden del día",
        "ordinance": "Ordenanza",
        "rules": "Comentario público",
        "per_speaker": "{n} por persona",
        "window": "{n} en total",
        "no_window": "sin límite de tiempo total",
        "deadline": "inscríbase al menos {n} antes de que empiece la sesión",
        "deadline_zero": "inscríbase antes de que empiece la sesión",
        "lottery": "si se inscriben más personas de las que caben, se sortea quién habla",
        "first_come": "si se inscriben más personas de las que caben, hablan primero quienes se inscribieron primero",
        "cancelled": "Esta sesión está cancelada.",
        "postponed": "Esta sesión está aplazada; todavía no hay nueva fecha.",
        "invite_summary": "Hablar en {body} (comentario público)",
        "invite_summary_slot": "Hablar en {body} (comentario público, turno {n})",
        "thanks": "Gracias por hablar en la {kind} de {body} el {date}.",
        "arrive": "Por favor llegue antes de {arrive}; la sesión empieza a {start}.",
        "slot": "Su lugar en nuestra lista: turno {n} de {total}.",
        "minutes": "Tiene {n} minutos.",
        "questions": "¿Preguntas? {contact}",
        "alarm_day": "Mañana: {summary}",
        "alarm_hours": "En dos horas: {summary}",
    },
}


def words(language: str) -> dict[str, str]:
    return _WORDS[language_or_english(language)]


def clock(moment: dt.datetime, language: str) -> str:
    """A time as it follows "at": 6:00 PM / las 6:00 p. m. (la 1:00 p. m.)."""
    text = format_time(moment, language)
    if language_or_english(language) == "es":
        return ("la " if moment.hour % 12 == 1 else "las ") + text
    return text


def meeting_uid(meeting: Meeting) -> str:
    # Every meeting is given a random UID when created; the fallback covers unsaved objects.
    return meeting.ics_uid or f"meeting-{meeting.id}@{UID_DOMAIN}"


def invitation_uid(signup: Signup) -> str:
    # The meeting's random UID makes it unique across campaigns, not just within this one.
    return f"signup-{signup.id}-{meeting_uid(signup.meeting)}"


def kind_label(kind: MeetingKind, language: str = "en") -> str:
    return _KIND[language_or_english(language)][kind]


def body_label(meeting: Meeting) -> str:
    return meeting.body.short_name or meeting.body.name


def meeting_summary(meeting: Meeting) -> str:
    """The meeting's title, else "<council>: <kind>" (what a calendar lists)."""
    if meeting.title:
        return meeting.title
    return f"{meeting.body.name}: {kind_label(meeting.kind).capitalize()}"


def meeting_location(meeting: Meeting) -> str:
    return ", ".join(p for p in (meeting.effective_place, meeting.effective_address) if p)


def arrive_by(meeting: Meeting) -> dt.datetime:
    """When a speaker should be there: early enough to sign up with the clerk."""
    lead = ARRIVE_EARLY
    if meeting.effective_signup_deadline_minutes is not None:
        deadline = dt.timedelta(minutes=meeting.effective_signup_deadline_minutes)
        if deadline <= IN_PERSON_DEADLINE:
            lead = max(lead, deadline + SIGNUP_MARGIN)
    return meeting.starts_at - lead


def duration(minutes: int, language: str = "en") -> str:
    """90 minutes / 2 hours / 1 hour (2 horas, 1 hora, 90 minutos)."""
    spanish = language_or_english(language) == "es"
    if minutes and minutes % 60 == 0:
        hours = minutes // 60
        if spanish:
            return "1 hora" if hours == 1 else f"{hours} horas"
        return "1 hour" if hours == 1 else f"{hours} hours"
    if spanish:
        return "1 minuto" if minutes == 1 else f"{minutes} minutos"
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


def comment_rules(meeting: Meeting, language: str = "en") -> str:
    """The public-comment rules as one sentence, or "" when none are recorded."""
    w = words(language)
    parts = []
    if meeting.effective_minutes_per_speaker is not None:
        parts.append(w["per_speaker"].format(n=duration(meeting.effective_minutes_per_speaker, language)))
    if meeting.effective_window_minutes is not None:
        parts.append(w["window"].format(n=duration(meeting.effective_window_minutes, language)))
    elif parts:
        parts.append(w["no_window"])
    deadline = meeting.effective_signup_deadline_minutes
    if deadline is not None:
        parts.append(w["deadline"].format(n=duration(deadline, language)) if deadline else w["deadline_zero"])
    if parts:
        policy = meeting.effective_overflow_policy
        parts.append(w["lottery"] if policy == OverflowPolicy.LOTTERY else w["first_come"])
    sentence = f"{w['rules']}: {'; '.join(parts)}." if parts else ""
    instructions = (meeting.body.signup_instructions or "").strip()
    return "\n".join(p for p in (sentence, instructions) if p)


def _status_lines(meeting: Meeting, language: str) -> list[str]:
    w = words(language)
    if meeting.status == MeetingStatus.CANCELLED:
        return [w["cancelled"]]
    if meeting.status == MeetingStatus.POSTPONED:
        return [w["postponed"]]
    return []


def meeting_description(meeting: Meeting, language: str = "en") -> str:
    w = words(language)
    lines = _status_lines(meeting, language)
    if meeting.agenda_item:
        lines.append(f"{w['agenda']}: {meeting.agenda_item}")
    stage = _STAGE[language_or_english(language)].get(meeting.ordinance_stage)
    if stage:
        lines.append(f"{w['ordinance']}: {stage}")
    rules = comment_rules(meeting, language)
    if rules:
        lines.append(rules)
    return "\n".join(lines)


def _ics_status(meeting: Meeting) -> str:
    # A postponed meeting will not happen at this time: calendars should show it struck out.
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED):
        return "CANCELLED"
    return "CONFIRMED"


def _new_calendar(name: str = "") -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    if name:
        calendar.add("X-WR-CALNAME", name)
    return calendar


def _add_timezones(calendar: icalendar.Calendar, starts: dict[str, list[dt.datetime]]) -> None:
    # VTIMEZONEs go first: some readers need a zone defined before an event refers to it.
    for position, (tzid, moments) in enumerate(sorted(starts.items())):
        years = [m.astimezone(dt.UTC).year for m in moments]
        component = vtimezone(tzid, min(years), max(years) + 1)
        calendar.subcomponents.insert(position, component)


def _meeting_event(meeting: Meeting, now: dt.datetime) -> icalendar.Event:
    tz = meeting.body.timezone
    start = local(meeting.starts_at, tz)
    event = icalendar.Event()
    event.add("UID", meeting_uid(meeting))
    event.add("DTSTAMP", now)
    event.add("SEQUENCE", max((meeting.version or 1) - 1, 0))
    event.add("DTSTART", start)
    event.add("DTEND", start + MEETING_LENGTH)
    event.add("SUMMARY", meeting_summary(meeting))
    location = meeting_location(meeting)
    if location:
        event.add("LOCATION", location)
    description = meeting_description(meeting)
    if description:
        event.add("DESCRIPTION", description)
    event.add("STATUS", _ics_status(meeting))
    if meeting.updated_at is not None:
        event.add("LAST-MODIFIED", meeting.updated_at.astimezone(dt.UTC))
    return event


def meetings_calendar(
    meetings: Iterable[Meeting], *, name: str = "", now: dt.datetime | None = None
) -> bytes:
    """One VCALENDAR with a VEVENT per meeting (cancelled ones marked CANCELLED)."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    calendar = _new_calendar(name)
    starts: dict[str, list[dt.datetime]] = {}
    for meeting in meetings:
        calendar.add_component(_meeting_event(meeting, stamp))
        starts.setdefault(meeting.body.timezone, []).append(meeting.starts_at)
    _add_timezones(calendar, starts)
    return calendar.to_ical()


def speaking_order(meeting: Meeting) -> list[Signup]:
    """The sign-ups expected to speak (``ACTIVE_SIGNUP_STATUSES``), in speaking order.

    A speaker's number is their place in this list, not ``Signup.position``: positions
    keep counting sign-ups that were cancelled or declined, and the waiting list. Packets,
    messages, invitations and their file names all number speakers this way.
    """
    active = [s for s in meeting.signups if s.status in ACTIVE_SIGNUP_STATUSES]
    return sorted(active, key=lambda s: (s.position or 0, s.id or 0))


def speaker_number(signup: Signup) -> int | None:
    """1 for the first speaker, 2 for the next...; None for anyone not expected to speak."""
    for number, other in enumerate(speaking_order(signup.meeting), start=1):
        if other is signup or (signup.id is not None and other.id == signup.id):
            return number
    return None


def active_speaker_count(meeting: Meeting) -> int:
    """M in "speaker N of M"."""
    return len(speaking_order(meeting))


def invitation_summary(signup: Signup, language: str) -> str:
    w = words(language)
    body = body_label(signup.meeting)
    number = speaker_number(signup)
    if number:
        return w["invite_summary_slot"].format(body=body, n=number)
    return w["invite_summary"].format(body=body)


def invitation_description(signup: Signup, language: str, contact: str = "") -> str:
    meeting = signup.meeting
    w = words(language)
    tz = meeting.body.timezone
    start = local(meeting.starts_at, tz)
    lines = _status_lines(meeting, language)
    lines.append(
        w["thanks"].format(
            body=meeting.body.name,
            kind=kind_label(meeting.kind, language),
            date=format_date(start.date(), language),
        )
    )
    lines.append(
        w["arrive"].format(
            arrive=clock(local(arrive_by(meeting), tz), language),
            start=clock(start, language),
        )
    )
    number = speaker_number(signup)
    if number:
        lines.append(w["slot"].format(n=number, total=active_speaker_count(meeting)))
    if signup.effective_minutes is not None:
        lines.append(w["minutes"].format(n=signup.effective_minutes))
    if meeting.agenda_item:
        lines.append(f"{w['agenda']}: {meeting.agenda_item}")
    rules = comment_rules(meeting, language)
    if rules:
        lines.append(rules)
    if contact:
        lines.append(w["questions"].format(contact=contact))
    return "\n".join(tidy_sentence(line) for line in lines)


def tidy_sentence(text: str) -> str:
    """Drop the period doubled when a sentence ends in "p. m." or an abbreviation."""
    return re.sub(r"\.\.(?=\s|$)", ".", text)


def speaker_invitation(
    signup: Signup, *, contact: str = "", now: dt.datetime | None = None
) -> bytes:
    """A one-event calendar for a speaker: from arrive-by time, with reminders a day and
    two hours before, in the speaker's packet language. ``contact`` says whom to ask."""
    meeting = signup.meeting
    language = language_or_english(signup.person.packet_language)
    tz = meeting.body.timezone
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    summary = invitation_summary(signup, language)

    event = icalendar.Event()
    event.add("UID", invitation_uid(signup))
    event.add("DTSTAMP", stamp)
    event.add("SEQUENCE", max((signup.version or 1) + (meeting.version or 1) - 2, 0))
    event.add("DTSTART", local(arrive_by(meeting), tz))
    event.add("DTEND", local(meeting.starts_at + MEETING_LENGTH, tz))
    event.add("SUMMARY", summary)
    location = meeting_location(meeting)
    if location:
        event.add("LOCATION", location)
    event.add("DESCRIPTION", invitation_description(signup, language, contact))
    event.add("STATUS", _ics_status(meeting))
    w = words(language)
    for before, text_key in zip(REMINDERS, ("alarm_day", "alarm_hours"), strict=True):
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("TRIGGER", -before)
        alarm.add("DESCRIPTION", w[text_key].format(summary=summary))
        event.add_component(alarm)

    calendar = _new_calendar()
    calendar.add_component(event)
    _add_timezones(calendar, {tz: [meeting.starts_at]})
    return calendar.to_ical()
