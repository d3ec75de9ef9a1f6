"""The data in/out commands as a coordinator types them."""

from __future__ import annotations

import csv
import errno
import io
import os
import stat
from pathlib import Path

import icalendar
import pytest

from organizer.cli import main
from tests.cli_helpers import run

VAN = "\r\n".join(
    [
        "VANID\tLastName\tFirstName\tZip5\tPreferred Phone\tPreferredEmail",
        "1001\tMuñoz\tJuan Carlos\t61701\t(309) 555-0901\tjc@example.org",
        "1002\tNguyễn\tThu\t61761\t309-555-0902\t",
        "1003\tBad\tRow\t61761\t12\tnot-an-email",
    ]
) + "\r\n"


def people_json(capsys, demo_file: str) -> list:
    import json

    code, out, _ = run(capsys, "--db", demo_file, "people", "list", "--json")
    assert code == 0
    return json.loads(out)


def test_people_import_dry_run_then_reject_then_skip_invalid(demo_file, tmp_path, capsys):
    path = tmp_path / "van.txt"
    path.write_bytes(VAN.encode("utf-16"))
    before = len(people_json(capsys, demo_file))

    code, out, err = run(capsys, "--db", demo_file, "people", "import", str(path), "--dry-run")
    assert code == 0
    assert "VAN file: would add 2 new" in out
    assert "rejected line 4:" in out and "not-an-email" in out
    assert "utf-16" in err

    code, out, err = run(capsys, "--db", demo_file, "people", "import", str(path))
    assert code == 1
    assert "organizer: Nothing was imported because 1 row has a problem" in err
    assert "rejected line 4" in err
    assert len(people_json(capsys, demo_file)) == before

    code, out, _ = run(capsys, "--db", demo_file, "people", "import", str(path), "--skip-invalid", "--format", "van")
    assert code == 0 and "added 2 new" in out
    code, out, _ = run(capsys, "--db", demo_file, "people", "import", str(path), "--skip-invalid")
    assert code == 0 and "added 0 new, matched 2" in out
    assert len(people_json(capsys, demo_file)) == before + 2


def test_people_import_with_a_column_mapping(demo_file, tmp_path, capsys):
    path = tmp_path / "sheet.csv"
    path.write_text("Who,Contact\r\nRosa Díaz,rosa@example.org\r\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", demo_file, "people", "import", str(path))
    assert code == 1 and "No email or phone column" in err
    code, out, _ = run(capsys, "--db", demo_file, "people", "import", str(path),
                       "--map", "Who=full_name", "--map", "Contact=email")
    assert code == 0 and "added 1 new" in out
    code, _, err = run(capsys, "--db", demo_file, "people", "import", str(path), "--map", "Who")
    assert code == 1 and "COLUMN=FIELD" in err
    code, _, err = run(capsys, "--db", demo_file, "people", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "There is no file" in err


def test_exports_write_excel_friendly_files(demo_file, tmp_path, capsys):
    people_file = tmp_path / "people.csv"
    code, _, err = run(capsys, "--db", demo_file, "people", "export", str(people_file), "--samples")
    assert code == 0 and "Wrote" in err
    data = people_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows and "notes" not in rows[0]

    # Without --samples the demo people stay out, and the user is told how to include them.
    code, _, err = run(capsys, "--db", demo_file, "people", "export", str(people_file))
    assert code == 0 and "add --samples" in err

    code, out, _ = run(capsys, "--db", demo_file, "members", "export", "-")
    assert code == 0 and "council,name,seat" in out

    code, _, _ = run(capsys, "--db", demo_file, "signups", "export", "next", str(tmp_path / "signups.csv"))
    assert code == 0
    assert (tmp_path / "signups.csv").read_bytes().startswith(b"\xef\xbb\xbfposition,name")

    code, _, err = run(capsys, "--db", demo_file, "people", "export", str(tmp_path / "no" / "such" / "dir.csv"))
    assert code == 1 and "There is no folder" in err
    assert not list(tmp_path.glob(".people.csv.*"))  # no temporary file left behind


def test_meetings_calendar_round_trip(demo_file, tmp_path, capsys):
    ics_file = tmp_path / "bloomington.ics"
    code, _, _ = run(capsys, "--db", demo_file, "meetings", "ics", str(ics_file), "--body", "Bloomington")
    assert code == 0
    calendar = icalendar.Calendar.from_ical(ics_file.read_bytes())
    assert calendar.walk("VEVENT")
    code, out, _ = run(capsys, "--db", demo_file, "meetings", "import-ics", str(ics_file), "--body", "Bloomington")
    assert code == 0
    assert "added 0 meetings, updated 0" in out

    with pytest.raises(SystemExit) as usage:
        main(["--db", demo_file, "meetings", "import-ics", str(ics_file)])
    assert usage.value.code == 2 and "--body" in capsys.readouterr().err


def test_confirmations_print_and_write_files(demo_file, tmp_path, capsys):
    code, out, _ = run(capsys, "--db", demo_file, "confirmations", "next")
    assert code == 0
    assert "Subject:" in out or "Text to:" in out or "Cannot be reached" in out

    out_dir = tmp_path / "messages"
    code, out, _ = run(capsys, "--db", demo_file, "confirmations", "next", "--kind", "reminder", "--out", str(out_dir))
    assert code == 0 and "Wrote" in out
    assert list(out_dir.glob("*.ics")) and list(out_dir.glob("*.txt"))
    some_text = next(out_dir.glob("*.txt")).read_text(encoding="utf-8")
    assert "mailto:" in some_text or "Text to:" in some_text


# --- where files go ------------------------------------------------------------------------


def file_mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    "command",
    [
        ["people", "export"],
        ["signups", "export", "next"],
        ["members", "export"],
        ["meetings", "ics"],
        ["whip", "--pdf"],
    ],
)
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_exports_refuse_to_write_over_the_open_campaign(demo_file, capsys, command, suffix):
    campaign = Path(demo_file)
    before = campaign.read_bytes()
    target = f"{demo_file}{suffix}"
    code, out, err = run(capsys, "--db", demo_file, *command, target)
    assert (code, out) == (1, "")
    assert err == f"organizer: {target} is part of the open campaign's database; write to another file.\n"
    assert campaign.read_bytes() == before
    assert not [p for p in campaign.parent.iterdir() if p.name.startswith(".")]  # no temporary file


def test_exports_refuse_to_write_over_any_campaign_database(demo_file, tmp_path, capsys):
    other = tmp_path / "last-year.sqlite3"
    other.write_bytes(Path(demo_file).read_bytes())
    for command in (["people", "export"], ["members", "export"], ["meetings", "ics"], ["whip", "--pdf"]):
        code, _, err = run(capsys, "--db", demo_file, *command, str(other))
        assert code == 1
        assert err == f"organizer: {other} is a campaign database; write to another file so it is not lost.\n"
    assert other.read_bytes() == Path(demo_file).read_bytes()


def test_export_to_a_folder_or_through_a_file_is_one_sentence(demo_file, tmp_path, capsys):
    code, _, err = run(capsys, "--db", demo_file, "people", "export", str(tmp_path))
    assert (code, err) == (1, f"organizer: {tmp_path} is a folder; give a file name.\n")
    afile = tmp_path / "afile"
    afile.write_text("keep")
    code, _, err = run(capsys, "--db", demo_file, "members", "export", str(afile / "members.csv"))
    assert (code, err) == (1, f"organizer: {afile} is a file, not a folder.\n")
    code, _, err = run(capsys, "--db", demo_file, "confirmations", "next", "--out", str(afile))
    assert (code, err) == (1, f"organizer: {afile} is a file, not a folder.\n")
    assert afile.read_text() == "keep"


def test_disk_full_is_one_sentence_and_leaves_the_old_file(demo_file, tmp_path, capsys, monkeypatch):
    from organizer.storage import files

    target = tmp_path / "people.csv"
    target.write_bytes(b"last week")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    code, _, err = run(capsys, "--db", demo_file, "people", "export", str(target))
    assert (code, err) == (1, f"organizer: Cannot write {target}: No space left on device.\n")
    assert target.read_bytes() == b"last week"
    assert not list(tmp_path.glob(".people.csv.*"))


def test_exported_files_are_owner_only(demo_file, tmp_path, capsys):
    for command, name in [
        (["people", "export"], "people.csv"),
        (["signups", "export", "next"], "signups.csv"),
        (["members", "export"], "members.csv"),
        (["meetings", "ics"], "meetings.ics"),
    ]:
        code, _, err = run(capsys, "--db", demo_file, *command, str(tmp_path / name))
        assert code == 0, err
        assert file_mode(tmp_path / name) == 0o600, name
    out_dir = tmp_path / "messages" / "monday"
    code, _, err = run(capsys, "--db", demo_file, "confirmations", "next", "--out", str(out_dir))
    assert code == 0, err
    written = list(out_dir.iterdir())
    assert {p.suffix for p in written} == {".txt", ".ics"}
    assert all(file_mode(p) == 0o600 for p in written)
    assert file_mode(tmp_path / "messages") == 0o700 and file_mode(out_dir) == 0o700


def test_speaker_numbers_agree_after_a_cancellation(demo_file, tmp_path, capsys):
    """The first speaker cancels: everyone's number moves up in the messages, the
    invitations and the packets alike, and each invitation is named like its packet."""
    from organizer.services import meetings as meeting_service
    from organizer.services import signups as signup_service
    from organizer.services.campaign import open_campaign

    db = open_campaign(demo_file)
    with db.session() as session:
        meeting = meeting_service.find_meeting(session, "next")
        first = min(meeting.signups, key=lambda s: s.position)
        signup_service.update_signup(session, first.id, {"status": "cancelled"})
        expected = sum(1 for s in meeting.signups if s.status in ("invited", "confirmed"))
    db.dispose()

    messages, packets = tmp_path / "messages", tmp_path / "packets"
    assert run(capsys, "--db", demo_file, "confirmations", "next", "--out", str(messages))[0] == 0
    assert run(capsys, "--db", demo_file, "packets", "next", "--out", str(packets))[0] == 0
    invitations = sorted(p.name for p in messages.glob("*.ics"))
    assert invitations == sorted(p.name for p in packets.glob("*.ics"))
    assert [name[:2] for name in invitations] == [f"{n:02d}" for n in range(1, expected + 1)]
    pdfs = {p.stem for p in packets.glob("*.pdf")}
    assert {Path(name).stem for name in invitations} <= pdfs
    one = next(messages.glob("01-*.txt")).read_text(encoding="utf-8")
    assert f"speaker 1 of {expected}." in one or f"turno 1 de {expected}." in one or "Text to:" in one
