"""Start-up when opening the campaign goes wrong, and the language menu under ORGANIZER_LANG."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QApplication

from organizer import config
from organizer.gui import app as gui_app
from organizer.gui import errors
from organizer.gui.campaign_opener import CampaignOpener
from organizer.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def stand_in_event_loop(qtbot, monkeypatch):  # noqa: ANN001, ANN201
    """run_app with the test as its event loop: waits until the window closes itself."""
    monkeypatch.setattr(errors, "install_exception_hook", lambda: None)
    monkeypatch.setattr(errors, "install_qt_message_handler", lambda: None)

    class EventLoop:
        def exec(self) -> int:
            qtbot.waitUntil(lambda: not any(
                isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
            ), timeout=10000)
            return 0

    monkeypatch.setattr(gui_app, "create_application", lambda: EventLoop())


def test_an_unexpected_error_while_opening_asks_instead_of_hanging_on_opening(qtbot, monkeypatch, tmp_path) -> None:
    import organizer.services.campaign as campaign

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("a bug in opening")

    monkeypatch.setattr(campaign, "open_campaign", broken)
    asked: list[str] = []
    monkeypatch.setattr(gui_app, "ask_after_open_failure",
                        lambda message, can_create: asked.append(message) or gui_app.QUIT)
    stand_in_event_loop(qtbot, monkeypatch)

    assert gui_app.run_app(str(tmp_path / "c.sqlite3")) == 1  # the user chose Quit
    assert len(asked) == 1 and "unexpected problem" in asked[0] and "log" in asked[0]


def test_closing_while_the_file_is_still_opening_does_not_wait_for_it(monkeypatch, tmp_path) -> None:
    import organizer.services.campaign as campaign

    release = threading.Event()

    def slow(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202 - a server that does not answer
        release.wait(30)
        raise RuntimeError("gave up")

    monkeypatch.setattr(campaign, "open_campaign", slow)
    opener = CampaignOpener(str(tmp_path / "c.sqlite3"))
    opener.start()
    started = time.monotonic()
    opener.close(timeout=0.5)
    waited = time.monotonic() - started
    release.set()
    assert waited < 5, "close() waited for the worker instead of leaving without it"
    assert opener._thread.daemon  # so the process can end while it still waits


def test_the_language_menu_says_when_organizer_lang_decides(qtbot, window, ctx, monkeypatch) -> None:
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "en")
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    window.choose_language("es")
    assert messages and config.LANGUAGE_ENV_VAR in messages[-1]
    monkeypatch.delenv(config.LANGUAGE_ENV_VAR)
    window.choose_language("es")
    assert "next time" in messages[-1]
