"""Backups of a campaign file: which ones belong to it, and what a restore accepts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from organizer import config
from organizer.domain.models import Person
from organizer.errors import DatabaseError
from organizer.storage import backup
from organizer.storage.database import open_database
from tests.conftest import server_url

pytestmark = pytest.mark.skipif(server_url() is not None, reason="SQLite file behaviour")


def new_campaign(path: Path, *people: str) -> Path:
    db = open_database(path)
    try:
        with db.session() as s:
            s.add_all(Person(first_name=name) for name in people)
    finally:
        db.dispose()
    return path.resolve()


def names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT first_name FROM people ORDER BY id")]
    finally:
        con.close()


# --- which backups belong to a file ---------------------------------------------------------
def test_a_file_lists_only_its_own_backups(tmp_path: Path) -> None:
    campaign = new_campaign(tmp_path / "campaign.sqlite3")
    other = new_campaign(tmp_path / "campaign-normal.sqlite3")
    mine = backup.automatic_backup(campaign, reason="test")
    theirs = backup.automatic_backup(other, reason="test")
    assert backup.list_backups(campaign) == [mine]
    assert backup.list_backups(other) == [theirs]


def test_pruning_one_file_keeps_every_backup_of_another(tmp_path: Path) -> None:
    campaign = new_campaign(tmp_path / "campaign.sqlite3")
    other = new_campaign(tmp_path / "campaign-normal.sqlite3")
    theirs = [backup.automatic_backup(other, reason="before-upgrade") for _ in range(3)]
    for _ in range(config.AUTOMATIC_BACKUPS_KEPT + 2):
        backup.automatic_backup(campaign, reason="test")
    assert all(path.exists() for path in theirs)
    assert set(backup.list_backups(other)) == set(theirs)
    assert len(backup.list_backups(campaign)) == config.AUTOMATIC_BACKUPS_KEPT


def test_a_backup_saved_under_the_suggested_manual_name_is_listed(tmp_path: Path) -> None:
    campaign = new_campaign(tmp_path / "campaign.sqlite3")
    folder = backup.backups_dir(campaign)
    folder.mkdir()
    manual = backup.backup_to(campaign, folder / "campaign-20260301-093000-manual.sqlite3")
    backup.backup_to(campaign, folder / "campaign-normal-20260301-093000-manual.sqlite3")
    (folder / "notes-campaign-1.sqlite3").write_bytes(b"")
    assert backup.list_backups(campaign) == [manual]


def test_an_automatic_backup_reason_is_words_and_hyphens(tmp_path: Path) -> None:
    campaign = new_campaign(tmp_path / "campaign.sqlite3")
    with pytest.raises(ValueError):
        backup.automatic_backup(campaign, reason="../escape")


# --- what a restore accepts -------------------------------------------------------------------
def test_a_restore_brings_back_the_backup_and_keeps_what_was_there(tmp_path: Path) -> None:
    campaign = new_campaign(tmp_path / "campaign.sqlite3", "Ana")
    saved = backup.backup_to(campaign, tmp_path / "saved.sqlite3")
    db = open_database(campaign)
    with db.session() as s:
        s.add(Person(first_name="Tom"))
    db.dispose()
    backup.restore_from(saved, campaign)
    assert names(campaign) == ["Ana"]
    [before_restore] = backup.list_backups(campaign)
    assert "before-restore" in before_restore.name and names(before_restore) == ["Ana", "Tom"]


def _refused(tmp_path: Path, candidate: Path, match: str) -> None:
    campaign = new_campaign(tmp_path / "campaign.sqlite3", "Ana")
    before = campaign.read_bytes()
    with pytest.raises(DatabaseError, match=match):
        backup.restore_from(candidate, campaign)
    assert campaign.read_bytes() == before
    assert backup.list_backups(campaign) == []  # not even the copy made before a restore
    db = open_database(campaign)
    try:
        with db.session() as s:
            assert s.scalars(select(Person.first_name)).all() == ["Ana"]
    finally:
        db.dispose()


def test_a_restore_refuses_a_sqlite_file_that_is_not_a_campaign(tmp_path: Path) -> None:
    recipes = tmp_path / "recipes.sqlite3"
    con = sqlite3.connect(recipes)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    _refused(tmp_path, recipes, r"is not an organizer campaign, so it cannot be restored\.$")


def test_a_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    broken = new_campaign(tmp_path / "broken.sqlite3", "Tom")
    data = bytearray(broken.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, scribble over the schema page
    broken.write_bytes(bytes(data))
    _refused(tmp_path, broken, "is damaged and cannot be restored")


def test_a_restore_refuses_a_backup_from_a_newer_version(tmp_path: Path) -> None:
    future = new_campaign(tmp_path / "future.sqlite3", "Tom")
    con = sqlite3.connect(future)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    _refused(tmp_path, future, "newer version of organizer")


def test_a_restore_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    letter = tmp_path / "letter.sqlite3"
    letter.write_bytes(b"Dear council, this is a letter.\n" * 20)
    _refused(tmp_path, letter, "is not a campaign backup")


def test_an_automatic_backup_clears_what_killed_backups_left_behind(tmp_path) -> None:
    import os
    import time

    from organizer.storage import backup
    from organizer.storage.database import open_database

    db_path = tmp_path / "campaign.sqlite3"
    open_database(db_path).dispose()
    folder = backup.backups_dir(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stale = folder / "auto-campaign-20261101-101010-000001-before-upgrade.sqlite3.partial"
    stale_journal = stale.with_name(stale.name + "-journal")
    fresh = folder / "auto-campaign-20261204-101010-000001-before-upgrade.sqlite3.partial"
    for leftover in (stale, stale_journal, fresh):
        leftover.write_bytes(b"half a copy")
    two_hours_ago = time.time() - 7200
    for leftover in (stale, stale_journal):
        os.utime(leftover, (two_hours_ago, two_hours_ago))

    made = backup.automatic_backup(db_path, "manual-test")

    assert made.is_file()
    assert not stale.exists() and not stale_journal.exists()
    assert fresh.exists()  # may be another window's backup still running


def test_writing_packets_again_clears_what_a_killed_write_left_beside_them(tmp_path) -> None:
    import os
    import time

    from organizer.storage.files import write_private_files

    out = tmp_path / "packets"
    write_private_files(out, [("01-Ana.pdf", b"first")])
    stale = out / ".01-Ana.pdf.abc123.partial"
    fresh = out / ".01-Ana.pdf.def456.partial"
    unrelated = out / ".notes.txt.zzz.partial"
    for leftover in (stale, fresh, unrelated):
        leftover.write_bytes(b"half a packet")
    hours_ago = time.time() - 7200
    for leftover in (stale, unrelated):
        os.utime(leftover, (hours_ago, hours_ago))

    write_private_files(out, [("01-Ana.pdf", b"second")])

    assert (out / "01-Ana.pdf").read_bytes() == b"second"
    assert not stale.exists()
    assert fresh.exists()  # may be another window's write still running
    assert unrelated.exists()  # not a copy of a file we wrote
