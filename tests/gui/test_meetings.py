"""The meetings page and a meeting's speaker board, driven the way a coordinator uses them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from _meeting_fixtures import body_id, future_meeting, make_people, recording_context
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from organizer.domain.enums import MeetingStatus, SignupStatus, Stance, StanceSource, VoteCast
from organizer.domain.models import LotteryDraw, Meeting, MemberVote, Signup, StanceRecord, utcnow
from organizer.domain.rules import lottery
from organizer.domain.rules.lineup import LineupCode
from organizer.gui import tasks
from organizer.gui.dialogs.packet_preview import PacketPreviewDialog, paint_document
from organizer.gui.models.lineup_model import COL_MINUTES, COL_STATUS, LineupModel, lineup_rows
from organizer.gui.models.meetings_model import MeetingsModel, meeting_rows
from organizer.gui.pages.meetings import MeetingsPage
from organizer.services import council, meetings, points, signups
from organizer.services.demo import load_demo

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qapp, db, tmp_path, monkeypatch):
    yield from recording_context(db, tmp_path, monkeypatch)


@pytest.fixture
def page(qtbot, ctx):
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def order_in_db(db, meeting_id: int) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Signup.person_id).where(Signup.meeting_id == meeting_id).order_by(Signup.position, Signup.id)
            )
        )


def codes(detail) -> set[LineupCode]:
    return {w.code for w in detail.view.warnings}


def active_point_ids(db, count: int) -> list[int]:
    with db.session() as session:
        return [p.id for p in points.list_points(session, active_only=True)[:count]]


# --- the speaker board -----------------------------------------------------------------


def test_plan_a_line_up(qtbot, page, ctx, db):
    meeting_id = future_meeting(db, "Normal")  # 3 minutes each, 20-minute window, lottery
    alice, bea, cruz = make_people(db, 3)
    page.show_record(meeting_id)
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.minutes_bar.used == 0 and detail.minutes_bar.window == 20

    # Add people from the search box: the completer lists matches from the people table.
    matches = detail.find_people("speaker01")
    assert [pid for pid, _label in matches] == [alice]
    for person_id in (alice, bea, cruz):
        assert detail.add_person(person_id) is not None
    assert order_in_db(db, meeting_id) == [alice, bea, cruz]
    assert detail.model.rowCount() == 3
    assert detail.minutes_bar.used == 9
    assert "9 of 20 min used" in detail.minutes_bar.text()
    assert LineupCode.NO_POINTS in codes(detail)
    assert "(already on the line-up)" in detail.find_people("speaker01")[0][1]

    # Reorder by keyboard: Cruz up one place.
    detail.select_signup(detail.model.row_at(2).signup_id)
    qtbot.keyClick(detail.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order_in_db(db, meeting_id) == [alice, cruz, bea]
    assert [r.person_id for r in detail.model.rows()] == [alice, cruz, bea]
    assert detail.selected_rows()[0].person_id == cruz  # the moved speaker stays selected
    qtbot.keyClick(detail.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order_in_db(db, meeting_id) == [alice, bea, cruz]

    # Reorder by drag and drop: drop Alice's row after the last one.
    model = detail.model
    mime = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [r.person_id for r in model.rows()] == [bea, cruz, alice]  # at once, before the save lands
    qtbot.waitUntil(lambda: order_in_db(db, meeting_id) == [bea, cruz, alice])
    qtbot.waitUntil(lambda: [r.position for r in _signups(db, meeting_id)] == [1, 2, 3])
    # ... and the model's own moveRows, as QListView-style views call it.
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    qtbot.waitUntil(lambda: order_in_db(db, meeting_id) == [alice, bea, cruz])

    # Assign points in order through the dialog; the line-up shows their titles.
    first, second = active_point_ids(db, 2)
    detail.select_signup(detail.model.row_at(0).signup_id)
    dialog = detail.assign_points()
    dialog.set_checked([second, first])
    assert dialog.chosen_ids() == [second, first]
    assert "to read aloud" in dialog.estimate.text()
    dialog.accept()
    with db.session() as session:
        signup = session.get(Signup, detail.model.row_at(0).signup_id)
        assert [link.point_id for link in signup.point_links] == [second, first]
    assert len(detail.model.row_at(0).point_titles) == 2
    assert sum(1 for w in detail.view.warnings if w.code == LineupCode.NO_POINTS) == 2

    # Four more speakers run past the window: the bar and the warnings say so.
    for person_id in make_people(db, 4, prefix="Extra"):
        detail.add_person(person_id)
    assert detail.minutes_bar.used == 21 and detail.minutes_bar.is_over
    assert LineupCode.OVER_WINDOW in codes(detail)
    assert LineupCode.LOTTERY_NEEDED in codes(detail)
    assert detail.lottery_button.isVisibleTo(detail) and detail.lottery_button.isEnabled()

    # One speaker declining brings it back inside: status edited in place.
    last = detail.model.row_at(6)
    assert detail.model.setData(detail.model.index(6, COL_STATUS), SignupStatus.DECLINED.value)
    qtbot.waitUntil(lambda: detail.minutes_bar.used == 18)
    assert LineupCode.OVER_WINDOW not in codes(detail)
    assert detail.model.row_at(6).status == SignupStatus.DECLINED
    assert detail.model.row_at(6).signup_id == last.signup_id

    # Minutes edited in place: one speaker asks for two.
    assert detail.model.setData(detail.model.index(0, COL_MINUTES), 2)
    qtbot.waitUntil(lambda: detail.minutes_bar.used == 17)
    assert detail.model.index(0, COL_MINUTES).data() == "2"
    assert ctx.errors == []


def _signups(db, meeting_id: int) -> list[Signup]:
    with db.session() as session:
        return list(
            session.scalars(select(Signup).where(Signup.meeting_id == meeting_id).order_by(Signup.position))
        )


def test_stale_edit_offers_to_reload(qtbot, page, ctx, db):
    meeting_id = future_meeting(db, "Normal")
    (person,) = make_people(db, 1)
    page.show_record(meeting_id)
    page.detail.add_person(person)
    row = page.detail.model.row_at(0)
    with db.session() as session:  # someone else confirms the speaker meanwhile
        signups.update_signup(session, row.signup_id, {"status": "confirmed"})
    assert not page.detail.model.setData(page.detail.model.index(0, COL_STATUS), SignupStatus.DECLINED.value)
    assert "Someone else changed" in str(ctx.errors[-1].exc)


def test_lottery_with_a_fixed_seed_waitlists_who_does_not_fit(qtbot, page, ctx, db):
    meeting_id = future_meeting(db, "Normal")  # 20 // 3 = 6 slots
    people_ids = make_people(db, 8)
    with db.session() as session:
        for person_id in people_ids:
            signups.add_signup(session, meeting_id, person_id)
    page.show_record(meeting_id)
    detail = page.detail
    assert detail.view.lottery_due
    assert "draw the speaking order by lottery" in detail.lottery_label.text()

    dialog = detail.open_lottery()
    dialog.seed.setText("TEST-SEED-0001")
    dialog.draw_button.click()

    with db.session() as session:
        draw = session.scalars(select(LotteryDraw).where(LotteryDraw.meeting_id == meeting_id)).one()
        assert draw.seed == "TEST-SEED-0001"
        assert draw.order == lottery.draw_order(draw.entrants, "TEST-SEED-0001")
        expected_waitlist = draw.order[6:]
    statuses = {r.signup_id: r.status for r in detail.model.rows()}
    assert [sid for sid, status in statuses.items() if status == SignupStatus.WAITLISTED] == expected_waitlist
    assert [r.signup_id for r in detail.model.rows()] == draw.order  # the board shows the drawn order
    assert not detail.view.lottery_due
    assert "TEST-SEED-0001" in detail.lottery_label.text()
    # The dialog shows the result and how anyone can check it.
    assert dialog.table.rowCount() == 8
    assert dialog.table.item(6, 2).text() == "Waitlist"
    assert "TEST-SEED-0001" in dialog.how_to_check.toPlainText()
    assert "sha256" in dialog.how_to_check.toPlainText()
    assert "checks out" in dialog.summary.text()
    dialog.reject()


def test_record_votes_adds_vote_stances(qtbot, page, ctx, db):
    load_demo_for(db)
    bloomington = body_id(db, "Bloomington")
    with db.session() as session:
        members = council.list_members(session, bloomington, active_only=True)
        yes_member, no_member, absent_member = members[1].id, members[2].id, members[3].id
        starts = utcnow() - dt.timedelta(days=3)
        meeting_id = meetings.create_meeting(
            session, bloomington, starts, agenda_item="Welcoming City Ordinance: vote", status=MeetingStatus.HELD
        ).id
    page.show_record(meeting_id)
    detail = page.detail
    assert detail.votes_button.isEnabled()
    dialog = detail.record_votes()
    dialog.set_vote(yes_member, VoteCast.YES)
    dialog.set_vote(no_member, VoteCast.NO)
    dialog.set_vote(absent_member, VoteCast.ABSENT)
    dialog.accept()
    with db.session() as session:
        votes = {v.member_id: v.vote for v in session.scalars(select(MemberVote).where(MemberVote.meeting_id == meeting_id))}
        assert votes == {yes_member: VoteCast.YES, no_member: VoteCast.NO, absent_member: VoteCast.ABSENT}
        records = session.scalars(select(StanceRecord).where(StanceRecord.meeting_id == meeting_id)).all()
        assert {(r.member_id, r.stance) for r in records} == {(yes_member, Stance.YES), (no_member, Stance.NO)}
        assert all(r.source_kind == StanceSource.VOTE and r.is_public for r in records)
    assert ctx.errors == []


def test_votes_wait_until_the_meeting_is_held(page, db):
    page.show_record(future_meeting(db, "Bloomington"))
    assert not page.detail.votes_button.isEnabled()


def test_undo_removing_a_speaker(qtbot, page, ctx, db):
    meeting_id = future_meeting(db, "Normal")
    first, second = make_people(db, 2)
    page.show_record(meeting_id)
    detail = page.detail
    detail.add_person(first)
    signup_id = detail.add_person(second)
    (point_id,) = active_point_ids(db, 1)
    with db.session() as session:
        signups.assign_points(session, signup_id, [point_id])
    detail.reload()

    detail.select_signup(signup_id)
    box = detail.remove_selected()
    assert "Remove Speaker02 Tester" in box.text()
    box.confirm_button.click()
    assert [r.person_id for r in detail.model.rows()] == [first]
    assert ctx.undo_stack.canUndo()

    ctx.undo_stack.undo()
    assert [r.person_id for r in detail.model.rows()] == [first, second]
    with db.session() as session:
        assert [link.point_id for link in session.get(Signup, signup_id).point_links] == [point_id]
    ctx.undo_stack.redo()
    assert [r.person_id for r in detail.model.rows()] == [first]


def test_cancelled_remove_keeps_the_speaker(page, db):
    meeting_id = future_meeting(db, "Normal")
    (person,) = make_people(db, 1)
    page.show_record(meeting_id)
    page.detail.add_person(person)
    page.detail.select_signup(page.detail.model.row_at(0).signup_id)
    box = page.detail.remove_selected()
    box.reject()
    assert page.detail.model.rowCount() == 1


# --- the meetings list and calendar ------------------------------------------------------


def load_demo_for(db) -> None:
    with db.session() as session:
        load_demo(session)


def test_meetings_list_upcoming_first_and_filtered_by_council(qtbot, page, db):
    load_demo_for(db)
    page.reload()
    rows = page.model.rows()
    upcoming = [r for r in rows if r.upcoming]
    assert upcoming and rows[: len(upcoming)] == upcoming  # upcoming first
    assert [r.starts_at for r in upcoming] == sorted(r.starts_at for r in upcoming)
    past = rows[len(upcoming) :]
    assert [r.starts_at for r in past] == sorted((r.starts_at for r in past), reverse=True)
    assert any(r.status == MeetingStatus.HELD for r in past)

    normal = body_id(db, "Normal")
    page.body_filter.setCurrentIndex(page.body_filter.findData(normal))
    assert {r.body_id for r in page.model.rows()} == {normal}
    page.show_filter.setCurrentIndex(page.show_filter.findData("upcoming"))
    assert all(r.upcoming for r in page.model.rows())


def test_calendar_highlights_meeting_days_and_opens_them(qtbot, page, db):
    meeting_id = future_meeting(db, "Normal", days=12)
    page.reload()
    with db.session() as session:
        day = meetings.local_start(session.get(Meeting, meeting_id)).date()
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    assert day in page.meeting_days()
    assert page.calendar.dateTextFormat(QDate(day.year, day.month, day.day)).fontWeight() == 700
    assert page.day_list.count() == 1
    assert page.selected_meeting_id() == meeting_id
    page.day_list.itemActivated.emit(page.day_list.item(0))
    assert page.stack.currentWidget() is page.detail
    assert page.detail.meeting_id == meeting_id
    page.detail.back.click()
    assert page.stack.currentWidget() is page.list_page
    assert page.selected_meeting_id() == meeting_id


def test_new_meeting_and_generate_from_schedule(qtbot, page, ctx, db):
    normal = body_id(db, "Normal")
    page.body_filter.setCurrentIndex(page.body_filter.findData(normal))
    dialog = page.new_meeting()
    day = dt.date.today() + dt.timedelta(days=40)
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.title.setText("Special session on the ordinance")
    dialog.minutes_per_speaker.setValue(2)
    dialog.accept()
    with db.session() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.title == "Special session on the ordinance")).one()
        assert meeting.body_id == normal
        assert meeting.minutes_per_speaker == 2 and meeting.comment_window_minutes is None
        local = meeting.starts_at.astimezone(ZoneInfo("America/Chicago"))
        assert (local.date(), local.hour) == (day, 19)  # the council's usual time
    assert page.model.row_of(meeting.id) >= 0
    assert page.selected_meeting_id() == meeting.id

    generate = page.generate_meetings()
    generate.start.setDate(QDate.currentDate())
    generate.end.setDate(QDate.currentDate().addMonths(2))
    generate.accept()
    assert len(page.model.rows()) >= 4  # two Mondays a month
    assert ctx.errors == []


def test_editing_a_meeting_overrides_the_councils_rules(qtbot, page, ctx, db):
    meeting_id = future_meeting(db, "Normal")
    page.show_record(meeting_id)
    dialog = page.detail.edit_meeting()
    dialog.window_minutes.setValue(30)
    dialog.agenda_item.setPlainText("Welcoming City Ordinance: first reading")
    dialog.stage.setCurrentIndex(dialog.stage.findData("first_reading"))
    dialog.accept()
    assert page.detail.rule_window.text() == "30 minutes (this meeting)"
    assert "First reading" in page.detail.agenda_label.text()
    assert page.detail.minutes_bar.window == 30


def test_meeting_edit_conflict_offers_reload(qtbot, page, ctx, db):
    meeting_id = future_meeting(db, "Normal")
    page.show_record(meeting_id)
    dialog = page.detail.edit_meeting()
    with db.session() as session:
        meetings.update_meeting(session, meeting_id, {"title": "Renamed elsewhere"})
    dialog.title.setText("My title")
    dialog.accept()
    assert "Someone else changed" in dialog.conflict_box.text()  # reload, keep mine, or keep editing
    dialog.conflict_box.reload_button.click()
    assert dialog.title.text() == "Renamed elsewhere"
    dialog.reject()


# --- packets ---------------------------------------------------------------------------


def test_packet_preview_print_and_export(qtbot, page, ctx, db, tmp_path):
    meeting_id = future_meeting(db, "Normal")
    ids = make_people(db, 2)
    with db.session() as session:
        for person_id in ids:
            signups.add_signup(session, meeting_id, person_id, active_point_ids(db, 2))
    page.show_record(meeting_id)
    detail = page.detail
    detail.select_signup(detail.model.row_at(0).signup_id)

    preview = detail.preview_packet()
    assert isinstance(preview, PacketPreviewDialog)
    assert preview.document.pageCount() >= 2
    assert preview.view.document() is preview.document

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_document(preview.document, printer) == preview.document.pageCount()
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    preview.reject()

    export = detail.export_packets()
    export.folder.set_path(tmp_path / "packets")
    export.printouts.setChecked(True)  # off by default: they hold phone numbers and notes
    export.export_button.click()
    qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=60_000)
    written = sorted(p.name for p in (tmp_path / "packets").rglob("*") if p.is_file())
    assert len([n for n in written if n.endswith(".pdf")]) == 4  # two packets, run of show, sign-in sheet
    assert any(n.startswith("run-of-show") for n in written)
    assert not any((tmp_path / "packets").glob("run-of-show*"))  # not beside the packets to send
    assert ctx.errors == []


# --- the models --------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, db):
    load_demo_for(db)
    with db.session() as session:
        found = meetings.list_meetings(session)
        rows = meeting_rows(found, signups.signup_counts(session), utcnow())
        board = meetings.load_meeting_board(session, meetings.next_meeting(session).id)
        lineup = lineup_rows(board)
    meetings_model = MeetingsModel()
    meetings_model.set_rows(rows)
    qtmodeltester.check(meetings_model)

    orders: list[list[int]] = []
    lineup_model = LineupModel(on_reorder=orders.append)
    lineup_model.set_rows(lineup, 3)
    qtmodeltester.check(lineup_model)
    first = lineup_model.row_at(0).signup_id
    assert lineup_model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
    assert lineup_model.row_at(1).signup_id == first
    assert orders[-1] == lineup_model.signup_ids()
    assert not lineup_model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # no move at all
    qtmodeltester.check(lineup_model)


def test_status_and_minutes_are_edited_in_place_with_the_delegate(qtbot, page, db):
    meeting_id = future_meeting(db, "Normal")
    (person,) = make_people(db, 1)
    page.show_record(meeting_id)
    detail = page.detail
    detail.add_person(person)
    delegate = detail.table.itemDelegate()
    model = detail.model

    status_index = model.index(0, COL_STATUS)
    combo = delegate.createEditor(detail.table.viewport(), None, status_index)
    delegate.setEditorData(combo, status_index)
    assert combo.currentData() == SignupStatus.INVITED.value
    combo.setCurrentIndex(combo.findData(SignupStatus.CONFIRMED.value))
    delegate.setModelData(combo, model, status_index)
    qtbot.waitUntil(lambda: model.row_at(0).status == SignupStatus.CONFIRMED)

    minutes_index = model.index(0, COL_MINUTES)
    spin = delegate.createEditor(detail.table.viewport(), None, minutes_index)
    assert spin.specialValueText() == "Limit (3)"
    delegate.setEditorData(spin, minutes_index)
    spin.setValue(2)
    delegate.setModelData(spin, model, minutes_index)
    qtbot.waitUntil(lambda: model.row_at(0).minutes == 2)
    assert detail.minutes_bar.used == 2
    combo.deleteLater()
    spin.deleteLater()


def test_print_opens_the_print_dialog_without_blocking(qtbot, page, ctx, db, tmp_path):
    meeting_id = future_meeting(db, "Normal")
    (person,) = make_people(db, 1)
    page.show_record(meeting_id)
    page.detail.add_person(person)
    dialog = page.detail.print_packet()
    assert [repr(e.exc) for e in ctx.errors] == []
    assert dialog is not None and dialog.isVisible()
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.accepted.emit(printer)  # what pressing Print does once the dialog has applied its settings
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    dialog.reject()


def test_a_meeting_that_is_gone_goes_back_to_the_list(page):
    page.show_record(4040)
    assert page.stack.currentWidget() is page.list_page
