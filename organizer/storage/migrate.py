"""Alembic, driven from inside the app: the schema is upgraded at start-up.

Opening a campaign whose schema is current must not pay for importing Alembic (a tenth of
a second at start-up), so the revisions are known from the versions folder's file names
(``0005_what_it_does.py`` is revision "0005") and the file's revision is read from its
``alembic_version`` table with a plain query. Alembic itself is imported only to upgrade.
``tests/storage/test_migrate.py`` checks that the file names agree with Alembic's own view.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
# A migration file: its revision id, four digits, then what it does.
REVISION_FILE_RE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def alembic_script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision id, oldest first, from the migration files' names."""
    found = (REVISION_FILE_RE.match(path.name) for path in VERSIONS_DIR.iterdir())
    revisions = tuple(sorted(match.group(1) for match in found if match))
    assert revisions, "the migrations folder has no revisions"
    return revisions


def head_revision() -> str:
    return known_revisions()[-1]


def is_known_revision(revision: str) -> bool:
    return revision in known_revisions()


def current_revision(connection: Connection) -> str | None:
    """The revision in the database's ``alembic_version`` table (which must exist); None if empty."""
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:  # branches: never made by this app, so let Alembic say what it thinks
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()
    return rows[0] if rows else None


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
