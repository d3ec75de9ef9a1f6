"""Export people, a meeting's sign-ups or the council members to CSV, or meetings to .ics.

One dialog for the four exports: what to include, then where to save. The file is written
in the background, to a temporary file that replaces the target only when complete, and
readable by its owner only (it holds people's contact details).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from organizer.errors import NotFoundError, OrganizerError, ValidationError
from organizer.gui.context import AppContext
from organizer.gui.dialogs.buttons import action_cancel_buttons
from organizer.gui.dialogs.confirm import ask
from organizer.gui.dialogs.files import FilePathField, remember_folder, remembered_folder
from organizer.gui.models.labels import local_when_text
from organizer.gui.tasks import Task, TaskCancelled
from organizer.gui.widgets.card import color_label, muted_label, plain_label
from organizer.gui.widgets.colors import muted_text_color, warning_color
from organizer.gui.widgets.format import counted
from organizer.services import council, exchange, meetings, signups
from organizer.storage.database import Database
from organizer.storage.files import database_files, private_file

# The texts here are translated where they are shown (context "ExportDialog").
CSV_FILTER = QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv);;All files (*)")
ICS_FILTER = QT_TRANSLATE_NOOP("ExportDialog", "Calendar files (*.ics);;All files (*)")
NOTES_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Notes are internal: they can hold what a coordinator wrote about someone in confidence. "
    "Share this file only with the campaign's coordinators.",
)

@dataclass(frozen=True)
class ExportKind:
    title: str
    explanation: str
    stem: str
    suffix: str
    file_filter: str
    one: str  # how the status bar counts rows: "{n} person", "{n} people"
    many: str
    notes: bool  # offers "Include internal notes"


EXPORTS = {
    "people": ExportKind(
        QT_TRANSLATE_NOOP("ExportDialog", "Export people"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "A CSV file of everyone in the campaign. It opens in Excel, and organizer can import it again."),
        "people", ".csv", CSV_FILTER,
        QT_TRANSLATE_NOOP("ExportDialog", "{n} person"), QT_TRANSLATE_NOOP("ExportDialog", "{n} people"), True,
    ),
    "signups": ExportKind(
        QT_TRANSLATE_NOOP("ExportDialog", "Export sign-ups"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "A CSV file of a meeting's speakers in speaking order, with their contact details and talking points."),
        "signups", ".csv", CSV_FILTER,
        QT_TRANSLATE_NOOP("ExportDialog", "{n} sign-up"), QT_TRANSLATE_NOOP("ExportDialog", "{n} sign-ups"), True,
    ),
    "members": ExportKind(
        QT_TRANSLATE_NOOP("ExportDialog", "Export council members"),
        QT_TRANSLATE_NOOP("ExportDialog", "A CSV file of the council members with where each one currently stands."),
        "council-members", ".csv", CSV_FILTER,
        QT_TRANSLATE_NOOP("ExportDialog", "{n} council member"), QT_TRANSLATE_NOOP("ExportDialog", "{n} council members"),
        True,
    ),
    "meetings": ExportKind(
        QT_TRANSLATE_NOOP("ExportDialog", "Export meetings calendar"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "An iCalendar (.ics) file of the meetings, for a shared or personal calendar. Importing it "
            "again later updates the same events instead of adding copies."),
        "meetings", ".ics", ICS_FILTER,
        QT_TRANSLATE_NOOP("ExportDialog", "{n} meeting"), QT_TRANSLATE_NOOP("ExportDialog", "{n} meetings"), False,
    ),
}


def _slug(text: str) -> str:
    cleaned = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in cleaned.split("-") if part)[:40]


class ExportDialog(QDialog):
    """Options and the target file for one kind of export (see ``EXPORTS``)."""

    def __init__(self, ctx: AppContext, what: str, parent: QWidget | None = None, *, meeting_id: int | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.what = what
        self.kind = EXPORTS[what]
        self.title = self.tr(self.kind.title)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.title)
        self.setAccessibleName(self.title)
        self._path_edited = False

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(self.kind.explanation), self))
        form = QFormLayout()
        layout.addLayout(form)

        self.meeting: QComboBox | None = None
        self.body: QComboBox | None = None
        if what == "signups":
            self.meeting = QComboBox(self)
            self.meeting.setAccessibleName(self.tr("Meeting"))
            self._fill_meetings(meeting_id)
            self.meeting.currentIndexChanged.connect(self._suggest_path)
            form.addRow(self.tr("&Meeting:"), self.meeting)
        elif what in ("members", "meetings"):
            self.body = QComboBox(self)
            self.body.setAccessibleName(self.tr("Council"))
            self._fill_bodies()
            self.body.currentIndexChanged.connect(self._suggest_path)
            form.addRow(self.tr("&Council:"), self.body)

        self.include_samples: QCheckBox | None = None
        if what == "people":
            self.include_samples = QCheckBox(self.tr("Include the demo (sample) people"), self)
            self.include_samples.setAccessibleName(self.include_samples.text())
            form.addRow("", self.include_samples)

        self.include_notes: QCheckBox | None = None
        self.notes_warning = None
        if self.kind.notes:
            self.include_notes = QCheckBox(self.tr("Include internal notes"), self)
            self.include_notes.setAccessibleName(self.include_notes.text())
            self.include_notes.setChecked(False)
            form.addRow("", self.include_notes)
            self.notes_warning = muted_label(self.tr(NOTES_WARNING), self)
            self.include_notes.toggled.connect(self._show_notes_warning)
            form.addRow("", self.notes_warning)

        self.target = FilePathField(
            kind="save", title=self.tr("{title}: save as").format(title=self.title),
            file_filter=self.tr(self.kind.file_filter), accessible_name=self.tr("File to save"), parent=self,
        )
        self.target.edit.textEdited.connect(self._mark_edited)
        self.target.path_chosen.connect(self._path_announced)
        form.addRow(self.tr("&Save as:"), self.target)
        self._suggest_path()

        buttons, self.export_button = action_cancel_buttons(self, self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        ctx.database_changed.connect(self.reject)

    # --- choices ------------------------------------------------------------------------
    def _fill_meetings(self, meeting_id: int | None) -> None:
        assert self.meeting is not None
        with self._ctx.session() as session:
            counts = signups.signup_counts(session)
            for meeting in meetings.list_meetings(session):
                if not counts.get(meeting.id) and meeting.id != meeting_id:
                    continue
                speakers = counted(counts.get(meeting.id, 0), self.tr("{n} speaker"), self.tr("{n} speakers"))
                label = (
                    f"{local_when_text(meetings.local_start(meeting))} · "
                    f"{meeting.body.short_name or meeting.body.name} · {speakers}"
                )
                self.meeting.addItem(label, (meeting.id, meeting.body.short_name or meeting.body.name,
                                             meetings.local_start(meeting).date()))
        if self.meeting.count() == 0:
            self.meeting.addItem(self.tr("No meeting has sign-ups yet"), None)
            self.meeting.setEnabled(False)
            return
        index = next((i for i in range(self.meeting.count()) if self.meeting.itemData(i)[0] == meeting_id), -1)
        if index < 0:  # the next meeting with speakers, else the last one
            today = dt.date.today()
            index = next((i for i in range(self.meeting.count()) if self.meeting.itemData(i)[2] >= today),
                         self.meeting.count() - 1)
        self.meeting.setCurrentIndex(index)

    def _fill_bodies(self) -> None:
        assert self.body is not None
        self.body.addItem(self.tr("All councils"), None)
        with self._ctx.session() as session:
            for body in council.list_bodies(session):
                self.body.addItem(body.name, (body.id, body.short_name or body.name))

    def select_meeting(self, meeting_id: int) -> None:
        assert self.meeting is not None
        for i in range(self.meeting.count()):
            data = self.meeting.itemData(i)
            if data and data[0] == meeting_id:
                self.meeting.setCurrentIndex(i)
                return
        raise NotFoundError(self.tr("That meeting has nobody signed up to speak."))

    def select_body(self, body_id: int | None) -> None:
        assert self.body is not None
        for i in range(self.body.count()):
            data = self.body.itemData(i)
            if (data[0] if data else None) == body_id:
                self.body.setCurrentIndex(i)
                return

    def _show_notes_warning(self, checked: bool) -> None:
        assert self.notes_warning is not None
        color = warning_color(self.notes_warning.palette()) if checked else muted_text_color(self.palette())
        color_label(self.notes_warning, color)
        font = self.notes_warning.font()
        font.setBold(checked)
        self.notes_warning.setFont(font)

    def _mark_edited(self, *_args: object) -> None:
        self._path_edited = True

    def _path_announced(self, _text: str) -> None:
        if self.target.chosen_in_dialog is not None:
            self._path_edited = True

    def _suggest_path(self) -> None:
        if self._path_edited:
            return  # the user's own choice stands
        parts = [self.kind.stem]
        if self.meeting is not None and self.meeting.currentData():
            _id, body_name, day = self.meeting.currentData()
            parts += [_slug(body_name), day.isoformat()]
        elif self.body is not None and self.body.currentData():
            parts.append(_slug(self.body.currentData()[1]))
        if self.meeting is None:
            parts.append(dt.date.today().isoformat())
        self.target.set_path(remembered_folder(self._ctx) / ("-".join(parts) + self.kind.suffix))

    # --- exporting ----------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.include_notes is not None:
            values["include_notes"] = self.include_notes.isChecked()
        if self.include_samples is not None:
            values["include_samples"] = self.include_samples.isChecked()
        if self.meeting is not None:
            data = self.meeting.currentData()
            if not data:
                raise ValidationError(self.tr("No meeting has sign-ups to export yet."))
            values["meeting_id"] = data[0]
        if self.body is not None:
            data = self.body.currentData()
            values["body_id"] = data[0] if data else None
        return values

    def accept(self) -> None:
        target = self.target.path()
        if target is None:
            self._ctx.show_error(self, ValidationError(self.tr("Choose where to save the file.")))
            return
        if not target.suffix:
            target = target.with_suffix(self.kind.suffix)
        if target.exists() and not self._path_confirmed(target):
            ask(self, self.title, self.tr("{name} already exists. Replace it?").format(name=target.name), self.tr("Replace"),
                lambda: self._export_and_close(target), informative=str(target.parent))
            return
        self._export_and_close(target)

    def _path_confirmed(self, target: Path) -> bool:
        # The file dialog has already asked about replacing the file it returned.
        return self.target.chosen_in_dialog == target

    def _export_and_close(self, target: Path) -> None:
        try:
            self.export_to(target)
        except OrganizerError as exc:
            self._ctx.show_error(self, exc)
            return
        super().accept()

    def export_to(self, target: Path | str, on_done: Callable[[int], None] | None = None) -> Task:
        """Write the export to ``target`` in the background; returns the task."""
        target = Path(target).expanduser()
        if target.is_dir():
            raise ValidationError(self.tr("{path} is a folder; choose a file name to save as.").format(path=target))
        if not target.parent.is_dir():
            raise NotFoundError(
                self.tr("There is no folder {folder} to save {name} in.").format(folder=target.parent, name=target.name)
            )
        options = self.options()
        write = _writer(self.what, options)
        remember_folder(self._ctx, target)
        ctx = self._ctx
        one, many = self.tr(self.kind.one), self.tr(self.kind.many)
        saved = self.tr("Saved {rows} to {path}.")
        work = export_work(ctx.db, target, write)

        def done(count: int) -> None:
            ctx.notify(saved.format(rows=counted(count, one, many), path=target))
            if on_done is not None:
                on_done(count)

        parent = self.parentWidget() or self
        return ctx.run_task(parent, self.title, work, done)


def _writer(what: str, options: dict[str, Any]) -> Callable[[Any, BinaryIO], int]:
    """The service call for one export, with the dialog's options bound."""
    notes = options.get("include_notes", False)
    if what == "people":
        samples = options.get("include_samples", False)
        return lambda session, out: exchange.export_people_csv(
            session, out, include_notes=notes, include_samples=samples)
    if what == "signups":
        meeting_id = options["meeting_id"]
        return lambda session, out: exchange.export_signups_csv(session, meeting_id, out, include_notes=notes)
    body_ref = str(options["body_id"]) if options.get("body_id") is not None else None
    if what == "members":
        return lambda session, out: exchange.export_members_csv(
            session, out, body_ref=body_ref, include_notes=notes)

    def write_calendar(session: Any, out: BinaryIO) -> int:
        data = exchange.meetings_ics(session, body_ref=body_ref)
        out.write(data)
        return data.count(b"BEGIN:VEVENT")

    return write_calendar


def export_work(db: Database, target: Path, write: Callable[[Any, BinaryIO], int]):  # noqa: ANN201
    """The background half of an export: one session, one private file."""
    saving = QCoreApplication.translate("ExportDialog", "Saving {name}…").format(name=target.name)  # on the GUI thread

    def work(progress: Callable[[int, int, str], None], is_cancelled: Callable[[], bool]) -> int:
        progress(0, 0, saving)
        protected = database_files(db.path)
        with private_file(target, protected=protected, make_folders=False) as out:
            with db.session() as session:
                count = write(session, out)
            if is_cancelled():
                raise TaskCancelled()  # the temporary file is removed; the target is untouched
        return count

    return work
