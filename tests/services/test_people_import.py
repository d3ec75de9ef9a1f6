"""Importing volunteer lists: matching, filling gaps, idempotence and all-or-nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from organizer.domain.models import Person
from organizer.imports.people_csv import parse_people_csv
from organizer.services import people, people_import
from organizer.services.people_import import (
    ImportCancelled,
    ImportRejected,
    import_people,
    import_people_file,
)

pytestmark = pytest.mark.storage

REPO = Path(__file__).resolve().parents[2]


def crlf(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


ACTION_NETWORK = crlf(
    "first_name,last_name,email,zip_code,can2_phone,can2_sms_status",
    "Ana,Pérez,ana@example.org,61701,(309) 555-0101,subscribed",
    "Tom,Becker,tom@example.org,61761,,",
    "Lin,Zhang,,61704,309-555-0103,",
)


def count_people(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Person))


def by_email(db) -> dict[str, Person]:
    with db.session() as s:
        return {p.email or p.phone: p for p in s.scalars(select(Person))}


def test_new_people_are_added_with_consent_only_from_explicit_columns(db):
    report = import_people_file(db, ACTION_NETWORK)
    assert (report.new, report.matched, len(report.rejected)) == (3, 0, 0)
    assert report.committed
    saved = by_email(db)
    ana = saved["ana@example.org"]
    assert (ana.first_name, ana.last_name, ana.phone, ana.zip_code) == ("Ana", "Pérez", "+13095550101", "61701")
    assert ana.may_text is True and ana.may_email is False
    assert saved["tom@example.org"].may_text is False
    assert saved["+13095550103"].email is None
    assert {o.person_id for o in report.outcomes} == {p.id for p in saved.values()}


def test_importing_the_same_file_twice_adds_nobody(db):
    import_people_file(db, ACTION_NETWORK)
    again = import_people_file(db, ACTION_NETWORK)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert count_people(db) == 3
    assert [o.matched_by for o in again.outcomes] == ["email", "email", "phone"]


def test_a_match_fills_empty_fields_and_never_overwrites(db):
    with db.session() as s:
        people.create_person(
            s, first_name="Anita", email="ana@example.org", zip_code="", may_text=False, packet_language="es",
            notes="Prefers evening calls",
        )
    report = import_people_file(db, ACTION_NETWORK)
    ana_outcome = report.outcomes[0]
    assert ana_outcome.action == "updated" and ana_outcome.matched_by == "email"
    assert set(ana_outcome.filled) == {"last_name", "phone", "zip_code"}
    ana = by_email(db)["ana@example.org"]
    assert ana.first_name == "Anita"  # the coordinator's spelling stands
    assert (ana.last_name, ana.phone, ana.zip_code) == ("Pérez", "+13095550101", "61701")
    assert ana.may_text is False  # consent is the coordinator's record, not the file's
    assert ana.packet_language == "es"
    assert ana.notes == "Prefers evening calls"
    assert ana.version == 2


def test_match_by_phone_when_the_row_has_no_known_email(db):
    with db.session() as s:
        lin = people.create_person(s, first_name="Lin", phone="3095550103")
        # A phone saved before normalisation existed still matches.
        s.add(Person(first_name="Omar", phone="(309) 555-0104"))
    data = crlf(
        "Given name,Surname,E-mail,Cell",
        "Lin,Zhang,lin@example.org,+1 309 555 0103",
        "Omar,Haddad,,309.555.0104",
    )
    report = import_people_file(db, data)
    assert (report.new, report.updated) == (0, 2)
    assert [o.matched_by for o in report.outcomes] == ["phone", "phone"]
    saved = by_email(db)
    assert saved["lin@example.org"].id == lin.id  # the email was filled in
    assert saved["lin@example.org"].last_name == "Zhang"


def test_a_shared_phone_does_not_merge_two_people_with_different_emails(db):
    with db.session() as s:
        people.create_person(s, first_name="María", email="maria@example.org", phone="309-555-0120")
    report = import_people_file(db, crlf("first_name,email,phone", "José,jose@example.org,309-555-0120"))
    assert report.new == 1
    saved = by_email(db)
    assert saved["jose@example.org"].phone == "+13095550120"
    assert saved["maria@example.org"].first_name == "María"


def test_a_phone_already_someone_elses_is_not_filled_in(db):
    with db.session() as s:
        people.create_person(s, first_name="María", email="maria@example.org", phone="309-555-0120")
        people.create_person(s, first_name="José", email="jose@example.org")
    report = import_people_file(db, crlf("email,phone", "jose@example.org,309-555-0120"))
    assert report.unchanged == 1
    assert by_email(db)["jose@example.org"].phone == ""


def test_rows_of_one_file_about_one_person_become_one_person(db):
    data = crlf(
        "first_name,last_name,email,phone,zip",
        "Rosa,Díaz,rosa@example.org,,",
        "Rosa,,ROSA@example.org,309-555-0130,61701",
        ",,,309-555-0130,",
    )
    report = import_people_file(db, data)
    assert (report.new, report.updated, report.unchanged) == (1, 1, 1)
    assert [o.earlier_line for o in report.outcomes] == [None, 2, 2]
    assert count_people(db) == 1
    rosa = by_email(db)["rosa@example.org"]
    assert (rosa.phone, rosa.zip_code) == ("+13095550130", "61701")


def test_dry_run_reports_and_changes_nothing(db):
    data = crlf(
        "first_name,email,phone",
        "Ana,ana@example.org,",
        "Bad,not-an-email,",
        "Tom,tom@example.org,12",
        ",nameless@example.org,",
    )
    with db.session() as s:
        people.create_person(s, first_name="Ana", email="ana@example.org")
    report = import_people_file(db, data, dry_run=True)
    assert (report.new, report.unchanged, report.dry_run, report.committed) == (0, 1, True, False)
    assert [(e.line, e.reason) for e in report.rejected] == [
        (3, "“not-an-email” is not an email address (it should look like name@example.org)"),
        (4, "“12” is not a complete phone number (include the area code)"),
        (5, "it has no name, and nobody with that email or phone is known yet"),
    ]
    assert "would add 0 new" in report.summary()
    assert count_people(db) == 1


def test_a_file_with_bad_rows_is_rejected_whole_unless_skipping(db):
    data = crlf("first_name,email", "Ana,ana@example.org", "Bad,nope", "Tom,tom@example.org")
    with pytest.raises(ImportRejected, match="1 row has a problem") as caught:
        import_people_file(db, data)
    assert [e.line for e in caught.value.report.rejected] == [3]
    assert count_people(db) == 0

    report = import_people_file(db, data, skip_invalid=True)
    assert report.new == 2 and [e.line for e in report.rejected] == [3]
    assert count_people(db) == 2


def test_a_failure_midway_leaves_nothing_behind(db, monkeypatch):
    with db.session() as s:
        people.create_person(s, first_name="Ana", email="ana@example.org")
    rows = ["first_name,last_name,email"] + ["Ana,Pérez,ana@example.org"]
    rows += [f"P{i},Q{i},p{i}@example.org" for i in range(2500)]
    batches = 0
    real_insert_batch = people_import._insert_batch

    def failing_insert_batch(session, rows):
        nonlocal batches
        batches += 1
        if batches == 3:  # after two batches were written into the transaction
            raise RuntimeError("disk unplugged")
        return real_insert_batch(session, rows)

    monkeypatch.setattr(people_import, "_insert_batch", failing_insert_batch)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        import_people_file(db, crlf(*rows))
    assert count_people(db) == 1
    with db.session() as s:
        ana = s.scalar(select(Person))
        assert ana.last_name == "" and ana.version == 1  # the fill was rolled back too


def test_cancelling_leaves_nothing_behind_and_progress_is_reported(db):
    rows = ["first_name,email"] + [f"P{i},p{i}@example.org" for i in range(1000)]
    seen = []

    def cancel_after_half() -> bool:
        return len(seen) > 5

    with pytest.raises(ImportCancelled, match="nothing was changed"):
        import_people_file(db, crlf(*rows), progress=lambda done, total: seen.append((done, total)),
                           is_cancelled=cancel_after_half)
    assert count_people(db) == 0
    assert seen[0] == (0, 2000) and all(total == 2000 for _, total in seen)

    seen.clear()
    import_people_file(db, crlf(*rows), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2000, 2000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_big_import_does_not_query_once_per_row(db):
    with db.session() as s:
        for i in range(50):
            people.create_person(s, first_name=f"Old{i}", email=f"p{i}@example.org")
    rows = ["first_name,last_name,email,phone"]
    rows += [f"P{i},Q{i},p{i}@example.org,309{5550000 + i:07d}" for i in range(3000)]
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    report = import_people_file(db, crlf(*rows))
    assert (report.new, report.updated) == (2950, 50)
    # One index read, a chunked load of the matches and batched inserts, not a query per
    # row; only a person who gets new details costs a statement (a versioned UPDATE).
    updates = [s for s in statements if s.startswith("UPDATE")]
    assert len(updates) == 50
    assert len(statements) - len(updates) < 15


def test_import_in_a_callers_session(db):
    parsed = parse_people_csv(ACTION_NETWORK)
    with db.session() as s:
        report = import_people(s, parsed)
        assert s.scalar(select(func.count()).select_from(Person)) == 3
    assert report.new == 3 and count_people(db) == 3


KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from sqlalchemy import event
    from organizer.services import people_import
    from organizer.services.campaign import open_campaign

    db = open_campaign(sys.argv[1], create=False)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def tiny_cache(dbapi_connection, _record):
        # Spill uncommitted pages to the WAL early, so the kill happens with them on disk.
        dbapi_connection.execute("PRAGMA cache_size=8")

    kill_at = int(sys.argv[3])

    def progress(done, total):
        if done >= kill_at:
            os._exit(9)  # like kill -9: no rollback, no cleanup

    people_import.FLUSH_EVERY = 100
    people_import.PROGRESS_EVERY = 100
    people_import.import_people_file(db, open(sys.argv[2], "rb").read(), progress=progress)
    os._exit(0)
    """
)


def test_a_killed_import_leaves_the_database_as_it_was(db, tmp_path):
    if db.path is None:
        pytest.skip("killing a client mid-transaction is a SQLite file test")
    with db.session() as s:
        people.create_person(s, first_name="Ana", email="ana@example.org")
    db.dispose()
    rows = ["first_name,last_name,email"] + [f"P{i},{'Q' * 150}{i},p{i}@example.org" for i in range(3000)]
    csv_path = tmp_path / "big.csv"
    csv_path.write_bytes(crlf(*rows))
    wal = Path(str(db.path) + "-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0
    script = tmp_path / "kill.py"
    script.write_text(KILL_SCRIPT)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, str(script), str(db.path), str(csv_path), str(3000 + 2500)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 9, result.stderr
    assert wal.exists() and wal.stat().st_size > wal_before  # uncommitted rows reached the disk

    from organizer.services.campaign import open_campaign

    reopened = open_campaign(str(db.path), create=False)
    try:
        assert count_people(reopened) == 1
    finally:
        reopened.dispose()


def test_imported_people_are_found_by_the_people_filter(db):
    import_people_file(db, ACTION_NETWORK)
    with db.session() as s:
        assert [p.email for p in people.list_people(s, "perez")] == ["ana@example.org"]
        assert [p.email for p in people.list_people(s, "Becker")] == ["tom@example.org"]
        assert [p.first_name for p in people.list_people(s, "zhang")] == ["Lin"]
        assert [p.first_name for p in people.list_people(s, "61704")] == ["Lin"]


def test_details_filled_in_by_an_import_are_found_by_the_people_filter(db):
    with db.session() as s:
        people.create_person(s, first_name="Anita", email="ana@example.org")
        assert people.list_people(s, "perez") == []
    import_people_file(db, ACTION_NETWORK)
    with db.session() as s:
        assert [p.first_name for p in people.list_people(s, "perez 61701")] == ["Anita"]
