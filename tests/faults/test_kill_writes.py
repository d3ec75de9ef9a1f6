"""Killed mid-write (SIGKILL at random points), the campaign file keeps everything it saved.

An import lands whole or not at all, a run of sign-ups keeps every one it reported, a
schema upgrade is either done or not started, and a campaign killed while it is first set up
is finished by the next run. After every kill the file must open in the app, pass
``PRAGMA integrity_check`` and hold every row saved before the kill. Each kill point is drawn
from the seeded ``rng``; every failure message names the seed and the kill.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from organizer.storage import migrate
from organizer.storage.database import open_database
from tests.conftest import server_url
from tests.faults.faultkit import (
    ForkingCli,
    KillPoints,
    Run,
    cli_env,
    integrity_problems,
    query,
    resident_csv,
    stray_files,
)

pytestmark = pytest.mark.skipif(server_url() is not None, reason="kills are tested on SQLite files")

IMPORT_ROWS = 3000
SIGNUPS = 20
PEOPLE_ROWS = "SELECT id, first_name, last_name, email, phone, version FROM people ORDER BY id"
ALL_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def _fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "campaign.sqlite3"
    shutil.copy(template, path)
    return path


def _opens_in_the_app(path: Path) -> None:
    """What a user sees next: open_database refuses a damaged file with a sentence."""
    open_database(path).dispose()


def _row_counts(path: Path, tables: list[str] | None = None) -> dict[str, int]:
    tables = tables or [name for (name,) in query(path, ALL_TABLES)]
    return {name: query(path, f'SELECT count(*) FROM "{name}"')[0][0] for name in tables}


def test_a_killed_import_is_all_or_nothing(
    campaign_template: Path, forking_cli: ForkingCli, rng: random.Random, kill_count: int, tmp_path: Path,
    fault_seed: int,
) -> None:
    csv = tmp_path / "volunteers.csv"
    csv.write_bytes(resident_csv(IMPORT_ROWS, "killtest"))
    before = query(campaign_template, PEOPLE_ROWS)
    env = cli_env(tmp_path / "data")

    whole = _fresh_copy(campaign_template, tmp_path / "whole")
    alone = forking_cli.run(["--db", str(whole), "people", "import", str(csv)], env=env)
    assert alone.code == 0, alone.err
    assert len(query(whole, PEOPLE_ROWS)) == len(before) + IMPORT_ROWS

    points = KillPoints(rng, kill_count, alone.seconds, "import")
    for n, delay in enumerate(points):
        where = f"seed {fault_seed}, kill {n} after {delay:.3f}s"
        path = _fresh_copy(campaign_template, tmp_path / f"kill-{n}")
        run = forking_cli.run(["--db", str(path), "people", "import", str(csv)], env=env, kill_after=delay)
        points.record(run)
        _opens_in_the_app(path)
        assert integrity_problems(path) == [], where
        after = query(path, PEOPLE_ROWS)
        assert after[: len(before)] == before, where
        added = len(after) - len(before)
        assert added in (0, IMPORT_ROWS), f"{where}: {added} of {IMPORT_ROWS} rows imported"
        if run.code == 0:
            assert added == IMPORT_ROWS, where
    assert points.killed, "every run finished before its kill: nothing was tested"


def _meeting_open_for_signups(path: Path) -> int:
    rows = query(path, "SELECT id FROM meetings WHERE status = 'scheduled' ORDER BY starts_at DESC LIMIT 1")
    assert rows, "the demo campaign has a meeting ahead"
    return rows[0][0]


def test_killed_signups_keep_every_one_reported(
    campaign_template: Path, forking_cli: ForkingCli, rng: random.Random, kill_count: int, tmp_path: Path,
    fault_seed: int,
) -> None:
    meeting = _meeting_open_for_signups(campaign_template)
    env = cli_env(tmp_path / "data")

    def signups(path: Path) -> list[list[str]]:
        return [["--db", str(path), "signup", str(meeting), f"resident{i}@example.org"] for i in range(SIGNUPS)]

    def residents_signed_up(path: Path) -> list[tuple[int, str]]:
        return query(path, "SELECT s.id, p.email FROM signups s JOIN people p ON p.id = s.person_id "
                           "WHERE s.meeting_id = ? AND p.email LIKE 'resident%' ORDER BY s.position", meeting)

    whole = _fresh_copy(campaign_template, tmp_path / "whole")
    alone = forking_cli.run(*signups(whole), env=env)
    assert alone.code == 0, alone.err
    assert len(residents_signed_up(whole)) == SIGNUPS

    points = KillPoints(rng, kill_count, alone.seconds, "signup")
    for n, delay in enumerate(points):
        where = f"seed {fault_seed}, kill {n} after {delay:.3f}s"
        path = _fresh_copy(campaign_template, tmp_path / f"kill-{n}")
        run = forking_cli.run(*signups(path), env=env, kill_after=delay)
        points.record(run)
        _opens_in_the_app(path)
        assert integrity_problems(path) == [], where
        reported = [int(i) for i in re.findall(r"\(sign-up (\d+)\)", run.out)]
        saved = residents_signed_up(path)
        assert set(reported) <= {signup_id for signup_id, _ in saved}, where
        # At most one saved but not yet reported; always the first ones, in order.
        assert len(reported) <= len(saved) <= len(reported) + 1, where
        assert [email for _, email in saved] == [f"resident{i}@example.org" for i in range(len(saved))], where
    assert points.killed, "every run finished before its kill: nothing was tested"


def test_a_killed_upgrade_is_done_or_not_started(
    old_schema_template: Path, forking_cli: ForkingCli, rng: random.Random, kill_count: int, tmp_path: Path,
    fault_seed: int,
) -> None:
    before_people = query(old_schema_template, "SELECT id, first_name, last_name, email FROM people ORDER BY id")
    before_counts = _row_counts(old_schema_template)
    env = cli_env(tmp_path / "data")

    whole = _fresh_copy(old_schema_template, tmp_path / "whole")
    alone = forking_cli.run(["--db", str(whole), "meetings", "list"], env=env)
    assert alone.code == 0, alone.err
    assert query(whole, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]

    points = KillPoints(rng, kill_count, alone.seconds, "upgrade")
    for n, delay in enumerate(points):
        where = f"seed {fault_seed}, kill {n} after {delay:.3f}s"
        path = _fresh_copy(old_schema_template, tmp_path / f"kill-{n}")
        run = forking_cli.run(["--db", str(path), "meetings", "list"], env=env, kill_after=delay)
        points.record(run)
        assert integrity_problems(path) == [], where
        (revision,) = query(path, "SELECT version_num FROM alembic_version")
        assert revision[0] in ("0003", migrate.head_revision()), where
        if run.code == 0:
            assert revision[0] == migrate.head_revision(), where
        backups = path.parent / "backups"
        if backups.exists():
            assert stray_files(backups, {p.name for p in backups.glob("auto-*.sqlite3")}) == [], where
            for copy in backups.glob("auto-*.sqlite3"):
                assert integrity_problems(copy) == [], f"{where}: {copy.name}"
        _opens_in_the_app(path)  # finishes the upgrade
        assert query(path, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)], where
        assert query(path, "SELECT id, first_name, last_name, email FROM people ORDER BY id") == before_people, where
        assert _row_counts(path, list(before_counts)) == before_counts, where
    assert points.killed, "every run finished before its kill: nothing was tested"


def test_a_killed_first_start_leaves_a_file_that_sets_up_whole(
    forking_cli: ForkingCli, rng: random.Random, kill_count: int, tmp_path: Path, fault_seed: int
) -> None:
    """Killed while it creates a campaign (schema, starter content, the demo), the next run
    finishes the job: the same campaign as a run never interrupted, nothing twice."""
    env = cli_env(tmp_path / "data")

    def demo(path: Path, **kill: float) -> Run:
        return forking_cli.run(["--db", str(path), "demo"], env=env, **kill)

    whole = tmp_path / "whole" / "campaign.sqlite3"
    whole.parent.mkdir()
    alone = demo(whole)
    assert alone.code == 0, alone.err
    expected = _row_counts(whole)

    points = KillPoints(rng, kill_count, alone.seconds, "first-start")
    for n, delay in enumerate(points):
        where = f"seed {fault_seed}, kill {n} after {delay:.3f}s"
        path = tmp_path / f"kill-{n}" / "campaign.sqlite3"
        path.parent.mkdir()
        run = demo(path, kill_after=delay)
        points.record(run)
        if path.exists() and path.stat().st_size:
            assert integrity_problems(path) == [], where
        again = demo(path)
        assert again.code == 0, f"{where}: {again.err}"
        assert integrity_problems(path) == [], where
        assert _row_counts(path) == expected, where
    assert points.killed, "every run finished before its kill: nothing was tested"
