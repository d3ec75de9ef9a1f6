"""Reviewed defects on the pages: undo and redo that never destroy later work, focus that
stays where the user put it, the People table on a big file, keyboard sorting, search."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from organizer.domain.models import Person, Signup, utcnow
from organizer.gui import context as kinds
from organizer.gui.models.people_model import COLUMN_INDEX, PAGE_SIZE, PeopleTableModel
from organizer.gui.pages import dashboard as dashboard_module
from organizer.gui.pages.dashboard import DashboardPage
from organizer.gui.pages.meetings import MeetingsPage
from organizer.gui.pages.people import PeoplePage
from organizer.gui.widgets.format import time_left
from organizer.gui.widgets.link_button import LinkButton
from organizer.services import deletion, meetings, signups
from organizer.services import people as people_service
from organizer.services.campaign import open_campaign
from organizer.services.deletion import REDO_REFUSED, UNDO_REFUSED

pytestmark = pytest.mark.gui


def person_id(ctx, email: str) -> int:  # noqa: ANN001
    with ctx.session() as session:
        return people_service.find_person(session, email).id


# --- 1. redo of a deletion ------------------------------------------------------------------
def test_redo_refuses_when_the_person_got_a_new_sign_up_after_the_undo(qtbot, window, ctx, message_boxes) -> None:
    found = person_id(ctx, "lupita.hernandez@example.org")
    with ctx.session() as session:
        snapshot = deletion.delete_with_snapshot(session, Person, found, "person", description="Delete Lupita")
    ctx.push_deletion(snapshot, (kinds.PEOPLE, kinds.SIGNUPS))
    ctx.undo_stack.undo()
    with ctx.session() as session:
        before = len(people_service.person_signups(session, found))
        taken = {s.meeting_id for s in people_service.person_signups(session, found)}
        meeting = next(m for m in meetings.list_meetings(session, upcoming=True, now=utcnow()) if m.id not in taken)
        signups.add_signup(session, meeting.id, found)

    shown_before = set(message_boxes("errorMessage"))
    ctx.undo_stack.redo()

    (box,) = set(message_boxes("errorMessage")) - shown_before
    assert box.text() == REDO_REFUSED
    with ctx.session() as session:
        assert session.get(Person, found) is not None
        assert len(people_service.person_signups(session, found)) == before + 1
    # The refused command is gone: neither Undo nor Redo can replay it.
    assert ctx.undo_stack.count() == 0
    assert not ctx.undo_stack.canRedo() and not ctx.undo_stack.canUndo()


def test_redo_still_deletes_when_nothing_changed(qtbot, window, ctx) -> None:
    found = person_id(ctx, "thu.nguyen@example.com")
    with ctx.session() as session:
        snapshot = deletion.delete_with_snapshot(session, Person, found, "person", description="Delete Thu")
    ctx.push_deletion(snapshot, (kinds.PEOPLE,))
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    with ctx.session() as session:
        assert session.get(Person, found) is None
    assert ctx.undo_stack.canUndo()


# --- 2. removing several speakers -----------------------------------------------------------
@pytest.fixture
def board(qtbot, ctx):  # noqa: ANN001, ANN201
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    with ctx.session() as session:
        upcoming = meetings.list_meetings(session, upcoming=True, now=utcnow())
        meeting_id = next(m.id for m in upcoming if len(m.signups) >= 3)
    page.show_record(meeting_id)
    return page.detail


def test_removing_several_speakers_is_one_undo_step(qtbot, board, ctx) -> None:
    rows = board.model.rows()
    chosen = [rows[0].signup_id, rows[1].signup_id]
    board._select(chosen, 1)
    box = board.remove_selected()
    assert "Remove 2 speakers" in box.text()
    box.confirm_button.click()
    assert len(board.model.rows()) == len(rows) - 2
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Remove 2 speakers from the line-up"

    ctx.undo_stack.undo()  # one Ctrl+Z, as the confirmation promised
    assert [r.signup_id for r in board.model.rows()] == [r.signup_id for r in rows]
    ctx.undo_stack.redo()
    assert len(board.model.rows()) == len(rows) - 2


def test_the_line_up_table_lets_tab_leave_it(board) -> None:
    assert not board.table.tabKeyNavigation()


def test_an_undo_that_cannot_happen_says_so_and_leaves_the_stack_honest(qtbot, board, ctx, message_boxes) -> None:
    row = board.model.rows()[0]
    board.select_signup(row.signup_id)
    board.remove_selected().confirm_button.click()
    board.add_person(row.person_id)  # the same person signed up again meanwhile
    assert ctx.undo_stack.canUndo()
    shown_before = set(message_boxes("errorMessage"))

    ctx.undo_stack.undo()

    (box,) = set(message_boxes("errorMessage")) - shown_before
    assert box.text() == UNDO_REFUSED
    assert ctx.undo_stack.count() == 0  # not "undone", not redoable: gone
    assert not ctx.undo_stack.canUndo() and not ctx.undo_stack.canRedo()
    with ctx.session() as session:
        assert session.get(Signup, row.signup_id) is None
    assert [r.person_id for r in board.model.rows()].count(row.person_id) == 1


# --- 3. the dashboard keeps the keyboard focus ----------------------------------------------
@pytest.fixture
def dashboard(window) -> DashboardPage:  # noqa: ANN001
    window.show_page(0)
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    return page


def test_the_minute_tick_updates_countdowns_without_touching_focus(qtbot, dashboard, monkeypatch) -> None:
    link = next(b for b in dashboard.findChildren(LinkButton) if b.isVisible())
    link.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is link)
    buttons_before = set(dashboard.findChildren(QPushButton))
    label, deadline = dashboard._countdowns[0]
    later = utcnow() + dt.timedelta(hours=2, minutes=5)
    monkeypatch.setattr(dashboard_module, "utcnow", lambda: later)

    dashboard._clock.timeout.emit()

    assert set(dashboard.findChildren(QPushButton)) == buttons_before  # nothing rebuilt
    assert QApplication.focusWidget() is link
    if later < deadline:
        assert label.text() == f"Sign-up closes in {time_left(deadline - later)}."
    else:
        assert label.text() == "Sign-up has closed."


def test_a_reload_gives_the_focus_back_to_the_same_control(qtbot, dashboard, ctx) -> None:
    link = next(b for b in dashboard.findChildren(LinkButton) if b.isVisible() and b.accessibleName())
    name = link.accessibleName()
    link.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is link)
    ctx.changed(kinds.STANCES)  # rebuilds the cards
    focused = QApplication.focusWidget()
    assert focused is not link and focused.accessibleName() == name


def test_done_moves_the_focus_to_the_next_follow_up_then_to_the_card(qtbot, dashboard) -> None:
    assert len(dashboard.done_buttons) >= 2
    first = dashboard.done_buttons[0]
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    next_name = dashboard.done_buttons[1].accessibleName()
    first.click()
    focused = QApplication.focusWidget()
    assert focused in dashboard.done_buttons and focused.accessibleName() == next_name
    while dashboard.done_buttons:
        dashboard.done_buttons[0].click()
    assert QApplication.focusWidget() is dashboard.follow_ups_card


# --- 4. the People table on a big file: one count per row look-up, the cache kept ----------
def test_person_row_index_agrees_with_the_table_order(ctx) -> None:
    with ctx.session() as session:  # ties on the name, and people without an email (NULL)
        for n in range(4):
            people_service.create_person(session, first_name="Sam", last_name="Tie", ward=f"Ward {n % 2}")
    for text in ("", "a", "ward"):
        for sort in people_service.SORT_COLUMNS:
            for descending in (False, True):
                with ctx.session() as session:
                    ordered = [p.id for p in people_service.list_people(session, text, sort=sort, descending=descending)]
                    for row, found in enumerate(ordered):
                        assert people_service.person_row_index(
                            session, found, text, sort=sort, descending=descending
                        ) == row, (text, sort, descending)
    with ctx.session() as session:
        hidden = person_id(ctx, "thu.nguyen@example.com")
        assert people_service.person_row_index(session, hidden, "no such words") is None


@pytest.fixture
def people_page(window) -> PeoplePage:  # noqa: ANN001
    window.show_page(3)
    page = window.current_page()
    assert isinstance(page, PeoplePage)
    return page


@pytest.fixture
def counted(monkeypatch) -> dict[str, int]:
    """How many pages the model reads and how many row look-ups it asks the database for."""
    calls = {"pages": 0, "lookups": 0}
    fetch, lookup = PeopleTableModel._fetch_page, people_service.person_row_index

    def counting_fetch(self, number):  # noqa: ANN001, ANN202
        calls["pages"] += 1
        return fetch(self, number)

    def counting_lookup(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls["lookups"] += 1
        return lookup(*args, **kwargs)

    monkeypatch.setattr(PeopleTableModel, "_fetch_page", counting_fetch)
    monkeypatch.setattr(people_service, "person_row_index", counting_lookup)
    return calls


def table_ids(model: PeopleTableModel) -> list[int]:
    return [model.person_id(row) for row in range(model.rowCount())]


def expected_ids(ctx, model: PeopleTableModel) -> list[int]:  # noqa: ANN001
    with ctx.session() as session:
        return [p.id for p in people_service.list_people(
            session, model.filter_text, sort=model.sort_key, descending=model.descending)]


def test_saving_a_person_keeps_the_cached_pages_and_looks_the_row_up_once(qtbot, people_page, ctx, counted) -> None:
    page = people_page
    found = person_id(ctx, "lupita.hernandez@example.org")
    page.show_record(found)
    assert table_ids(page.model)  # the page is cached
    counted.update(pages=0, lookups=0)
    page.editor.fields["ward"].setText("Ward 9")
    assert page.editor.save()
    qtbot.wait(20)  # let anything deferred run
    assert counted == {"pages": 0, "lookups": 1}
    row = page.model.row_of(found)
    assert page.model.data(page.model.index(row, COLUMN_INDEX["ward"])) == "Ward 9"
    assert page.model.person_id(page.table.currentIndex().row()) == found
    assert counted["pages"] == 0


def test_a_save_that_moves_the_row_moves_it_in_the_cache(qtbot, people_page, ctx, counted) -> None:
    page = people_page
    found = person_id(ctx, "lupita.hernandez@example.org")
    page.show_record(found)
    table_ids(page.model)
    counted.update(pages=0, lookups=0)
    page.editor.fields["last_name"].setText("Aaronson")
    assert page.editor.save()
    qtbot.wait(20)
    assert table_ids(page.model) == expected_ids(ctx, page.model)
    assert page.model.row_of(found) == 0
    assert page.model.person_id(page.table.currentIndex().row()) == found
    assert page.model.data(page.model.index(0, COLUMN_INDEX["name"])).endswith("Aaronson")
    assert counted == {"pages": 0, "lookups": 1}  # the move happened in memory


def test_a_change_from_elsewhere_with_the_same_count_is_never_shown_stale(qtbot, people_page, ctx) -> None:
    page = people_page
    mine = person_id(ctx, "lupita.hernandez@example.org")
    other = person_id(ctx, "thu.nguyen@example.com")
    page.show_record(mine)
    table_ids(page.model)
    with ctx.session() as session:  # an import, say: another person moves to the top
        people_service.update_person(session, other, {"last_name": "Aardvark", "ward": "Ward 77"})
    ctx.changed(kinds.PEOPLE)
    assert page.model.data(page.model.index(0, COLUMN_INDEX["ward"])) == "Ward 77"
    assert table_ids(page.model) == expected_ids(ctx, page.model)
    qtbot.waitUntil(lambda: page.model.person_id(page.table.currentIndex().row()) == mine)


def test_moves_across_pages_stay_in_order_cached_or_not(qtmodeltester, ctx) -> None:
    with ctx.session() as session:
        bulk = [people_service.create_person(session, first_name=f"Bulk{n:04d}", last_name="Middle",
                                             email=f"bulk{n}@example.net").id for n in range(PAGE_SIZE + 30)]
    model = PeopleTableModel(ctx)
    for moved, last_name, cache in ((bulk[0], "Zzz", (0,)), (bulk[5], "Aaa", (0, 1)), (bulk[-1], "Aab", (1,))):
        for number in cache:
            model.row(number * PAGE_SIZE)  # read those pages
        with ctx.session() as session:
            people_service.update_person(session, moved, {"last_name": last_name})
        model.refresh()
        row = model.person_saved(moved)
        assert model.row_of(moved) == row
        assert table_ids(model) == expected_ids(ctx, model)
    qtmodeltester.check(model)


def test_another_campaign_file_never_shows_the_old_rows(qtbot, people_page, ctx, tmp_path) -> None:
    page = people_page
    table_ids(page.model)
    other = open_campaign(tmp_path / "other.sqlite3")
    with other.session() as session:
        newcomer = people_service.create_person(session, first_name="Only", last_name="Newcomer").id
    ctx.replace_database(other)
    assert table_ids(page.model) == [newcomer]
    assert page.count_label.text() == "1 person"
    other.dispose()


# --- 5. sorting from the keyboard -----------------------------------------------------------
def test_the_sort_box_sorts_in_sql_and_follows_the_header(qtbot, people_page, ctx) -> None:
    page = people_page
    box = page.sort_box
    assert box.accessibleName() == "Sort the people table by"
    assert box.currentText() == "Name, A to Z"
    found = person_id(ctx, "lupita.hernandez@example.org")
    page.show_record(found)

    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the label's buddy
    assert QApplication.focusWidget() is box
    choice = box.findText("Email, Z to A")
    box.setCurrentIndex(choice)
    box.activated.emit(choice)
    assert (page.model.sort_key, page.model.descending) == ("email", True)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN_INDEX["email"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert table_ids(page.model) == expected_ids(ctx, page.model)
    assert page.model.person_id(page.table.currentIndex().row()) == found

    page.table.sortByColumn(COLUMN_INDEX["phone"], Qt.SortOrder.AscendingOrder)  # a header click
    assert box.currentText() == "Phone, 0 to 9"


# --- 6. search forgets the previous campaign --------------------------------------------------
def test_search_results_are_cleared_when_another_campaign_is_opened(qtbot, window, ctx, tmp_path) -> None:
    window.open_search()
    dialog = window.search_dialog()
    dialog.edit.setText("grace")
    dialog.edit.flush()
    assert dialog.hits()
    dialog.hide()
    other = open_campaign(tmp_path / "other.sqlite3")
    ctx.replace_database(other)
    window.open_search()
    assert dialog.hits() == []
    assert dialog.edit.text() == ""
    dialog.edit.setText("grace")  # the same words search the new file
    dialog.edit.flush()
    assert dialog.hits() == []
    dialog.hide()
    other.dispose()
