"""Writing the files the app makes for the user: complete or not at all, owner-only.

Packets, printouts, the whip report, messages, invitations and CSV or calendar exports
hold names, phone numbers and sometimes internal notes. Each file is written under a
temporary name in its own folder (``mkstemp`` creates it 0600), flushed to disk and then
renamed over the target, so a reader never sees half a file and a failed write leaves the
old one as it was. Folders created on the way are 0700; folders that already exist are
left as the user set them.

A campaign database is never written over: not the open campaign's file or its ``-wal``,
``-shm`` or ``-journal`` file (pass ``database_files(db.path)`` as ``protected``), and not
any file that starts with the SQLite header, or the side file of one.

Every failure is a known error with one sentence ("Cannot write PATH: REASON.").
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from organizer import config
from organizer.errors import NotFoundError, OrganizerError, ValidationError
from organizer.i18n import _
from organizer.storage.database import SQLITE_HEADER

PRIVATE_FILE_MODE = 0o600  # what mkstemp gives; the value is for tests and readers
PRIVATE_FOLDER_MODE = 0o700
DATABASE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

Protected = Iterable[str | os.PathLike[str]]


def database_files(db_path: str | os.PathLike[str] | None) -> tuple[Path, ...]:
    """The open campaign's file and its side files (none for a server database)."""
    if db_path is None:
        return ()
    path = Path(db_path)
    return (path, *(path.with_name(path.name + suffix) for suffix in DATABASE_SIDE_SUFFIXES))


def cannot_write(path: str | os.PathLike[str], exc: OSError) -> OrganizerError:
    """The sentence for an operating-system error while writing ``path``."""
    reason = exc.strerror or str(exc) or exc.__class__.__name__
    return OrganizerError(_("Cannot write {path}: {reason}.").format(path=path, reason=reason))


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if os.path.samefile(a, b):
            return True
    return a.resolve() == b.resolve()


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _is_database(path: Path) -> bool:
    """A SQLite database, or the -wal/-shm/-journal file beside one."""
    if path.is_file() and _starts_like_sqlite(path):
        return True
    for suffix in DATABASE_SIDE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            main = path.with_name(path.name[: -len(suffix)])
            if main.is_file() and _starts_like_sqlite(main):
                return True
    return False


def _first_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_folder(folder: str | os.PathLike[str], *, make_folders: bool = True, for_name: str = "") -> Path:
    """Raise unless ``folder`` is, or can be made, a folder to write into."""
    folder = Path(folder).expanduser()
    if folder.is_dir():
        return folder
    existing = _first_existing(folder)
    if existing.exists() and not existing.is_dir():
        raise OrganizerError(_("{existing} is a file, not a folder.").format(existing=existing))
    if not make_folders:
        if for_name:
            raise NotFoundError(_("There is no folder {folder} to write {name} into.").format(folder=folder, name=for_name))
        raise NotFoundError(_("There is no folder {folder}.").format(folder=folder))
    return folder


def check_target(
    path: str | os.PathLike[str], *, protected: Protected = (), make_folders: bool = True
) -> Path:
    """Raise, changing nothing, unless ``path`` may be written: not a folder, not a database."""
    shown = path
    path = Path(path).expanduser()
    if path.is_dir():
        raise OrganizerError(_("{shown} is a folder; give a file name.").format(shown=shown))
    if any(_same_file(path, Path(p)) for p in protected):
        raise OrganizerError(_("{shown} is part of the open campaign's database; write to another file.").format(shown=shown))
    if _is_database(path):
        raise OrganizerError(_("{shown} is a campaign database; write to another file so it is not lost.").format(shown=shown))
    check_folder(path.parent, make_folders=make_folders, for_name=path.name)
    return path


def private_folder(folder: str | os.PathLike[str]) -> Path:
    """``folder``, with any missing folders on the way created owner-only (0700)."""
    folder = Path(folder).expanduser()
    check_folder(folder)
    missing = []
    level = folder
    while not level.exists() and level != level.parent:
        missing.append(level)
        level = level.parent
    for level in reversed(missing):
        try:
            # mkdir(parents=True) would make the parents with the default mode: one at a time.
            os.mkdir(level, PRIVATE_FOLDER_MODE)
        except FileExistsError:
            if not level.is_dir():
                raise OrganizerError(_("{level} is a file, not a folder.").format(level=level)) from None
        except OSError as exc:
            raise cannot_write(level, exc) from exc
    return folder


@contextlib.contextmanager
def private_file(
    path: str | os.PathLike[str], *, protected: Protected = (), make_folders: bool = True
) -> Iterator[BinaryIO]:
    """A binary file to write into that appears at ``path`` complete, owner-only, or not at all.

    ``make_folders=False`` refuses a folder that does not exist instead of creating it.
    """
    shown = path
    path = check_target(path, protected=protected, make_folders=make_folders)
    folder = path.parent
    if make_folders:
        private_folder(folder)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise cannot_write(shown, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise cannot_write(shown, exc) from exc
        raise


def write_private(
    path: str | os.PathLike[str], data: bytes, *, protected: Protected = (), make_folders: bool = True
) -> Path:
    """Write ``data`` to ``path`` (see ``private_file``); return the path written."""
    with private_file(path, protected=protected, make_folders=make_folders) as fh:
        fh.write(data)
    return Path(path).expanduser()


def check_targets(folder: str | os.PathLike[str], names: Iterable[str], *, protected: Protected = ()) -> None:
    """Raise before anything is written unless every ``folder/name`` may be written."""
    folder = check_folder(folder)
    protected = list(protected)
    for name in names:
        check_target(folder / name, protected=protected)


def write_private_files(
    folder: str | os.PathLike[str], files: Sequence[tuple[str, bytes]], *, protected: Protected = ()
) -> list[Path]:
    """Write each (name, bytes) into ``folder``, made owner-only if missing: all of them, or
    none. Every target is checked first, so a refused name leaves all the files as they were;
    then every file is written to disk under a temporary name before the first is renamed into
    place, so a full disk half-way leaves the earlier set whole instead of mixing in new ones."""
    protected = list(protected)
    check_targets(folder, (name for name, _ in files), protected=protected)
    target = private_folder(folder)
    staged: list[tuple[str, Path]] = []
    path = target
    try:
        for name, data in files:
            path = check_target(target / name, protected=protected)
            remove_stale_staged_copies(path)
            staged.append((_staged_copy(path, data), path))
        for temp_name, path in staged:
            os.replace(temp_name, path)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    finally:
        for temp_name, _final in staged:  # those not renamed into place
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return [path for _, path in staged]


def remove_stale_staged_copies(path: Path, older_than: float = config.STALE_PARTIAL_SECONDS) -> None:
    """Delete the temporary copies of ``path`` that killed writes left beside it."""
    cutoff = time.time() - older_than
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.partial"):
        with contextlib.suppress(OSError):  # gone already: the write itself goes on
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _staged_copy(path: Path, data: bytes) -> str:
    """``data`` on disk in a new owner-only temporary file beside ``path``; that file's name."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return temp_name


# An export of people or meetings is a few megabytes; anything far larger is the wrong file,
# and reading it whole would only stall the app.
MAX_INPUT_BYTES = 50 * 1024 * 1024


def read_input_file(path: str | os.PathLike[str], limit: int = MAX_INPUT_BYTES) -> bytes:
    """A file's bytes for an import, or one sentence saying why it cannot be read."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if size > limit:
            raise ValidationError(
                _("{name} is {size} MB, too large to be an export of people or meetings.").format(name=path.name, size=size // (1024 * 1024)))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(_("There is no file at {path}.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise ValidationError(_("{path} is a folder, not a file.").format(path=path)) from exc
    except PermissionError as exc:
        raise OrganizerError(_("{name} cannot be read: permission denied.").format(name=path.name)) from exc
    except OSError as exc:
        raise OrganizerError(_("{name} cannot be read: {reason}.").format(name=path.name, reason=exc.strerror or exc)) from exc
