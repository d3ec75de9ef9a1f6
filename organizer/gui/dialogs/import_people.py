"""Import a volunteer list in four steps: the file, its columns, a dry run, the result.

1. Choose the file: how it reads (tool, encoding, separator) and its first rows.
2. Match the columns: one choice per column, prefilled with what organizer recognised;
   an email or phone column is required, because people are matched by them.
3. Check: a dry run in the background says who is new, who is already known and which
   rows have problems (line and reason). Nothing is saved yet.
4. Import everything (all or nothing), or only the good rows; the result stays on screen.

The file is read once into memory, so the dry run and the import see the same bytes.
Column choices are remembered per header layout, so next week's export of the same form
needs no matching again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from organizer.errors import OrganizerError
from organizer.gui.context import PEOPLE, AppContext
from organizer.gui.dialogs.busy import BusyWhileTaskRuns
from organizer.gui.dialogs.files import (
    FilePathField,
    remember_folder,
    remembered_folder,
)
from organizer.gui.tasks import Task, TaskCancelled
from organizer.gui.widgets.card import (
    color_label,
    muted_label,
    page_heading,
    plain_label,
    scaled_font,
)
from organizer.gui.widgets.colors import error_color, good_color, warning_color
from organizer.gui.widgets.format import counted
from organizer.imports.people_csv import (
    FORMAT_LABELS,
    IGNORE,
    MAPPABLE_FIELDS,
    FileLayout,
    RowError,
    inspect_people_csv,
    normalize_header,
)
from organizer.services.people_import import (
    ImportCancelled,
    ImportRejected,
    ImportReport,
    import_people_file,
)
from organizer.storage.database import Database
from organizer.storage.files import read_input_file

CONTEXT = "ImportPeopleDialog"  # the translation context of this module's texts
# The labels here are translated where they are shown.
FILE_FILTER = QT_TRANSLATE_NOOP("ImportPeopleDialog", "Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)")
SAMPLE_ROWS = 6
MAX_REPORT_ROWS = 500  # a wrong column choice can reject every row; the first ones say why
MAPPING_SETTING = "exchange/people_columns/"  # + a hash of the header layout

FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Full name (split into first and last)"),
    "preferred_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Preferred name"),
    "pronouns": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Pronouns"),
    "email": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Phone"),
    "zip_code": QT_TRANSLATE_NOOP("ImportPeopleDialog", "ZIP code"),
    "ward": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Ward"),
    "languages": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Languages spoken"),
    "packet_language": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Packet language"),
    "may_email": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Agreed to email (yes/no)"),
    "may_text": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Agreed to text messages (yes/no)"),
    "notes": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Internal notes"),
}
IGNORE_LABEL = QT_TRANSLATE_NOOP("ImportPeopleDialog", "Ignore this column")
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("ImportPeopleDialog", "comma"), ";": QT_TRANSLATE_NOOP("ImportPeopleDialog", "semicolon"), "\t": QT_TRANSLATE_NOOP("ImportPeopleDialog", "tab"), "|": QT_TRANSLATE_NOOP("ImportPeopleDialog", "vertical bar"),
}
# The encodings people's files actually come in (see imports.csv_text); None: detect.
ENCODINGS = (
    ("UTF-8", "utf-8"),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "UTF-8 with byte-order mark"), "utf-8-sig"),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "UTF-16 (VAN exports)"), "utf-16"),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Windows Western (cp1252)"), "cp1252"),
    ("Mac Roman", "mac_roman"),
    ("Latin-1 (ISO 8859-1)", "latin-1"),
)
NAME_FIELDS = {"first_name", "last_name", "full_name", "preferred_name"}
STEP_FILE, STEP_COLUMNS, STEP_CHECK, STEP_DONE = range(4)
STEP_TITLES = (
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Choose the file"), QT_TRANSLATE_NOOP("ImportPeopleDialog", "Match the columns"), QT_TRANSLATE_NOOP("ImportPeopleDialog", "Check before importing"), QT_TRANSLATE_NOOP("ImportPeopleDialog", "Imported"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    return _tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name.replace("_", " ").capitalize()


def suggested_columns(layout: FileLayout) -> dict[str, str]:
    """Header -> field as the importer would read the file without any help."""
    suggested = dict(layout.suggested)
    fields = set(suggested.values())
    if fields & {"first_name", "last_name"}:
        # The importer's own rule: a "Name" column next to first and last names is usually
        # something else (an event's name), so it is not read as the person's name.
        suggested = {h: f for h, f in suggested.items() if f != "full_name"}
    return suggested


def layout_key(headers: list[str]) -> str:
    joined = "\x1f".join(normalize_header(h) for h in headers)
    return MAPPING_SETTING + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def import_work(
    db: Database,
    data: bytes,
    mapping: dict[str, str],
    encoding: str,
    *,
    dry_run: bool,
    skip_invalid: bool = False,
) -> Callable[[Callable[[int, int, str], None], Callable[[], bool]], ImportReport | ImportRejected]:
    """The background half: parse and (pretend to) import in one transaction of its own.

    A refusal comes back as the ``ImportRejected`` itself, so the dialog can show its rows.
    """
    label = QCoreApplication.translate("ImportPeopleDialog", "Checking the file…") if dry_run else QCoreApplication.translate("ImportPeopleDialog", "Importing people…")  # on the GUI thread

    def work(progress: Callable[[int, int, str], None], is_cancelled: Callable[[], bool]):  # noqa: ANN202
        progress(0, 0, label)
        try:
            return import_people_file(
                db, data, mapping=mapping, encoding=encoding, dry_run=dry_run, skip_invalid=skip_invalid,
                progress=lambda done, total: progress(done, total, label), is_cancelled=is_cancelled,
            )
        except ImportRejected as exc:
            return exc
        except ImportCancelled as exc:
            raise TaskCancelled() from exc

    return work


class ReportView(QWidget):
    """Counts of an import or its dry run, and tables of the rows with problems."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        counts = QHBoxLayout()
        self.new_count = self._stat(counts, self.tr("New people"))
        self.known_count = self._stat(counts, self.tr("Already in organizer"))
        self.rejected_count = self._stat(counts, self.tr("Rows with problems"))
        counts.addStretch(1)
        layout.addLayout(counts)
        self.summary = plain_label("", self)
        layout.addWidget(self.summary)
        self.problems_title = plain_label(self.tr("Rows with problems"), self)
        self.problems_title.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(self.problems_title)
        self.problems = self._table(self.tr("Rows with problems"), self.tr("Problem"))
        layout.addWidget(self.problems, 2)
        self.notes_title = plain_label(self.tr("Values left out (the rest of the row is imported)"), self)
        self.notes_title.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(self.notes_title)
        self.notes = self._table(self.tr("Values left out"), self.tr("Note"))
        layout.addWidget(self.notes, 1)

    def _stat(self, row: QHBoxLayout, caption: str) -> QLabel:
        box = QVBoxLayout()
        number = QLabel("0", self)
        number.setTextFormat(Qt.TextFormat.PlainText)
        number.setFont(scaled_font(self, 1.8, bold=True))
        number.setAccessibleName(caption)
        box.addWidget(number)
        box.addWidget(muted_label(caption, self, wrap=False))
        row.addLayout(box)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        return number

    def _table(self, name: str, what: str) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels([self.tr("Line"), what])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        # Rows grow with their wrapped text whenever the column width changes.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[RowError]) -> None:
        shown = rows[:MAX_REPORT_ROWS]
        table.setRowCount(len(shown) + (1 if len(rows) > len(shown) else 0))
        for i, row in enumerate(shown):
            line = QTableWidgetItem(str(row.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            table.setItem(i, 0, line)
            table.setItem(i, 1, QTableWidgetItem(row.reason))
        if len(rows) > len(shown):
            table.setItem(len(shown), 0, QTableWidgetItem(""))
            table.setItem(len(shown), 1, QTableWidgetItem(QCoreApplication.translate(
                "ImportPeopleDialog",
                "… and {n} more (the command line lists them all: organizer people import FILE --dry-run)"
            ).format(n=len(rows) - len(shown))))

    def show_report(self, report: ImportReport) -> None:
        self.new_count.setText(str(report.new))
        self.known_count.setText(str(report.matched))
        self.rejected_count.setText(str(len(report.rejected)))
        color_label(self.new_count, good_color(self.palette()) if report.new else self.palette().color(
            QPalette.ColorRole.WindowText))
        color_label(self.rejected_count, error_color(self.palette()) if report.rejected else self.palette().color(
            QPalette.ColorRole.WindowText))
        self.summary.setText(describe(report))
        self._fill(self.problems, report.rejected)
        self._fill(self.notes, report.warnings)
        for widget in (self.problems_title, self.problems):
            widget.setVisible(bool(report.rejected))
        for widget in (self.notes_title, self.notes):
            widget.setVisible(bool(report.warnings))


def describe(report: ImportReport) -> str:
    """The counts in a sentence or two a volunteer reads once."""
    # Whole phrases per case and count, so that each language can build its own sentence.
    done = report.committed
    if not report.new:
        action = QCoreApplication.translate("ImportPeopleDialog", "added nobody new") if done else QCoreApplication.translate("ImportPeopleDialog", "add nobody new")
    elif done:
        action = counted(report.new, QCoreApplication.translate("ImportPeopleDialog", "added {n} new person"), QCoreApplication.translate("ImportPeopleDialog", "added {n} new people"))
    else:
        action = counted(report.new, QCoreApplication.translate("ImportPeopleDialog", "add {n} new person"), QCoreApplication.translate("ImportPeopleDialog", "add {n} new people"))
    if report.updated:
        if done:
            filled = counted(report.updated, QCoreApplication.translate("ImportPeopleDialog", "filled in missing details for {n} person already in organizer"),
                             QCoreApplication.translate("ImportPeopleDialog", "filled in missing details for {n} people already in organizer"))
        else:
            filled = counted(report.updated, QCoreApplication.translate("ImportPeopleDialog", "fill in missing details for {n} person already in organizer"),
                             QCoreApplication.translate("ImportPeopleDialog", "fill in missing details for {n} people already in organizer"))
        action = QCoreApplication.translate("ImportPeopleDialog", "{first} and {second}").format(first=action, second=filled)
    if done:
        text = f"{action[0].upper()}{action[1:]}."
    else:
        text = QCoreApplication.translate("ImportPeopleDialog", "This {format} file would {actions}.").format(format=_format_name(report.format_label), actions=action)
    if report.unchanged:
        text += " " + counted(report.unchanged, QCoreApplication.translate("ImportPeopleDialog", "{n} row matches someone already in organizer and adds nothing new."),
                              QCoreApplication.translate("ImportPeopleDialog", "{n} rows match someone already in organizer and add nothing new."))
    if report.rejected:
        if done:
            text += " " + counted(len(report.rejected), QCoreApplication.translate("ImportPeopleDialog", "{n} row was left out (see below)."),
                                  QCoreApplication.translate("ImportPeopleDialog", "{n} rows were left out (see below)."))
        else:
            text += " " + counted(len(report.rejected), QCoreApplication.translate("ImportPeopleDialog", "{n} row has a problem (see below)."),
                                  QCoreApplication.translate("ImportPeopleDialog", "{n} rows have problems (see below)."))
    return text


def _format_name(label: str) -> str:
    """A file format's name; a plain spreadsheet's is a word to translate."""
    return QCoreApplication.translate("ImportPeopleDialog", "spreadsheet") if label == FORMAT_LABELS["generic"] else label


class ImportPeopleDialog(BusyWhileTaskRuns, QDialog):
    """The four import steps; open it with ``open()`` (it never blocks)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("importPeopleDialog")
        self.setWindowTitle(self.tr("Import people"))
        self.setAccessibleName(self.tr("Import people"))
        self.data: bytes | None = None
        self.layout_info: FileLayout | None = None
        self.report: ImportReport | None = None
        self.result_report: ImportReport | None = None
        self._combos: list[tuple[str, QComboBox]] = []

        self.step_heading = page_heading("", self)
        self.step_hint = muted_label("", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_file_step())
        self.stack.addWidget(self._build_columns_step())
        self.stack.addWidget(self._build_check_step())
        self.stack.addWidget(self._build_done_step())

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.clicked.connect(self.go_back)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.clicked.connect(self.go_next)
        self.import_good_button = QPushButton(self.tr("Import the &good rows only"), self)
        self.import_good_button.clicked.connect(lambda: self.start_import(skip_invalid=True))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(lambda: self.start_import(skip_invalid=False))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.cancel_button, self.next_button, self.import_good_button,
                       self.import_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").replace("< ", "").replace(" >", ""))
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_heading)
        layout.addWidget(self.step_hint)
        layout.addWidget(self.stack, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 36)
        self._show_step(STEP_FILE)
        ctx.database_changed.connect(self.reject)

    # --- step 1: the file ----------------------------------------------------------------
    def _build_file_step(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.file_field = FilePathField(
            kind="open", title=self.tr("Import people from"), file_filter=self.tr(FILE_FILTER),
            accessible_name=self.tr("File to import"), start=remembered_folder(self._ctx), parent=page,
        )
        self.file_field.path_chosen.connect(lambda text: self.load_file(Path(text)))
        self.file_error = plain_label("", page)
        color_label(self.file_error, error_color(self.palette()))
        self.file_error.hide()

        self.format_label = plain_label("", page)
        self.encoding = QComboBox(page)
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.addItem(self.tr("Detect automatically"), None)
        for label, name in ENCODINGS:
            self.encoding.addItem(self.tr(label), name)
        self.encoding.activated.connect(lambda _i: self._reinspect())
        self.delimiter_label = plain_label("", page)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), self.file_field)
        form.addRow("", self.file_error)
        form.addRow(self.tr("Read as:"), self.format_label)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("Columns separated by:"), self.delimiter_label)
        layout.addLayout(form)

        self.preview_title = plain_label(self.tr("The first rows, as organizer reads them"), page)
        self.preview_title.setFont(scaled_font(page, 1.0, bold=True))
        layout.addWidget(self.preview_title)
        self.preview = QTableWidget(0, 0, page)
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 18)
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 1)
        self._set_file_details_visible(False)
        return page

    def _set_file_details_visible(self, visible: bool) -> None:
        for widget in (self.format_label, self.delimiter_label, self.preview_title, self.preview):
            widget.setVisible(visible)
        self.encoding.setEnabled(visible or self.data is not None)

    def load_file(self, path: Path) -> bool:
        """Read and inspect ``path``; on a problem the sentence shows on the step."""
        path = Path(path).expanduser()
        self.file_field.set_path(path)
        try:
            data = read_input_file(path)
        except OrganizerError as exc:
            self._file_problem(str(exc))
            return False
        self.data = data
        self.encoding.setCurrentIndex(0)
        remember_folder(self._ctx, path)
        return self._reinspect()

    def set_encoding(self, encoding: str | None) -> bool:
        index = self.encoding.findData(encoding)
        if index < 0:
            raise ValueError(f"unknown encoding {encoding!r}")
        self.encoding.setCurrentIndex(index)
        return self._reinspect()

    def _reinspect(self) -> bool:
        if self.data is None:
            return False
        try:
            layout = inspect_people_csv(self.data, encoding=self.encoding.currentData(), samples=SAMPLE_ROWS)
        except OrganizerError as exc:
            self.layout_info = None
            self._file_problem(str(exc))
            return False
        self.layout_info = layout
        self.report = None
        self.file_error.hide()
        self._show_layout(layout)
        self._fill_columns(layout)
        self._update_buttons()
        return True

    def _file_problem(self, sentence: str) -> None:
        self.layout_info = None
        self.file_error.setText(sentence)
        self.file_error.show()
        self._set_file_details_visible(False)
        self._update_buttons()

    def _show_layout(self, layout: FileLayout) -> None:
        recognised = bool({"email", "phone"} & set(suggested_columns(layout).values()))
        if layout.format in FORMAT_LABELS and layout.format != "generic":
            text = self.tr("{tool} export").format(tool=FORMAT_LABELS[layout.format])
        elif recognised:
            text = self.tr("A spreadsheet; its columns were recognised by their names")
        else:
            text = self.tr("Not recognised: you will choose what each column holds in the next step")
        self.format_label.setText(text)
        if self.encoding.currentData() is None:
            self.encoding.setItemText(0, self.tr("Detected: {encoding}").format(encoding=encoding_name(layout.encoding)))
        delimiter = DELIMITER_NAMES.get(layout.delimiter)
        self.delimiter_label.setText(self.tr(delimiter) if delimiter else repr(layout.delimiter))
        self.preview.clear()
        self.preview.setColumnCount(len(layout.headers))
        self.preview.setRowCount(len(layout.sample_rows))
        self.preview.setHorizontalHeaderLabels(layout.headers)
        for r, cells in enumerate(layout.sample_rows):
            for c in range(len(layout.headers)):
                value = cells[c] if c < len(cells) else ""
                item = QTableWidgetItem(" ".join(value.split()))  # a quoted newline stays on one line
                item.setToolTip(value)
                self.preview.setItem(r, c, item)
        self._set_file_details_visible(True)

    # --- step 2: the columns -------------------------------------------------------------
    def _build_columns_step(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.columns_intro = plain_label("", page)
        layout.addWidget(self.columns_intro)
        self.columns_area = QScrollArea(page)
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setAccessibleName(self.tr("Columns of the file"))
        layout.addWidget(self.columns_area, 1)
        self.columns_status = plain_label("", page)
        layout.addWidget(self.columns_status)
        self.notes_column_warning = plain_label(self.tr(
            "A column imported as internal notes is saved with each person. Check that it holds "
            "nothing the campaign must not record, such as anyone's immigration status."), page)
        color_label(self.notes_column_warning, warning_color(self.palette()))
        self.notes_column_warning.hide()
        layout.addWidget(self.notes_column_warning)
        return page

    def _fill_columns(self, layout: FileLayout) -> None:
        suggested = suggested_columns(layout)
        remembered = self._remembered_mapping(layout.headers)
        if remembered is not None:
            suggested = remembered
        recognised = bool({"email", "phone"} & set(suggested.values()))
        if remembered is not None:
            intro = self.tr("This file has the same columns as one you imported before; your choices from "
                            "then are filled in. Change any that are wrong.")
        elif recognised:
            intro = self.tr("organizer recognised these columns. Check what each one is imported as; "
                            "columns set to “Ignore” are left out.")
        else:
            intro = self.tr("organizer did not recognise these columns. Choose what each one holds. An email "
                            "or phone column is needed: people are matched by them, so importing again adds "
                            "nobody twice.")
        self.columns_intro.setText(intro)

        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for col, title in enumerate((self.tr("Column in the file"), self.tr("Import as"), self.tr("First value"))):
            heading = plain_label(title, grid_widget, wrap=False)
            heading.setFont(scaled_font(grid_widget, 1.0, bold=True))
            grid.addWidget(heading, 0, col)
        self._combos = []
        seen: set[str] = set()
        for i, header in enumerate(layout.headers):
            example = next((r[i] for r in layout.sample_rows if i < len(r) and r[i].strip()), "")
            example = " ".join(example.split())
            name = plain_label(header or self.tr("(column {n} has no name)").format(n=i + 1), grid_widget, wrap=False)
            sample = muted_label(example[:40] + ("…" if len(example) > 40 else ""), grid_widget, wrap=False)
            sample.setToolTip(example)
            combo = QComboBox(grid_widget)
            combo.setAccessibleName(self.tr("Import the column “{header}” as").format(header=header))
            combo.addItem(self.tr(IGNORE_LABEL), IGNORE)
            for field in MAPPABLE_FIELDS:
                combo.addItem(field_label(field), field)
            if header in seen or not header:
                # The importer finds columns by their name: a second column of the same name
                # (or one without a name) cannot be chosen on its own.
                combo.setEnabled(False)
                combo.setToolTip(self.tr("Another column has the same name, or this one has none; it cannot be imported."))
            else:
                seen.add(header)
                combo.setCurrentIndex(max(0, combo.findData(suggested.get(header, IGNORE))))
                combo.currentIndexChanged.connect(self._columns_changed)
                self._combos.append((header, combo))
            name.setBuddy(combo)
            grid.addWidget(name, i + 1, 0)
            grid.addWidget(combo, i + 1, 1)
            grid.addWidget(sample, i + 1, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(layout.headers) + 1, 1)
        self.columns_area.setWidget(grid_widget)
        self._columns_changed()

    def _remembered_mapping(self, headers: list[str]) -> dict[str, str] | None:
        raw = self._ctx.settings.value(layout_key(headers), "")
        if not raw:
            return None
        try:
            saved = json.loads(str(raw))
        except ValueError:
            return None
        if not isinstance(saved, dict):
            return None
        allowed = set(MAPPABLE_FIELDS) | {IGNORE}
        return {h: f for h, f in saved.items() if h in headers and f in allowed}

    def column_mapping(self) -> dict[str, str]:
        """Header -> field or "ignore", for every column that can be chosen."""
        return {header: combo.currentData() for header, combo in self._combos}

    def set_column(self, header: str, field: str) -> None:
        for name, combo in self._combos:
            if name == header:
                index = combo.findData(field)
                if index < 0:
                    raise ValueError(f"{field!r} is not a field people can be imported into")
                combo.setCurrentIndex(index)
                return
        raise KeyError(header)

    def mapping_problem(self) -> str:
        """Why the columns cannot be used yet ("" when they can)."""
        fields = set(self.column_mapping().values())
        if not fields & {"email", "phone"}:
            return self.tr("Choose the column that holds the email address or the phone number (or both).")
        return ""

    def _columns_changed(self) -> None:
        fields = set(self.column_mapping().values())
        problem = self.mapping_problem()
        used = sum(1 for f in self.column_mapping().values() if f != IGNORE)
        if problem:
            self.columns_status.setText(problem)
            color_label(self.columns_status, error_color(self.palette()))
        elif not fields & NAME_FIELDS:
            self.columns_status.setText(self.tr(
                "No name column: people already in organizer can be matched and updated, but nobody new can be added."))
            color_label(self.columns_status, warning_color(self.palette()))
        else:
            total = len(self._combos)
            self.columns_status.setText(self.tr("{used} will be imported; {left} left out.").format(
                used=counted(used, self.tr("{n} column"), self.tr("{n} columns")),
                left=counted(total - used, self.tr("{n} column"), self.tr("{n} columns"))))
            color_label(self.columns_status, self.palette().color(QPalette.ColorRole.WindowText))
        self.notes_column_warning.setVisible("notes" in fields)
        self.report = None  # a dry run of other columns no longer says anything
        self._update_buttons()

    # --- step 3: the dry run -------------------------------------------------------------
    def _build_check_step(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check_report = ReportView(page)
        layout.addWidget(self.check_report, 1)
        self.check_advice = plain_label("", page)
        layout.addWidget(self.check_advice)
        return page

    def start_check(self) -> Task | None:
        """Run the dry run in the background; the Check step shows it when it ends."""
        if self.data is None or self.layout_info is None or self.mapping_problem():
            return None
        mapping = self.column_mapping()
        work = import_work(self._ctx.db, self.data, mapping, self.layout_info.encoding, dry_run=True)

        def done(result: ImportReport | ImportRejected) -> None:
            if isValid(self):
                self._show_check(result if isinstance(result, ImportReport) else result.report)

        return self._run(self.tr("Checking the file"), work, done)

    def _show_check(self, report: ImportReport) -> None:
        self.report = report
        self.check_report.show_report(report)
        good = report.new + report.updated
        if report.rejected:
            advice = self.tr(
                "Importing everything is not possible while rows have problems: fix them in the file and "
                "choose it again, or import only the good rows ({people} to add or update) and deal with "
                "the rest by hand.").format(people=counted(good, self.tr("{n} person"), self.tr("{n} people")))
            color_label(self.check_advice, warning_color(self.palette()))
        elif good == 0:
            advice = self.tr("Nothing to import: everyone in this file is already in organizer with these details.")
            color_label(self.check_advice, self.palette().color(QPalette.ColorRole.WindowText))
        else:
            advice = self.tr("Nothing has been saved yet. Import adds and updates everyone above in one go.")
            color_label(self.check_advice, self.palette().color(QPalette.ColorRole.WindowText))
        self.check_advice.setText(advice)
        self.import_button.setText(
            counted(good, self.tr("&Import {n} person"), self.tr("&Import {n} people")) if good else self.tr("&Import")
        )
        self.import_button.setAccessibleName(self.import_button.text().replace("&", ""))
        self._show_step(STEP_CHECK)

    # --- step 4: the import --------------------------------------------------------------
    def _build_done_step(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done_report = ReportView(page)
        layout.addWidget(self.done_report, 1)
        return page

    def start_import(self, *, skip_invalid: bool) -> Task | None:
        """Import for real: all or nothing, or (``skip_invalid``) the good rows only."""
        if self.data is None or self.layout_info is None or self.mapping_problem():
            return None
        mapping = self.column_mapping()
        headers = self.layout_info.headers
        suggested = suggested_columns(self.layout_info)
        chosen_by_hand = any(suggested.get(header, IGNORE) != field for header, field in mapping.items())
        work = import_work(self._ctx.db, self.data, mapping, self.layout_info.encoding,
                           dry_run=False, skip_invalid=skip_invalid)
        ctx = self._ctx
        imported = self.tr("Imported people: {new} added, {updated} updated.")

        # Runs even if the dialog was closed meanwhile: the import happened either way.
        def done(result: ImportReport | ImportRejected) -> None:
            dialog = self if isValid(self) else None
            if isinstance(result, ImportRejected):
                if dialog is not None:
                    dialog._show_check(result.report)
                ctx.show_error(dialog, result)
                return
            if chosen_by_hand:
                ctx.settings.setValue(layout_key(headers), json.dumps(mapping))
            else:  # what organizer recognises by itself needs no memory (and may improve)
                ctx.settings.remove(layout_key(headers))
            ctx.changed(PEOPLE)
            ctx.notify(imported.format(new=result.new, updated=result.updated))
            if dialog is not None:
                dialog._show_result(result)

        return self._run(self.tr("Importing people"), work, done)

    def _show_result(self, report: ImportReport) -> None:
        self.result_report = report
        self.done_report.show_report(report)
        self._show_step(STEP_DONE)

    # --- moving between steps ------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_next(self) -> None:
        step = self.current_step()
        if step == STEP_FILE and self.layout_info is not None:
            self._show_step(STEP_COLUMNS)
        elif step == STEP_COLUMNS:
            self.start_check()

    def go_back(self) -> None:
        step = self.current_step()
        if step in (STEP_COLUMNS, STEP_CHECK):
            self._show_step(step - 1)

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_heading.setText(
            self.tr("Step {number} of 4 · {title}").format(number=step + 1, title=self.tr(STEP_TITLES[step]))
        )
        self.step_heading.setAccessibleName(self.step_heading.text())
        self.step_hint.setText({
            STEP_FILE: self.tr("A CSV or tab-separated export from Action Network, Mobilize, VAN or a spreadsheet."),
            STEP_COLUMNS: self.tr("People are matched by email, then by phone; a match only fills in what is empty."),
            STEP_CHECK: self.tr("This is a dry run: nothing has been saved yet."),
            STEP_DONE: self.tr("The import is saved. Nothing a coordinator entered was overwritten."),
        }[step])
        self._update_buttons()
        first_column = self._combos[0][1] if self._combos else self.columns_area
        focus = {STEP_FILE: self.file_field, STEP_COLUMNS: first_column, STEP_CHECK: self.import_button,
                 STEP_DONE: self.close_button}[step]
        if focus.isEnabled():
            focus.setFocus()

    def _update_buttons(self) -> None:
        step = self.current_step()
        idle = not self._busy
        report = self.report if step == STEP_CHECK else None
        self.back_button.setVisible(step in (STEP_COLUMNS, STEP_CHECK))
        self.back_button.setEnabled(idle)
        self.cancel_button.setVisible(step != STEP_DONE)
        self.next_button.setVisible(step in (STEP_FILE, STEP_COLUMNS))
        self.next_button.setText(self.tr("&Next >") if step == STEP_FILE else self.tr("&Check the file >"))
        ready = self.layout_info is not None and (step == STEP_FILE or not self.mapping_problem())
        self.next_button.setEnabled(idle and ready)
        self.next_button.setDefault(step in (STEP_FILE, STEP_COLUMNS))
        has_rejects = bool(report and report.rejected)
        good = report.new + report.updated if report else 0
        self.import_button.setVisible(step == STEP_CHECK)
        self.import_button.setEnabled(idle and report is not None and not has_rejects and good > 0)
        self.import_button.setDefault(step == STEP_CHECK)
        self.import_good_button.setVisible(step == STEP_CHECK and has_rejects)
        self.import_good_button.setEnabled(idle and good > 0)
        self.close_button.setVisible(step == STEP_DONE)
        self.close_button.setDefault(step == STEP_DONE)


def encoding_name(codec: str) -> str:
    for label, name in ENCODINGS:
        if name == codec.replace("_", "-").lower() or name == codec.lower():
            return _tr(label)
    return {"utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "utf-32": "UTF-32", "ascii": "ASCII"}.get(codec, codec)
