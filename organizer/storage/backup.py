"""Consistent copies of a SQLite campaign file, made with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages still in the -wal file
or catch a half-written page; the backup API copies a consistent snapshot while the app runs.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from organizer import config
from organizer.errors import DatabaseError

AUTO_PREFIX = "auto-"


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the file they protect, in an owner-only folder."""
    return db_path.parent / "backups"


def _copy_database(source_path: Path, dest_path: Path) -> None:
    """Copy one SQLite file over another with the backup API, reading the source read-only."""
    with (
        closing(sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)) as source,
        closing(sqlite3.connect(dest_path)) as dest,
    ):
        source.backup(dest)


def backup_to(db_path: Path, target: Path) -> Path:
    """Write a consistent copy of ``db_path`` to ``target`` (owner-only); return ``target``.

    The copy is written to a temporary name and renamed into place, so an interrupted backup
    never leaves a half-written file under the real name.
    """
    target = target.expanduser().resolve()
    if target == db_path.resolve():
        raise DatabaseError("A backup cannot overwrite the campaign file it copies.")
    if target.is_dir():
        raise DatabaseError(f"{target} is a folder; give a file name for the backup.")
    if not target.parent.exists():
        raise DatabaseError(f"The folder {target.parent} does not exist.")
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        _copy_database(db_path, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise DatabaseError(f"The backup to {target} failed: {reason}.") from exc
    return target


def automatic_backup(db_path: Path, reason: str) -> Path:
    """A timestamped backup in the backups folder; only the newest few automatic ones are kept."""
    folder = backups_dir(db_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{AUTO_PREFIX}{db_path.stem}-{stamp}-{reason}.sqlite3"
    backup_to(db_path, target)
    prune_automatic_backups(db_path)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """All backups of this file, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{db_path.stem}-*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def prune_automatic_backups(db_path: Path, keep: int = config.AUTOMATIC_BACKUPS_KEPT) -> None:
    automatic = [p for p in list_backups(db_path) if p.name.startswith(AUTO_PREFIX)]
    for old in automatic[keep:]:
        old.unlink(missing_ok=True)


def restore_from(backup_path: Path, db_path: Path) -> None:
    """Replace the campaign file's contents with a backup's, keeping a copy of what was there.

    The current state is itself backed up first, so a restore can be undone.
    """
    backup_path = backup_path.expanduser().resolve()
    if not backup_path.is_file():
        raise DatabaseError(f"There is no backup at {backup_path}.")
    with backup_path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(f"{backup_path} is not a campaign backup.")
    if db_path.exists():
        automatic_backup(db_path, reason="before-restore")
    try:
        _copy_database(backup_path, db_path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Restoring from {backup_path} failed: {exc}.") from exc
