"""Every test gets its own data folder and database; no test touches the user's files.

Set ORGANIZER_TEST_DATABASE_URL to a PostgreSQL URL to run the database-backed tests
against that server instead of SQLite (.ci/run does this for the storage and service suites).
The schema is dropped and rebuilt for each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from organizer import config
from organizer.services.campaign import open_campaign
from organizer.storage.database import Database
from tests.cli_helpers import run

TEST_DB_URL_VAR = "ORGANIZER_TEST_DATABASE_URL"


def pytest_addoption(parser: pytest.Parser) -> None:
    # tests/faults: a few kills per operation by default; the full count (over 200) on request.
    group = parser.getgroup("faults", "kill and I/O-fault tests (tests/faults)")
    group.addoption("--full-faults", action="store_true", help="run the full count of kills (slow)")
    group.addoption("--fault-seed", type=int, default=None, help="seed for the random kill points")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "organizer-data"
    monkeypatch.setenv(config.DATA_DIR_ENV_VAR, str(data))
    monkeypatch.delenv(config.DB_ENV_VAR, raising=False)
    # English unless a test asks for Spanish, whatever the machine's locale is.
    for name in (config.LANGUAGE_ENV_VAR, "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return data


def server_url() -> str | None:
    return os.environ.get(TEST_DB_URL_VAR) or None


def reset_server_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def db_target(tmp_path: Path) -> str:
    """Where the test database lives: a fresh SQLite file, or the test PostgreSQL server."""
    url = server_url()
    if url:
        reset_server_schema(url)
        return url
    return str(tmp_path / "campaign.sqlite3")


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_campaign(db_target)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database):
    with db.session() as s:
        yield s


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The path of a campaign file with the demo campaign loaded through the command line."""
    path = str(tmp_path / "demo.sqlite3")
    code, _, err = run(capsys, "--db", path, "demo")
    assert code == 0, err
    return path
