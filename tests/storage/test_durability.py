"""Nothing a user saved is lost: not on a kill mid-write, not on a full disk."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from organizer.domain.models import Person
from organizer.errors import DatabaseError
from organizer.storage.database import open_database
from tests.conftest import server_url

pytestmark = pytest.mark.skipif(server_url() is not None, reason="SQLite file behaviour")

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from organizer.domain.models import Person
    from organizer.storage.database import open_database

    db = open_database(sys.argv[1])
    i = 0
    while True:
        with db.session() as s:
            s.add(Person(first_name=f"Volunteer {i}", email=f"v{i}@example.org"))
        # Only now is the row saved: tell the parent.
        print(i, flush=True)
        i += 1
    """
)


def test_a_killed_writer_loses_nothing_it_reported_saved(tmp_path: Path) -> None:
    target = tmp_path / "campaign.sqlite3"
    open_database(target).dispose()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    confirmed = -1
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while confirmed < 200 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        confirmed = int(line)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert confirmed >= 50, "the writer did not get going"

    db = open_database(target)  # refuses a damaged file, so opening proves integrity
    try:
        with db.session() as s:
            saved = s.scalar(select(func.count()).select_from(Person))
            names = set(s.scalars(select(Person.first_name)))
        assert saved >= confirmed + 1
        assert {f"Volunteer {i}" for i in range(confirmed + 1)} <= names
    finally:
        db.dispose()


def test_a_full_disk_is_one_sentence_and_saves_nothing(tmp_path: Path, monkeypatch) -> None:
    db = open_database(tmp_path / "campaign.sqlite3")
    try:
        from sqlalchemy.orm import Session

        real_commit = Session.commit

        def full_disk(self):  # noqa: ANN001
            self.rollback()
            raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

        monkeypatch.setattr(Session, "commit", full_disk)
        with pytest.raises(DatabaseError, match="disk is full"):
            with db.session() as s:
                s.add(Person(first_name="Amara", email="amara@example.org"))
        monkeypatch.setattr(Session, "commit", real_commit)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        db.dispose()
