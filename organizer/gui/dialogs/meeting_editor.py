"""Add a meeting, or edit one: when, what is on the agenda, and this meeting's own rules.

Rules left at "council's rule" inherit the council's; only what differs is stored. A
conflicting edit elsewhere offers to reload or keep mine; closing with unsaved edits asks
first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import MeetingKind, MeetingStatus, OrdinanceStage, OverflowPolicy
from organizer.domain.models import GoverningBody, Meeting
from organizer.domain.rules.schedule import describe_schedule
from organizer.errors import ConflictError, OrganizerError
from organizer.gui.context import MEETINGS, AppContext
from organizer.gui.dialogs.buttons import (
    EditsKeptOnConflict,
    action_cancel_buttons,
    save_cancel_buttons,
)
from organizer.gui.dialogs.fields import FormState, MinutesSpin, date_edit, show_date, to_date
from organizer.gui.models.labels import (
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    OVERFLOW_LABELS,
    STAGE_LABELS,
    minutes_text,
)
from organizer.services import council, meetings
from organizer.services.records import get_record


@dataclass(frozen=True)
class _BodyRules:
    id: int
    name: str
    timezone: str
    place: str
    address: str
    schedule_time: str
    minutes_per_speaker: int | None
    window_minutes: int | None
    deadline_minutes: int | None
    overflow_policy: OverflowPolicy


class MeetingEditorDialog(EditsKeptOnConflict, QDialog):
    """``meeting_id`` None adds a meeting (to ``body_id`` if given)."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int | None = None,
        body_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id = meeting_id
        self._version: int | None = None
        self.saved_meeting_id: int | None = None
        self.setWindowTitle(self.tr("New meeting") if meeting_id is None else self.tr("Edit meeting"))
        self.setAccessibleName(self.windowTitle())

        with ctx.session() as session:
            self._bodies = [
                _BodyRules(
                    b.id, b.name, b.timezone, b.meeting_place, b.meeting_address, b.schedule_time,
                    b.minutes_per_speaker, b.comment_window_minutes, b.signup_deadline_minutes,
                    OverflowPolicy(b.overflow_policy),
                )
                for b in council.list_bodies(session)
            ]

        self.body = QComboBox()
        for body in self._bodies:
            self.body.addItem(body.name, body.id)
        self.date = date_edit(
            self.tr("Date"), QDate.currentDate().addDays(7), QT_TRANSLATE_NOOP("fields", "ddd MMM d, yyyy")
        )
        self.time = QTimeEdit(QTime(18, 0))
        self.time.setDisplayFormat(QCoreApplication.translate("fields", "h:mm AP"))
        self.zone = QLabel()
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(MEETING_KIND_LABELS[kind], kind.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Regular meeting"))
        self.place = QLineEdit()
        self.address = QLineEdit()
        self.agenda_item = QPlainTextEdit()
        self.agenda_item.setTabChangesFocus(True)
        self.agenda_item.setMaximumHeight(70)
        self.stage = QComboBox()
        for stage in OrdinanceStage:
            self.stage.addItem(STAGE_LABELS[stage], stage.value)
        self.status = QComboBox()
        for status in MeetingStatus:
            self.status.addItem(MEETING_STATUS_LABELS[status], status.value)
        self.minutes_per_speaker = MinutesSpin(self.tr("Council's rule"))
        self.window_minutes = MinutesSpin(self.tr("Council's rule"))
        self.deadline_minutes = MinutesSpin(self.tr("Council's rule"), maximum=24 * 60)
        self.overflow = QComboBox()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.notes.setPlaceholderText(self.tr("Internal notes for the team (never anyone's immigration status)"))
        for widget, name in (
            (self.body, self.tr("Council")), (self.time, self.tr("Start time")), (self.kind, self.tr("Kind of meeting")),
            (self.title, self.tr("Title")), (self.place, self.tr("Place")), (self.address, self.tr("Address")),
            (self.agenda_item, self.tr("Agenda item")), (self.stage, self.tr("Ordinance stage")),
            (self.status, self.tr("Status")), (self.minutes_per_speaker, self.tr("Minutes per speaker")),
            (self.window_minutes, self.tr("Public-comment window")),
            (self.deadline_minutes, self.tr("Sign-up deadline, minutes before the start")),
            (self.overflow, self.tr("When more sign up than fit")), (self.notes, self.tr("Internal notes")),
        ):
            widget.setAccessibleName(name)

        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(self.time, 1)
        when.addWidget(self.zone)
        form = QFormLayout()
        form.addRow(self.tr("Council:"), self.body)
        form.addRow(self.tr("When:"), when)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Agenda item:"), self.agenda_item)
        form.addRow(self.tr("Ordinance stage:"), self.stage)
        form.addRow(self.tr("Status:"), self.status)

        rules = QGroupBox(self.tr("Public-comment rules for this meeting"))
        rules_form = QFormLayout(rules)
        rules_form.addRow(self.tr("Minutes per speaker:"), self.minutes_per_speaker)
        rules_form.addRow(self.tr("Public-comment window:"), self.window_minutes)
        rules_form.addRow(self.tr("Sign-up closes (minutes before):"), self.deadline_minutes)
        rules_form.addRow(self.tr("When more sign up than fit:"), self.overflow)
        self.inherited = QLabel()
        self.inherited.setWordWrap(True)
        self.inherited.setEnabled(False)
        rules_form.addRow(self.inherited)

        buttons = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("Notes:"), self.notes)
        layout.addLayout(notes_form)
        layout.addWidget(buttons)

        self.body.currentIndexChanged.connect(self._body_changed)
        # The council first: choosing it refills the overflow choices.
        self.form = FormState({
            "body": self.body, "date": self.date, "time": self.time, "kind": self.kind, "title": self.title,
            "place": self.place, "address": self.address, "agenda_item": self.agenda_item, "stage": self.stage,
            "status": self.status, "minutes_per_speaker": self.minutes_per_speaker,
            "window_minutes": self.window_minutes, "deadline_minutes": self.deadline_minutes,
            "overflow": self.overflow, "notes": self.notes,
        })
        self.conflict_box: QMessageBox | None = None  # while asking after a conflict
        self.discard_box: QMessageBox | None = None  # while asking before closing
        if meeting_id is None:
            if body_id is not None and self.body.findData(body_id) >= 0:
                self.body.setCurrentIndex(self.body.findData(body_id))
            self._body_changed()
            self._use_schedule_time()
            self.form.remember()
        else:
            self.load()
            self.body.setEnabled(False)  # a meeting does not move to another council
        self.resize(620, self.sizeHint().height())

    def _current_body(self) -> _BodyRules:
        body_id = self.body.currentData()
        return next(b for b in self._bodies if b.id == body_id)

    def _body_changed(self) -> None:
        if not self._bodies:
            return
        body = self._current_body()
        self.zone.setText(self.tr("{zone} time").format(zone=body.timezone.split("/")[-1].replace("_", " ")))
        self.place.setPlaceholderText(body.place or self.tr("Where the council meets"))
        self.address.setPlaceholderText(body.address or "")
        overflow = self.overflow.currentData()
        self.overflow.clear()
        council_rule = self.tr("Council's rule ({rule})")
        self.overflow.addItem(council_rule.format(rule=OVERFLOW_LABELS[body.overflow_policy].lower()), None)
        for policy in OverflowPolicy:
            self.overflow.addItem(OVERFLOW_LABELS[policy], policy.value)
        self.overflow.setCurrentIndex(max(0, self.overflow.findData(overflow)))
        self.minutes_per_speaker.setSpecialValueText(
            council_rule.format(rule=minutes_text(body.minutes_per_speaker, self.tr("none"))))
        self.window_minutes.setSpecialValueText(
            council_rule.format(rule=minutes_text(body.window_minutes, self.tr("no limit"))))
        self.deadline_minutes.setSpecialValueText(
            council_rule.format(rule=minutes_text(body.deadline_minutes, self.tr("none"))))
        self.inherited.setText(self.tr(
            "Leave a rule at “Council's rule” to follow the council's current rules; "
            "set a number only when this meeting's agenda says something different."
        ))

    def _use_schedule_time(self) -> None:
        body = self._current_body() if self._bodies else None
        if body and body.schedule_time:
            hours, minutes = (int(p) for p in body.schedule_time.split(":"))
            self.time.setTime(QTime(hours, minutes))

    def load(self) -> None:
        with self._ctx.session() as session:
            meeting = get_record(session, Meeting, self._meeting_id, "meeting")
            self._version = meeting.version
            self.body.setCurrentIndex(max(0, self.body.findData(meeting.body_id)))
            self._body_changed()
            local = meeting.starts_at.astimezone(ZoneInfo(meeting.body.timezone))
            show_date(self.date, local.date())
            self.time.setTime(QTime(local.hour, local.minute))
            self.kind.setCurrentIndex(self.kind.findData(MeetingKind(meeting.kind).value))
            self.title.setText(meeting.title)
            self.place.setText(meeting.place)
            self.address.setText(meeting.address)
            self.agenda_item.setPlainText(meeting.agenda_item)
            self.stage.setCurrentIndex(self.stage.findData(OrdinanceStage(meeting.ordinance_stage).value))
            self.status.setCurrentIndex(self.status.findData(MeetingStatus(meeting.status).value))
            self.minutes_per_speaker.set_minutes(meeting.minutes_per_speaker)
            self.window_minutes.set_minutes(meeting.comment_window_minutes)
            self.deadline_minutes.set_minutes(meeting.signup_deadline_minutes)
            policy = meeting.overflow_policy.value if meeting.overflow_policy else None
            self.overflow.setCurrentIndex(max(0, self.overflow.findData(policy)))
            self.notes.setPlainText(meeting.notes)
        self.form.remember()

    def starts_at(self) -> dt.datetime:
        day = to_date(self.date.date())
        time = self.time.time()
        zone = ZoneInfo(self._current_body().timezone)
        return dt.datetime(day.year, day.month, day.day, time.hour(), time.minute(), tzinfo=zone)

    def fields(self) -> dict[str, Any]:
        return {
            "starts_at": self.starts_at(),
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "place": self.place.text().strip(),
            "address": self.address.text().strip(),
            "agenda_item": self.agenda_item.toPlainText().strip(),
            "ordinance_stage": self.stage.currentData(),
            "status": self.status.currentData(),
            "minutes_per_speaker": self.minutes_per_speaker.minutes(),
            "comment_window_minutes": self.window_minutes.minutes(),
            "signup_deadline_minutes": self.deadline_minutes.minutes(),
            "overflow_policy": self.overflow.currentData(),
            "notes": self.notes.toPlainText().strip(),
        }

    def accept(self) -> None:
        if not self._bodies:
            return
        try:
            with self._ctx.session() as session:
                if self._meeting_id is None:
                    meeting = meetings.create_meeting(session, self.body.currentData(), **self.fields())
                else:
                    meeting = meetings.update_meeting(
                        session, self._meeting_id, self.fields(), expected_version=self._version
                    )
                self.saved_meeting_id = meeting.id
        except ConflictError as exc:
            self.ask_after_conflict(exc)
            return
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(MEETINGS)
        self._ctx.notify(self.tr("Meeting saved."))
        super().accept()



class GenerateMeetingsDialog(QDialog):
    """Add a council's regular meetings between two dates (ones already on file are skipped)."""

    def __init__(self, ctx: AppContext, body_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.created: list[int] = []
        self.setWindowTitle(self.tr("Generate meetings from the schedule"))
        self.setAccessibleName(self.windowTitle())
        self.body = QComboBox()
        self.body.setAccessibleName(self.tr("Council"))
        self._schedules: dict[int, str] = {}
        with ctx.session() as session:
            for body in council.list_bodies(session):
                self.body.addItem(body.name, body.id)
                self._schedules[body.id] = _schedule_text(body)
        if body_id is not None and self.body.findData(body_id) >= 0:
            self.body.setCurrentIndex(self.body.findData(body_id))
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        self.start = date_edit(self.tr("From"))
        self.end = date_edit(self.tr("Until"), QDate.currentDate().addMonths(3))
        form = QFormLayout()
        form.addRow(self.tr("Council:"), self.body)
        form.addRow(self.tr("Schedule:"), self.schedule)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("Until:"), self.end)
        buttons, _generate = action_cancel_buttons(self, self.tr("Generate"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.body.currentIndexChanged.connect(self._show_schedule)
        self._show_schedule()
        self.resize(480, self.sizeHint().height())

    def _show_schedule(self) -> None:
        self.schedule.setText(self._schedules.get(self.body.currentData(), ""))

    def accept(self) -> None:
        try:
            with self._ctx.session() as session:
                created = meetings.generate_meetings(
                    session, self.body.currentData(), to_date(self.start.date()), to_date(self.end.date())
                )
                self.created = [m.id for m in created]
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        count = len(self.created)
        self._ctx.changed(MEETINGS)
        if count == 0:
            message = self.tr("Those meetings were already on file.")
        else:
            message = (self.tr("Added {n} meeting.") if count == 1 else self.tr("Added {n} meetings.")).format(n=count)
        self._ctx.notify(message)
        super().accept()


def _schedule_text(body: GoverningBody) -> str:
    if body.schedule_weekday is None or not body.schedule_time:
        return QCoreApplication.translate("GenerateMeetingsDialog", "No regular schedule on file; add meetings one by one.")
    try:
        return describe_schedule(body.schedule_weekday, body.schedule_weeks, body.schedule_time) + "."
    except OrganizerError as exc:
        return str(exc)
