"""The integrity check the desktop app starts early, while Qt loads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from organizer.errors import DatabaseError
from organizer.storage import quick_check
from organizer.storage.database import SQLITE_HEADER, open_database
from tests.conftest import server_url

pytestmark = pytest.mark.skipif(server_url() is not None, reason="SQLite file behaviour")


@pytest.fixture
def campaign_file(tmp_path: Path) -> Path:
    db = open_database(tmp_path / "campaign.sqlite3")
    db.dispose()
    return db.path


def _wait_for_early_check(path: Path) -> None:
    quick_check._started[path][1].join()


def test_the_early_result_is_used_when_the_file_is_unchanged(campaign_file: Path, monkeypatch) -> None:
    quick_check.start_early(str(campaign_file))
    _wait_for_early_check(campaign_file)
    monkeypatch.setattr(quick_check, "_check", lambda path: pytest.fail("checked twice"))
    assert quick_check.quick_check(campaign_file) == [("ok",)]


def test_a_file_written_since_the_early_check_is_checked_again(campaign_file: Path, monkeypatch) -> None:
    quick_check.start_early(str(campaign_file))
    _wait_for_early_check(campaign_file)
    later = campaign_file.stat().st_mtime_ns + 1_000_000_000
    os.utime(campaign_file, ns=(later, later))
    checked = []
    monkeypatch.setattr(quick_check, "_check", lambda path: checked.append(path) or [("ok",)])
    assert quick_check.quick_check(campaign_file) == [("ok",)]
    assert checked == [campaign_file]


def test_a_damaged_file_checked_early_is_still_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    content = SQLITE_HEADER + b"\x10\x00" + bytes(range(256)) * 32
    path.write_bytes(content)
    quick_check.start_early(str(path))
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(path, create=False)
    assert path.read_bytes() == content


def test_a_database_url_or_a_missing_file_is_not_checked_early(tmp_path: Path) -> None:
    before = dict(quick_check._started)
    quick_check.start_early("postgresql+psycopg://user:secret@localhost/campaign")
    quick_check.start_early(str(tmp_path / "not-yet.sqlite3"))
    assert quick_check._started == before
