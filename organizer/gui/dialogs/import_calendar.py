"""Import a council's published calendar (.ics): preview what changes, then apply.

Choosing the file or the council runs a preview (a dry run) in the background: the
meetings it would add, the ones it would update and how, the events it skips and why.
"Apply" imports exactly what was previewed: the same bytes, into the same council.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from organizer.errors import OrganizerError
from organizer.gui.context import MEETINGS, AppContext
from organizer.gui.dialogs.busy import BusyWhileTaskRuns
from organizer.gui.dialogs.files import (
    FilePathField,
    remember_folder,
    remembered_folder,
)
from organizer.gui.models.labels import local_when_text
from organizer.gui.tasks import Task
from organizer.gui.widgets.card import color_label, muted_label, plain_label
from organizer.gui.widgets.colors import error_color
from organizer.services import council, exchange
from organizer.services.exchange import CalendarImportReport
from organizer.storage.database import Database
from organizer.storage.files import read_input_file

FILE_FILTER = QT_TRANSLATE_NOOP("ImportCalendarDialog", "Calendar files (*.ics *.ical *.ifb);;All files (*)")
CHANGED_FIELD_LABELS = {  # translated where they are shown
    "starts_at": QT_TRANSLATE_NOOP("ImportCalendarDialog", "time"),
    "title": QT_TRANSLATE_NOOP("ImportCalendarDialog", "title"),
    "place": QT_TRANSLATE_NOOP("ImportCalendarDialog", "place"),
    "address": QT_TRANSLATE_NOOP("ImportCalendarDialog", "address"),
    "status": QT_TRANSLATE_NOOP("ImportCalendarDialog", "status"),
    "ics_uid": QT_TRANSLATE_NOOP("ImportCalendarDialog", "link to the council's calendar"),
}


def calendar_summary(report: CalendarImportReport) -> str:
    """``report.summary()`` in the interface's language (the service's text is English)."""
    if report.dry_run:
        text = QCoreApplication.translate(
            "ImportCalendarDialog",
            "{body}: would add {added} meetings, would update {updated}, {unchanged} unchanged, {skipped} skipped.")
    else:
        text = QCoreApplication.translate(
            "ImportCalendarDialog",
            "{body}: added {added} meetings, updated {updated}, {unchanged} unchanged, {skipped} skipped.")
    text = text.format(body=report.body, added=len(report.added), updated=len(report.updated),
                       unchanged=report.unchanged, skipped=len(report.skipped))
    if report.kept:
        if len(report.kept) == 1:
            kept = QCoreApplication.translate(
                "ImportCalendarDialog", "1 meeting keeps its title, place or status from here where the calendar differs.")
        else:
            kept = QCoreApplication.translate(
                "ImportCalendarDialog", "{n} meetings keep their title, place or status from here where the calendar differs.")
        text += " " + kept.format(n=len(report.kept))
    return text


@dataclass(frozen=True)
class _Source:
    """What a preview was made of; Apply uses the same."""

    data: bytes
    body_id: int
    timezone: str


def calendar_work(db: Database, source: _Source, *, dry_run: bool):  # noqa: ANN201
    """The background half. A preview returns a known error instead of raising it, so the
    dialog can say what is wrong with the file next to the file (no message box)."""
    # Translated here, on the GUI thread.
    step = QCoreApplication.translate("ImportCalendarDialog", "Reading the calendar…") if dry_run else QCoreApplication.translate("ImportCalendarDialog", "Importing meetings…")

    def work(progress: Callable[[int, int, str], None], _cancelled: Callable[[], bool]):  # noqa: ANN202
        progress(0, 0, step)
        try:
            with db.session() as session:
                return exchange.import_council_ics(session, source.data, str(source.body_id), dry_run=dry_run)
        except OrganizerError as exc:
            if dry_run:
                return exc
            raise

    return work


class ImportCalendarDialog(BusyWhileTaskRuns, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, body_id: int | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("importCalendarDialog")
        self.setWindowTitle(self.tr("Import a council's calendar"))
        self.setAccessibleName(self.windowTitle())
        self.data: bytes | None = None
        self.preview: CalendarImportReport | None = None
        self.result: CalendarImportReport | None = None
        self._previewed: _Source | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Meetings in the calendar that organizer does not have yet are added to the council you "
            "choose; meetings it already has (the same event in the calendar) are updated. Nothing else "
            "is touched, and you see every change before it is made."), self))
        self.file_field = FilePathField(
            kind="open", title=self.tr("Import a calendar"), file_filter=self.tr(FILE_FILTER),
            accessible_name=self.tr("Calendar file"), start=remembered_folder(ctx), parent=self,
        )
        self.file_field.path_chosen.connect(lambda text: self.load_file(Path(text)))
        self.body = QComboBox(self)
        self.body.setAccessibleName(self.tr("Council the meetings belong to"))
        with ctx.session() as session:
            for body in council.list_bodies(session):
                self.body.addItem(body.name, (body.id, body.timezone))
        if body_id is not None:
            self.select_body(body_id)
        self.body.currentIndexChanged.connect(lambda _i: self.start_preview())
        form = QFormLayout()
        form.addRow(self.tr("&File:"), self.file_field)
        form.addRow(self.tr("&Council:"), self.body)
        layout.addLayout(form)

        self.problem = plain_label("", self)
        color_label(self.problem, error_color(self.palette()))
        self.problem.hide()
        layout.addWidget(self.problem)
        self.summary = plain_label(self.tr("Choose a calendar file to see what it would change."), self)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Changes the calendar makes"))
        self.table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("When"), self.tr("Meeting"), self.tr("Details")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addWidget(muted_label(self.tr("Times are the council's local time."), self))

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Import these changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setAccessibleName(self.tr("Import these changes"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.apply_button.clicked.connect(self.start_apply)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 30)
        self._update_buttons()
        ctx.database_changed.connect(self.reject)

    def select_body(self, body_id: int) -> None:
        for i in range(self.body.count()):
            if self.body.itemData(i)[0] == body_id:
                self.body.setCurrentIndex(i)
                return
        raise ValueError(f"no council with id {body_id}")

    def load_file(self, path: Path) -> Task | None:
        """Read the calendar and preview it; returns the preview's task."""
        path = Path(path).expanduser()
        self.file_field.set_path(path)
        try:
            self.data = read_input_file(path)
        except OrganizerError as exc:
            self.data = None
            self._show_problem(str(exc))
            return None
        remember_folder(self._ctx, path)
        return self.start_preview()

    def _source(self) -> _Source | None:
        chosen = self.body.currentData()
        if self.data is None or chosen is None:
            return None
        return _Source(self.data, chosen[0], chosen[1])

    def start_preview(self) -> Task | None:
        if self._busy:
            return None  # the inputs are disabled meanwhile; one preview at a time
        source = self._source()
        self.preview = None
        self._previewed = None
        self._update_buttons()
        if source is None:
            return None

        def done(result: CalendarImportReport | OrganizerError) -> None:
            if not isValid(self) or self._source() != source:
                return  # the dialog was closed, or another file or council chosen meanwhile
            if isinstance(result, OrganizerError):
                self._show_problem(str(result))
                return
            self._previewed = source
            self._show_report(result, source)

        return self._run(self.tr("Reading the calendar"), calendar_work(self._ctx.db, source, dry_run=True), done)

    def start_apply(self) -> Task | None:
        """Import what the preview showed; ``ctx.changed("meetings")`` when done."""
        source = self._previewed
        if source is None or self.preview is None:
            return None
        ctx = self._ctx

        def done(report: CalendarImportReport) -> None:
            ctx.changed(MEETINGS)
            ctx.notify(calendar_summary(report))
            if isValid(self):
                self.result = report
                self._show_report(report, source)

        return self._run(self.tr("Importing meetings"), calendar_work(ctx.db, source, dry_run=False), done)

    def _show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
        self.summary.setText("")
        self.table.setRowCount(0)
        self._update_buttons()

    def _show_report(self, report: CalendarImportReport, source: _Source) -> None:
        self.problem.hide()
        if report.dry_run:
            self.preview = report
        zone = ZoneInfo(source.timezone)
        rows: list[tuple[str, str, str, str]] = []
        added, updated = (self.tr("New"), self.tr("Update")) if report.dry_run else (self.tr("Added"), self.tr("Updated"))
        for change in report.added:
            rows.append((added, when(change.starts_at, zone), change.summary, ""))
        for change in report.updated:
            fields = ", ".join(self.tr(CHANGED_FIELD_LABELS[f]) if f in CHANGED_FIELD_LABELS else f for f in change.changed)
            rows.append((updated, when(change.starts_at, zone), change.summary,
                         self.tr("changes its {fields}").format(fields=fields)))
        for skipped in report.skipped:
            rows.append((self.tr("Skipped"), "", skipped.summary or skipped.uid, skipped.reason))
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        text = calendar_summary(report)
        if report.dry_run and not (report.added or report.updated):
            text += " " + self.tr("There is nothing to import.")
        elif not report.dry_run:
            text += " " + self.tr("Done.")
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        done = self.result is not None
        preview = self.preview
        has_changes = preview is not None and bool(preview.added or preview.updated)
        self.apply_button.setVisible(not done)
        self.apply_button.setEnabled(not self._busy and self._previewed is not None and has_changes)
        self.apply_button.setDefault(not done)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        self.file_field.setEnabled(not self._busy and not done)
        self.body.setEnabled(not self._busy and not done)


def when(moment: dt.datetime, zone: ZoneInfo) -> str:
    return local_when_text(moment.astimezone(zone))
