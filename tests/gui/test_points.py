"""The talking-points page: editing with a live time estimate, Spanish side by side, undoable delete."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from organizer.domain.enums import PointCategory
from organizer.domain.models import SignupPoint, TalkingPoint
from organizer.gui.models.points_model import (
    COLUMN_SPANISH,
    COLUMN_TIME,
    COLUMN_TITLE,
    RETIRED_SUFFIX,
    UNTRANSLATED,
    PointRow,
    PointsModel,
)
from organizer.gui.pages.points import PointsPage, limit_choices
from organizer.gui.pages.points_editor import fit_text
from organizer.services import council, meetings, people, points, signups

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, ctx):
    widget = PointsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _first_point_id(ctx) -> int:
    with ctx.session() as session:
        return points.list_points(session)[0].id


def _choose_limit(page: PointsPage, minutes: int) -> None:
    for i in range(page.limit_combo.count()):
        if page.limit_combo.itemData(i, Qt.ItemDataRole.UserRole + 1) == minutes:
            page.limit_combo.setCurrentIndex(i)
            return
    raise AssertionError(f"no {minutes}-minute choice")


def _new_point(ctx, title="Bus fares", category=PointCategory.WHY_IT_MATTERS, **fields) -> int:
    with ctx.session() as session:
        return points.create_point(session, title, category, **fields).id


def _assign(ctx, point_id: int) -> None:
    with ctx.session() as session:
        body = council.find_body(session, "Normal")
        meeting = meetings.create_meeting(session, body.id, dt.datetime.now(dt.UTC) + dt.timedelta(days=7))
        person = people.create_person(session, first_name="Ana", last_name="Lopez")
        signups.add_signup(session, meeting.id, person.id, [point_id])


def test_typing_changes_the_time_estimate_against_the_chosen_limit(qtbot, page, ctx):
    point_id = _first_point_id(ctx)
    page.show_record(point_id)
    _choose_limit(page, 3)
    assert "fits a 3-minute slot" in page.editor.estimate_label.text()

    page.editor.body_edit.setPlainText("word " * 142)
    assert page.editor.estimate_label.text() == "142 words · about 1 min 6 s · fits a 3-minute slot"

    page.editor.body_edit.setPlainText("word " * 412)
    warning = page.editor.estimate_label.text()
    assert warning.startswith("412 words · about 3 min 11 s")
    assert "too long for a 3-minute slot by 11 s: cut about 22 words" in warning
    assert page.editor.estimate_label.property("over") is True

    _choose_limit(page, 5)
    assert "fits a 5-minute slot" in page.editor.estimate_label.text()

    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with ctx.session() as session:
        assert len(session.get(TalkingPoint, point_id).body.split()) == 412
    assert page.model.index_of_point(point_id, COLUMN_TIME).data() == "3 min 11 s"
    assert "Saved" in page.status_label.text()


def test_fit_text_words_the_limit_without_relying_on_colour():
    assert fit_text(0, 0, 3, 130) == ("No text yet", False)
    assert fit_text(130, 60, None, 130) == ("130 words · about 1 min", False)
    text, over = fit_text(391, 181, 3, 130)
    assert over and "too long for a 3-minute slot by 1 s: cut about 1 word" in text


def test_limits_offer_each_council_and_guesses_for_an_unknown_one(ctx):
    with ctx.session() as session:
        bodies = [(b.id, b.short_name, b.minutes_per_speaker) for b in council.list_bodies(session)]
    labels = [c.label for c in limit_choices(bodies)]
    assert "Normal: 3 min per speaker" in labels
    assert [label for label in labels if label.startswith("Bloomington")] == [
        "Bloomington (limit unknown): plan for 2 min",
        "Bloomington (limit unknown): plan for 3 min",
        "Bloomington (limit unknown): plan for 5 min",
    ]


def test_the_chosen_limit_is_remembered(qtbot, page, ctx):
    _choose_limit(page, 5)
    again = PointsPage(ctx)
    qtbot.addWidget(again)
    assert again.limit_combo.currentData(Qt.ItemDataRole.UserRole + 1) == 5


def test_spanish_translation_shows_side_by_side_and_saves(qtbot, page, ctx):
    point_id = _first_point_id(ctx)
    with ctx.session() as session:
        spanish = session.get(TalkingPoint, point_id).translation("es")
        spanish_title = spanish.title
    page.show_record(point_id)
    assert page.editor.es_title_edit.text() == spanish_title
    assert not page.editor.untranslated_label.isVisibleTo(page)

    page.editor.es_body_edit.setPlainText("palabra " * 65)
    assert page.editor.es_estimate_label.text().startswith("65 words · about 30 s")
    page.save_button.click()

    with ctx.session() as session:
        assert session.get(TalkingPoint, point_id).translation("es").body == " ".join(["palabra"] * 65)
    assert not page.editor.is_dirty()


def test_a_point_without_translation_is_marked_untranslated(qtbot, page, ctx):
    point_id = _new_point(ctx, body="We ride the bus to work.")
    page.reload()
    page.show_record(point_id)
    assert page.editor.untranslated_label.isVisibleTo(page)
    assert "Untranslated" in page.editor.untranslated_label.text()
    assert page.model.index_of_point(point_id, COLUMN_SPANISH).data() == UNTRANSLATED

    qtbot.keyClicks(page.editor.es_title_edit, "Tarifas")  # QTest types ASCII only
    assert not page.editor.untranslated_label.isVisibleTo(page)
    assert page.save()
    translated = page.model.index_of_point(point_id, COLUMN_SPANISH)
    assert translated.data() == "✓"
    assert translated.data(Qt.ItemDataRole.AccessibleTextRole) == "translated"


def test_library_is_grouped_by_category_with_retired_points_marked(page, ctx):
    point_id = _new_point(ctx, "Old leaflet", PointCategory.THE_ASK, active=False)
    page.reload()
    top_labels = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert top_labels[0].startswith("What it does (")
    assert top_labels[1].startswith("What it does NOT do (")
    assert page.model.index_of_point(point_id).data() == "Old leaflet" + RETIRED_SUFFIX
    assert page.model.index_of_point(point_id).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_filter_narrows_the_library_and_hides_empty_categories(qtbot, page, ctx):
    _new_point(ctx, "Zebra crossings", PointCategory.STORY_PROMPT, concerns="traffic safety")
    page.reload()
    qtbot.keyClicks(page.filter_edit, "zebra")
    assert page.model.rowCount() == 1
    assert page.model.visible_point_count() == 1
    assert "1 of" in page.count_label.text()
    page.filter_edit.setText("TRAFFIC")  # concerns count, and case does not
    assert page.model.visible_point_count() == 1
    page.filter_edit.clear()
    assert page.model.rowCount() == len(PointCategory)


def test_model_passes_qtmodeltester(qtmodeltester, ctx):
    with ctx.session() as session:
        rows = [PointRow.from_point(p, 130) for p in points.list_points(session)]
    model = PointsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_filter("police")
    qtmodeltester.check(model)
    model.set_rows(rows[:3])
    qtmodeltester.check(model)


def test_choosing_another_point_saves_the_edit(qtbot, page, ctx):
    first, second = [p.id for p in _list(ctx)[:2]]
    page.show_record(first)
    page.editor.title_edit.setText("A title typed but never saved by hand")
    page.tree.selectionModel().setCurrentIndex(
        page.model.index_of_point(second), page.tree.selectionModel().SelectionFlag.ClearAndSelect
    )
    assert page.current_point_id() == second
    with ctx.session() as session:
        assert session.get(TalkingPoint, first).title == "A title typed but never saved by hand"


def test_leaving_the_page_saves_the_edit(page, ctx):
    point_id = _first_point_id(ctx)
    page.show_record(point_id)
    page.editor.concerns_edit.setText("Cost, public safety, cost")
    page.hide()
    with ctx.session() as session:
        assert session.get(TalkingPoint, point_id).concerns == ["cost", "public safety"]


def test_an_edit_that_cannot_be_saved_stays_in_the_editor(page, ctx, message_boxes):
    first, second = [p.id for p in _list(ctx)[:2]]
    page.show_record(first)
    page.editor.title_edit.setText("   ")
    page.tree.selectionModel().setCurrentIndex(
        page.model.index_of_point(second), page.tree.selectionModel().SelectionFlag.ClearAndSelect
    )
    assert page.current_point_id() == first
    assert page.editor.is_dirty()
    assert "Not saved" in page.status_label.text() and "title" in page.status_label.text()
    assert not message_boxes()  # said beside the editor, not in a box


def test_a_conflicting_save_offers_to_reload(page, ctx):
    point_id = _first_point_id(ctx)
    page.show_record(point_id)
    with ctx.session() as session:  # another window saves first
        points.update_point(session, point_id, {"summary": "Their summary."})
    page.editor.summary_edit.setPlainText("My summary.")
    assert not page.save()
    assert "Someone else changed" in page.conflict_box.text()
    assert page.editor.summary_edit.toPlainText() == "My summary."  # nothing lost while asking
    page.conflict_box.reload_button.click()
    assert page.editor.summary_edit.toPlainText() == "Their summary."
    assert not page.editor.is_dirty()


def test_keep_mine_overwrites_after_a_conflict(page, ctx):
    point_id = _first_point_id(ctx)
    page.show_record(point_id)
    with ctx.session() as session:
        points.update_point(session, point_id, {"summary": "Their summary."})
    page.editor.summary_edit.setPlainText("My summary.")
    page.save()
    page.conflict_box.keep_button.click()
    with ctx.session() as session:
        assert session.get(TalkingPoint, point_id).summary == "My summary."


def test_delete_asks_and_ctrl_z_restores(page, ctx):
    point_id = _new_point(ctx, "Short-lived point", body="Temporary.")
    with ctx.session() as session:
        points.set_translation(session, point_id, "es", title="Punto breve")
    page.reload()
    page.show_record(point_id)
    page.delete_button.click()
    assert "Ctrl+Z" in page.confirm_box.informativeText()
    page.confirm_box.confirm_button.click()
    with ctx.session() as session:
        assert session.get(TalkingPoint, point_id) is None
    assert not page.model.index_of_point(point_id).isValid()
    assert page.current_point_id() is None

    ctx.undo_stack.undo()
    with ctx.session() as session:
        restored = session.get(TalkingPoint, point_id)
        assert restored.title == "Short-lived point"
        assert restored.translation("es").title == "Punto breve"
    assert page.model.index_of_point(point_id).isValid()


def test_declining_the_question_deletes_nothing(page, ctx):
    point_id = _new_point(ctx)
    page.reload()
    page.show_record(point_id)
    page.delete_point()
    page.confirm_box.reject()
    with ctx.session() as session:
        assert session.get(TalkingPoint, point_id) is not None


def test_a_point_given_to_speakers_is_retired_instead_of_deleted(page, ctx):
    point_id = _new_point(ctx, "In use")
    _assign(ctx, point_id)
    page.reload()
    page.show_record(point_id)
    assert "Assigned to 1 speaker" in page.editor.usage_label.text()
    page.delete_point()
    assert "Retire it instead" in page.confirm_box.text()
    page.confirm_box.confirm_button.click()
    with ctx.session() as session:
        point = session.get(TalkingPoint, point_id)
        assert point is not None and point.active is False
        assert session.scalar(select(SignupPoint).where(SignupPoint.point_id == point_id)) is not None
    assert page.model.index_of_point(point_id).data().endswith(RETIRED_SUFFIX)


def test_new_point_dialog_creates_and_opens_the_point(qtbot, page, ctx):
    page.new_button.click()
    dialog = page._new_point_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Libraries stay open to all")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(PointCategory.WHY_IT_MATTERS.value))
    dialog.accept()
    with ctx.session() as session:
        created = session.scalar(select(TalkingPoint).where(TalkingPoint.title == "Libraries stay open to all"))
    assert created is not None and created.category == PointCategory.WHY_IT_MATTERS
    assert page.current_point_id() == created.id
    assert page.model.index_of_point(created.id).isValid()


def test_another_pages_change_refreshes_a_clean_editor(page, ctx):
    point_id = _first_point_id(ctx)
    page.show_record(point_id)
    with ctx.session() as session:
        points.update_point(session, point_id, {"title": "Renamed elsewhere"})
    ctx.changed("points")
    assert page.editor.title_edit.text() == "Renamed elsewhere"
    assert page.model.index_of_point(point_id, COLUMN_TITLE).data() == "Renamed elsewhere"


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTreeView

    page.show_record(_first_point_id(page.ctx))
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QTreeView):
        for widget in page.findChildren(kind):
            if widget.isVisibleTo(page) and widget.objectName() != "qt_spinbox_lineedit":
                assert widget.accessibleName(), widget


def _list(ctx):
    with ctx.session() as session:
        return list(points.list_points(session))



def test_leaving_the_editor_saves_the_edit(qtbot, page, ctx):
    point_id = _first_point_id(ctx)
    page.show_record(point_id)
    page.activateWindow()
    page.editor.title_edit.setFocus()
    qtbot.waitUntil(lambda: page.editor.title_edit.hasFocus())
    page.editor.title_edit.setText("Typed, then left for the filter box")
    page.filter_edit.setFocus()

    def saved() -> bool:
        with ctx.session() as session:
            return session.get(TalkingPoint, point_id).title == "Typed, then left for the filter box"
    qtbot.waitUntil(saved)
    assert not page.editor.is_dirty()


def test_in_the_main_window_navigation_opens_a_point_and_switching_pages_saves(window, ctx):
    point_id = _first_point_id(ctx)
    ctx.navigate("point", point_id)
    page = window.current_page()
    assert isinstance(page, PointsPage) and page.current_point_id() == point_id
    page.editor.sources_edit.setPlainText("Town of Normal, council minutes, 2025.")
    assert window.show_page(0)
    with ctx.session() as session:
        assert session.get(TalkingPoint, point_id).sources == "Town of Normal, council minutes, 2025."


def test_an_edit_that_cannot_be_saved_keeps_the_user_on_the_page(window, ctx):
    ctx.navigate("point", _first_point_id(ctx))
    page = window.current_page()
    page.editor.title_edit.clear()
    assert not window.show_page(0)
    assert window.current_page() is page
    page.discard_pending()
    assert window.show_page(0)
