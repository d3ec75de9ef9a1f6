"""Opening the first campaign file off the GUI thread, while the main window appears.

Importing SQLAlchemy and the models, checking the file (SQLite's quick_check reads all of
it) and loading the starter content take longer than showing the window, so they start
once the window is on screen, in a worker thread, and the window is never blank. The worker then imports the first page's module and runs its ``warm_up(session)``
if it has one, so the page's first load does not pay for SQLAlchemy compiling its queries.
``finished`` is delivered on the GUI thread (a queued signal), where ``result()`` hands over
the database or raises what stopped it.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from organizer import config

if TYPE_CHECKING:
    from organizer.storage.database import Database

log = logging.getLogger(__name__)

CLOSE_WAIT_S = 5.0


class CampaignOpener(QObject):
    finished = Signal()

    def __init__(self, db_target: str | None, first_page_module: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._first_page_module = first_page_module
        # The default file is created on first run; a file the user named must exist.
        self._target = db_target
        self._create = not db_target and not os.environ.get(config.DB_ENV_VAR)
        self._db: Database | None = None
        self._error: BaseException | None = None
        # A daemon: a user who closes the window while a server does not answer is not kept
        # waiting by an invisible process (a kill mid-open is safe: tests/faults proves it).
        self._thread = threading.Thread(target=self._open, name="open-campaign", daemon=True)
        self._closed = False

    def start(self) -> None:
        """Start opening; once started or closed, nothing."""
        if self._thread.ident is None and not self._closed:
            # SQLite's integrity check runs in its own thread, without Python's lock, while
            # the worker imports SQLAlchemy; opening the file then takes its result.
            from organizer.storage import quick_check

            quick_check.start_early(self._target)
            self._thread.start()

    def _open(self) -> None:
        try:
            from organizer.services.campaign import open_campaign

            self._db = open_campaign(self._target, create=self._create)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread by result()
            self._error = exc
        else:
            self._warm_up(self._db)
        self.finished.emit()

    def _warm_up(self, db: Database) -> None:
        if self._first_page_module is None:
            return
        try:
            warm_up = getattr(importlib.import_module(self._first_page_module), "warm_up", None)
            if warm_up is not None:
                with db.session() as session:
                    warm_up(session)
        except Exception:  # noqa: BLE001 - only a head start: the page shows what is wrong itself
            log.warning("could not warm up %s", self._first_page_module, exc_info=True)

    def result(self) -> Database:
        """The open database; raises the error that stopped it (OrganizerError: a known one)."""
        self._thread.join()
        error, self._error = self._error, None
        if error is not None:
            raise error
        db, self._db = self._db, None
        assert db is not None
        return db

    def close(self, timeout: float = CLOSE_WAIT_S) -> None:
        """Wait a little for the worker; a database nobody took (the user quit first) is closed."""
        self._closed = True
        if self._thread.ident is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the campaign was still opening after %.0f s; leaving without it", timeout)
                return
        if self._db is not None:
            self._db.dispose()
            self._db = None
