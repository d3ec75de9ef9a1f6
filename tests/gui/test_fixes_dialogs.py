"""Dialogs never drop what was typed, never redo a lottery on a stray Enter, and never write
the coordinator's printouts beside the packets meant to be sent out."""

from __future__ import annotations

import datetime as dt
import errno
import io
from pathlib import Path

import pytest
from _meeting_fixtures import body_id, future_meeting, make_people
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from organizer.domain.models import CouncilMember, LotteryDraw, Meeting, Person
from organizer.gui import errors, tasks
from organizer.gui.dialogs import packet_preview
from organizer.gui.dialogs.campaign_settings import CampaignSettingsDialog
from organizer.gui.dialogs.crash import CrashDialog
from organizer.gui.dialogs.export_packets import COORDINATOR_FOLDER, ExportPacketsDialog
from organizer.gui.dialogs.fields import LATEST_DATE, date_edit
from organizer.gui.dialogs.lottery import LotteryDialog
from organizer.gui.dialogs.meeting_editor import MeetingEditorDialog
from organizer.gui.dialogs.member_editor import MemberEditorDialog
from organizer.gui.pages.people import PeoplePage
from organizer.services import council, meetings, people, signups
from organizer.services.campaign import campaign_settings, update_settings

pytestmark = pytest.mark.gui


def first_member_id(ctx) -> int:  # noqa: ANN001
    with ctx.session() as session:
        return session.scalars(select(CouncilMember.id).order_by(CouncilMember.id)).first()


def cancel(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Cancel).click()


# --- 1. the lottery ----------------------------------------------------------------------


def draws(ctx, meeting_id: int) -> int:  # noqa: ANN001
    with ctx.session() as session:
        return session.scalar(select(func.count()).select_from(LotteryDraw).where(LotteryDraw.meeting_id == meeting_id))


def test_enter_does_not_draw_the_lottery_again_and_drawing_again_asks(qtbot, ctx, demo_db, message_boxes) -> None:
    meeting_id = future_meeting(demo_db, "Normal")  # a lottery council: 6 of 8 speak
    with demo_db.session() as session:
        for person_id in make_people(demo_db, 8):
            signups.add_signup(session, meeting_id, person_id)

    first = LotteryDialog(ctx, meeting_id)
    qtbot.addWidget(first)
    assert first.draw_button.isDefault()  # no draw yet: Enter draws
    first.seed.setText("FIRST-SEED")
    first.draw_button.click()  # the first draw does not ask
    assert draws(ctx, meeting_id) == 1
    assert not message_boxes("confirmBox")
    assert not first.draw_button.isDefault() and first.close_button.isDefault()
    first.reject()

    later = LotteryDialog(ctx, meeting_id)  # "Show the draw and how to check it"
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    assert later.close_button.isDefault() and not later.draw_button.isDefault()
    qtbot.keyClick(later.seed, Qt.Key.Key_Return)
    assert draws(ctx, meeting_id) == 1
    assert not later.isVisible()  # Enter closed the dialog instead

    again = LotteryDialog(ctx, meeting_id)
    qtbot.addWidget(again)
    again.show()
    again.draw_button.click()
    box = again.confirm_box
    assert box is not None and box in message_boxes("confirmBox")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    cancel(box)
    assert draws(ctx, meeting_id) == 1 and "FIRST-SEED" in again.summary.text()
    again.seed.setText("SECOND-SEED")
    again.draw_button.click()
    again.confirm_box.confirm_button.click()
    assert draws(ctx, meeting_id) == 2
    assert "SECOND-SEED" in again.summary.text()
    again.reject()


# --- 2. keep mine after a conflict ---------------------------------------------------------


@pytest.fixture
def people_page(window) -> PeoplePage:  # noqa: ANN001
    window.show_page(3)
    return window.current_page()


def open_someone(page: PeoplePage) -> int:
    page.table.selectRow(2)
    person_id = page.editor.person_id()
    assert person_id is not None
    return person_id


def test_keep_mine_saves_my_person_edits_over_theirs_and_unsticks_the_page(window, people_page, ctx, message_boxes) -> None:
    editor = people_page.editor
    person_id = open_someone(people_page)
    editor.notes.setPlainText("Called her Tuesday; she can speak on the 14th.")
    editor.fields["phone"].setText("(309) 555-0142")
    with ctx.session() as session:  # another laptop fills in a detail meanwhile
        people.update_person(session, person_id, {"ward": "Ward 9"})

    assert editor.save() is False
    [box] = message_boxes("conflictBox")
    assert "Someone else changed" in box.text()
    assert box.defaultButton() is box.cancel_button  # Enter drops nothing
    assert editor.notes.toPlainText().startswith("Called her")  # nothing lost while asking
    assert window.show_page(0) is False  # moving on tries again: still one question
    assert message_boxes("conflictBox") == [box]

    box.keep_button.click()
    with ctx.session() as session:
        saved = session.get(Person, person_id)
        assert saved.ward == "Ward 9"  # theirs, which I did not touch
        assert saved.phone == "+13095550142" and saved.notes.startswith("Called her")  # mine
    assert not editor.is_dirty()
    assert window.show_page(0) is True  # no longer stuck


def test_reload_after_a_person_conflict_drops_my_edits(people_page, ctx, message_boxes) -> None:
    editor = people_page.editor
    person_id = open_someone(people_page)
    editor.fields["ward"].setText("Ward 2")
    with ctx.session() as session:
        people.update_person(session, person_id, {"ward": "Ward 9"})
    editor.save()
    message_boxes("conflictBox")[-1].reload_button.click()
    assert editor.fields["ward"].text() == "Ward 9" and not editor.is_dirty()


def test_the_close_prompt_after_a_conflict_does_not_talk_about_red_fields(window, people_page, ctx, message_boxes) -> None:
    editor = people_page.editor
    person_id = open_someone(people_page)
    editor.notes.setPlainText("Typed before closing")
    with ctx.session() as session:
        people.update_person(session, person_id, {"ward": "Ward 9"})
    window.close()
    assert window.isVisible()
    prompt = window.discard_box
    assert "red" not in (prompt.text() + prompt.informativeText())
    assert "not been saved" in prompt.text()
    cancel(prompt)
    message_boxes("conflictBox")[-1].cancel_button.click()
    assert editor.notes.toPlainText() == "Typed before closing"
    people_page.discard_pending()  # pytest-qt closes the window before the fixture reverts


def test_member_editor_keep_mine_after_a_conflict(qtbot, ctx) -> None:
    member_id = first_member_id(ctx)
    dialog = MemberEditorDialog(ctx, member_id)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.seat.setText("At-large seat")
    with ctx.session() as session:  # another window saves first
        council.update_member(session, member_id, {"office": "Uptown Station, room 2"})
    dialog.accept()
    assert dialog.isVisible()
    assert "Someone else changed" in dialog.conflict_box.text()
    assert dialog.seat.text() == "At-large seat"
    dialog.conflict_box.keep_button.click()
    assert not dialog.isVisible()  # saved
    with ctx.session() as session:
        saved = session.get(CouncilMember, member_id)
        assert (saved.seat, saved.office) == ("At-large seat", "Uptown Station, room 2")


def test_meeting_editor_keep_mine_after_a_conflict(qtbot, ctx, demo_db) -> None:
    meeting_id = future_meeting(demo_db, "Normal")
    dialog = MeetingEditorDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.title.setText("My title")
    with ctx.session() as session:
        meetings.update_meeting(session, meeting_id, {"place": "Their room"})
    dialog.accept()
    assert "Someone else changed" in dialog.conflict_box.text()
    dialog.conflict_box.keep_button.click()
    assert not dialog.isVisible()
    with ctx.session() as session:
        saved = session.get(Meeting, meeting_id)
        assert (saved.title, saved.place) == ("My title", "Their room")


# --- 3. campaign settings ------------------------------------------------------------------


def test_a_settings_conflict_keeps_what_was_typed_until_the_user_reloads(qtbot, ctx, message_boxes) -> None:
    with ctx.session() as session:
        update_settings(session, {"coordinator_phone": "309 555 0199"})
    dialog = CampaignSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.coordinator_phone.text() == "(309) 555-0199"  # for people, not +13095550199
    dialog.ask.setPlainText("A long, carefully worded ask")
    with ctx.session() as session:  # another volunteer saves meanwhile
        update_settings(session, {"organization": "Other volunteer's edit"})

    dialog.accept()
    assert "Someone else changed" in dialog.conflict_box.text()
    dialog.conflict_box.cancel_button.click()  # keep editing
    assert dialog.isVisible() and dialog.ask.toPlainText() == "A long, carefully worded ask"

    dialog.accept()
    dialog.conflict_box.reload_button.click()
    assert dialog.organization.text() == "Other volunteer's edit"
    dialog.ask.setPlainText("A long, carefully worded ask")
    dialog.accept()
    assert not dialog.isVisible()
    with ctx.session() as session:
        saved = campaign_settings(session)
        assert (saved.ask, saved.organization) == ("A long, carefully worded ask", "Other volunteer's edit")


# --- 4. Esc, Cancel and the title bar ask before dropping edits ----------------------------


def make_member_dialog(ctx, _db):  # noqa: ANN001, ANN202
    dialog = MemberEditorDialog(ctx, first_member_id(ctx))
    return dialog, lambda: dialog.notes.setPlainText("Met her at the library"), dialog.notes


def make_meeting_dialog(ctx, db):  # noqa: ANN001, ANN202
    dialog = MeetingEditorDialog(ctx, None, body_id=body_id(db, "Normal"))
    return dialog, lambda: dialog.title.setText("Budget hearing"), dialog.title


def make_settings_dialog(ctx, _db):  # noqa: ANN001, ANN202
    dialog = CampaignSettingsDialog(ctx)
    return dialog, lambda: dialog.ask.setPlainText("Pass it"), dialog.ask


@pytest.mark.parametrize("make", [make_member_dialog, make_meeting_dialog, make_settings_dialog])
def test_closing_an_edited_dialog_asks_first(qtbot, ctx, demo_db, message_boxes, make) -> None:  # noqa: ANN001
    dialog, edit, field = make(ctx, demo_db)
    qtbot.addWidget(dialog)
    dialog.open()
    edit()

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    [box] = message_boxes("confirmBox")
    assert box.text() == "Discard your changes?"
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # pressed twice: still one question
    assert message_boxes("confirmBox") == [box]
    cancel(box)
    assert dialog.isVisible()  # Cancel keeps the form and what was typed

    dialog.close()  # the title bar's close button
    assert dialog.isVisible()
    message_boxes("confirmBox")[-1].confirm_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


@pytest.mark.parametrize("make", [make_member_dialog, make_meeting_dialog, make_settings_dialog])
def test_closing_an_untouched_dialog_does_not_ask(qtbot, ctx, demo_db, message_boxes, make) -> None:  # noqa: ANN001
    dialog, _edit, field = make(ctx, demo_db)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not message_boxes("confirmBox")


# --- 5. "Quit organizer" in the crash dialog -----------------------------------------------


@pytest.fixture
def quits(qapp, monkeypatch) -> list[bool]:  # noqa: ANN001
    calls: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: calls.append(True))
    return calls


def test_quit_from_the_crash_dialog_does_not_quit_while_a_window_keeps_unsaved_edits(
    window, people_page, quits, message_boxes
) -> None:
    open_someone(people_page)
    people_page.editor.notes.setPlainText("Important notes typed just now")
    people_page.editor.fields["email"].setText("broken@")  # cannot be saved yet
    dialog = CrashDialog(Path("organizer.log"), window)
    dialog.open()
    dialog._quit()
    assert window.isVisible()
    assert quits == []
    assert "Quit without saving them" in window.discard_box.confirm_button.text()
    cancel(window.discard_box)
    assert people_page.editor.notes.toPlainText() == "Important notes typed just now"
    people_page.discard_pending()  # pytest-qt closes the window before the fixture reverts


def test_quit_from_the_crash_dialog_quits_once_every_window_closed(window, quits) -> None:
    dialog = CrashDialog(Path("organizer.log"), window)
    dialog.open()
    dialog._quit()
    assert not window.isVisible()
    assert quits == [True]


# --- 6. exporting packets ------------------------------------------------------------------


def test_printouts_are_off_by_default_and_go_to_a_coordinator_only_folder(qtbot, ctx, demo_db, tmp_path) -> None:
    meeting_id = future_meeting(demo_db, "Normal")
    with demo_db.session() as session:
        for person_id in make_people(demo_db, 2):
            signups.add_signup(session, meeting_id, person_id)
    dialog = ExportPacketsDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    assert not dialog.printouts.isChecked()

    folder = tmp_path / "to-send"
    dialog.folder.set_path(folder)
    done: list[list[Path]] = []
    dialog.start_export(done.append)
    qtbot.waitUntil(lambda: bool(done) and not tasks.active_tasks(), timeout=60_000)
    assert {p.suffix for p in folder.iterdir()} == {".pdf", ".ics"}
    assert not any(p.name.startswith(("run-of-show", "sign-in")) for p in folder.rglob("*"))

    done.clear()
    dialog.printouts.setChecked(True)
    dialog.start_export(done.append)
    qtbot.waitUntil(lambda: bool(done) and not tasks.active_tasks(), timeout=60_000)
    coordinator = folder / COORDINATOR_FOLDER
    assert sorted(p.name.split("-")[0] for p in coordinator.iterdir()) == ["run", "sign"]
    assert not any(p.name.startswith(("run-of-show", "sign-in")) for p in folder.iterdir())


# --- 7. saving a previewed packet ----------------------------------------------------------


def small_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "A packet")
    page.save()
    return out.getvalue()


@pytest.fixture
def preview(qtbot) -> packet_preview.PacketPreviewDialog:  # noqa: ANN001
    dialog = packet_preview.PacketPreviewDialog(small_pdf(), "Packet", "packet-test.pdf")
    qtbot.addWidget(dialog)
    return dialog


def save_to(monkeypatch, target: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        packet_preview.QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )


def test_save_as_pdf_writes_the_packet(preview, monkeypatch, tmp_path) -> None:
    target = tmp_path / "saved.pdf"
    save_to(monkeypatch, target)
    assert preview.save_copy() == target
    assert target.read_bytes().startswith(b"%PDF")


def test_save_as_pdf_where_it_cannot_be_written_is_one_sentence(preview, monkeypatch, tmp_path, message_boxes) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    save_to(monkeypatch, not_a_folder / "packet.pdf")
    assert preview.save_copy() is None
    [box] = message_boxes("errorMessage")
    assert "not a folder" in box.text()
    assert errors.crash_dialog() is None
    box.close()


def test_a_failed_save_leaves_no_half_written_packet(preview, monkeypatch, tmp_path, message_boxes) -> None:
    target = tmp_path / "packet.pdf"
    target.write_bytes(b"the old packet")
    save_to(monkeypatch, target)

    def disk_full(*_args) -> None:  # noqa: ANN002
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("organizer.storage.files.os.replace", disk_full)
    assert preview.save_copy() is None
    [box] = message_boxes("errorMessage")
    assert "No space left on device" in box.text()
    assert target.read_bytes() == b"the old packet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packet.pdf"]  # no partial file left
    box.close()


# --- 8. dates ------------------------------------------------------------------------------


def test_date_fields_stop_at_a_sane_range(qtbot) -> None:
    edit = date_edit("Date")
    qtbot.addWidget(edit)
    edit.setDate(QDate(9999, 12, 31))
    assert edit.date() == LATEST_DATE == QDate(2100, 12, 31)
    edit.setDate(QDate(1752, 9, 14))
    assert edit.date() == QDate(2000, 1, 1)


def test_the_latest_meeting_date_late_at_night_saves_without_a_traceback(qtbot, ctx, demo_db) -> None:
    dialog = MeetingEditorDialog(ctx, None, body_id=body_id(demo_db, "Normal"))
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(9999, 12, 31))
    dialog.time.setTime(QTime(23, 59))
    dialog.accept()
    assert errors.crash_dialog() is None
    with ctx.session() as session:
        saved = session.get(Meeting, dialog.saved_meeting_id)
        assert meetings.local_start(saved).date() == dt.date(2100, 12, 31)


def test_a_stored_date_outside_the_range_is_shown_as_it_is(qtbot, ctx) -> None:
    member_id = first_member_id(ctx)
    with ctx.session() as session:
        council.update_member(session, member_id, {"term_start": dt.date(1995, 1, 2)})
    dialog = MemberEditorDialog(ctx, member_id)
    qtbot.addWidget(dialog)
    assert dialog.term_start.value() == dt.date(1995, 1, 2)  # not quietly moved to 2000
    assert not dialog.form.is_edited()



def test_a_settings_conflict_can_keep_mine_and_theirs(qtbot, ctx) -> None:
    dialog = CampaignSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.coordinator_name.setText("Keisha Brown")
    with ctx.session() as session:  # another volunteer saves a different field meanwhile
        update_settings(session, {"organization": "Other volunteer's edit"})
    dialog.accept()
    dialog.conflict_box.keep_button.click()
    assert not dialog.isVisible()
    with ctx.session() as session:
        saved = campaign_settings(session)
        assert (saved.coordinator_name, saved.organization) == ("Keisha Brown", "Other volunteer's edit")
