"""Words the GUI shows for the stored vocabularies (one map per enum, kept here only), and
for dates, times and durations, in the interface's language.

The maps hold the English source text (marked for lupdate) and translate it when it is looked
up, so a module imported before the translator was installed still shows Spanish.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from organizer.domain.enums import (
    InteractionKind,
    MeetingKind,
    MeetingStatus,
    OrdinanceStage,
    OverflowPolicy,
    PointCategory,
    SignupStatus,
    SpeakerNeed,
    Stance,
    StanceSource,
    VoteCast,
)
from organizer.exports.local_time import format_date, format_short_date, format_time
from organizer.gui.i18n import current_language

CONTEXT = "labels"


def translated(text: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP("labels", ...), translated now."""
    return QCoreApplication.translate(CONTEXT, text)


class TranslatedLabels(Mapping):
    """A read-only enum -> label map whose labels are translated as they are read."""

    def __init__(self, source: dict):
        self._source = source

    def __getitem__(self, key: object) -> str:
        return translated(self._source[key])

    def __iter__(self) -> Iterator:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)


STANCE_LABELS = TranslatedLabels({
    Stance.YES: QT_TRANSLATE_NOOP("labels", "Yes"),
    Stance.LEAN_YES: QT_TRANSLATE_NOOP("labels", "Leaning yes"),
    Stance.UNDECIDED: QT_TRANSLATE_NOOP("labels", "Undecided"),
    Stance.LEAN_NO: QT_TRANSLATE_NOOP("labels", "Leaning no"),
    Stance.NO: QT_TRANSLATE_NOOP("labels", "No"),
    Stance.UNKNOWN: QT_TRANSLATE_NOOP("labels", "Unknown"),
})
POINT_CATEGORY_LABELS = TranslatedLabels({
    PointCategory.WHAT_IT_DOES: QT_TRANSLATE_NOOP("labels", "What it does"),
    PointCategory.WHAT_IT_DOES_NOT: QT_TRANSLATE_NOOP("labels", "What it does NOT do"),
    PointCategory.WHY_IT_MATTERS: QT_TRANSLATE_NOOP("labels", "Why it matters"),
    PointCategory.THE_ASK: QT_TRANSLATE_NOOP("labels", "The ask"),
    PointCategory.STORY_PROMPT: QT_TRANSLATE_NOOP("labels", "Personal-story prompt"),
    PointCategory.CONCERN_ANSWER: QT_TRANSLATE_NOOP("labels", "Answer to a concern"),
})


def stance_label(stance: Stance | str) -> str:
    return STANCE_LABELS[Stance(stance)]

SIGNUP_STATUS_LABELS = TranslatedLabels({
    SignupStatus.INVITED: QT_TRANSLATE_NOOP("labels", "Invited"),
    SignupStatus.CONFIRMED: QT_TRANSLATE_NOOP("labels", "Confirmed"),
    SignupStatus.WAITLISTED: QT_TRANSLATE_NOOP("labels", "Waitlisted"),
    SignupStatus.CHECKED_IN: QT_TRANSLATE_NOOP("labels", "Checked in"),
    SignupStatus.SPOKE: QT_TRANSLATE_NOOP("labels", "Spoke"),
    SignupStatus.NO_SHOW: QT_TRANSLATE_NOOP("labels", "No-show"),
    SignupStatus.DECLINED: QT_TRANSLATE_NOOP("labels", "Declined"),
    SignupStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
})
MEETING_STATUS_LABELS = TranslatedLabels({
    MeetingStatus.SCHEDULED: QT_TRANSLATE_NOOP("labels", "Scheduled"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    MeetingStatus.POSTPONED: QT_TRANSLATE_NOOP("labels", "Postponed"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("labels", "Held"),
})
MEETING_KIND_LABELS = TranslatedLabels({
    MeetingKind.REGULAR: QT_TRANSLATE_NOOP("labels", "Regular meeting"),
    MeetingKind.SPECIAL: QT_TRANSLATE_NOOP("labels", "Special meeting"),
    MeetingKind.COMMITTEE: QT_TRANSLATE_NOOP("labels", "Committee meeting"),
    MeetingKind.STUDY_SESSION: QT_TRANSLATE_NOOP("labels", "Study session"),
})
STAGE_LABELS = TranslatedLabels({
    OrdinanceStage.NONE: QT_TRANSLATE_NOOP("labels", "Not on the agenda"),
    OrdinanceStage.DISCUSSION: QT_TRANSLATE_NOOP("labels", "Discussion"),
    OrdinanceStage.FIRST_READING: QT_TRANSLATE_NOOP("labels", "First reading"),
    OrdinanceStage.VOTE: QT_TRANSLATE_NOOP("labels", "Vote"),
})
OVERFLOW_LABELS = TranslatedLabels({
    OverflowPolicy.FIRST_COME: QT_TRANSLATE_NOOP("labels", "First come, first served"),
    OverflowPolicy.LOTTERY: QT_TRANSLATE_NOOP("labels", "Lottery when more sign up than fit"),
})
SOURCE_LABELS = TranslatedLabels({
    StanceSource.PUBLIC_STATEMENT: QT_TRANSLATE_NOOP("labels", "Public statement"),
    StanceSource.PRIVATE_MEETING: QT_TRANSLATE_NOOP("labels", "Private meeting"),
    StanceSource.VOTE: QT_TRANSLATE_NOOP("labels", "Vote"),
    StanceSource.NEWS: QT_TRANSLATE_NOOP("labels", "News report"),
    StanceSource.INFERRED: QT_TRANSLATE_NOOP("labels", "Our inference"),
})
# Lower case and short, for the dashboard's one-line list of stance changes.
SOURCE_SHORT_LABELS = TranslatedLabels({
    StanceSource.PUBLIC_STATEMENT: QT_TRANSLATE_NOOP("labels", "public statement"),
    StanceSource.PRIVATE_MEETING: QT_TRANSLATE_NOOP("labels", "private meeting"),
    StanceSource.VOTE: QT_TRANSLATE_NOOP("labels", "vote"),
    StanceSource.NEWS: QT_TRANSLATE_NOOP("labels", "news"),
    StanceSource.INFERRED: QT_TRANSLATE_NOOP("labels", "inferred"),
})
INTERACTION_LABELS = TranslatedLabels({
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("labels", "Meeting"),
    InteractionKind.CALL: QT_TRANSLATE_NOOP("labels", "Phone call"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("labels", "Email"),
    InteractionKind.TESTIMONY: QT_TRANSLATE_NOOP("labels", "Testimony"),
})
VOTE_LABELS = TranslatedLabels({
    VoteCast.YES: QT_TRANSLATE_NOOP("labels", "Yes"),
    VoteCast.NO: QT_TRANSLATE_NOOP("labels", "No"),
    VoteCast.ABSTAIN: QT_TRANSLATE_NOOP("labels", "Abstain"),
    VoteCast.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
})
NEED_LABELS = TranslatedLabels({
    SpeakerNeed.INTERPRETER: QT_TRANSLATE_NOOP("labels", "Interpreter"),
    SpeakerNeed.CHILDCARE: QT_TRANSLATE_NOOP("labels", "Childcare"),
    SpeakerNeed.RIDE: QT_TRANSLATE_NOOP("labels", "Ride"),
    SpeakerNeed.ACCESS: QT_TRANSLATE_NOOP("labels", "Access"),
})


def local_date_text(moment: dt.datetime) -> str:
    """Mon Mar 9, 2026 / lun 9 mar 2026 (the moment must already be in the council's zone)."""
    lang = current_language()
    separator = ", " if lang == "en" else " "
    return f"{format_short_date(moment.date(), lang)}{separator}{moment.year}"


def local_when_text(moment: dt.datetime) -> str:
    return f"{local_date_text(moment)} · {format_time(moment, current_language())}"


def long_when_text(moment: dt.datetime) -> str:
    lang = current_language()
    return QCoreApplication.translate("labels", "{date} at {time}").format(
        date=format_date(moment.date(), lang), time=format_time(moment, lang)
    )


def date_text(day: dt.date | None) -> str:
    """Mar 9, 2026 / 9 mar 2026."""
    if not day:
        return ""
    lang = current_language()
    if lang == "en":
        return f"{format_short_date(day, lang)[4:]}, {day.year}"
    return f"{format_short_date(day, lang).split(' ', 1)[1]} {day.year}"


def _unit(n: int, unit: str) -> str:
    # Singular and plural are separate messages (not Qt's %n forms), so that English, which
    # has no catalogue, still reads "1 day" / "2 days".
    if unit == "day":
        text = QCoreApplication.translate("labels", "{n} day") if n == 1 else QCoreApplication.translate("labels", "{n} days")
    elif unit == "hour":
        text = QCoreApplication.translate("labels", "{n} hour") if n == 1 else QCoreApplication.translate("labels", "{n} hours")
    else:
        text = QCoreApplication.translate("labels", "{n} minute") if n == 1 else QCoreApplication.translate("labels", "{n} minutes")
    return text.format(n=n)


def minutes_text(minutes: int | None, none: str | None = None) -> str:
    if minutes is None:
        return QCoreApplication.translate("labels", "no limit") if none is None else none
    return _unit(minutes, "minute")


def lead_time_text(minutes: int | None, none: str | None = None) -> str:
    """120 -> "2 hours"; 90 -> "1 hour 30 minutes"; 15 -> "15 minutes"."""
    if minutes is None:
        return QCoreApplication.translate("labels", "no deadline") if none is None else none
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(_unit(hours, "hour"))
    if rest or not hours:
        parts.append(minutes_text(rest))
    return " ".join(parts)
