"""Fixtures for the meetings and council page tests, kept apart until tests/gui/conftest.py lands.

Qt runs offscreen with its own settings file; errors that would open a message box are
recorded on ``ctx.errors`` instead, so a test can assert on them and never blocks.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402 - after the platform is chosen

from organizer.domain.models import utcnow  # noqa: E402
from organizer.gui import tasks  # noqa: E402
from organizer.gui.context import AppContext  # noqa: E402
from organizer.services import council, meetings, people  # noqa: E402
from organizer.storage.database import Database  # noqa: E402


class RecordedError:
    def __init__(self, exc: BaseException, on_reload):
        self.exc = exc
        self.on_reload = on_reload


def recording_context(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "gui-settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db, settings)
    errors: list[RecordedError] = []

    def record(_parent, exc, on_reload=None) -> None:
        errors.append(RecordedError(exc, on_reload))

    monkeypatch.setattr(ctx, "show_error", record)
    ctx.errors = errors  # type: ignore[attr-defined]
    yield ctx
    tasks.cancel_all_and_wait(10_000)
    ctx.undo_stack.clear()


def body_id(db: Database, short_name: str) -> int:
    with db.session() as session:
        return council.find_body(session, short_name).id


def future_meeting(db: Database, short_name: str = "Normal", days: int = 10, **fields) -> int:
    """A scheduled meeting ``days`` from now at 7 PM council time, with the council's rules."""
    with db.session() as session:
        body = council.find_body(session, short_name)
        from zoneinfo import ZoneInfo

        day = (utcnow() + dt.timedelta(days=days)).astimezone(ZoneInfo(body.timezone)).date()
        starts = dt.datetime(day.year, day.month, day.day, 19, 0, tzinfo=ZoneInfo(body.timezone))
        return meetings.create_meeting(session, body.id, starts, title="Test meeting", **fields).id


def make_people(db: Database, count: int, prefix: str = "Speaker") -> list[int]:
    ids = []
    with db.session() as session:
        for n in range(1, count + 1):
            person = people.create_person(
                session, first_name=f"{prefix}{n:02d}", last_name="Tester", email=f"{prefix.lower()}{n}@example.org"
            )
            ids.append(person.id)
    return ids
