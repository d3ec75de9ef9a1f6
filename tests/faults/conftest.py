"""Fixtures for the kill and I/O-fault tests: campaign files to copy, the forking command line,
seeded kill points, and the summary line ("faults: N kills, M I/O faults, 0 failures")."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from organizer.services.campaign import open_campaign
from organizer.services.demo import load_demo
from organizer.services.people_import import import_people_file
from organizer.storage import migrate
from tests.faults.faultkit import KILLS_DEFAULT, KILLS_FULL, TALLY, ForkingCli, resident_csv

RESIDENTS = 2000  # people in the campaign files besides the demo's, so work takes a while


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    if not TALLY.kills and not TALLY.io_faults:
        return
    failed = [
        report for kind in ("failed", "error") for report in terminalreporter.stats.get(kind, [])
        if "tests/faults/" in getattr(report, "nodeid", "")
    ]
    per_operation = ", ".join(f"{name} {count}" for name, count in sorted(TALLY.by_operation.items()))
    kills = f"{TALLY.kills} kills ({per_operation})" if TALLY.kills else "0 kills"
    seed = f" (kill points from seed {TALLY.seed}; repeat with --fault-seed {TALLY.seed})" if TALLY.kills else ""
    terminalreporter.write_line(f"faults: {kills}, {TALLY.io_faults} I/O faults, {len(failed)} failures{seed}")


@pytest.fixture(scope="session")
def fault_seed(pytestconfig: pytest.Config) -> int:
    seed = pytestconfig.getoption("--fault-seed")
    TALLY.seed = random.SystemRandom().randrange(1, 10**6) if seed is None else seed
    return TALLY.seed


@pytest.fixture
def rng(fault_seed: int, request: pytest.FixtureRequest) -> random.Random:
    """Kill points for this test: the same seed gives the same points."""
    return random.Random(f"{fault_seed}:{request.node.name}")


@pytest.fixture(scope="session")
def kill_count(pytestconfig: pytest.Config) -> int:
    return KILLS_FULL if pytestconfig.getoption("--full-faults") else KILLS_DEFAULT


@pytest.fixture(scope="session")
def forking_cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkingCli]:
    cli = ForkingCli(tmp_path_factory.mktemp("cli-runs"))
    yield cli
    cli.close()


@pytest.fixture(scope="session")
def campaign_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed campaign file at the newest revision: the demo plus 2,000 residents."""
    path = tmp_path_factory.mktemp("template") / "campaign.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ORGANIZER_DATA_DIR", str(path.parent / "data"))
        db = open_campaign(path)
        try:
            with db.session() as session:
                load_demo(session)
            import_people_file(db, resident_csv(RESIDENTS, "resident"))
        finally:
            db.dispose()
    return path


@pytest.fixture(scope="session")
def old_schema_template(campaign_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same campaign taken back to revision 0003, so opening it runs a migration."""
    path = tmp_path_factory.mktemp("old-template") / "campaign.sqlite3"
    shutil.copy(campaign_template, path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0003")
    finally:
        engine.dispose()
    return path
