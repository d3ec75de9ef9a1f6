"""Every dialog, opened in Spanish, shows no English: no label, button, title, placeholder,
tooltip, list or table text, accessible name or status-bar message is left untranslated.

A text is "English" when it is the source text of a message in the catalogues whose
Spanish differs, or when it matches such a source with its ``{placeholders}`` filled in.
Data (names, places, talking points from the demo campaign) is never a catalogue source,
so it passes by construction, without a list of exceptions.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from _meeting_fixtures import future_meeting, make_people
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from organizer import config
from organizer.domain.models import CouncilMember, Signup, utcnow
from organizer.errors import ConflictError
from organizer.gui import i18n, tasks
from organizer.gui.context import AppContext
from organizer.gui.dialogs import buttons as dialog_buttons
from organizer.gui.dialogs.assign_points import AssignPointsDialog
from organizer.gui.dialogs.campaign_settings import CampaignSettingsDialog
from organizer.gui.dialogs.confirmations import ConfirmationsWindow, MailProgramMissing
from organizer.gui.dialogs.crash import CrashDialog
from organizer.gui.dialogs.export_data import EXPORTS, ExportDialog
from organizer.gui.dialogs.export_packets import ExportPacketsDialog
from organizer.gui.dialogs.import_calendar import ImportCalendarDialog
from organizer.gui.dialogs.import_people import ImportPeopleDialog
from organizer.gui.dialogs.info import AboutDialog, ShortcutsDialog
from organizer.gui.dialogs.lottery import LotteryDialog
from organizer.gui.dialogs.meeting_editor import GenerateMeetingsDialog, MeetingEditorDialog
from organizer.gui.dialogs.member_editor import MemberEditorDialog
from organizer.gui.dialogs.new_point import NewPointDialog
from organizer.gui.dialogs.packet_preview import PacketPreviewDialog
from organizer.gui.dialogs.person_editor import PersonEditor
from organizer.gui.dialogs.record_interaction import RecordInteractionDialog
from organizer.gui.dialogs.record_stance import RecordStanceDialog
from organizer.gui.dialogs.record_votes import RecordVotesDialog
from organizer.gui.dialogs.restore_backup import RestoreBackupDialog
from organizer.gui.dialogs.search_popup import SearchDialog
from organizer.services import meetings, signups
from organizer.storage.backup import automatic_backup, backup_to, backups_dir

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = config.translations_dir() / "es"
DIALOGS_CATALOGUE = CATALOGUES / "dialogs.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
# Placeholders that always hold a number: "{n} meeting" is not "Town Council special meeting".
NUMBERS = {"{n}", "{count}", "{number}", "{total}", "{done}", "{waiting}", "{speaking}", "{slots}",
           "{added}", "{updated}", "{unchanged}", "{skipped}", "{upcoming}", "{limit}", "{new}"}
# Qt's own buttons (OK, Cancel…) come from Qt's catalogue, not ours: their English names.
QT_STANDARD_BUTTONS = {"OK", "Cancel", "Save", "Close", "Discard", "Apply", "Reset", "Help"}


# --- what counts as English ------------------------------------------------------------------

def catalogue_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every current message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


@dataclass
class EnglishText:
    """The English source texts a Spanish screen must not show."""

    exact: set[str]
    patterns: list[tuple[re.Pattern[str], str]]

    @classmethod
    def from_catalogues(cls) -> EnglishText:
        translated: dict[str, set[str]] = {}
        for path in sorted(CATALOGUES.glob("*.ts")):
            for _context, source, translation in catalogue_messages(path):
                spanish = "" if translation is None or translation.get("type") == "unfinished" else (translation.text or "")
                translated.setdefault(source, set()).add(spanish)
        # A source whose Spanish is the same text ("A4", "{label}:") may be shown as it is.
        english = {source for source, spanish in translated.items() if source not in spanish}
        exact = english | {source.replace("&", "") for source in english if "&" in source}
        patterns = []
        for source in english:
            literal = PLACEHOLDER.sub("", source)
            if PLACEHOLDER.search(source) and sum(ch.isalpha() for ch in literal) >= 4:
                plain = source.replace("&", "")
                holes = [r"[\d.,]+" if hole in NUMBERS else "(?s:.+?)" for hole in PLACEHOLDER.findall(plain)]
                parts = [re.escape(part) for part in PLACEHOLDER.split(plain)]
                pattern = parts[0] + "".join(hole + part for hole, part in zip(holes, parts[1:], strict=True))
                patterns.append((re.compile(pattern + r"\Z"), source))
        return cls(exact, patterns)

    def source_of(self, text: str) -> str | None:
        """The English source ``text`` shows, or None when it is not English from a catalogue."""
        text = text.strip()
        if not text:
            return None
        if text in self.exact:
            return text
        for pattern, source in self.patterns:
            if pattern.match(text):
                return source
        return None


@pytest.fixture(scope="module")
def english() -> EnglishText:
    return EnglishText.from_catalogues()


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # noqa: ANN001
    """The interface in Spanish from here on (widgets translate their text as they are made)."""
    assert i18n.install_translators("es"), "resources/i18n/organizer_es.qm is missing"
    yield
    i18n.remove_translators()


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` and its children can show or speak."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        yield f"{where} title", widget.windowTitle()
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()
        yield f"{where} accessible description", widget.accessibleDescription()
        for action in widget.actions():
            yield f"{where} action", action.text()
            yield f"{where} action tooltip", action.toolTip()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
        if isinstance(widget, QAbstractSpinBox):
            yield f"{where} special value", widget.specialValueText()
            if isinstance(widget, QSpinBox):
                yield f"{where} suffix", widget.suffix()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from model_texts(widget, where)


def column_count(model, parent: QModelIndex) -> int:  # noqa: ANN001
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is private in PySide: it has one
        return 1


def model_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    for column in range(column_count(model, QModelIndex())):
        yield f"{where} header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def walk(parent, depth: int) -> Iterator[tuple[str, str]]:  # noqa: ANN001
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(column_count(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"{where} row {row} column {column}", value
            if depth < 3:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(view.rootIndex(), 0)


def english_in(
    widgets: list[QWidget], english: EnglishText, messages: list[str] = (), data: set[str] = frozenset(),
) -> list[str]:
    """Every English text the widgets (or the status bar ``messages``) show, with where.

    ``data``: texts a test fed in (the cells of an imported file), shown as they are.
    """
    found = []
    for widget in widgets:
        for where, text in texts_of(widget):
            source = english.source_of(text)
            if source is not None and text.strip() not in data:
                found.append(f"{where}: {text!r} (source {source!r})")
        for box in widget.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if button.text().replace("&", "") in QT_STANDARD_BUTTONS:
                    found.append(f"Qt's own button left in English: {button.text()!r}")
    for message in messages:
        source = english.source_of(message)
        if source is not None:
            found.append(f"status bar: {message!r} (source {source!r})")
    return list(dict.fromkeys(found))


# --- the dialogs, each shown in the states a user sees ---------------------------------------

@dataclass
class Scene:
    qtbot: object
    ctx: AppContext
    tmp_path: Path
    shown: list[QWidget]
    data: set[str]

    def keep(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        self.shown.append(widget)
        return widget

    def wait_for_tasks(self) -> None:
        self.qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=10_000)

    def first(self, model, *where):  # noqa: ANN001, ANN201
        with self.ctx.session() as session:
            return session.scalars(select(model.id).where(*where).order_by(model.id)).first()


def busiest_meeting(scene: Scene) -> int:
    with scene.ctx.session() as session:
        return max(meetings.list_meetings(session, upcoming=True), key=lambda m: len(m.signups)).id


def small_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Packet")
    page.showPage()
    page.drawString(72, 720, "Page two")
    page.save()
    return out.getvalue()


def open_about_and_shortcuts(scene: Scene) -> None:
    scene.keep(AboutDialog(str(scene.ctx.db.path)))
    scene.keep(ShortcutsDialog([]))


def open_crash(scene: Scene) -> None:
    dialog = scene.keep(CrashDialog(scene.tmp_path / "organizer.log"))
    dialog.add_error(ValueError("first"))
    dialog.add_error(ValueError("second"))
    dialog.details_button.setChecked(True)


def open_restore(scene: Scene) -> None:
    db_path = scene.ctx.db.path
    scene.keep(RestoreBackupDialog(db_path))  # no backups yet
    automatic_backup(db_path, "before-upgrade")
    backup_to(db_path, backups_dir(db_path) / "copy.sqlite3")
    scene.keep(RestoreBackupDialog(db_path))


def open_search(scene: Scene) -> None:
    dialog = scene.keep(SearchDialog(scene.ctx))
    found = scene.keep(SearchDialog(scene.ctx))
    found.run_search("a")
    assert found.hits(), "the demo campaign has people, members, meetings and points with an a"
    nothing = scene.keep(SearchDialog(scene.ctx))
    nothing.run_search("zzqxw")
    del dialog


def open_person_editor(scene: Scene) -> None:
    empty = scene.keep(PersonEditor(scene.ctx))
    empty.clear()
    new = scene.keep(PersonEditor(scene.ctx))
    new.start_new()
    with scene.ctx.session() as session:
        person_id = session.scalars(select(Signup.person_id).order_by(Signup.id)).first()
    known = scene.keep(PersonEditor(scene.ctx))
    assert known.load(person_id)
    known.fields["first_name"].setText("")
    known.fields["last_name"].setText("")
    known.fields["preferred_name"].setText("")  # no name: the editor says so
    known.save()
    saved = scene.keep(PersonEditor(scene.ctx))
    assert saved.load(person_id)
    saved.fields["pronouns"].setText("ella")
    assert saved.save()


def open_meeting_editors(scene: Scene) -> None:
    scene.keep(MeetingEditorDialog(scene.ctx))
    scene.keep(MeetingEditorDialog(scene.ctx, busiest_meeting(scene)))
    scene.keep(GenerateMeetingsDialog(scene.ctx))
    edited = scene.keep(MeetingEditorDialog(scene.ctx, busiest_meeting(scene)))
    edited.title.setText("Edited")
    edited.reject()  # asks before discarding the edit
    assert edited.discard_box is not None


def open_council_dialogs(scene: Scene) -> None:
    member_id = scene.first(CouncilMember)
    scene.keep(MemberEditorDialog(scene.ctx, member_id))
    scene.keep(RecordInteractionDialog(scene.ctx, member_id, "Ana"))
    scene.keep(RecordStanceDialog(scene.ctx, member_id, "Ana"))
    scene.keep(RecordVotesDialog(scene.ctx, busiest_meeting(scene)))
    stance = scene.keep(RecordStanceDialog(scene.ctx, member_id, "Ana"))
    stance.source.setText("Said so at the meeting")
    stance.accept()


def open_campaign_settings(scene: Scene) -> None:
    scene.keep(CampaignSettingsDialog(scene.ctx))
    conflicted = scene.keep(CampaignSettingsDialog(scene.ctx))
    conflicted.ask_after_conflict(ConflictError("Someone else changed the campaign settings."))
    saved = scene.keep(CampaignSettingsDialog(scene.ctx))
    saved.organization.setText("Welcoming BN")
    saved.accept()


def open_points_dialogs(scene: Scene) -> None:
    scene.keep(NewPointDialog())
    signup_id = scene.first(Signup)
    dialog = scene.keep(AssignPointsDialog(scene.ctx, signup_id))
    dialog.set_checked([])
    dialog.set_checked(dialog.chosen_ids() or [dialog.list.item(0).data(Qt.ItemDataRole.UserRole + 1)])
    dialog.accept()


def open_packets(scene: Scene) -> None:
    scene.keep(ExportPacketsDialog(scene.ctx, busiest_meeting(scene)))
    scene.keep(PacketPreviewDialog(small_pdf(), "Ana"))


def open_exports(scene: Scene) -> None:
    for what in EXPORTS:
        scene.keep(ExportDialog(scene.ctx, what, meeting_id=busiest_meeting(scene)))
    people = scene.keep(ExportDialog(scene.ctx, "people"))
    people.include_notes.setChecked(True)
    people.export_to(scene.tmp_path / "people.csv")
    scene.wait_for_tasks()


def open_confirmations(scene: Scene) -> None:
    meeting_id = busiest_meeting(scene)
    with scene.ctx.session() as session:
        speakers = [s.person for s in session.scalars(select(Signup).where(Signup.meeting_id == meeting_id))]
        speakers[0].may_email = speakers[0].may_text = False  # cannot be reached
        speakers[1].may_email, speakers[1].may_text = False, True  # only by text
        speakers[1].phone = speakers[1].phone or "+13095550199"
    window = scene.keep(ConfirmationsWindow(scene.ctx, meeting_id))
    window.set_kind("reminder")
    window.copy("Hello", window.tr("subject"))
    assert english_in([], EnglishText.from_catalogues(), [str(MailProgramMissing())]) == []


def open_lottery(scene: Scene) -> None:
    meeting_id = future_meeting(scene.ctx.db, "Normal")  # a lottery council: 6 of 8 speak
    with scene.ctx.session() as session:
        for person_id in make_people(scene.ctx.db, 8):
            signups.add_signup(session, meeting_id, person_id)
    scene.keep(LotteryDialog(scene.ctx, meeting_id))
    drawn = scene.keep(LotteryDialog(scene.ctx, meeting_id))
    drawn.draw_now()
    drawn.draw()  # asks before drawing again
    assert drawn.confirm_box is not None
    committed_first = future_meeting(scene.ctx.db, "Normal", days=20)
    committed = scene.keep(LotteryDialog(scene.ctx, committed_first))
    committed.commitment_panel.commit()  # before anyone signs up
    with scene.ctx.session() as session:
        for person_id in make_people(scene.ctx.db, 8, prefix="Entrant"):
            signups.add_signup(session, committed_first, person_id)
    committed.draw_now()
    assert committed.view is not None and committed.view.commitment


CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Town of Normal//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a@normal.il.us\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART;TZID=America/Chicago:{start:%Y%m%dT%H%M%S}\r\nSUMMARY:Town Council special meeting\r\n"
    "LOCATION:Uptown Station\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@normal.il.us\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def open_calendar_import(scene: Scene) -> None:
    scene.keep(ImportCalendarDialog(scene.ctx))
    soon = (utcnow() + dt.timedelta(days=40)).date()
    soon += dt.timedelta(days=(1 - soon.weekday()) % 7)  # a Tuesday: never a regular meeting
    path = scene.tmp_path / "normal.ics"
    path.write_text(CALENDAR.format(start=dt.datetime(soon.year, soon.month, soon.day, 19, 0)))
    dialog = scene.keep(ImportCalendarDialog(scene.ctx))
    with scene.ctx.session() as session:
        from organizer.services import council

        dialog.select_body(council.find_body(session, "Normal").id)
    dialog.load_file(path)
    scene.wait_for_tasks()
    assert dialog.preview is not None and dialog.preview.added
    applied = scene.keep(ImportCalendarDialog(scene.ctx))
    applied.select_body(dialog.body.currentData()[0])
    applied.load_file(path)
    scene.wait_for_tasks()
    applied.start_apply()
    scene.wait_for_tasks()
    assert applied.result is not None
    broken = scene.keep(ImportCalendarDialog(scene.ctx))
    broken.load_file(scene.tmp_path / "missing.ics")


PEOPLE_CSV = (
    b"first_name,last_name,email,zip_code,can2_phone,notes\r\n"
    b"Ada,Lindqvist,ada.l@example.org,61701,,\r\n"
    b"Bo,Nakamura,not-an-email,61701,,\r\n"
    b"Cy,Abara,cy.abara@example.org,61701,,met at the library\r\n"
)
UNKNOWN_CSV = "Volunteer;Contact;Where\r\nRosa Muñoz;rosa@example.org;61701\r\n".encode("cp1252")


def file_cells(data: bytes, encoding: str, separator: str) -> set[str]:
    return {cell.strip() for line in data.decode(encoding).splitlines() for cell in line.split(separator)}


def open_people_import(scene: Scene) -> None:
    scene.data |= file_cells(PEOPLE_CSV, "utf-8", ",") | file_cells(UNKNOWN_CSV, "cp1252", ";")
    scene.keep(ImportPeopleDialog(scene.ctx))
    path = scene.tmp_path / "people.csv"
    path.write_bytes(PEOPLE_CSV)
    steps = []
    for _ in range(4):
        dialog = scene.keep(ImportPeopleDialog(scene.ctx))
        assert dialog.load_file(path)
        steps.append(dialog)
    steps[1].go_next()  # the columns
    for dialog in steps[2:]:
        dialog.go_next()
        dialog.set_column("notes", "notes")
        dialog.go_next()  # the dry run
    scene.wait_for_tasks()
    steps[3].start_import(skip_invalid=True)
    scene.wait_for_tasks()
    assert steps[3].result_report is not None
    unknown = scene.tmp_path / "unknown.csv"
    unknown.write_bytes(UNKNOWN_CSV)
    by_hand = scene.keep(ImportPeopleDialog(scene.ctx))
    assert by_hand.load_file(unknown)
    by_hand.go_next()


def open_questions(scene: Scene) -> None:
    host = scene.keep(QWidget())
    dialog_buttons.ask_after_conflict(host, ConflictError("Changed elsewhere."), lambda: None, lambda: None)


SCENES: dict[str, Callable[[Scene], None]] = {
    "about and shortcuts": open_about_and_shortcuts,
    "crash": open_crash,
    "restore a backup": open_restore,
    "search": open_search,
    "person editor": open_person_editor,
    "meeting editors": open_meeting_editors,
    "council member dialogs": open_council_dialogs,
    "campaign settings": open_campaign_settings,
    "talking point dialogs": open_points_dialogs,
    "packets": open_packets,
    "exports": open_exports,
    "speaker messages": open_confirmations,
    "lottery": open_lottery,
    "calendar import": open_calendar_import,
    "people import": open_people_import,
    "questions": open_questions,
}


@pytest.mark.parametrize("name", list(SCENES))
def test_every_dialog_shows_no_english_in_spanish(
    name: str, spanish, english: EnglishText, qtbot, ctx: AppContext, tmp_path: Path,  # noqa: ANN001
) -> None:
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    errors: list[BaseException] = []
    ctx.show_error = lambda _parent, exc, on_reload=None: errors.append(exc)  # type: ignore[method-assign]
    scene = Scene(qtbot, ctx, tmp_path, [], set())
    SCENES[name](scene)
    scene.wait_for_tasks()
    assert not errors, errors
    assert scene.shown
    found = english_in(scene.shown, english, messages, scene.data)
    assert not found, "English left in Spanish:\n" + "\n".join(found)


# --- the check itself, and the catalogue -----------------------------------------------------

def test_the_check_finds_english_left_on_a_spanish_screen(spanish, english: EnglishText, qtbot) -> None:
    """Without this, a check that finds nothing would pass every dialog."""
    host = QWidget()
    qtbot.addWidget(host)
    QLabel("Keep editing", host)  # a source text, shown as it is
    QLabel("Talking points — Ana", host)  # a source with its placeholder filled in
    QLabel("Ana Ruiz", host)  # data: never English from the catalogue
    found = english_in([host], english)
    assert [line.split(": ", 1)[1] for line in found] == [
        "'Keep editing' (source 'Keep editing')",
        "'Talking points — Ana' (source 'Talking points — {name}')",
    ]
    # And the same dialog text in Spanish passes.
    assert english_in([scene_label(host, "Seguir editando")], english) == []


def scene_label(parent: QWidget, text: str) -> QWidget:
    holder = QWidget(parent)
    QLabel(text, holder)
    return holder


def test_every_dialog_message_is_translated_keeping_its_placeholders_and_mnemonics() -> None:
    problems = []
    for context, source, translation in catalogue_messages(DIALOGS_CATALOGUE):
        spanish = translation.text or "" if translation is not None else ""
        if translation is None or translation.get("type") == "unfinished" or not spanish:
            problems.append(f"{context}: {source!r} has no Spanish")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(spanish)):
            problems.append(f"{context}: {spanish!r} does not keep the placeholders of {source!r}")
        elif source.replace("&&", "").count("&") != spanish.replace("&&", "").count("&"):
            problems.append(f"{context}: {spanish!r} does not keep the keyboard mnemonic of {source!r}")
    assert problems == []


def test_the_dialogs_catalogue_has_every_text_of_the_dialogs(tmp_path: Path) -> None:
    """lupdate over the dialogs finds no text the catalogue lacks (run
    ``tools/update_translations.py --area dialogs`` after changing a dialog's text)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    fresh = tmp_path / "dialogs.ts"
    sources = [str(path) for path in update_translations.dialog_sources() if path.stat().st_size]
    subprocess.run([update_translations.qt_tool("pyside6-lupdate"), *sources, "-silent", "-locations", "none",
                    "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(context, source) for context, source, _ in catalogue_messages(fresh)}
    in_catalogue = {(context, source) for context, source, _ in catalogue_messages(DIALOGS_CATALOGUE)}
    assert sorted(in_code - in_catalogue) == []
