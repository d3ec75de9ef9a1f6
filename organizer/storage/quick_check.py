"""SQLite's ``PRAGMA quick_check`` on a campaign file, possibly started ahead of time.

The check reads the whole file (a tenth of a second for 100,000 people) in SQLite's C code,
which runs without Python's lock. The desktop app starts it in a thread as it starts opening
the campaign (gui/campaign_opener.py), so it runs while SQLAlchemy is imported; opening the
database then takes its result, if the file has not changed since the check began, instead
of checking again. Nothing here
imports SQLAlchemy, so it can start before SQLAlchemy is loaded.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from organizer import config

_lock = threading.Lock()
_started: dict[Path, tuple[tuple, threading.Thread, dict]] = {}


def _identity(path: Path) -> tuple:
    """What would change if anyone wrote to the file or its write-ahead log.

    An empty log counts as none: reading a WAL-mode file creates one, and it holds nothing.
    """
    marks = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            st = part.stat()
        except OSError:
            marks.append(None)
        else:
            marks.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) if st.st_size else None)
    return tuple(marks)


def _check(path: Path) -> list[tuple]:
    """quick_check through a read-only connection, so a bad file is left exactly as it was."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA quick_check").fetchall()
    finally:
        con.close()


def start_early(target: str | None) -> None:
    """Begin checking the SQLite file that ``target`` (--db, or the default) names, if it exists.

    A database URL is left alone (``organizer.storage.database.resolve_target`` reads those).
    """
    if target is None or target == "":
        target = os.environ.get(config.DB_ENV_VAR) or str(config.default_db_path())
    if "://" in target:
        return
    path = Path(target).expanduser().resolve()
    if not path.is_file():
        return
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["rows"] = _check(path)
        except sqlite3.Error as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="quick-check", daemon=True)
    with _lock:
        _started[path] = (_identity(path), thread, outcome)
    thread.start()


def quick_check(path: Path) -> list[tuple]:
    """The rows of ``PRAGMA quick_check`` (``[("ok",)]`` for a sound file); raises sqlite3's errors.

    An early check of the same, unchanged file gives its result; otherwise the check runs now.
    """
    with _lock:
        early = _started.pop(path, None)
    if early is not None:
        identity, thread, outcome = early
        thread.join()
        if identity == _identity(path):
            if "error" in outcome:
                raise outcome["error"]
            if "rows" in outcome:
                return outcome["rows"]
    return _check(path)
