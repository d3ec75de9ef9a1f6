"""A full disk during an import, a backup, a packet export or a schema upgrade: one sentence
on stderr, exit 1, the database and any earlier output as they were, no partial files left.

Two ways to fill the disk: the kernel's file size limit (RLIMIT_FSIZE, SIGXFSZ ignored, so
a write past it fails with EFBIG), which needs no privileges and always runs; and a real
size-limited file system (tmpfs, filled to the byte), which needs root and is skipped
where mounting is refused. ``tests/storage/test_durability.py`` covers a full disk at the
moment of a commit, from inside the process.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import server_url
from tests.faults.faultkit import (
    TALLY,
    ForkingCli,
    Run,
    cli_env,
    integrity_problems,
    query,
    resident_csv,
)

pytestmark = pytest.mark.skipif(server_url() is not None, reason="full disks are tested on SQLite files")

FILE_SIZE_LIMIT = 48 * 1024  # room for SQLite's 32 KiB -shm file, not for the work itself
ALL_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


@dataclass(frozen=True)
class Operation:
    name: str
    old_schema: bool  # start from the revision-0003 file, so opening it upgrades
    earlier_run: bool  # run it once first, so there is earlier output to keep
    says: str  # what the one sentence on stderr must say
    argv: Callable[[Path, Path, Path], list[str]]  # (database, output folder, input csv)


def _busiest_meeting(db: Path) -> str:
    return str(query(db, "SELECT meeting_id FROM signups GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1")[0][0])


OPERATIONS = [
    Operation("import", False, False, r"The disk is full, so nothing was saved",
              lambda db, out, csv: ["--db", str(db), "people", "import", str(csv)]),
    Operation("backup", False, True, r"The backup to .*campaign-backup\.sqlite3 failed",
              lambda db, out, csv: ["--db", str(db), "backup", str(out / "campaign-backup.sqlite3")]),
    Operation("packets", False, True, r"Cannot write .*\.(pdf|ics): ",
              lambda db, out, csv: ["--db", str(db), "packets", _busiest_meeting(db), "--out", str(out), "--combined"]),
    # The backup made before an upgrade needs the room first, then the upgrade itself.
    Operation("upgrade", True, False, r"The backup to .*before-upgrade\.sqlite3 failed|The disk is full",
              lambda db, out, csv: ["--db", str(db), "meetings", "list"]),
]


def _state(db: Path, out: Path) -> dict:
    """What must not change: the database's rows and schema revision, the output folder's files."""
    tables = [name for (name,) in query(db, ALL_TABLES)]
    return {
        "revision": query(db, "SELECT version_num FROM alembic_version"),
        "rows": {name: query(db, f'SELECT * FROM "{name}" ORDER BY rowid') for name in tables},
        "files": {p.name: p.read_bytes() for p in out.iterdir()} if out.exists() else {},
    }


def _assert_refused_whole(run: Run, operation: Operation, before: dict, db: Path, out: Path) -> None:
    assert run.code == 1, run.err
    assert "Traceback" not in run.err
    sentences = [line for line in run.err.splitlines() if line.startswith("organizer: ")]
    assert len(sentences) == 1 and run.err.rstrip().endswith(sentences[0]), run.err
    assert re.search(operation.says, sentences[0]), sentences[0]
    assert integrity_problems(db) == []
    after = _state(db, out)
    # The backup made before an upgrade may have fitted: whole, it is a copy, not a partial file.
    for name in set(after["files"]) - set(before["files"]):
        assert operation.old_schema and re.fullmatch(r"auto-.*-before-upgrade\.sqlite3", name), name
        assert integrity_problems(out / name) == [], name
        del after["files"][name]
    assert after == before  # also: no partial file beside the earlier output
    leftovers = [p.name for p in db.parent.iterdir() if p.name not in {db.name, "out", "backups", "filler"}]
    assert leftovers == [], leftovers
    TALLY.io_faults += 1


def _prepare(operation: Operation, folder: Path, campaign: Path, old_campaign: Path) -> tuple[Path, Path]:
    db = folder / "campaign.sqlite3"
    shutil.copy(old_campaign if operation.old_schema else campaign, db)
    out = folder / ("backups" if operation.old_schema else "out")
    if not operation.old_schema:
        out.mkdir()
    return db, out


@pytest.fixture(scope="module")
def volunteers_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("input") / "volunteers.csv"
    path.write_bytes(resident_csv(3000, "fulldisk"))
    return path


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.name)
def test_a_write_past_the_file_size_limit_changes_nothing(
    operation: Operation, campaign_template: Path, old_schema_template: Path, forking_cli: ForkingCli,
    volunteers_csv: Path, tmp_path: Path,
) -> None:
    env = cli_env(tmp_path / "data")
    folder = tmp_path / "work"
    folder.mkdir()
    db, out = _prepare(operation, folder, campaign_template, old_schema_template)
    argv = operation.argv(db, out, volunteers_csv)
    if operation.earlier_run:
        earlier = forking_cli.run(argv, env=env)
        assert earlier.code == 0, earlier.err
    before = _state(db, out)
    run = forking_cli.run(argv, env=env, fsize=FILE_SIZE_LIMIT)
    _assert_refused_whole(run, operation, before, db, out)


def test_a_full_disk_at_start_up_is_not_called_damage(
    campaign_template: Path, forking_cli: ForkingCli, tmp_path: Path
) -> None:
    """No room even for SQLite's -shm file: the file is fine, and restoring a backup would lose work."""
    db = tmp_path / "campaign.sqlite3"
    shutil.copy(campaign_template, db)
    before = _state(db, tmp_path / "none")
    run = forking_cli.run(["--db", str(db), "people", "list"], env=cli_env(tmp_path / "data"), fsize=16 * 1024)
    assert run.code == 1
    assert "damaged" not in run.err and "restore" not in run.err, run.err
    assert "free some space" in run.err, run.err
    assert _state(db, tmp_path / "none") == before
    TALLY.io_faults += 1


# --- a real full file system -------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A fresh 16 MiB tmpfs, unmounted afterwards; skipped where mounting is not allowed."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root and mount(8)")
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"mounting a small file system was refused: {mounted.stderr.strip() or mounted.returncode}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=True)


def _fill(disk: Path, leave: int) -> None:
    """Write a filler file so that only ``leave`` bytes stay free."""
    stats = os.statvfs(disk)
    room = stats.f_bavail * stats.f_frsize - leave
    with (disk / "filler").open("wb") as fh:
        while room > 0:
            chunk = min(room, 1 << 20)
            fh.write(b"\0" * chunk)
            room -= chunk


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.name)
def test_a_full_file_system_changes_nothing(
    operation: Operation, campaign_template: Path, old_schema_template: Path, forking_cli: ForkingCli,
    volunteers_csv: Path, small_disk: Path, tmp_path: Path,
) -> None:
    env = cli_env(tmp_path / "data")  # the log is elsewhere: only the campaign's disk is full
    db, out = _prepare(operation, small_disk, campaign_template, old_schema_template)
    argv = operation.argv(db, out, volunteers_csv)
    if operation.earlier_run:
        earlier = forking_cli.run(argv, env=env)
        assert earlier.code == 0, earlier.err
    # Enough for the -shm file and, before an upgrade, for the backup: not for the work.
    _fill(small_disk, (db.stat().st_size if operation.old_schema else 0) + 128 * 1024)
    before = _state(db, out)
    run = forking_cli.run(argv, env=env)
    _assert_refused_whole(run, operation, before, db, out)


def test_one_packet_too_big_for_the_disk_leaves_the_whole_earlier_set(
    campaign_template: Path, forking_cli: ForkingCli, tmp_path: Path
) -> None:
    """One PDF per speaker: when one cannot be written, none of the earlier ones is replaced,
    so the folder never mixes yesterday's packets with today's."""
    db = tmp_path / "campaign.sqlite3"
    shutil.copy(campaign_template, db)
    out = tmp_path / "out"
    argv = ["--db", str(db), "packets", _busiest_meeting(db), "--out", str(out)]
    env = cli_env(tmp_path / "data")
    earlier = forking_cli.run(argv, env=env)
    assert earlier.code == 0, earlier.err
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    sizes = sorted(len(data) for name, data in before.items() if name.endswith(".pdf"))
    assert sizes[0] < sizes[-1], "every packet is the same size: no limit lets some through"
    limit = max(sizes[0], 40 * 1024)  # room for the -shm file and the smaller packets
    run = forking_cli.run(argv, env=env, fsize=limit)
    assert run.code == 1 and "Cannot write" in run.err and "Traceback" not in run.err, run.err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    TALLY.io_faults += 1
