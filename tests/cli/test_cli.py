"""The command line as a coordinator or a script uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from organizer.cli import main
from tests.cli_helpers import run

ROOT = Path(__file__).resolve().parents[2]


def test_demo_then_whip_json_shows_both_councils(demo_file: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", demo_file, "whip", "--json")
    assert code == 0
    data = {entry["body"]: entry for entry in json.loads(out)}
    assert data["Bloomington City Council"]["seats"] == 9
    assert data["Bloomington City Council"]["votes_needed"] == 5
    assert data["Normal Town Council"]["seats"] == 7
    assert data["Normal Town Council"]["votes_needed"] == 4
    for entry in data.values():
        assert set(entry["counts"]) == {"yes", "lean_yes", "undecided", "lean_no", "no", "unknown"}
        assert sum(entry["counts"].values()) > 0


def test_demo_twice_changes_nothing(demo_file: str, capsys) -> None:
    before = {cmd: run(capsys, "--db", demo_file, cmd, "list", "--json")[1]
              for cmd in ("members", "meetings", "people", "points")}
    code, _, _ = run(capsys, "--db", demo_file, "demo")
    assert code == 0
    after = {cmd: run(capsys, "--db", demo_file, cmd, "list", "--json")[1]
             for cmd in ("members", "meetings", "people", "points")}
    assert before == after


@pytest.mark.parametrize("command", ["members", "meetings", "people", "points"])
def test_list_json_is_records_with_ids(demo_file: str, capsys, command: str) -> None:
    code, out, _ = run(capsys, "--db", demo_file, command, "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all(isinstance(r["id"], int) for r in rows)


def test_upcoming_meetings_are_in_the_future_and_in_order(demo_file: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", demo_file, "meetings", "list", "--json", "--upcoming")
    rows = json.loads(out)
    starts = [r["starts_at"] for r in rows]
    assert starts == sorted(starts) and rows
    assert all(r["status"] in ("scheduled", "postponed") for r in rows)


def test_plain_lists_print_names_in_any_script(demo_file: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", demo_file, "people", "list")
    assert code == 0
    assert any(ord(ch) > 0x2E80 for ch in out)  # CJK or other wide scripts came through


def _new_person(demo_file: str, capsys) -> dict:
    from organizer.services import people
    from organizer.services.campaign import open_campaign

    db = open_campaign(demo_file)
    with db.session() as s:
        person = people.create_person(s, first_name="Ngozi", last_name="Okonkwo", email="ngozi@example.org")
        info = {"id": person.id, "email": person.email}
    db.dispose()
    return info


def test_signup_next_by_email_with_points(demo_file: str, capsys) -> None:
    person = _new_person(demo_file, capsys)
    code, out, err = run(capsys, "--db", demo_file, "signup", "next", person["email"], "--point", "1", "--point", "5")
    assert code == 0, err
    assert "Signed up Ngozi Okonkwo" in out


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["signup", "99999", "1"], "no meeting with id 99999"),
        (["signup", "next", "not-an-email"], "not an email address"),
        (["signup", "next", "nobody@example.org"], "Nobody with the email address"),
        (["signup", "tomorrow", "1"], "not a meeting"),
        (["signup", "next", "1", "--point", "9999"], "no talking point"),
        (["signup", "²", "1"], "not a meeting"),
        (["signup", "99999999999999999999", "1"], "no meeting with id 99999999999999999999"),
        (["signup", "next", "99999999999999999999"], "no person with id 99999999999999999999"),
        (["signup", "next", "1", "--point", "99999999999999999999"], "no talking point"),
    ],
)
def test_bad_signups_are_one_sentence_exit_1_and_change_nothing(demo_file, capsys, args, sentence) -> None:
    before = run(capsys, "--db", demo_file, "meetings", "list", "--json")[1]
    signups_before = _signup_count(demo_file)
    code, out, err = run(capsys, "--db", demo_file, *args)
    assert code == 1
    assert sentence in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert _signup_count(demo_file) == signups_before
    assert run(capsys, "--db", demo_file, "meetings", "list", "--json")[1] == before


def _signup_count(path: str) -> int:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM signups").fetchone()[0]
    finally:
        con.close()


def test_signing_up_twice_is_refused(demo_file: str, capsys) -> None:
    person = _new_person(demo_file, capsys)
    assert run(capsys, "--db", demo_file, "signup", "next", str(person["id"]))[0] == 0
    code, _, err = run(capsys, "--db", demo_file, "signup", "next", str(person["id"]))
    assert code == 1 and "already signed up" in err


def test_missing_database_file_is_exit_1_and_not_created(tmp_path: Path, capsys) -> None:
    target = tmp_path / "missing.sqlite3"
    code, _, err = run(capsys, "--db", str(target), "whip")
    assert code == 1 and "no campaign file" in err
    assert not target.exists()


def test_corrupt_database_file_is_exit_1_and_untouched(tmp_path: Path, capsys) -> None:
    target = tmp_path / "corrupt.sqlite3"
    target.write_bytes(b"SQLite format 3\x00" + b"\x00garbage" * 500)
    before = target.read_bytes()
    code, _, err = run(capsys, "--db", str(target), "people", "list")
    assert code == 1 and "damaged" in err
    assert target.read_bytes() == before


def test_a_malformed_database_url_is_one_sentence_without_the_password(capsys) -> None:
    code, _, err = run(capsys, "--db", "postgresql+psycopg://team:hunter2@db.example.org:notaport/campaign", "whip")
    assert code == 1
    assert err == (
        "organizer: “postgresql+psycopg://team:***@db.example.org:notaport/campaign” "
        "is not a database URL that organizer understands.\n"
    )


@pytest.mark.parametrize("encoding", ["rot13", "hex", "base64"])
def test_people_import_with_a_codec_that_is_not_a_text_encoding(demo_file, tmp_path, capsys, encoding) -> None:
    path = tmp_path / "people.csv"
    path.write_text("first_name,email\r\nRosa,rosa@example.org\r\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", demo_file, "people", "import", str(path), "--encoding", encoding)
    assert code == 1
    assert err == f"organizer: “{encoding}” is not a text encoding.\n"


def test_bad_usage_is_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["whip", "--no-such-flag"])
    assert exc.value.code == 2


def test_backup_writes_a_consistent_copy(demo_file: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", demo_file, "backup", str(target))
    assert code == 0
    code, out, _ = run(capsys, "--db", str(target), "people", "list", "--json")
    assert len(json.loads(out)) == len(json.loads(run(capsys, "--db", demo_file, "people", "list", "--json")[1]))
    code, _, err = run(capsys, "--db", demo_file, "backup", str(tmp_path / "no" / "such" / "dir.sqlite3"))
    assert code == 1 and "does not exist" in err


def test_environment_variable_sets_the_database(demo_file: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ORGANIZER_DB", demo_file)
    code, out, _ = run(capsys, "people", "list", "--json")
    assert code == 0 and json.loads(out)


def test_python_main_py_is_the_same_command(demo_file: str) -> None:
    env = {**os.environ, "ORGANIZER_DB": demo_file}
    result = subprocess.run([sys.executable, "main.py", "whip", "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert {e["body"] for e in json.loads(result.stdout)} == {"Bloomington City Council", "Normal Town Council"}


def test_no_screen_is_one_sentence_not_a_crash(monkeypatch, capsys) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    code = main([])
    _, err = capsys.readouterr()
    assert code == 1 and "no screen" in err and "Traceback" not in err
