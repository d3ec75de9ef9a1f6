"""Start-up: the window first, then the campaign file; nothing loaded that the first screens do not use.

How fast is measured by benchmarks/bench_startup.py; these tests check what start-up does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from organizer import config
from organizer.gui import app as gui_app
from organizer.gui import errors
from organizer.gui.context import AppContext
from organizer.gui.main_window import PAGES, MainWindow
from organizer.gui.pages.dashboard import DashboardPage
from organizer.gui.pages.people import PeoplePage
from organizer.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]

# Runs the app as `organizer --db FILE` does, until its first page is painted with data
# (the benchmark hook quits then), and reports which modules were loaded when.
CHILD = """
import json, sys
from organizer.gui import main_window

loaded = {}
build = main_window.MainWindow.__init__

def init(self, ctx):
    build(self, ctx)
    self.first_frame_shown.connect(lambda: loaded.setdefault("first_frame", sorted(sys.modules)))

main_window.MainWindow.__init__ = init
from organizer.cli import main

code = main(["--db", sys.argv[1]])
print(json.dumps({"code": code, "ready": sorted(sys.modules), **loaded}))
"""
NOT_AT_START = ("reportlab", "icalendar", "alembic")
NOT_BEFORE_THE_FIRST_FRAME = NOT_AT_START + ("sqlalchemy", "dateutil", "phonenumbers", "charset_normalizer")


def loaded_packages(modules: list[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_start_up_loads_no_pdf_calendar_or_migration_library(demo_db: Database, tmp_path: Path) -> None:
    if demo_db.path is None:
        pytest.skip("the desktop app's start-up on a campaign file")
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORGANIZER_BENCH_EXIT_AFTER_SHOW="1",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               **{config.DATA_DIR_ENV_VAR: str(home / "organizer")})
    env.pop(config.DB_ENV_VAR, None)
    done = subprocess.run([sys.executable, "-c", CHILD, str(demo_db.path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    first_frame, ready = loaded_packages(report["first_frame"]), loaded_packages(report["ready"])
    # The window is on screen before SQLAlchemy is even loaded...
    assert first_frame.isdisjoint(NOT_BEFORE_THE_FIRST_FRAME), first_frame & set(NOT_BEFORE_THE_FIRST_FRAME)
    assert "organizer.domain.models" not in report["first_frame"]
    # ...and the dashboard shows the campaign without the PDF, calendar or migration libraries
    # (the schema version is read without Alembic when it is current).
    assert "sqlalchemy" in ready and "organizer.gui.pages.dashboard" in report["ready"]
    assert ready.isdisjoint(NOT_AT_START), ready & set(NOT_AT_START)


def test_the_window_waits_for_the_campaign_then_shows_the_page_asked_for(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    ctx = AppContext(None, settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() is None
    assert "Opening" in window.database_label.text()
    # Asking for a page while the file opens is remembered; menu actions wait with a sentence.
    assert not window.show_page([spec.key for spec in PAGES].index("people"))
    messages = []
    ctx.status_message.connect(messages.append)
    window.open_search_action = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+K")
    window.open_search_action.trigger()
    assert window.search_dialog() is None and "still opening" in messages[-1]

    with qtbot.waitSignal(window.campaign_shown):
        ctx.replace_database(demo_db)
    assert isinstance(window.current_page(), PeoplePage)
    assert str(demo_db.path or demo_db.display_name) in window.database_label.text()
    window.open_search_action.trigger()
    assert window.search_dialog() is not None


def test_run_app_asks_once_when_the_file_cannot_be_opened(qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setattr(errors, "install_exception_hook", lambda: None)
    monkeypatch.setattr(errors, "install_qt_message_handler", lambda: None)
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"shopping list, not a database")
    asked = []
    monkeypatch.setattr(gui_app, "ask_after_open_failure",
                        lambda message, can_create: asked.append(message) or gui_app.QUIT)
    pages = []

    class EventLoop:
        def exec(self) -> int:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            qtbot.waitUntil(lambda: bool(asked))  # the window is up; the question follows
            pages.extend(w.current_page() for w in windows)
            qtbot.waitUntil(lambda: not any(w.isVisible() for w in windows))  # Quit closes it
            return 0

    monkeypatch.setattr(gui_app, "create_application", lambda: EventLoop())
    assert gui_app.run_app(str(junk)) == 1
    assert len(asked) == 1 and "not an organizer campaign file" in asked[0]
    assert pages == [None]  # no page ever claimed a campaign
    assert junk.read_bytes() == b"shopping list, not a database"


def test_run_app_opens_on_the_dashboard_with_the_campaign(qtbot, monkeypatch, demo_db) -> None:  # noqa: ANN001
    monkeypatch.setattr(errors, "install_exception_hook", lambda: None)
    monkeypatch.setattr(errors, "install_qt_message_handler", lambda: None)
    seen = []

    class EventLoop:
        def exec(self) -> int:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            qtbot.waitUntil(lambda: window.current_page() is not None)
            page = window.current_page()
            seen.append((type(page), page.data.campaign if page.data else None))
            window.close()
            return 0

    monkeypatch.setattr(gui_app, "create_application", lambda: EventLoop())
    assert gui_app.run_app(str(demo_db.path)) == 0
    with demo_db.session() as session:
        from organizer.services.campaign import campaign_settings

        expected = campaign_settings(session)
        expected = expected.campaign_name or expected.ordinance_name
    assert seen == [(DashboardPage, expected)]


def test_no_command_opens_the_app_without_loading_every_command(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    import organizer.cli as cli

    opened = []
    monkeypatch.setattr(gui_app, "run_app", lambda db_target: opened.append(db_target) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("the full parser was built"))
    assert cli.main(["--db", str(tmp_path / "a.sqlite3")]) == 0
    assert cli.main([f"--db={tmp_path / 'b.sqlite3'}"]) == 0
    assert cli.main([]) == 0
    assert opened == [str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3"), None]
