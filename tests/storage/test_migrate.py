"""The schema version check that start-up makes without importing Alembic."""

from __future__ import annotations

from sqlalchemy import create_engine

from organizer.storage import migrate


def test_the_file_names_give_the_same_revisions_and_head_as_alembic() -> None:
    # Start-up trusts the versions folder's file names ("0005_what_it_does.py" is "0005");
    # a migration whose name disagrees with its revision id would go unnoticed at start-up.
    script = migrate.alembic_script()
    for revision in script.walk_revisions():
        named = migrate.REVISION_FILE_RE.match(revision.path.rsplit("/", 1)[-1])
        assert named is not None and named.group(1) == revision.revision, (
            f"rename {revision.path} to start with its revision id {revision.revision!r} and a "
            "four-digit number, as organizer.storage.migrate.REVISION_FILE_RE expects"
        )
    assert set(migrate.known_revisions()) == {r.revision for r in script.walk_revisions()}
    assert migrate.head_revision() == script.get_current_head()


def test_a_revision_from_a_newer_version_is_unknown() -> None:
    assert migrate.is_known_revision(migrate.head_revision())
    assert not migrate.is_known_revision("9999")


def test_the_revision_is_read_from_the_database(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'v.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            assert migrate.current_revision(conn) is None
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0002')")
            assert migrate.current_revision(conn) == "0002"
    finally:
        engine.dispose()
