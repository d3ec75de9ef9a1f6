"""What every page and dialog shares: the open database, undo, background work, messages.

Pages never keep a session open: each user action opens one through ``ctx.session()``,
saves, and announces what changed with ``ctx.changed({...})``; pages listening to
``data_changed`` refresh only when a kind they show is in the set. (Anki's operations
return what changed in the same spirit.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

# Kept out of the import at start-up: the main window is built before SQLAlchemy is loaded.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from organizer.services.deletion import DeletedSnapshot
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

    def __init__(self, db: Database | None, settings: QSettings, parent: QObject | None = None):
        """``db`` is None only at start-up, while the first campaign is still opening."""
        super().__init__(parent)
        self._db = db
        self.settings = settings
        self.undo_stack = QUndoStack(self)

    @property
    def db(self) -> Database | None:
        return self._db

    def replace_database(self, db: Database) -> None:
        """Make ``db`` the open campaign (also the first one, opened after the window showed)."""
        old, self._db = self._db, db
        self.undo_stack.clear()  # undo entries belong to the file they were made in
        if old is not None:
            old.dispose()
        self.database_changed.emit()
        if old is not None:  # after the first campaign opens, no page shows anything yet
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

    def push_deletion(
        self,
        snapshot: DeletedSnapshot | list[DeletedSnapshot],
        kinds: tuple[str, ...],
        description: str | None = None,
    ) -> None:
        """Make a deletion undoable with Ctrl+Z (the records were already deleted).

        Several snapshots (speakers removed together) make one undo entry, so one Ctrl+Z
        brings them all back, as the confirmation promised.
        """
        snapshots = snapshot if isinstance(snapshot, list) else [snapshot]
        self.undo_stack.push(_UndoDeletion(self, snapshots, kinds, description))


def _message_parent() -> QWidget | None:
    """The window a message about Undo/Redo belongs to.

    A message box without a parent is owned by Python alone and vanishes as soon as it is
    shown, so the sentence would never be seen.
    """
    window = QApplication.activeWindow()
    if window is not None:
        return window
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QDialog)]
    return next((w for w in shown if isinstance(w, QMainWindow)), shown[0] if shown else None)


class _UndoDeletion(QUndoCommand):
    """Undo puts the rows back; redo deletes them again only if nothing changed meanwhile.

    A command that cannot be undone or redone any more (someone added the same record back,
    or edited it after the undo) says why in one sentence and makes itself obsolete, so the
    stack never claims a state that is not in the file.
    """

    def __init__(
        self,
        ctx: AppContext,
        snapshots: list[DeletedSnapshot],
        kinds: tuple[str, ...],
        description: str | None = None,
    ):
        super().__init__(description or snapshots[0].description)
        self._ctx = ctx
        self._snapshots = snapshots
        self._kinds = kinds
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushing runs redo(); the deletion has already happened
            self._first = False
            return
        from organizer.services.deletion import delete_rows_again

        try:
            with self._ctx.session() as session:  # one transaction: all or nothing
                for snapshot in self._snapshots:
                    delete_rows_again(session, snapshot)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost silently
            self.setObsolete(True)
            self._ctx.show_error(_message_parent(), exc)
            return
        self._ctx.changed(*self._kinds)

    def undo(self) -> None:
        from organizer.services.deletion import restore

        try:
            with self._ctx.session() as session:
                for snapshot in self._snapshots:
                    restore(session, snapshot)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost silently
            self.setObsolete(True)
            self._ctx.show_error(_message_parent(), exc)
            return
        self._ctx.changed(*self._kinds)
        self._ctx.notify(QCoreApplication.translate("AppContext", "Undone: {action}").format(action=self.text()))
