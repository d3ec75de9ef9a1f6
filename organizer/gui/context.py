"""What every page and dialog shares: the open database, undo, background work, messages.

Pages never keep a session open: each user action opens one through ``ctx.session()``,
saves, and announces what changed with ``ctx.changed({...})``; pages listening to
``data_changed`` refresh only when a kind they show is in the set. (Anki's operations
return what changed in the same spirit.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from organizer.services.deletion import DeletedSnapshot, restore
from organizer.storage.database import Database

# The kinds of data a change can touch; pages refresh on the ones they show.
PEOPLE = "people"
MEMBERS = "members"
STANCES = "stances"
INTERACTIONS = "interactions"
MEETINGS = "meetings"
SIGNUPS = "signups"
POINTS = "points"
SETTINGS = "settings"
ALL_KINDS = frozenset({PEOPLE, MEMBERS, STANCES, INTERACTIONS, MEETINGS, SIGNUPS, POINTS, SETTINGS})


class AppContext(QObject):
    data_changed = Signal(object)  # frozenset of kinds
    database_changed = Signal()  # another campaign file was opened
    navigate_requested = Signal(str, int)  # ("person" | "member" | "meeting" | "point", id)
    status_message = Signal(str)

    def __init__(self, db: Database, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self.settings = settings
        self.undo_stack = QUndoStack(self)

    @property
    def db(self) -> Database:
        return self._db

    def replace_database(self, db: Database) -> None:
        old, self._db = self._db, db
        self.undo_stack.clear()  # undo entries belong to the file they were made in
        old.dispose()
        self.database_changed.emit()
        self.data_changed.emit(ALL_KINDS)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._db.session() as session:
            yield session

    def changed(self, *kinds: str) -> None:
        self.data_changed.emit(frozenset(kinds))

    def navigate(self, kind: str, record_id: int) -> None:
        self.navigate_requested.emit(kind, record_id)

    def notify(self, message: str) -> None:
        self.status_message.emit(message)

    def show_error(
        self,
        parent: QWidget | None,
        error: BaseException,
        on_reload: Callable[[], None] | None = None,
    ) -> None:
        """One sentence for a known error; the crash dialog for anything else.

        A ConflictError offers "Reload": ``on_reload`` if given (an editor reloads its
        record), else every page reloads what it shows.
        """
        from organizer.errors import ConflictError
        from organizer.gui.errors import show_error

        if on_reload is None and isinstance(error, ConflictError):
            on_reload = lambda: self.data_changed.emit(ALL_KINDS)  # noqa: E731
        show_error(parent, error, on_reload)

    def run_task(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any],
        on_done: Callable[[Any], None] | None = None,
    ) -> Any:
        """Run ``work(progress, is_cancelled)`` off the GUI thread with a progress dialog.

        ``progress(done, total, label)`` and ``is_cancelled()`` may be called from the worker;
        ``on_done(result)`` runs on the GUI thread. Errors are shown with ``show_error``.
        Returns the ``organizer.gui.tasks.Task`` (tests wait on ``tasks.active_tasks()``).
        """
        from organizer.gui.tasks import run_with_progress

        return run_with_progress(parent, title, work, on_done, self.show_error, self.notify)

    def push_deletion(self, snapshot: DeletedSnapshot, kinds: tuple[str, ...]) -> None:
        """Make a deletion undoable with Ctrl+Z (the record was already deleted)."""
        self.undo_stack.push(_UndoDeletion(self, snapshot, kinds))


class _UndoDeletion(QUndoCommand):
    def __init__(self, ctx: AppContext, snapshot: DeletedSnapshot, kinds: tuple[str, ...]):
        super().__init__(snapshot.description)
        self._ctx = ctx
        self._snapshot = snapshot
        self._kinds = kinds
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushing runs redo(); the deletion has already happened
            self._first = False
            return
        from organizer.services.deletion import delete_rows_again

        with self._ctx.session() as session:
            delete_rows_again(session, self._snapshot)
        self._ctx.changed(*self._kinds)

    def undo(self) -> None:
        try:
            with self._ctx.session() as session:
                restore(session, self._snapshot)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost silently
            self._ctx.show_error(None, exc)
            return
        self._ctx.changed(*self._kinds)
        self._ctx.notify(f"Undone: {self._snapshot.description}")
