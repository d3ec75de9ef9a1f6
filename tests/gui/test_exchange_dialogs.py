"""The import, export, calendar and speaker-message dialogs, driven as a volunteer would.

Files are given to the dialogs' functions as paths (no real file dialog opens), background
work is awaited with ``tasks.active_tasks()``, and the desktop's mail program is replaced.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from shiboken6 import isValid
from sqlalchemy import func, select

from organizer.domain.models import Meeting, Person, utcnow
from organizer.errors import NotFoundError
from organizer.gui import exchange_actions, tasks
from organizer.gui.context import MEETINGS, PEOPLE, AppContext
from organizer.gui.dialogs import confirmations as confirmations_dialog
from organizer.gui.dialogs.import_people import (
    FIELD_LABELS,
    STEP_CHECK,
    STEP_COLUMNS,
    STEP_DONE,
    STEP_FILE,
    ImportPeopleDialog,
)
from organizer.imports.people_csv import MAPPABLE_FIELDS
from organizer.services import confirmations, council, meetings
from organizer.services.people_import import ImportRejected

LEFT = Qt.MouseButton.LeftButton

ACTION_NETWORK = (
    b"first_name,last_name,email,zip_code,can2_phone,can2_sms_status,can2_user_tags\r\n"
    b"Marisol,Quintero,marisol.q@example.org,61701,(309) 555-0181,subscribed,volunteer\r\n"
    b"Dev,Raman,dev.raman@example.org,61761,,,\r\n"
    b"Ines,Okafor,ines.okafor@example.org,61704,309-555-0183,,speaker\r\n"
)

WITH_A_BAD_ROW = (
    b"first_name,last_name,email,zip_code,can2_phone\r\n"
    b"Ada,Lindqvist,ada.l@example.org,61701,\r\n"
    b"Bo,Nakamura,not-an-email,61701,\r\n"
    b"Cy,Abara,cy.abara@example.org,61701,\r\n"
)

UNKNOWN_LAYOUT = (
    "Volunteer;Contact;Where;Shirt size\r\n"
    "Rosa Muñoz Vega;rosa.dv@example.org;61701;M\r\n"
    "Tam Nguyen;tam.nguyen@example.org;61761;L\r\n"
).encode("cp1252")


@pytest.fixture
def opened():
    """Dialogs opened through ``exchange_actions`` delete themselves on close; close the rest."""
    dialogs = []
    yield dialogs.append
    for dialog in dialogs:
        if isValid(dialog):
            dialog.close()


@pytest.fixture
def errors(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    shown: list[BaseException] = []
    monkeypatch.setattr(ctx, "show_error", lambda _parent, exc, on_reload=None: shown.append(exc))
    return shown


@pytest.fixture
def changes(ctx: AppContext) -> list[frozenset]:
    seen: list[frozenset] = []
    ctx.data_changed.connect(seen.append)
    return seen


def wait_for_tasks(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=10_000)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def count_people(ctx: AppContext) -> int:
    with ctx.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def person_by_email(ctx: AppContext, email: str) -> Person | None:
    with ctx.session() as session:
        person = session.scalar(select(Person).where(Person.email == email))
        if person is not None:
            session.expunge(person)
        return person


def checked_dialog(qtbot, ctx: AppContext, opened, path: Path) -> ImportPeopleDialog:  # noqa: ANN001
    """An import dialog that has read ``path`` and finished its dry run."""
    dialog = exchange_actions.import_people(ctx, None)
    opened(dialog)
    assert dialog.load_file(path)
    dialog.go_next()
    assert dialog.current_step() == STEP_COLUMNS
    dialog.go_next()
    wait_for_tasks(qtbot)
    assert dialog.current_step() == STEP_CHECK
    return dialog


# --- people import ----------------------------------------------------------------------------

def test_every_mappable_field_has_a_label() -> None:
    assert set(FIELD_LABELS) == set(MAPPABLE_FIELDS)


def test_action_network_file_previews_imports_and_imports_again_as_nobody_new(
    qtbot, ctx, opened, tmp_path, changes
) -> None:
    path = write(tmp_path, "action-network.csv", ACTION_NETWORK)
    before = count_people(ctx)
    dialog = exchange_actions.import_people(ctx, None)
    opened(dialog)
    assert dialog.isVisible() and dialog.current_step() == STEP_FILE
    assert not dialog.next_button.isEnabled()

    assert dialog.load_file(path)
    assert dialog.format_label.text() == "Action Network export"
    assert dialog.delimiter_label.text() == "comma"
    assert dialog.encoding.currentText() == "Detected: UTF-8"
    assert dialog.preview.rowCount() == 3 and dialog.preview.columnCount() == 7
    assert dialog.preview.horizontalHeaderItem(4).text() == "can2_phone"
    assert dialog.preview.item(0, 0).text() == "Marisol"

    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.current_step() == STEP_COLUMNS
    mapping = dialog.column_mapping()
    assert mapping["email"] == "email" and mapping["can2_phone"] == "phone"
    assert mapping["can2_user_tags"] == "ignore"
    assert dialog.next_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, LEFT)
    wait_for_tasks(qtbot)
    assert dialog.current_step() == STEP_CHECK
    report = dialog.report
    assert (report.new, report.matched, len(report.rejected)) == (3, 0, 0)
    assert dialog.check_report.new_count.text() == "3"
    assert dialog.check_report.summary.text() == "This Action Network file would add 3 new people."
    assert dialog.check_report.rejected_count.text() == "0"
    assert not dialog.check_report.problems.isVisibleTo(dialog)
    assert count_people(ctx) == before  # a dry run saves nothing
    assert dialog.import_button.isEnabled() and not dialog.import_good_button.isVisibleTo(dialog)

    qtbot.mouseClick(dialog.import_button, LEFT)
    wait_for_tasks(qtbot)
    assert dialog.current_step() == STEP_DONE
    assert dialog.result_report.committed and dialog.result_report.new == 3
    assert count_people(ctx) == before + 3
    assert any(PEOPLE in kinds for kinds in changes)
    marisol = person_by_email(ctx, "marisol.q@example.org")
    assert (marisol.first_name, marisol.phone, marisol.may_text) == ("Marisol", "+13095550181", True)

    again = checked_dialog(qtbot, ctx, opened, path)
    assert (again.report.new, again.report.unchanged) == (0, 3)
    assert again.check_report.summary.text() == (
        "This Action Network file would add nobody new. 3 rows match someone already in organizer "
        "and add nothing new.")
    assert not again.import_button.isEnabled()
    assert "Nothing to import" in again.check_advice.text()
    again.start_import(skip_invalid=False)
    wait_for_tasks(qtbot)
    assert again.result_report.new == 0
    assert count_people(ctx) == before + 3


def test_a_file_with_a_bad_row_is_refused_whole_unless_only_good_rows_are_imported(
    qtbot, ctx, opened, tmp_path, errors
) -> None:
    path = write(tmp_path, "signups.csv", WITH_A_BAD_ROW)
    before = count_people(ctx)
    dialog = checked_dialog(qtbot, ctx, opened, path)
    report = dialog.report
    assert (report.new, len(report.rejected)) == (2, 1)
    assert report.rejected[0].line == 3
    problems = dialog.check_report.problems
    assert problems.isVisibleTo(dialog) and problems.rowCount() == 1
    assert problems.item(0, 0).text() == "3"
    assert "not-an-email" in problems.item(0, 1).text()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_good_button.isVisibleTo(dialog) and dialog.import_good_button.isEnabled()

    dialog.start_import(skip_invalid=False)  # all or nothing
    wait_for_tasks(qtbot)
    assert len(errors) == 1 and isinstance(errors[0], ImportRejected)
    assert "Nothing was imported" in str(errors[0])
    assert count_people(ctx) == before
    assert dialog.current_step() == STEP_CHECK

    qtbot.mouseClick(dialog.import_good_button, LEFT)
    wait_for_tasks(qtbot)
    assert dialog.current_step() == STEP_DONE
    result = dialog.result_report
    assert (result.new, len(result.rejected)) == (2, 1)
    assert dialog.done_report.problems.rowCount() == 1
    assert dialog.done_report.summary.text() == "Added 2 new people. 1 row was left out (see below)."
    assert count_people(ctx) == before + 2
    assert person_by_email(ctx, "cy.abara@example.org") is not None


def test_unknown_columns_are_matched_by_hand_and_remembered(qtbot, ctx, opened, tmp_path) -> None:
    path = write(tmp_path, "sheet.csv", UNKNOWN_LAYOUT)
    dialog = exchange_actions.import_people(ctx, None)
    opened(dialog)
    assert dialog.load_file(path)
    assert dialog.format_label.text().startswith("Not recognised")
    assert dialog.delimiter_label.text() == "semicolon"
    assert dialog.encoding.currentText() == "Detected: Windows Western (cp1252)"
    dialog.go_next()
    assert dialog.current_step() == STEP_COLUMNS
    assert set(dialog.column_mapping().values()) == {"ignore"}
    assert not dialog.next_button.isEnabled()
    assert "email address or the phone number" in dialog.columns_status.text()

    dialog.set_column("Contact", "email")
    assert dialog.next_button.isEnabled()
    assert "No name column" in dialog.columns_status.text()
    dialog.set_column("Volunteer", "full_name")
    dialog.set_column("Where", "zip_code")
    assert dialog.columns_status.text() == "3 columns will be imported; 1 column left out."
    dialog.set_column("Shirt size", "notes")
    assert dialog.notes_column_warning.isVisibleTo(dialog)
    dialog.set_column("Shirt size", "ignore")

    dialog.go_next()
    wait_for_tasks(qtbot)
    assert dialog.report.new == 2
    dialog.start_import(skip_invalid=False)
    wait_for_tasks(qtbot)
    rosa = person_by_email(ctx, "rosa.dv@example.org")
    assert (rosa.first_name, rosa.last_name, rosa.zip_code) == ("Rosa Muñoz", "Vega", "61701")

    next_time = exchange_actions.import_people(ctx, None)
    opened(next_time)
    assert next_time.load_file(path)
    assert next_time.column_mapping() == {
        "Volunteer": "full_name", "Contact": "email", "Where": "zip_code", "Shirt size": "ignore"}
    assert "same columns" in next_time.columns_intro.text()


def test_a_file_that_cannot_be_read_says_why_on_the_first_step(qtbot, ctx, opened, tmp_path) -> None:
    dialog = exchange_actions.import_people(ctx, None)
    opened(dialog)
    assert not dialog.load_file(tmp_path / "missing.csv")
    assert dialog.file_error.isVisibleTo(dialog) and "There is no file" in dialog.file_error.text()
    assert not dialog.next_button.isEnabled()
    assert not dialog.load_file(write(tmp_path, "empty.csv", b""))
    assert "empty" in dialog.file_error.text()
    assert dialog.load_file(write(tmp_path, "ok.csv", ACTION_NETWORK))
    assert not dialog.file_error.isVisibleTo(dialog) and dialog.next_button.isEnabled()


def test_typing_the_path_and_pressing_enter_reads_the_file(qtbot, ctx, opened, tmp_path) -> None:
    path = write(tmp_path, "typed.csv", ACTION_NETWORK)
    dialog = exchange_actions.import_people(ctx, None)
    opened(dialog)
    dialog.activateWindow()
    dialog.file_field.edit.setFocus()
    qtbot.waitUntil(dialog.file_field.edit.hasFocus)
    qtbot.keyClicks(dialog.file_field.edit, str(path))
    qtbot.keyClick(dialog.file_field.edit, Qt.Key.Key_Return)
    assert dialog.layout_info is not None and dialog.preview.rowCount() == 3
    assert dialog.current_step() == STEP_COLUMNS  # Enter then presses Next, now enabled


def test_choosing_an_encoding_by_hand_reads_the_file_again(qtbot, ctx, opened, tmp_path) -> None:
    path = write(tmp_path, "latin.csv", "first_name,email\r\nJosé,jose.m@example.org\r\n".encode("cp1252"))
    dialog = exchange_actions.import_people(ctx, None)
    opened(dialog)
    assert dialog.load_file(path)
    assert dialog.preview.item(0, 0).text() == "José"
    assert dialog.set_encoding("mac_roman")
    assert dialog.preview.item(0, 0).text() != "José"
    assert not dialog.set_encoding("utf-8")
    assert "not valid utf-8" in dialog.file_error.text()


# --- exports ----------------------------------------------------------------------------------

def test_export_people_writes_an_excel_ready_private_csv_without_notes(qtbot, ctx, opened, tmp_path) -> None:
    dialog = exchange_actions.export_people(ctx, None)
    opened(dialog)
    assert not dialog.include_notes.isChecked()
    assert "internal" in dialog.notes_warning.text()
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "people.csv"
    dialog.target.set_path(target)
    qtbot.mouseClick(dialog.export_button, LEFT)
    wait_for_tasks(qtbot)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].split(b"\r\n", 1)[0].decode()
    assert header.startswith("id,first_name,last_name") and "notes" not in header
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["people.csv"]  # no temporary file left


def test_export_asks_before_replacing_a_file_it_did_not_choose(qtbot, ctx, opened, tmp_path, message_boxes) -> None:
    target = write(tmp_path, "members.csv", b"old")
    dialog = exchange_actions.export_members(ctx, None)
    opened(dialog)
    dialog.include_notes.setChecked(True)
    dialog.target.set_path(target)
    dialog.accept()
    boxes = message_boxes("confirmBox")
    assert len(boxes) == 1 and "members.csv already exists" in boxes[0].text()
    assert target.read_bytes() == b"old"
    boxes[0].confirm_button.click()
    wait_for_tasks(qtbot)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b",notes\r\n" in data.split(b"\r\n", 1)[0] + b"\r\n"


def test_the_save_dialog_opens_without_blocking_and_fills_the_path(qtbot, ctx, opened, tmp_path) -> None:
    dialog = exchange_actions.export_meetings_calendar(ctx, None)
    opened(dialog)
    file_dialog = dialog.target.choose()
    assert isinstance(file_dialog, QFileDialog) and file_dialog.isVisible()
    assert file_dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    chosen = tmp_path / "calendar.ics"
    file_dialog.fileSelected.emit(str(chosen))
    file_dialog.close()
    assert dialog.target.path() == chosen
    assert dialog.target.chosen_in_dialog == chosen


def test_sign_ups_of_the_chosen_meeting_and_one_councils_calendar(qtbot, ctx, opened, tmp_path) -> None:
    with ctx.session() as session:
        meeting = max(meetings.list_meetings(session), key=lambda m: len(m.signups))
        meeting_id, speakers = meeting.id, len(meeting.signups)
        normal = council.find_body(session, "Normal")
        normal_id = normal.id
        normal_meetings = len(meetings.list_meetings(session, body_id=normal_id))

    signups_dialog = exchange_actions.export_signups(ctx, None, meeting_id)
    opened(signups_dialog)
    assert signups_dialog.options()["meeting_id"] == meeting_id
    assert signups_dialog.target.path().name.startswith("signups-")
    signups_dialog.export_to(tmp_path / "signups.csv")
    wait_for_tasks(qtbot)
    lines = (tmp_path / "signups.csv").read_bytes().decode("utf-8-sig").strip().split("\r\n")
    assert lines[0].startswith("position,name,status") and len(lines) == speakers + 1

    calendar_dialog = exchange_actions.export_meetings_calendar(ctx, None)
    opened(calendar_dialog)
    assert calendar_dialog.body.currentText() == "All councils"
    calendar_dialog.select_body(normal_id)
    assert "normal" in calendar_dialog.target.path().name
    calendar_dialog.export_to(tmp_path / "normal.ics")
    wait_for_tasks(qtbot)
    events = icalendar.Calendar.from_ical((tmp_path / "normal.ics").read_bytes()).walk("VEVENT")
    assert len(events) == normal_meetings


def test_export_into_a_missing_folder_is_one_sentence(qtbot, ctx, opened, tmp_path) -> None:
    dialog = exchange_actions.export_people(ctx, None)
    opened(dialog)
    with pytest.raises(NotFoundError, match="There is no folder"):
        dialog.export_to(tmp_path / "nowhere" / "people.csv")


# --- calendar import --------------------------------------------------------------------------

def feed(*events: tuple[str, dt.datetime, str]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Town of Normal//EN"]
    for uid, start, summary in events:
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                  f"DTSTART;TZID=America/Chicago:{start:%Y%m%dT%H%M%S}", f"SUMMARY:{summary}",
                  "LOCATION:Uptown Station", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def count_meetings(ctx: AppContext) -> int:
    with ctx.session() as session:
        return session.scalar(select(func.count()).select_from(Meeting))


def test_calendar_import_previews_then_applies(qtbot, ctx, opened, tmp_path, changes) -> None:
    soon = (utcnow() + dt.timedelta(days=40)).date()
    soon += dt.timedelta(days=(1 - soon.weekday()) % 7)  # a Tuesday: never one of Normal's regular Mondays
    first = dt.datetime(soon.year, soon.month, soon.day, 19, 0)
    second = first + dt.timedelta(days=14)
    path = write(tmp_path, "normal.ics", feed(("a@normal.il.us", first, "Town Council regular meeting"),
                                              ("b@normal.il.us", second, "Town Council special meeting")))
    with ctx.session() as session:
        normal_id = council.find_body(session, "Normal").id
    before = count_meetings(ctx)

    dialog = exchange_actions.import_calendar(ctx, None)
    opened(dialog)
    assert not dialog.apply_button.isEnabled()
    dialog.select_body(normal_id)
    dialog.load_file(path)
    wait_for_tasks(qtbot)
    assert dialog.preview is not None and len(dialog.preview.added) == 2
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "New"
    assert dialog.table.item(0, 1).text().endswith("7:00 PM")
    assert "would add 2 meetings" in dialog.summary.text()
    assert count_meetings(ctx) == before
    assert dialog.apply_button.isEnabled()

    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for_tasks(qtbot)
    assert dialog.result is not None and len(dialog.result.added) == 2
    assert count_meetings(ctx) == before + 2
    assert any(MEETINGS in kinds for kinds in changes)
    assert not dialog.apply_button.isVisibleTo(dialog) and dialog.close_button.text() == "Close"

    again = exchange_actions.import_calendar(ctx, None, body_id=normal_id)
    opened(again)
    again.load_file(path)
    wait_for_tasks(qtbot)
    assert again.preview.unchanged == 2 and not again.apply_button.isEnabled()
    assert "nothing to import" in again.summary.text()


def test_a_file_that_is_not_a_calendar_is_explained_in_the_dialog(qtbot, ctx, opened, tmp_path, errors) -> None:
    dialog = exchange_actions.import_calendar(ctx, None)
    opened(dialog)
    dialog.load_file(write(tmp_path, "notes.ics", b"hello"))
    wait_for_tasks(qtbot)
    assert dialog.problem.isVisibleTo(dialog) and "not an iCalendar" in dialog.problem.text()
    assert not dialog.apply_button.isEnabled() and not errors


# --- speaker messages -------------------------------------------------------------------------

@pytest.fixture
def meeting_with_consent_gaps(ctx: AppContext) -> dict[str, object]:
    """The demo meeting with the most speakers; one can't be reached, one only by text."""
    with ctx.session() as session:
        meeting = max(meetings.list_meetings(session, upcoming=True), key=lambda m: len(m.signups))
        batch = confirmations.speaker_messages(session, meeting.id)
        emailable = [m for m in batch.messages if m.can_email]
        silent, text_only, reachable = emailable[0], emailable[1], emailable[2]
        for message, may_email, may_text in ((silent, False, False), (text_only, False, True)):
            person = session.get(Person, message.person_id)
            person.may_email, person.may_text = may_email, may_text
            if may_text and not person.phone:
                person.phone = "+13095550199"
        return {"meeting_id": meeting.id, "silent": silent.name, "text_only": text_only.signup_id,
                "reachable": reachable.signup_id}


def test_speaker_messages_respect_consent_and_open_the_mail_program(
    qtbot, ctx, opened, meeting_with_consent_gaps, monkeypatch
) -> None:
    opened_urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        opened_urls.append(bytes(url.toEncoded()).decode("ascii"))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    info = meeting_with_consent_gaps
    window = exchange_actions.show_confirmations(ctx, None, info["meeting_id"])
    opened(window)
    assert window.isVisible()
    unreachable = [window.unreachable.item(i).text() for i in range(window.unreachable.count())]
    assert f"{info['silent']}\nhas not agreed to email or text messages" in unreachable
    assert window.unreachable.isVisibleTo(window)

    window.select_speaker(info["reachable"])
    message = window.selected_message()
    assert window.email_subject.text() == message.email_subject
    assert window.email_body.toPlainText() == message.email_body
    assert window.open_mail_button.isEnabled()
    qtbot.mouseClick(window.open_mail_button, LEFT)
    assert opened_urls == [message.mailto()]
    parts = urlsplit(opened_urls[0])
    assert unquote(parts.path) == message.email_to
    assert parse_qs(parts.query)["subject"] == [message.email_subject]

    window.select_speaker(info["text_only"])
    text_only = window.selected_message()
    assert not text_only.can_email and text_only.can_text
    for button in (window.open_mail_button, window.copy_email_button, window.copy_subject_button):
        assert not button.isEnabled()
    assert window.email_note.text() == "Not offered: this speaker has not agreed to email."
    assert window.email_body.toPlainText() == ""
    assert window.copy_sms_button.isEnabled()
    qtbot.mouseClick(window.copy_sms_button, LEFT)
    assert QGuiApplication.clipboard().text() == text_only.sms_text
    assert window.open_in_mail_program() is False
    assert len(opened_urls) == 1


def test_the_reminder_replaces_the_confirmation_and_the_window_is_reused(
    qtbot, ctx, opened, meeting_with_consent_gaps
) -> None:
    meeting_id = meeting_with_consent_gaps["meeting_id"]
    window = exchange_actions.show_confirmations(ctx, None, meeting_id)
    opened(window)
    window.select_speaker(meeting_with_consent_gaps["reachable"])
    confirmation = window.email_subject.text()
    window.set_kind("reminder")
    assert window.selected_message().signup_id == meeting_with_consent_gaps["reachable"]
    assert window.email_subject.text() != confirmation
    with ctx.session() as session:
        expected = confirmations.speaker_messages(session, meeting_id, "reminder")
    assert window.email_subject.text() in {m.email_subject for m in expected.messages}
    assert exchange_actions.show_confirmations(ctx, None, meeting_id) is window


def test_no_mail_program_is_one_sentence(qtbot, ctx, opened, meeting_with_consent_gaps, monkeypatch, errors) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    window = exchange_actions.show_confirmations(ctx, None, meeting_with_consent_gaps["meeting_id"])
    opened(window)
    window.select_speaker(meeting_with_consent_gaps["reachable"])
    assert window.open_in_mail_program() is False
    assert isinstance(errors[0], confirmations_dialog.MailProgramMissing)


def test_no_dialog_is_left_open(qtbot) -> None:
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() in (
        "importPeopleDialog", "exportDialog", "importCalendarDialog", "confirmationsWindow")]
    assert visible == []
