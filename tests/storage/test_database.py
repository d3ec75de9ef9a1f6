"""Opening, protecting, migrating and backing up the campaign file."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.exc import DataError

from organizer import config
from organizer.domain.models import Base, GoverningBody, Person
from organizer.errors import ConflictError, DatabaseError
from organizer.storage import backup, migrate
from organizer.storage.database import open_database
from tests.conftest import server_url

sqlite_only = pytest.mark.skipif(server_url() is not None, reason="SQLite file behaviour")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@sqlite_only
def test_default_database_is_created_owner_only(isolated_data_dir: Path) -> None:
    db = open_database()
    try:
        assert db.path == config.default_db_path().resolve()
        assert db.path.exists()
        assert _mode(db.path) == 0o600
        assert _mode(db.path.parent) == 0o700
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == config.SQLITE_BUSY_TIMEOUT_MS
    finally:
        db.dispose()


@sqlite_only
def test_environment_variable_names_the_database(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv(config.DB_ENV_VAR, str(target))
    db = open_database()
    db.dispose()
    assert db.path == target.resolve()


def test_fresh_database_is_at_the_newest_schema(db_target: str) -> None:
    db = open_database(db_target)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.dispose()


def test_migrations_match_the_models(db_target: str) -> None:
    """A model change without a migration would break every existing user's file."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(db_target)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


@sqlite_only
def test_missing_file_is_refused_when_not_creating(tmp_path: Path) -> None:
    target = tmp_path / "nope.sqlite3"
    with pytest.raises(DatabaseError, match="no campaign file"):
        open_database(target, create=False)
    assert not target.exists()


@sqlite_only
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    target = tmp_path / "notes.sqlite3"
    target.write_bytes(b"Dear council, this is a letter, not a database.\n" * 20)
    before = target.read_bytes()
    with pytest.raises(DatabaseError, match="not an organizer campaign file"):
        open_database(target)
    assert target.read_bytes() == before


@sqlite_only
def test_a_corrupt_database_is_refused_and_untouched(tmp_path: Path) -> None:
    target = tmp_path / "broken.sqlite3"
    open_database(target).dispose()
    data = bytearray(target.read_bytes())
    # Keep the header, scribble over the schema page.
    data[100:4096] = b"\xff" * (4096 - 100)
    target.write_bytes(bytes(data))
    before = target.read_bytes()
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(target)
    assert target.read_bytes() == before


@sqlite_only
def test_a_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    target = tmp_path / "future.sqlite3"
    open_database(target).dispose()
    con = sqlite3.connect(target)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    before = target.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(target)
    assert target.read_bytes() == before


@sqlite_only
def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite3"
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="other data"):
        open_database(target)


@sqlite_only
def test_upgrade_from_the_first_revision_keeps_every_row(tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{target}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO governing_bodies (id, name, short_name, seats, mayor_votes, timezone,"
                " meeting_place, meeting_address, schedule_weeks, schedule_time, overflow_policy,"
                " signup_instructions, rules_source, version, updated_at)"
                " VALUES (1, 'Normal Town Council', 'Normal', 7, 'always', 'America/Chicago',"
                " '', '', '1,3', '19:00', 'lottery', '', '', 1, '2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO people (id, first_name, last_name, preferred_name, pronouns, email,"
                " phone, zip_code, ward, languages, packet_language, may_email, may_text,"
                " may_name_publicly, role, notes, is_sample, created_at, version, updated_at)"
                " VALUES (1, 'Nguyễn', 'Thị Thu', '', '', 'thu@example.org', '', '61761', '',"
                " '[\"vi\", \"en\"]', 'en', 1, 0, 0, 'volunteer', '', 0,"
                " '2026-01-01 00:00:00', 1, '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()

    db = open_database(target)
    try:
        with db.session() as s:
            assert s.scalar(select(GoverningBody.name)) == "Normal Town Council"
            person = s.scalar(select(Person))
            assert (person.first_name, person.last_name) == ("Nguyễn", "Thị Thu")
            assert person.languages == ["vi", "en"]
            # the upgrade filled the folded search column, so old records are found too
            from organizer.services.people import list_people

            assert [p.id for p in list_people(s, "nguyen thi")] == [person.id]
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        db.dispose()
    # The upgrade made a backup first, and that backup is still at the old revision.
    backups = backup.list_backups(target.resolve())
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT count(*) FROM people").fetchone() == (1,)
    con.close()
    assert _mode(backups[0]) == 0o600


@sqlite_only
def test_only_the_last_ten_automatic_backups_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "campaign.sqlite3"
    open_database(target).dispose()
    made = [backup.automatic_backup(target.resolve(), reason="test") for _ in range(13)]
    kept = backup.list_backups(target.resolve())
    assert len(kept) == config.AUTOMATIC_BACKUPS_KEPT
    assert set(kept) == set(made[-10:])


@sqlite_only
def test_backup_is_a_consistent_copy_with_uncommitted_wal(tmp_path: Path) -> None:
    target = tmp_path / "campaign.sqlite3"
    db = open_database(target)
    try:
        with db.session() as s:
            s.add(Person(first_name="Fatima", email="fatima@example.org"))
        copy = backup.backup_to(db.path, tmp_path / "copy.sqlite3")
        con = sqlite3.connect(copy)
        assert con.execute("SELECT first_name FROM people").fetchall() == [("Fatima",)]
        con.close()
    finally:
        db.dispose()


def test_two_writers_editing_the_same_record_get_a_conflict(db_target: str) -> None:
    db = open_database(db_target)
    try:
        with db.session() as s:
            s.add(Person(first_name="Ana", email="ana@example.org"))
        # The second writer loaded the record before the first one saved.
        with db.session() as second:
            stale = second.scalar(select(Person))
        with db.session() as first:
            first.scalar(select(Person)).first_name = "Ana María"
        with pytest.raises(ConflictError, match="Someone else changed"):
            with db.session() as second:
                second.add(stale)
                stale.first_name = "Anita"
        with db.session() as s:
            assert s.scalar(select(Person.first_name)) == "Ana María"
            assert s.scalar(select(func.count()).select_from(Person)) == 1
    finally:
        db.dispose()


@sqlite_only
def test_a_busy_database_gives_a_sentence_and_saves_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(config, "SQLITE_BUSY_TIMEOUT_MS", 50)
    target = tmp_path / "campaign.sqlite3"
    db = open_database(target)
    locker = sqlite3.connect(target, timeout=0, isolation_level=None)
    try:
        locker.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseError, match="busy"):
            with db.session() as s:
                s.add(Person(first_name="Kofi", email="kofi@example.org"))
        locker.execute("ROLLBACK")
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        locker.close()
        db.dispose()


def test_a_server_that_cannot_be_reached_is_a_sentence_without_the_password() -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database("postgresql+psycopg://team:hunter2@127.0.0.1:1/campaign")
    message = str(caught.value)
    assert "Could not connect to the database server" in message
    assert "hunter2" not in message and "***" in message


@pytest.mark.parametrize(
    "target",
    [
        "postgresql+psycopg://team:hunter2@db.example.org:notaport/campaign",
        "postgresql+psycopg://team:hunter2@[::1/campaign",
        "not a url://team:hunter2@db.example.org/campaign",
        "postgresql+psycopg://db.example.org:notaport/campaign?user=team&password=hunter2",
    ],
)
def test_a_malformed_url_is_a_sentence_without_the_password(target: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(target)
    message = str(caught.value)
    assert message.endswith("is not a database URL that organizer understands.")
    assert "hunter2" not in message and "***" in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_a_value_the_database_refuses_is_a_sentence_and_saves_nothing(db_target: str) -> None:
    db = open_database(db_target)
    try:
        with pytest.raises(DatabaseError) as caught, db.session() as s:
            s.add(Person(first_name="Ana", email="ana@example.org"))
            s.flush()
            if db.is_sqlite:  # SQLite stores text of any length: stand in for PostgreSQL's refusal
                raise DataError("INSERT INTO people ...", {}, ValueError("value too long for type varchar(40)"))
            s.add(Person(first_name="Tom", pronouns="x" * 41))  # past String(40), with no service to stop it
            s.flush()
        assert str(caught.value) == "A value is too long or not valid for the database, so nothing was saved."
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        db.dispose()
