"""Killed mid-way (SIGKILL at random points), a packet batch or a backup never leaves a
half-written file under its real name: each file there is the earlier one or the new one,
complete, and anything else is clearly a temporary file.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from organizer.domain.models import Meeting, Person
from organizer.exports.pdf.batch import PARALLEL_THRESHOLD, default_workers
from organizer.services.signups import add_signup
from organizer.storage import migrate
from organizer.storage.database import open_database
from tests.conftest import server_url
from tests.exports.pdf_check import reader
from tests.faults.faultkit import (
    TALLY,
    ForkingCli,
    KillPoints,
    cli_env,
    descendants,
    has_ended,
    integrity_problems,
    query,
    still_running,
    stray_files,
)

pytestmark = pytest.mark.skipif(server_url() is not None, reason="kills are tested on SQLite files")


def _busiest_meeting(path: Path) -> int:
    rows = query(path, "SELECT meeting_id FROM signups GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1")
    return rows[0][0]


def _complete(path: Path) -> bool:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return data.rstrip().endswith(b"%%EOF") and len(reader(data).pages) > 0
    if path.suffix == ".ics":
        return data.rstrip().endswith(b"END:VCALENDAR")
    raise AssertionError(f"unexpected output {path.name}")


def test_a_killed_packet_batch_leaves_only_whole_files(
    campaign_template: Path, forking_cli: ForkingCli, rng: random.Random, kill_count: int, tmp_path: Path,
    fault_seed: int,
) -> None:
    db = tmp_path / "campaign.sqlite3"
    shutil.copy(campaign_template, db)
    out = tmp_path / "packets"
    argv = ["--db", str(db), "packets", str(_busiest_meeting(db)), "--out", str(out), "--combined"]
    env = cli_env(tmp_path / "data")

    alone = forking_cli.run(argv, env=env)
    assert alone.code == 0, alone.err
    final_names = {p.name for p in out.iterdir()}
    assert any(name.endswith(".pdf") for name in final_names) and any(n.endswith(".ics") for n in final_names)
    pages = {name: len(reader((out / name).read_bytes()).pages) for name in final_names if name.endswith(".pdf")}

    points = KillPoints(rng, kill_count, alone.seconds, "packets")
    for n, delay in enumerate(points):
        where = f"seed {fault_seed}, kill {n} after {delay:.3f}s"
        run = forking_cli.run(argv, env=env, kill_after=delay)
        points.record(run)
        assert stray_files(out, final_names) == [], where
        for name in final_names:
            assert _complete(out / name), f"{where}: {name} is not whole"
        for name, count in pages.items():
            assert len(reader((out / name).read_bytes()).pages) == count, f"{where}: {name}"
    assert points.killed, "every run finished before its kill: nothing was tested"
    assert integrity_problems(db) == []


def test_a_killed_backup_leaves_the_earlier_copy_or_a_whole_new_one(
    campaign_template: Path, forking_cli: ForkingCli, rng: random.Random, kill_count: int, tmp_path: Path,
    fault_seed: int,
) -> None:
    db = tmp_path / "campaign.sqlite3"
    shutil.copy(campaign_template, db)
    people = query(db, "SELECT id, first_name, last_name, email FROM people ORDER BY id")
    copies = tmp_path / "copies"
    copies.mkdir()
    target = copies / "campaign-backup.sqlite3"
    argv = ["--db", str(db), "backup", str(target)]
    env = cli_env(tmp_path / "data")

    alone = forking_cli.run(argv, env=env)
    assert alone.code == 0, alone.err

    points = KillPoints(rng, kill_count, alone.seconds, "backup")
    for n, delay in enumerate(points):
        where = f"seed {fault_seed}, kill {n} after {delay:.3f}s"
        run = forking_cli.run(argv, env=env, kill_after=delay)
        points.record(run)
        assert stray_files(copies, {target.name}) == [], where
        assert integrity_problems(target) == [], where
        assert query(target, "SELECT id, first_name, last_name, email FROM people ORDER BY id") == people, where
        assert query(target, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)], where
        assert integrity_problems(db) == [], where
    assert points.killed, "every run finished before its kill: nothing was tested"


CROWD = 30  # speakers at one meeting: past PARALLEL_THRESHOLD, so the batch uses worker processes


@pytest.fixture(scope="module")
def crowded_campaign(campaign_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The campaign with 30 residents signed up to speak at one meeting; and that meeting."""
    assert CROWD >= PARALLEL_THRESHOLD
    path = tmp_path_factory.mktemp("crowded") / "campaign.sqlite3"
    shutil.copy(campaign_template, path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ORGANIZER_DATA_DIR", str(path.parent / "data"))
        db = open_database(path)
        try:
            with db.session() as session:
                meeting = session.scalars(
                    select(Meeting.id).where(Meeting.status == "scheduled").order_by(Meeting.starts_at.desc())
                ).first()
                residents = session.scalars(
                    select(Person.id).where(Person.email.like("resident%")).order_by(Person.id).limit(CROWD)
                ).all()
                for person in residents:
                    add_signup(session, meeting, person)
        finally:
            db.dispose()
    return path, meeting


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the batch's processes in /proc")
@pytest.mark.skipif(default_workers() < 2, reason="with one core the batch renders in one process")
def test_a_killed_parallel_batch_leaves_no_process_behind(
    crowded_campaign: tuple[Path, int], forking_cli: ForkingCli, rng: random.Random, kill_count: int,
    tmp_path: Path, fault_seed: int,
) -> None:
    template, meeting = crowded_campaign
    db = tmp_path / "campaign.sqlite3"
    shutil.copy(template, db)
    argv = ["--db", str(db), "packets", str(meeting), "--out", str(tmp_path / "packets"), "--combined"]
    env = cli_env(tmp_path / "data")

    def workers_running(pid: int) -> bool:
        # The resource tracker, the forkserver and at least one worker forked from it.
        return len(descendants(pid)) >= 3 or has_ended(pid)

    kills = max(1, kill_count // 5)
    # How long after the workers start a kill may come. A quick machine can finish the batch
    # before a late kill lands: that run proves nothing, so it is not counted and the next
    # kill is aimed earlier (as the other kill tests draw until their kills land).
    latest = 1.0
    made = attempts = 0
    while made < kills:
        attempts += 1
        assert attempts <= 6 * kills, f"seed {fault_seed}: only {made} of {kills} kills landed before the batch ended"
        delay = rng.uniform(0, latest)
        where = f"seed {fault_seed}, kill {made} {delay:.3f}s after the workers started"
        started: dict[int, str] = {}
        run = forking_cli.run(argv, env=env, kill_after=delay, kill_when=workers_running,
                              before_kill=lambda pid, seen=started: seen.update(descendants(pid)))
        if run.code == 0:
            latest = max(0.05, delay * 0.8)
            continue
        assert run.code == -signal.SIGKILL, f"{where}: exit {run.code} ({run.err})"
        deadline = time.monotonic() + 30  # a generous wait for them to notice, not a speed limit
        while any(still_running(pid, at) for pid, at in started.items()) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [pid for pid, at in started.items() if still_running(pid, at)]
        for pid in left:  # so they do not outlive the test
            os.kill(pid, signal.SIGKILL)
        assert left == [], f"{where}: {len(left)} of the batch's processes kept running after it was killed"
        assert integrity_problems(db) == [], where
        if len(started) < 3:
            # The workers had already finished (the app was writing the combined file): a kill
            # like the serial batch's, not the one this test is for. Aim earlier; not counted.
            latest = max(0.05, delay * 0.8)
            continue
        made += 1
        TALLY.killed("parallel-packets")
