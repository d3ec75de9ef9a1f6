"""Opening a campaign database: where it lives, checks before touching it, sessions.

SQLite in the user's data folder is the default; any SQLAlchemy URL (PostgreSQL for teams
that share one database) works instead. Opening a database:

1. refuses, without changing a byte, a file that is not SQLite, is corrupt, or was written by
   a newer version of the app;
2. creates a new SQLite file owner-only (0600, its folder 0700);
3. backs the file up (SQLite's online backup API) before applying pending migrations;

Starter content is loaded by ``organizer.services.campaign.open_campaign``, which the command
line and the GUI call; this module knows nothing of it.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    IntegrityError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from organizer import config
from organizer.errors import ConflictError, DatabaseError, OrganizerError
from organizer.i18n import _
from organizer.storage import backup, migrate
from organizer.storage.quick_check import quick_check

log = logging.getLogger(__name__)

SQLITE_HEADER = backup.SQLITE_HEADER
# "://user:password@" in text that may not parse as a URL. Greedy up to the last "@", so a
# password holding "@" or "/" is masked whole; masking too much is the safe mistake.
_URL_PASSWORD_RE = re.compile(r"(://[^:/@]*:).*@")
_QUERY_PASSWORD_RE = re.compile(r"(password=)[^&]*", re.IGNORECASE)  # ?password=... (libpq style)


@dataclass
class Database:
    """An open campaign database. Sessions are short: one per user action."""

    url: str
    engine: Engine
    path: Path | None  # the SQLite file, or None for a server database
    _sessions: sessionmaker[Session] = field(repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def display_name(self) -> str:
        """What the status bar and messages call this database (no password)."""
        if self.path is not None:
            return str(self.path)
        return _safe_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits if the block succeeds, rolls back if it raises.

        Storage failures become known errors with a sentence; nothing half-done is kept.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                _("Someone else changed or deleted this record since you opened it; reload to see "
                  "their version, then make your change again.")
            ) from exc
        except OrganizerError:
            session.rollback()
            raise
        except OperationalError as exc:
            session.rollback()
            raise _operational_error(exc, self.display_name) from exc
        except DataError as exc:
            # PostgreSQL checks lengths and types that SQLite does not: a service that missed a
            # limit must still give a sentence, not a traceback.
            session.rollback()
            log.warning("data error: %s", exc)
            raise DatabaseError(_("A value is too long or not valid for the database, so nothing was saved.")) from exc
        except IntegrityError as exc:
            session.rollback()
            log.warning("integrity error: %s", exc)
            raise DatabaseError(
                _("That change conflicts with a record already saved (a duplicate or a missing "
                  "link), so nothing was saved.")
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _operational_error(exc: OperationalError, where: str) -> DatabaseError:
    message = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "locked" in message or "busy" in message:
        return DatabaseError(
            _("The database is busy in another window or program; try again in a moment.")
        )
    if "disk" in message and ("full" in message or "i/o" in message):
        return DatabaseError(_("The disk is full, so nothing was saved; free some space and try again."))
    if "readonly" in message or "read-only" in message:
        return DatabaseError(_("The database {where} is read-only, so nothing was saved.").format(where=where))
    if "password authentication failed" in message or "role" in message and "does not exist" in message:
        return DatabaseError(_("The database server at {where} refused the user name or password.").format(where=where))
    if "could not connect" in message or "connection refused" in message:
        return DatabaseError(_("Could not connect to the database server at {where}.").format(where=where))
    return DatabaseError(_("The database {where} could not be used: {orig}.").format(where=where, orig=exc.orig))


def _safe_url(url: str) -> str:
    """The URL for messages and logs, with any password masked."""
    try:
        rendered = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        rendered = url
    return _mask_password(rendered)  # also a "?password=" that SQLAlchemy leaves visible


def _mask_password(text: str) -> str:
    """Text that may be a malformed URL, with its password (``://user:…@``, ``password=…``) hidden."""
    return _QUERY_PASSWORD_RE.sub(r"\1***", _URL_PASSWORD_RE.sub(r"\1***@", text))


def resolve_target(target: str | os.PathLike[str] | None) -> tuple[str, Path | None]:
    """Turn --db / ORGANIZER_DB / the default into (SQLAlchemy URL, SQLite path or None)."""
    if target is None or str(target) == "":
        target = os.environ.get(config.DB_ENV_VAR) or config.default_db_path()
    text_target = str(target)
    if "://" in text_target:
        try:
            url = make_url(text_target)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            # Not chained: the parser's own message may quote part of the password.
            raise DatabaseError(
                _("“{url}” is not a database URL that organizer understands.").format(url=_mask_password(text_target))
            ) from None
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseError(_("An in-memory database would lose everything on exit; give a file."))
            path = Path(url.database).expanduser().resolve()
            return f"sqlite+pysqlite:///{path}", path
        return text_target, None
    path = Path(text_target).expanduser().resolve()
    return f"sqlite+pysqlite:///{path}", path


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
) -> Database:
    """Open (and if allowed, create) a campaign database, migrated to the current schema.

    ``create=False`` refuses a SQLite file that does not exist yet, for commands that only
    read. Raises DatabaseError with a sentence for anything that stops it.
    """
    url, path = resolve_target(target)
    if path is not None:
        _check_sqlite_file(path, create=create)
        engine = _sqlite_engine(url)
    else:
        engine = _server_engine(url)

    try:
        _verify_and_migrate(engine, path)
    except OrganizerError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise _operational_error(exc, str(path) if path else _safe_url(url)) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(_("The database could not be opened: {name}.").format(name=exc.__class__.__name__)) from exc

    return Database(
        url=url,
        engine=engine,
        path=path,
        _sessions=sessionmaker(engine, expire_on_commit=False),
    )


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseError(_("{path} is a folder, not a campaign file.").format(path=path))
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseError(_("{path} cannot be read: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
        if header and header != SQLITE_HEADER:
            raise DatabaseError(_("{path} is not an organizer campaign file (it is not a database).").format(path=path))
        if header:
            _check_integrity(path)
        return
    if not create:
        raise DatabaseError(_("There is no campaign file at {path}.").format(path=path))
    folder = path.parent
    is_default_folder = folder == config.data_dir().resolve()
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
        elif is_default_folder:
            folder.chmod(0o700)
        # Create the file ourselves so it is owner-only from its first byte.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError(_("Could not create the campaign file {path}: {strerror}.").format(path=path, strerror=exc.strerror)) from exc


# The SQLite result codes that mean the file itself is bad (extended codes carry the primary
# code in their low byte).
_DAMAGED_FILE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _check_integrity(path: Path) -> None:
    """quick_check through a read-only connection, so a bad file is left exactly as it was."""
    try:
        rows = quick_check(path)  # the desktop app starts it early (storage/quick_check.py)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", sqlite3.SQLITE_CORRUPT) & 0xFF not in _DAMAGED_FILE_CODES:
            # A full disk (no room for the -shm file), a read error or a lock: the file may be
            # fine, and "restore it from a backup" would throw away everything since the backup.
            raise DatabaseError(
                _("{path} could not be read ({exc}); if the disk is full, free some space and try "
                  "again (the file was left as it was).").format(path=path, exc=exc)
            ) from exc
        raise DatabaseError(_("{path} is damaged and cannot be opened ({exc}); restore it from a backup.").format(path=path, exc=exc)) from exc
    if rows != [("ok",)]:
        raise DatabaseError(_("{path} is damaged and cannot be opened; restore it from a backup.").format(path=path))


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": config.SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API object
        # pysqlite's own transaction handling is off so that SQLAlchemy's BEGIN is the one used.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={config.SQLITE_BUSY_TIMEOUT_MS}")
        # FULL: a commit is on disk before we tell the user it is saved, even on power loss.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


SERVER_CONNECT_TIMEOUT_S = 15


def _server_engine(url: str) -> Engine:
    try:
        # A server that does not answer is one sentence after a while, not the OS's TCP timeout.
        connect_args = {"connect_timeout": SERVER_CONNECT_TIMEOUT_S} if make_url(url).get_backend_name() == "postgresql" else {}
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(
            _("organizer cannot talk to {kind} databases here (is its driver installed?).").format(kind=make_url(url).get_backend_name())
        ) from exc


def _verify_and_migrate(engine: Engine, path: Path | None) -> None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = migrate.current_revision(conn) if "alembic_version" in tables else None
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(_("That database holds other data and is not an organizer campaign file."))
    if current is not None and not migrate.is_known_revision(current):
        raise DatabaseError(
            _("This campaign file was saved by a newer version of organizer; update organizer to "
              "open it (the file was left untouched).")
        )
    if current == migrate.head_revision():
        return
    if current is not None and path is not None:
        backup.automatic_backup(path, reason="before-upgrade")
    with engine.begin() as conn:
        migrate.upgrade(conn)


def ping(db: Database) -> None:
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
