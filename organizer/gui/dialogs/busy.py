"""Dialogs that hold their inputs still while one background task runs (the import dialogs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shiboken6 import isValid

from organizer.gui.tasks import Task


class BusyWhileTaskRuns:
    """Mixin for a QDialog with ``_ctx`` and an ``_update_buttons()`` that reads ``_busy``.

    ``_run`` starts the work and marks the dialog busy until the task ends, so the user
    cannot start a second preview or import on top of the first.
    """

    _busy = False

    def _run(self, title: str, work: Callable[..., Any], on_done: Callable[[Any], None]) -> Task:
        self._busy = True
        self._update_buttons()
        task = self._ctx.run_task(self, title, work, on_done)
        task.finished.connect(self._task_ended)
        return task

    def _task_ended(self) -> None:
        # The dialog may have been closed (and deleted) while the task ran.
        if isValid(self):
            self._busy = False
            self._update_buttons()
