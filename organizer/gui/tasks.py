"""Long work off the GUI thread, with a progress dialog and Cancel (Electrum's TaskThread idea).

``work(progress, is_cancelled)`` runs in a QThread. It must not touch widgets: it reports
with ``progress(done, total, label)`` (marshalled to the GUI thread by a queued signal) and
checks ``is_cancelled()`` between steps, returning early or raising ``TaskCancelled``.
When it ends, the thread is joined *before* ``on_done(result)`` or ``show_error(parent,
exc)`` runs on the GUI thread, so no thread is left behind. A cancelled task calls
neither: the status bar says it was cancelled.

Tests wait with ``qtbot.waitUntil(lambda: not tasks.active_tasks())``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

SHOW_DIALOG_AFTER_MS = 400  # quick tasks finish without a dialog flashing up
PROGRESS_INTERVAL_S = 0.05  # at most twenty updates a second reach the GUI thread


class TaskCancelled(Exception):
    """Raised by work that stops because the user pressed Cancel."""


class _WorkerThread(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Work, cancel: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._last_report = 0.0
        self.result: Any = None
        self.error: BaseException | None = None

    def _report(self, done: int, total: int, label: str = "") -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.progressed.emit(int(done), int(total), str(label))

    def run(self) -> None:
        try:
            self.result = self._work(self._report, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.error = exc


class Task(QObject):
    """One running piece of work; lives on the GUI thread."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Work,
        on_done: Callable[[Any], None] | None,
        show_error: Callable[[QWidget | None, BaseException], None],
        notify: Callable[[str], None] | None = None,
    ):
        # No Qt parent: the task must outlive a page closed while it runs (``_active`` keeps it).
        super().__init__()
        self.title = title
        self._parent_widget = parent
        self._on_done = on_done
        self._show_error = show_error
        self._notify = notify
        self._cancel = threading.Event()
        self.done = False
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None

        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(10**9)  # shown by our timer, not by setValue
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)

        self._thread = _WorkerThread(work, self._cancel)
        self._thread.progressed.connect(self._on_progress)
        self._thread.finished.connect(self._on_finished)

    def start(self) -> None:
        _active.append(self)
        self._show_timer.start(SHOW_DIALOG_AFTER_MS)
        self._thread.start()

    def cancel(self) -> None:
        if not self.done:
            self._cancel.set()
            if self._dialog_alive():
                self.dialog.setLabelText(self.tr("{task}: cancelling…").format(task=self.title))

    def _dialog_alive(self) -> bool:
        # The dialog belongs to the parent window, which may be closed while the work runs.
        return isValid(self.dialog)

    def is_running(self) -> bool:
        return not self.done

    def _show_dialog(self) -> None:
        if not self.done and self._dialog_alive():
            self.dialog.show()

    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self.done or not self._dialog_alive():
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if label and not self._cancel.is_set():
            self.dialog.setLabelText(label)

    def _on_finished(self) -> None:
        self._thread.wait()  # returns at once: run() has ended; makes the join explicit
        self._show_timer.stop()
        if self._dialog_alive():
            self.dialog.hide()
            self.dialog.deleteLater()
        self.result, self.error = self._thread.result, self._thread.error
        self.cancelled = self._cancel.is_set() or isinstance(self.error, TaskCancelled)
        self.done = True
        if self in _active:
            _active.remove(self)
        self._thread.deleteLater()
        try:
            if self.cancelled:
                if self._notify:
                    self._notify(self.tr("{task}: cancelled.").format(task=self.title))
            elif self.error is not None:
                widget = self._parent_widget
                parent = widget if widget is not None and isValid(widget) else None
                self._show_error(parent, self.error)
            elif self._on_done is not None:
                self._on_done(self.result)
        finally:
            self.finished.emit()
            self.deleteLater()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread ends (used when the app quits)."""
        return self._thread.wait(timeout_ms)


_active: list[Task] = []


def active_tasks() -> list[Task]:
    return list(_active)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    work: Work,
    on_done: Callable[[Any], None] | None,
    show_error: Callable[[QWidget | None, BaseException], None],
    notify: Callable[[str], None] | None = None,
) -> Task:
    task = Task(parent, title, work, on_done, show_error, notify)
    task.start()
    return task


def cancel_all_and_wait(timeout_ms: int = 30_000) -> None:
    """Ask every task to stop and join its thread (on quit and when switching files)."""
    for task in active_tasks():
        task.cancel()
    for task in active_tasks():
        if not task.wait(timeout_ms):
            log.warning("task %r did not stop within %d ms", task.title, timeout_ms)
