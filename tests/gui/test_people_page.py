"""The People page: the SQL-backed table, the filter, the editor, deleting and undoing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from organizer.domain.models import Person
from organizer.gui.models.people_model import PAGE_SIZE, PeopleTableModel, language_name
from organizer.gui.pages.people import PeoplePage
from organizer.services import people as people_service

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window) -> PeoplePage:  # noqa: ANN001
    window.show_page(3)
    people_page = window.current_page()
    assert isinstance(people_page, PeoplePage)
    return people_page


def person_id(ctx, email: str) -> int:  # noqa: ANN001
    with ctx.session() as session:
        return people_service.find_person(session, email).id


def open_person(page: PeoplePage, email: str) -> int:
    found = person_id(page.ctx, email)
    page.show_record(found)
    assert page.editor.person_id() == found
    return found


def test_the_people_model_passes_the_model_tester(qtmodeltester, ctx) -> None:
    model = PeopleTableModel(ctx)
    qtmodeltester.check(model)
    model.set_filter("example.org")
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_the_model_reads_rows_a_page_at_a_time(ctx) -> None:
    with ctx.session() as session:
        for n in range(PAGE_SIZE + 30):
            people_service.create_person(session, first_name=f"Bulk{n:04d}", last_name="Zz Volunteer",
                                         email=f"bulk{n}@example.net")
    model = PeopleTableModel(ctx)
    with ctx.session() as session:
        assert model.rowCount() == people_service.count_people(session)
    assert len(model._pages) == 0  # nothing read until a row is asked for
    last = model.rowCount() - 1
    with ctx.session() as session:
        expected = people_service.list_people(session, offset=last, limit=1)[0].display_name
    assert model.data(model.index(last, 0)) == expected
    assert list(model._pages) == [last // PAGE_SIZE]  # only the page holding that row
    model.sort(1, Qt.SortOrder.DescendingOrder)
    with ctx.session() as session:
        top = people_service.list_people(session, sort="email", descending=True, limit=1)[0]
    assert model.data(model.index(0, 1)) == top.email
    assert model.row_of(top.id) == 0


def test_the_filter_narrows_the_table(qtbot, page) -> None:
    total = page.model.rowCount()
    assert total == 41
    assert page.count_label.text() == "41 people"
    qtbot.keyClicks(page.filter, "61761")
    assert page.model.rowCount() == total  # nothing asked of the database while typing
    qtbot.waitUntil(lambda: page.model.rowCount() < total, timeout=2000)  # after the pause
    with page.ctx.session() as session:
        expected = people_service.count_people(session, "61761")
    assert 0 < page.model.rowCount() == expected < total
    for row in range(page.model.rowCount()):
        assert page.model.data(page.model.index(row, 3)) == "61761"
    assert page.count_label.text() == f"{expected} of 41 people"
    qtbot.keyClick(page.filter, Qt.Key.Key_Escape)
    assert page.model.rowCount() == total


def test_the_table_shows_formatted_phones_languages_and_consent(page) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    row = page.model.row_of(found)
    cells = [page.model.data(page.model.index(row, column)) for column in range(page.model.columnCount())]
    assert cells[0] == "Lupita Hernández López"
    assert cells[2] == "(309) 555-0101"
    assert cells[5] == "Spanish"
    assert cells[6] == "Spanish"
    assert cells[7] == "text"
    assert language_name("hmn") == "Hmong"


def test_a_bad_email_shows_the_sentence_beside_the_field_and_saves_nothing(qtbot, page, ctx) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    editor = page.editor
    editor.fields["email"].clear()
    qtbot.keyClicks(editor.fields["email"], "lupita at home")
    sentence = editor.error_for("email")
    assert sentence.startswith("“lupita at home” is not an email address")
    assert editor.errors["email"].isVisible() and editor.errors["email"].text() == sentence
    assert editor.fields["email"].accessibleDescription() == sentence
    assert not editor.save_button.isEnabled()
    assert editor.save() is False
    # Leaving is refused too, so the edit is neither saved nor lost.
    assert page.commit_pending() is False
    with ctx.session() as session:
        assert session.get(Person, found).email == "lupita.hernandez@example.org"
    editor.fields["email"].setText("lupita.h@example.org")
    assert editor.error_for("email") == ""
    assert editor.save_button.isEnabled()


def test_a_bad_phone_and_a_missing_name_are_explained_inline(qtbot, page) -> None:
    open_person(page, "lupita.hernandez@example.org")
    editor = page.editor
    editor.fields["phone"].setText("12")
    assert "phone number" in editor.error_for("phone")
    for key in ("first_name", "last_name", "preferred_name"):
        editor.fields[key].clear()
    assert editor.error_for("first_name") == "A person needs at least a first or last name."
    editor.fields["last_name"].setText("Hernández")
    assert editor.error_for("first_name") == ""
    editor.revert()
    assert editor.is_valid() and not editor.is_dirty()


def test_ctrl_s_saves_and_the_table_follows(qtbot, page, ctx) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    editor = page.editor
    editor.fields["phone"].setText("309 555 0199")
    assert editor.state_label.text() == "Unsaved changes"
    editor.fields["phone"].setFocus()
    qtbot.keyClick(editor.fields["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with ctx.session() as session:
        assert session.get(Person, found).phone == "+13095550199"
    assert editor.state_label.text() == "Saved"
    assert page.model.data(page.model.index(page.model.row_of(found), 2)) == "(309) 555-0199"


def test_moving_to_another_person_saves_the_edit(qtbot, page, ctx) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    page.editor.fields["ward"].setText("Ward 5")
    page.editor.consents["may_email"].setChecked(True)
    other_row = 0 if page.model.row_of(found) != 0 else 1
    page.table.selectRow(other_row)
    assert page.editor.person_id() == page.model.person_id(other_row)
    with ctx.session() as session:
        saved = session.get(Person, found)
        assert (saved.ward, saved.may_email) == ("Ward 5", True)


def test_invalid_edits_keep_the_editor_on_its_person(qtbot, page) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    page.editor.fields["zip_code"].setText("6170")
    other_row = 0 if page.model.row_of(found) != 0 else 1
    page.table.selectRow(other_row)
    assert page.editor.person_id() == found
    assert page.model.person_id(page.table.currentIndex().row()) == found
    assert "ZIP code" in page.editor.error_for("zip_code")
    page.editor.revert()


def test_a_new_person_is_added_and_selected(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.is_new() and editor.title.text() == "New person"
    assert not editor.save_button.isEnabled()  # no name yet
    editor.fields["first_name"].setText("Amara")
    editor.fields["last_name"].setText("Okonkwo")
    editor.fields["email"].setText("Amara.Okonkwo@Example.org")
    editor.fields["languages"].setText("ig, en")
    assert editor.language_names.text() == "Igbo, English"
    assert editor.save()
    new_id = editor.person_id()
    with ctx.session() as session:
        person = session.get(Person, new_id)
        assert (person.email, person.languages) == ("amara.okonkwo@example.org", ["ig", "en"])
    assert page.model.rowCount() == 42
    assert page.model.person_id(page.table.currentIndex().row()) == new_id


def test_an_email_someone_else_has_is_refused_inline(qtbot, page) -> None:
    open_person(page, "lupita.hernandez@example.org")
    page.editor.fields["email"].setText("thu.nguyen@example.com")
    assert page.editor.save() is False
    assert "already has the email address" in page.editor.error_for("email")
    page.editor.revert()


def test_a_conflicting_edit_says_so_and_reload_shows_the_other_version(message_boxes, qtbot, page, ctx) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    with ctx.session() as session:  # another window saves first
        people_service.update_person(session, found, {"pronouns": "she/ella"})
    page.editor.fields["ward"].setText("Ward 2")
    assert page.editor.save() is False
    box = message_boxes("conflictBox")[-1]  # reload, keep mine, or keep editing
    assert "Someone else changed" in box.text()
    box.reload_button.click()
    assert page.editor.fields["pronouns"].text() == "she/ella"
    assert page.editor.fields["ward"].text() == "Ward 6"
    assert not page.editor.is_dirty()


def test_the_editor_shows_sign_up_history_and_the_privacy_note(page) -> None:
    open_person(page, "lupita.hernandez@example.org")
    editor = page.editor
    assert editor.privacy_note.text() == "Never record immigration status here."
    assert editor.privacy_note.isVisibleTo(editor)
    assert editor.history_summary.text().startswith("1 sign-up")
    assert editor.signups.topLevelItemCount() == 1


def test_delete_asks_then_ctrl_z_brings_the_person_back_with_their_sign_ups(message_boxes, qtbot, window, page, ctx) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    with ctx.session() as session:
        signups_before = [s.id for s in people_service.person_signups(session, found)]
    assert signups_before
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = message_boxes("confirmBox")[-1]
    assert box.text() == "Delete Lupita Hernández López?"
    assert "Their sign-up for a meeting will be removed" in box.informativeText()
    box.confirm_button.click()
    with ctx.session() as session:
        assert session.get(Person, found) is None
    assert page.model.rowCount() == 40
    assert page.model.row_of(found) is None

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with ctx.session() as session:
        assert session.get(Person, found) is not None
        assert [s.id for s in people_service.person_signups(session, found)] == signups_before
    assert page.model.rowCount() == 41
    assert page.model.row_of(found) is not None
    assert "Undone" in window.statusBar().currentMessage()


def test_cancelling_the_delete_keeps_the_person(message_boxes, qtbot, page, ctx) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    page.delete_current()
    box = message_boxes("confirmBox")[-1]
    box.reject()
    with ctx.session() as session:
        assert session.get(Person, found) is not None


def test_sorting_by_a_column_keeps_the_person_selected(qtbot, page) -> None:
    found = open_person(page, "lupita.hernandez@example.org")
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "email" and page.model.descending
    assert page.model.person_id(page.table.currentIndex().row()) == found
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # languages: not sortable
    assert page.model.sort_key == "email"
    assert page.table.horizontalHeader().sortIndicatorSection() == 1
