"""The data in/out commands as a coordinator types them."""

from __future__ import annotations

import csv
import io

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
