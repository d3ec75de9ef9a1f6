"""An upgrade from the first revision keeps every row of every table, values intact."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Text,
    create_engine,
    select,
)

from organizer.storage import migrate
from organizer.storage.database import open_database
from tests.conftest import server_url

pytestmark = pytest.mark.skipif(server_url() is not None, reason="builds its own SQLite file")

ROWS_PER_TABLE = 3


def _value(column, table: str, n: int):  # noqa: ANN001, ANN202 - a reflected Column
    kind = column.type
    if isinstance(kind, Boolean):
        return n % 2 == 0
    if isinstance(kind, Integer):
        return n
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 1, n, 12, 30)
    if isinstance(kind, Date):
        return dt.date(2026, 2, n)
    if isinstance(kind, JSON):
        return [f"{table}-{n}"]
    if isinstance(kind, String | Text):
        # Enum-like columns hold fixed words; everything else gets text in several scripts.
        return None
    raise AssertionError(f"no sample value for {table}.{column.name} ({kind})")


ENUM_SAMPLES = {
    "mayor_votes": "tie_only", "overflow_policy": "lottery", "stance": "lean_yes",
    "source_kind": "public_statement", "kind": None, "ordinance_stage": "first_reading",
    "status": None, "vote": "yes", "role": "volunteer", "category": "why_it_matters",
    "packet_language": "es", "language": "es", "timezone": "America/Chicago",
    "schedule_time": "18:00", "schedule_weeks": "2,4",
}
KIND_BY_TABLE = {"interactions": "meeting", "meetings": "regular"}
STATUS_BY_TABLE = {"meetings": "scheduled", "signups": "confirmed"}


def _text(column, table: str, n: int) -> str:  # noqa: ANN001
    name = column.name
    if name == "kind":
        return KIND_BY_TABLE[table]
    if name == "status":
        return STATUS_BY_TABLE[table]
    if name in ENUM_SAMPLES:
        return ENUM_SAMPLES[name]
    if name == "email":
        return f"{table}{n}@example.org"
    text = f"{table}.{name} {n} Nguyễn 王 محمد"
    length = getattr(column.type, "length", None)
    return text[:length] if length else text


def test_every_row_survives_the_upgrade(tmp_path: Path) -> None:
    target = tmp_path / "first-revision.sqlite3"
    engine = create_engine(f"sqlite:///{target}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
    metadata = MetaData()
    metadata.reflect(engine)
    written: dict[str, list[dict]] = {}
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = []
            for n in range(1, ROWS_PER_TABLE + 1):
                row = {}
                for column in table.columns:
                    if column.foreign_keys:
                        row[column.name] = n  # every parent table has ids 1..3
                        continue
                    value = _value(column, table.name, n)
                    row[column.name] = _text(column, table.name, n) if value is None else value
                rows.append(row)
            conn.execute(table.insert(), rows)
            written[table.name] = rows
    engine.dispose()

    db = open_database(target)  # migrates to the newest revision
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            after = MetaData()
            after.reflect(conn)
            for name, rows in written.items():
                stored = conn.execute(select(after.tables[name]).order_by(after.tables[name].c.id)).mappings().all()
                assert len(stored) == len(rows), name
                for expected, got in zip(rows, stored, strict=True):
                    for column, value in expected.items():
                        stored_value = got[column]
                        if isinstance(value, list) and isinstance(stored_value, str):
                            stored_value = json.loads(stored_value)
                        assert stored_value == value, f"{name}.{column}"
        assert len(written) >= 11  # every table of the first schema had rows
    finally:
        db.dispose()
