"""Consistent copies of a SQLite campaign file, made with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages still in the -wal file
or catch a half-written page; the backup API copies a consistent snapshot while the app runs.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from organizer import config
from organizer.errors import DatabaseError
from organizer.i18n import _
from organizer.storage import migrate

AUTO_PREFIX = "auto-"
SQLITE_HEADER = b"SQLite format 3\x00"
_AUTO_STAMP = "%Y%m%d-%H%M%S-%f"
# Why an automatic backup was made ("before-upgrade"): lower-case words joined by hyphens,
# never digits, so a reason cannot be mistaken for part of another file's name.
_REASON_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Tables every campaign file has had since the first revision.
_CAMPAIGN_TABLES = {"alembic_version", "people", "meetings", "governing_bodies"}


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
        raise DatabaseError(_("A backup cannot overwrite the campaign file it copies."))
    if target.is_dir():
        raise DatabaseError(_("{target} is a folder; give a file name for the backup.").format(target=target))
    if not target.parent.exists():
        raise DatabaseError(_("The folder {parent} does not exist.").format(parent=target.parent))
    partial = target.with_name(target.name + ".partial")
    # A journal left by a killed earlier attempt would be replayed into the new copy.
    partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        _copy_database(db_path, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise DatabaseError(_("The backup to {target} failed: {reason}.").format(target=target, reason=reason)) from exc
    return target


def automatic_backup(db_path: Path, reason: str) -> Path:
    """A timestamped backup in the backups folder; only the newest few automatic ones are kept."""
    if not _REASON_RE.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words joined by hyphens, not {reason!r}")
    folder = backups_dir(db_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(_AUTO_STAMP)
    target = folder / f"{AUTO_PREFIX}{db_path.stem}-{stamp}-{reason}.sqlite3"
    backup_to(db_path, target)
    prune_automatic_backups(db_path)
    return target


def _backup_name_re(db_path: Path) -> re.Pattern[str]:
    """The names of this file's backups, and no other file's.

    Automatic: ``auto-{stem}-{YYYYmmdd-HHMMSS-ffffff}-{reason}.sqlite3`` (``automatic_backup``);
    made from the Back up menu: ``{stem}-{YYYYmmdd-HHMMSS}-manual.sqlite3``, the name the app
    suggests. The stem is matched exactly, so ``campaign.sqlite3`` never claims the backups of
    ``campaign-normal.sqlite3`` (the date right after the stem tells them apart).
    """
    stem = re.escape(db_path.stem)
    automatic = rf"{re.escape(AUTO_PREFIX)}{stem}-\d{{8}}-\d{{6}}-\d{{6}}-{_REASON_RE.pattern}"
    manual = rf"{stem}-\d{{8}}-\d{{6}}-manual"
    return re.compile(rf"(?:{automatic}|{manual})\.sqlite3")


def list_backups(db_path: Path) -> list[Path]:
    """All backups of this file in the backups folder, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    names = _backup_name_re(db_path)
    found = [p for p in folder.iterdir() if names.fullmatch(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def prune_automatic_backups(db_path: Path, keep: int = config.AUTOMATIC_BACKUPS_KEPT) -> None:
    automatic = [p for p in list_backups(db_path) if p.name.startswith(AUTO_PREFIX)]
    for old in automatic[keep:]:
        old.unlink(missing_ok=True)
    remove_stale_partials(backups_dir(db_path))


def remove_stale_partials(folder: Path, older_than: float = config.STALE_PARTIAL_SECONDS) -> None:
    """Delete the temporary files of backups that were killed before they finished."""
    cutoff = time.time() - older_than
    for leftover in folder.glob("*.sqlite3.partial*"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass  # gone already, or not ours to delete: the backup itself succeeded


def restore_from(backup_path: Path, db_path: Path) -> None:
    """Replace the campaign file's contents with a backup's, keeping a copy of what was there.

    The current state is itself backed up first, so a restore can be undone. A file that is
    damaged, is not an organizer campaign, or was saved by a newer version is refused before
    anything is touched.
    """
    backup_path = backup_path.expanduser().resolve()
    if not backup_path.is_file():
        raise DatabaseError(_("There is no backup at {backup_path}.").format(backup_path=backup_path))
    check_restorable(backup_path)
    if db_path.exists():
        automatic_backup(db_path, reason="before-restore")
    try:
        _copy_database(backup_path, db_path)
    except sqlite3.Error as exc:
        raise DatabaseError(_("Restoring from {backup_path} failed: {exc}.").format(backup_path=backup_path, exc=exc)) from exc


def check_restorable(backup_path: Path) -> None:
    """Refuse (DatabaseError) a file that is not a sound campaign this version can open.

    Read through a read-only connection, so the file is left exactly as it was.
    """
    try:
        with backup_path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(_("{backup_path} cannot be read: {strerror}.").format(backup_path=backup_path, strerror=exc.strerror)) from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(_("{backup_path} is not a campaign backup.").format(backup_path=backup_path))
    try:
        with closing(sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)) as con:
            integrity = con.execute("PRAGMA quick_check").fetchall()
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revisions = (
                [row[0] for row in con.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_("{backup_path} is damaged and cannot be restored ({exc}).").format(backup_path=backup_path, exc=exc)) from exc
    if integrity != [("ok",)]:
        raise DatabaseError(_("{backup_path} is damaged and cannot be restored.").format(backup_path=backup_path))
    if not _CAMPAIGN_TABLES <= tables or len(revisions) != 1:
        raise DatabaseError(_("{backup_path} is not an organizer campaign, so it cannot be restored.").format(backup_path=backup_path))
    if not migrate.is_known_revision(revisions[0]):
        raise DatabaseError(
            _("{backup_path} was saved by a newer version of organizer; update organizer to restore it.").format(backup_path=backup_path)
        )
