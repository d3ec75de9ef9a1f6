"""The main window: pages, shortcuts, search, settings, errors, background work, files."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from organizer.applog import log_file, setup_logging
from organizer.domain.models import Person
from organizer.errors import ConflictError, ValidationError
from organizer.gui import app as gui_app
from organizer.gui import errors, tasks
from organizer.gui.dialogs import files
from organizer.gui.main_window import PAGES, MainWindow, PageSpec, PlaceholderPage
from organizer.gui.pages.dashboard import DashboardPage
from organizer.gui.pages.people import PeoplePage
from organizer.services import people as people_service
from organizer.services.campaign import open_campaign
from organizer.services.deletion import delete_with_snapshot
from organizer.storage import backup

pytestmark = pytest.mark.gui


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(widget, key, modifier)


def test_opens_on_the_demo_and_every_page_switches_with_ctrl_number(qtbot, window, ctx) -> None:
    assert window.current_page_index() == 0
    assert isinstance(window.current_page(), DashboardPage)
    assert ctx.db.display_name in window.database_label.text()
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    for index in [3, 1, 2, 4, 0]:
        press(qtbot, window, keys[index])
        assert window.current_page_index() == index, PAGES[index].title
        page = window.current_page()
        assert window.stack.currentWidget() is page
        assert window.sidebar.currentRow() == index
        # Pages by other helpers may not exist yet: then a placeholder says so.
        if PAGES[index].key == "people":
            assert isinstance(page, PeoplePage)
        elif not isinstance(page, PlaceholderPage):
            assert type(page).__name__ == PAGES[index].class_name


def test_the_sidebar_switches_pages_too(qtbot, window) -> None:
    window.sidebar.setCurrentRow(3)
    assert isinstance(window.current_page(), PeoplePage)


def test_a_page_that_fails_to_open_shows_the_error_and_a_placeholder(window) -> None:
    page = window._create_page(PageSpec("x", "Reports", "organizer.gui.pages.no_such_page", "ReportsPage", None))
    assert isinstance(page, PlaceholderPage)
    assert "could not be opened" in page.message
    assert "no_such_page" in errors.crash_dialog().details.toPlainText()


def test_search_finds_a_person_and_enter_opens_them(qtbot, window, ctx) -> None:
    with ctx.session() as session:
        person = people_service.find_person(session, "lupita.hernandez@example.org")
        person_id = person.id
    press(qtbot, window, Qt.Key.Key_K)
    dialog = window.search_dialog()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.edit, "Lupita")
    qtbot.waitUntil(lambda: ("person", person_id, "Lupita Hernández López") in dialog.hits(), timeout=2000)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.current_page()
    assert isinstance(page, PeoplePage)
    assert page.editor.person_id() == person_id
    current = page.table.currentIndex()
    assert current.isValid() and page.model.person_id(current.row()) == person_id


def test_search_groups_results_by_kind(qtbot, window) -> None:
    window.open_search()
    dialog = window.search_dialog()
    dialog.edit.setText("Normal")
    dialog.edit.flush()
    groups = [dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())]
    assert groups and len(groups) == len(set(groups))
    assert "Meetings" in groups
    dialog.edit.setText("zzzz-nothing-like-this")
    dialog.edit.flush()
    assert dialog.hits() == []
    assert "Nothing found" in dialog.status.text()


def test_settings_remember_the_last_page_and_the_window(qtbot, ctx, settings) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.show_page(3)
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.close()
    assert settings.value("window/lastPage") == "people"
    assert settings.value("window/geometry") is not None

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_index() == 3
    assert isinstance(second.current_page(), PeoplePage)
    assert second.size().width() == 760


def test_status_bar_and_recent_files_follow_the_open_campaign(qtbot, window, ctx, tmp_path) -> None:
    other = tmp_path / "other.sqlite3"
    open_campaign(other).dispose()
    assert window.open_campaign_file(other)
    assert str(other) in window.database_label.text()
    assert "other.sqlite3" in window.windowTitle()
    assert window.recent_files()[0] == str(other)
    assert len(window.recent_files()) == 2


def test_opening_a_file_that_is_not_a_campaign_says_so_in_one_sentence(message_boxes, qtbot, window, ctx, tmp_path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    before = ctx.db
    assert not window.open_campaign_file(junk)
    assert ctx.db is before
    boxes = message_boxes("errorMessage")
    assert boxes and "not an organizer campaign file" in boxes[-1].text()
    boxes[-1].close()


def test_start_up_offers_another_file_when_the_campaign_cannot_be_opened(monkeypatch, tmp_path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("garbage")
    good = tmp_path / "good.sqlite3"
    open_campaign(good).dispose()
    asked: list[str] = []
    monkeypatch.setattr(gui_app, "ask_after_open_failure", lambda message, can_create: asked.append(message) or gui_app.CHOOSE)
    monkeypatch.setattr(files, "choose_campaign_to_open", lambda parent, start: good)
    db = gui_app.open_first_campaign(str(junk))
    assert db is not None and db.path == good.resolve()
    db.dispose()
    assert asked and "not an organizer campaign file" in asked[0]


def test_start_up_can_create_a_named_file_that_does_not_exist(monkeypatch, tmp_path) -> None:
    missing = tmp_path / "new-campaign.sqlite3"
    monkeypatch.setattr(gui_app, "ask_after_open_failure", lambda message, can_create: gui_app.CREATE if can_create else gui_app.QUIT)
    db = gui_app.open_first_campaign(str(missing))
    assert db is not None and missing.exists()
    db.dispose()
    monkeypatch.setattr(gui_app, "ask_after_open_failure", lambda message, can_create: gui_app.QUIT)
    assert gui_app.open_first_campaign(str(tmp_path / "typo.sqlite3")) is None


# --- errors -----------------------------------------------------------------------------------
def test_a_known_error_is_one_sentence_and_a_conflict_offers_reload(message_boxes, qtbot, window) -> None:
    errors.show_error(window, ValidationError("That ZIP code is not five digits."))
    box = message_boxes("errorMessage")[-1]
    assert box.text() == "That ZIP code is not five digits."
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()

    reloaded = []
    errors.show_error(window, ConflictError("Someone else changed this person."), on_reload=lambda: reloaded.append(True))
    box = message_boxes("errorMessage")[-1]
    reload_button = next(b for b in box.buttons() if b.text() == "Reload")
    reload_button.click()
    assert reloaded == [True]


def test_an_unexpected_error_is_logged_and_the_crash_dialog_names_the_log(qtbot, window) -> None:
    setup_logging()
    try:
        raise RuntimeError("the flux capacitor broke")
    except RuntimeError as exc:
        errors.show_error(window, exc)
    dialog = errors.crash_dialog()
    assert dialog is not None and dialog.isVisible()
    assert str(log_file()) in dialog.message.text()
    assert "the flux capacitor broke" in dialog.details.toPlainText()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "RuntimeError: the flux capacitor broke" in log_file().read_text(encoding="utf-8")
    # A second error joins the same dialog instead of stacking another one.
    errors.show_error(window, KeyError("again"))
    assert errors.crash_dialog() is dialog
    assert "2 times" in dialog.message.text()


def test_the_exception_hook_keeps_the_app_alive_and_opens_the_crash_dialog(qtbot) -> None:
    try:
        raise ValueError("slot went wrong")
    except ValueError as exc:
        errors.handle_uncaught(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: errors.crash_dialog() is not None, timeout=2000)
    assert "slot went wrong" in errors.crash_dialog().details.toPlainText()


# --- background work --------------------------------------------------------------------------
def test_a_background_task_reports_progress_and_finishes_on_the_gui_thread(qtbot, window, ctx) -> None:
    seen_threads = []
    results = []

    def work(progress, cancelled):  # noqa: ANN001
        seen_threads.append(threading.current_thread())
        for step in range(5):
            progress(step + 1, 5, f"Step {step + 1}")
        return "all done"

    def on_done(result) -> None:  # noqa: ANN001
        results.append((result, threading.current_thread()))

    task = ctx.run_task(window, "Counting", work, on_done)
    qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=5000)
    assert task.done and not task.cancelled
    assert seen_threads[0] is not threading.main_thread()
    assert results == [("all done", threading.main_thread())]


def test_a_background_task_can_be_cancelled(qtbot, window, ctx) -> None:
    started = threading.Event()
    done_called = []

    def work(progress, cancelled):  # noqa: ANN001
        started.set()
        step = 0
        while not cancelled():
            step += 1
            progress(step, 10**6, "Working")
            threading.Event().wait(0.005)
        raise tasks.TaskCancelled()

    task = ctx.run_task(window, "Endless", work, done_called.append)
    assert started.wait(5)
    qtbot.waitUntil(lambda: task.dialog.isVisible() and task.dialog.value() > 0, timeout=3000)
    # The window stays responsive while the work runs: events are processed here.
    task.dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.cancelled and done_called == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert not tasks.active_tasks()


def test_a_failing_task_shows_its_error(message_boxes, qtbot, window, ctx) -> None:
    def work(progress, cancelled):  # noqa: ANN001
        raise ValidationError("The file has no header row.")

    ctx.run_task(window, "Importing", work, lambda result: None)
    qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=5000)
    boxes = message_boxes("errorMessage")
    assert boxes and boxes[-1].text() == "The file has no header row."
    boxes[-1].close()


# --- files: backup, restore, export ------------------------------------------------------------
def test_back_up_now_then_restore_brings_the_old_contents_back(qtbot, window, ctx, monkeypatch) -> None:
    db_path = ctx.db.path
    target = backup.backups_dir(db_path) / f"{db_path.stem}-test-manual.sqlite3"
    monkeypatch.setattr(files, "choose_save_path", lambda parent, title, suggested, file_filter: target)
    window.back_up_now()
    qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=5000)
    assert target.exists()

    with ctx.session() as session:
        before = people_service.count_people(session)
        person = people_service.find_person(session, "lupita.hernandez@example.org")
        delete_with_snapshot(session, Person, person.id, "person")
    window.show_page(3)
    old_db = ctx.db
    assert window.restore_backup(target)
    assert ctx.db is not old_db
    with ctx.session() as session:
        assert people_service.count_people(session) == before
    assert window.current_page().model.total() == before
    # The state before the restore was itself backed up.
    assert any("before-restore" in p.name for p in backup.list_backups(db_path))


def test_the_restore_dialog_lists_backups(qtbot, window, ctx) -> None:
    backup.automatic_backup(ctx.db.path, reason="manual-test")
    window.choose_backup_to_restore()
    dialog = window.restore_dialog
    assert dialog.list.topLevelItemCount() >= 1
    assert dialog.restore_button.isEnabled()
    dialog.reject()


def test_the_file_menu_opens_the_import_and_export_dialogs(qtbot, window) -> None:
    titles = [a.text().replace("&", "") for a in window.export_menu.actions()]
    assert titles == ["People (CSV)…", "Council members (CSV)…", "Meetings calendar (.ics)…"]
    window.export_menu.actions()[0].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "exportDialog" and w.isVisible()]
    assert dialogs and dialogs[0].what == "people"
    dialogs[0].reject()
    window.import_menu.actions()[0].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "importPeopleDialog" and w.isVisible()]
    assert dialogs
    dialogs[0].reject()


def test_help_dialogs_open_without_blocking(qtbot, window) -> None:
    window.show_shortcuts()
    window.show_about()
    names = {w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert {"shortcutsDialog", "aboutDialog"} <= names
    assert ("Edit", "Search everything", "Ctrl+K") in window.shortcuts()
    assert ("People", "New person", "Ctrl+N") in window.shortcuts()


def test_run_app_uses_a_fresh_qsettings_in_tests() -> None:
    # The autouse fixture points QSettings() at a temporary folder.
    assert "qsettings" in QSettings().fileName()


def test_deleting_through_the_context_is_undoable(qtbot, window, ctx) -> None:
    with ctx.session() as session:
        person = people_service.find_person(session, "thu.nguyen@example.com")
        snapshot = delete_with_snapshot(session, Person, person.id, "person", description="Delete Thu")
    ctx.push_deletion(snapshot, ("people",))
    assert window.undo_action.isEnabled()
    assert "Delete Thu" in window.undo_action.text()
    window.undo_action.trigger()
    with ctx.session() as session:
        assert people_service.find_person(session, "thu.nguyen@example.com")


def test_message_boxes_never_block(qtbot, window) -> None:
    box = errors.show_message(window, "Just saying.")
    assert isinstance(box, QMessageBox) and box.isVisible()
    # open(): modal to its window only, and the call returned without waiting for a click.
    assert box.windowModality() != Qt.WindowModality.ApplicationModal
    box.close()


def test_run_app_shows_the_window_on_the_campaign_and_returns_its_exit_code(qtbot, monkeypatch, demo_db) -> None:
    # pytest-qt owns the exception hook and Qt's message handler during tests, and the test
    # stands in for the event loop: it looks at the window run_app shows, then "quits".
    monkeypatch.setattr(errors, "install_exception_hook", lambda: None)
    monkeypatch.setattr(errors, "install_qt_message_handler", lambda: None)
    seen = []

    class EventLoop:
        def exec(self) -> int:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            # The window shows at once; the campaign file opens meanwhile and its page follows.
            qtbot.waitUntil(lambda: all(w.current_page() is not None for w in windows))
            seen.extend((w.database_label.text(), type(w.current_page()).__name__) for w in windows)
            for w in windows:
                w.close()
            return 0

    monkeypatch.setattr(gui_app, "create_application", lambda: EventLoop())
    assert gui_app.run_app(str(demo_db.path)) == 0
    assert len(seen) == 1
    assert str(demo_db.path) in seen[0][0] and seen[0][1] == "DashboardPage"
