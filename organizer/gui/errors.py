"""Every message the user sees about a problem goes through here (as in qutebrowser).

A known error (``OrganizerError``) is one sentence in a message box; a conflict offers to
reload. Anything else is a bug: it is logged with its traceback and the crash dialog says
where the log file is. Message boxes open non-modally (``open()``), so nothing here blocks
a test or a background task; ``present`` is the single place that shows them.
"""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from organizer.applog import log_file
from organizer.errors import ConflictError, OrganizerError

log = logging.getLogger("organizer.gui")
qt_log = logging.getLogger("organizer.qt")

_crash_dialog = None  # the one open CrashDialog, if any


def present(box: QMessageBox) -> None:
    """Show a message box without blocking."""
    box.open()


def show_error(
    parent: QWidget | None, exc: BaseException, on_reload: Callable[[], None] | None = None
) -> None:
    """One sentence for a known error (with Reload for a conflict); the crash dialog otherwise."""
    if isinstance(exc, OrganizerError):
        show_message(parent, str(exc), on_reload=on_reload if isinstance(exc, ConflictError) else None)
        return
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_crash_dialog(parent, exc)


def show_message(
    parent: QWidget | None,
    sentence: str,
    *,
    title: str = "Organizer",
    on_reload: Callable[[], None] | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorMessage")
    box.setWindowTitle(title)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the sentence may quote user text
    box.setText(sentence)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_reload is not None:
        reload_button = box.addButton(QCoreApplication.translate("errors", "Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(reload_button)

        def finished(_result: int) -> None:
            if box.clickedButton() is reload_button:
                on_reload()

        box.finished.connect(finished)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    present(box)
    return box


def show_crash_dialog(parent: QWidget | None, exc: BaseException | None, details: str | None = None):
    from organizer.gui.dialogs.crash import CrashDialog

    global _crash_dialog
    if _crash_dialog is None:
        window = parent.window() if parent is not None else QApplication.activeWindow()
        _crash_dialog = CrashDialog(log_file(), window)
        _crash_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _crash_dialog.destroyed.connect(_forget_crash_dialog)
        _crash_dialog.add_error(exc, details)
        _crash_dialog.open()
    else:
        _crash_dialog.add_error(exc, details)
        _crash_dialog.raise_()
    return _crash_dialog


def _forget_crash_dialog(*_args: object) -> None:
    global _crash_dialog
    _crash_dialog = None


def crash_dialog():
    """The open crash dialog, or None (for tests)."""
    return _crash_dialog


# --- the last line of defence: uncaught exceptions and Qt's own messages -------------------

_in_hook = False


def handle_uncaught(exc_type: type[BaseException], exc: BaseException, tb: types.TracebackType | None) -> None:
    """sys.excepthook: log, then tell the user; the app keeps running if it can."""
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt):
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return
    log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
    if _in_hook or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _in_hook = True
    try:
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        # Later, from the event loop: the hook may run in the middle of a paint or a slot.
        if isinstance(exc, OrganizerError):
            QTimer.singleShot(0, lambda: show_message(None, str(exc)))
        else:
            QTimer.singleShot(0, lambda: show_crash_dialog(None, exc))
    finally:
        _in_hook = False


def install_exception_hook() -> None:
    sys.excepthook = handle_uncaught


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)
