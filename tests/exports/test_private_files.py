"""The one way files for the user are written: atomic, owner-only, never over a database."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from organizer.errors import OrganizerError
from organizer.storage import files
from organizer.storage.database import SQLITE_HEADER
from organizer.storage.files import database_files, write_private, write_private_files


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most permissive umask: what the files get is the helper's doing, not the umask's."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_files_are_owner_only_and_missing_folders_too(tmp_path, open_umask):
    existing = tmp_path / "shared"
    existing.mkdir(mode=0o755)
    existing.chmod(0o755)
    target = existing / "new" / "deeper" / "run-of-show.pdf"
    assert write_private(target, b"%PDF-phones") == target
    assert target.read_bytes() == b"%PDF-phones"
    assert mode(target) == 0o600
    assert mode(existing / "new") == 0o700 and mode(existing / "new" / "deeper") == 0o700
    assert mode(existing) == 0o755  # a folder the user already had is left as it was


def test_an_existing_world_readable_file_is_replaced_owner_only(tmp_path, open_umask):
    target = tmp_path / "people.csv"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_private(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["people.csv"]  # no temporary file left


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_open_campaign_and_its_side_files_are_refused(tmp_path, suffix):
    campaign = tmp_path / "campaign.sqlite3"
    campaign.write_bytes(b"")  # even before SQLite has written its header
    target = tmp_path / f"campaign.sqlite3{suffix}"
    with pytest.raises(OrganizerError, match=r"is part of the open campaign's database"):
        write_private(target, b"name,email\n", protected=database_files(campaign))
    assert campaign.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["campaign.sqlite3"]


def test_any_sqlite_file_or_its_side_file_is_refused(tmp_path):
    other = tmp_path / "last-year.db"
    other.write_bytes(SQLITE_HEADER + b"\x10\x00 pages")
    for target in (other, tmp_path / "last-year.db-wal", tmp_path / "last-year.db-shm"):
        with pytest.raises(OrganizerError, match=r"is a campaign database; write to another file"):
            write_private(target, b"x")
    assert other.read_bytes() == SQLITE_HEADER + b"\x10\x00 pages"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["last-year.db"]
    # A file that merely has a database-like name is an ordinary file.
    write_private(tmp_path / "notes.db", b"plain")


def test_a_folder_where_a_file_should_be_and_a_file_where_a_folder_should_be(tmp_path):
    with pytest.raises(OrganizerError) as folder:
        write_private(tmp_path, b"x")
    assert str(folder.value) == f"{tmp_path} is a folder; give a file name."
    afile = tmp_path / "afile"
    afile.write_bytes(b"keep")
    with pytest.raises(OrganizerError) as not_folder:
        write_private(afile / "sub" / "x.pdf", b"x")
    assert str(not_folder.value) == f"{afile} is a file, not a folder."
    with pytest.raises(OrganizerError, match="is a file, not a folder"):
        write_private_files(afile, [("01-Ana.pdf", b"x")])
    assert afile.read_bytes() == b"keep"


def test_a_missing_folder_can_be_refused_instead_of_made(tmp_path):
    with pytest.raises(OrganizerError, match=r"^There is no folder .*missing to write x.csv into\.$"):
        write_private(tmp_path / "missing" / "x.csv", b"x", make_folders=False)
    assert not (tmp_path / "missing").exists()


def test_disk_full_is_one_sentence_and_the_old_file_stays(tmp_path, monkeypatch):
    target = tmp_path / "whip.pdf"
    target.write_bytes(b"yesterday")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OrganizerError) as error:
        write_private(target, b"today")
    assert str(error.value) == f"Cannot write {target}: No space left on device."
    assert target.read_bytes() == b"yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["whip.pdf"]


def test_a_folder_that_cannot_be_written_is_one_sentence(tmp_path, monkeypatch):
    def refused(**_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)  # as for a read-only folder (tests may run as root)
    with pytest.raises(OrganizerError) as error:
        write_private(tmp_path / "x.pdf", b"x")
    assert str(error.value) == f"Cannot write {tmp_path / 'x.pdf'}: Permission denied."


def test_a_batch_is_checked_before_any_file_is_written(tmp_path):
    folder = tmp_path / "packets"
    folder.mkdir()
    (folder / "02-Grace.pdf").write_bytes(SQLITE_HEADER)
    with pytest.raises(OrganizerError, match="02-Grace.pdf is a campaign database"):
        write_private_files(folder, [("01-Ana.pdf", b"a"), ("02-Grace.pdf", b"g")])
    assert sorted(p.name for p in folder.iterdir()) == ["02-Grace.pdf"]
    written = write_private_files(tmp_path / "new", [("01-Ana.pdf", b"a"), ("01-Ana.ics", b"i")])
    assert [p.name for p in written] == ["01-Ana.pdf", "01-Ana.ics"]
    assert all(mode(p) == 0o600 for p in written)
