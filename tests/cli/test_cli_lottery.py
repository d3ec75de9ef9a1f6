"""`organizer lottery commit / draw / verify`: the hash printed before sign-ups is the one the
draw's revealed seed hashes to, and a draw anyone can re-check."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from organizer.domain.rules import lottery
from tests.cli_helpers import run


def _empty_lottery_meeting(capsys, db: str) -> int:
    _, out, _ = run(capsys, "--db", db, "meetings", "list", "--json", "--upcoming")
    empty = [m for m in json.loads(out) if m["body"].startswith("Normal") and m["status"] == "scheduled"]
    # The last upcoming Normal meeting has nobody signed up in the demo.
    return empty[-1]["id"]


def _sign_up_people(capsys, db: str, meeting_id: int, count: int) -> None:
    _, out, _ = run(capsys, "--db", db, "people", "list", "--json")
    emails = [p["email"] for p in json.loads(out) if p["email"]][:count]
    for email in emails:
        code, _, err = run(capsys, "--db", db, "signup", str(meeting_id), email)
        assert code == 0, err


def test_commit_prints_a_hash_the_draw_reveals_the_seed_of(demo_file: str, capsys) -> None:
    meeting_id = _empty_lottery_meeting(capsys, demo_file)
    code, out, err = run(capsys, "--db", demo_file, "lottery", "commit", str(meeting_id))
    assert code == 0, err
    published = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("Commitment"))
    assert len(published) == 64
    _, again, _ = run(capsys, "--db", demo_file, "lottery", "commit", str(meeting_id), "--json")
    assert json.loads(again)["commitment"] == published and json.loads(again)["new"] is False
    _, before, _ = run(capsys, "--db", demo_file, "lottery", "verify", str(meeting_id), "--json")
    assert json.loads(before)["seed"] is None and not json.loads(before)["drawn"]

    _sign_up_people(capsys, demo_file, meeting_id, 9)
    code, out, err = run(capsys, "--db", demo_file, "lottery", "draw", str(meeting_id), "--json")
    assert code == 0, err
    drawn = json.loads(out)
    assert hashlib.sha256(drawn["seed"].encode()).hexdigest() == published
    assert drawn["order"] == lottery.draw_order(drawn["entrants"], drawn["seed"])
    assert len(drawn["speakers"]) == 6 and len(drawn["waitlist"]) == 3

    code, out, _ = run(capsys, "--db", demo_file, "lottery", "verify", str(meeting_id))
    assert code == 0
    assert f"Commitment: {published} (matches" in out
    assert "The order follows from the seed." in out


def test_replacing_the_commitment_after_sign_ups_is_one_sentence(demo_file: str, capsys) -> None:
    meeting_id = _empty_lottery_meeting(capsys, demo_file)
    run(capsys, "--db", demo_file, "lottery", "commit", str(meeting_id))
    _sign_up_people(capsys, demo_file, meeting_id, 2)
    code, out, err = run(capsys, "--db", demo_file, "lottery", "commit", str(meeting_id), "--replace")
    assert code == 1 and out == ""
    assert err == "organizer: 2 people have signed up since the seed was committed, so it can no longer be changed.\n"


def test_a_draw_without_commitment_says_so(demo_file: str, capsys) -> None:
    meeting_id = _empty_lottery_meeting(capsys, demo_file)
    _sign_up_people(capsys, demo_file, meeting_id, 8)
    code, out, _ = run(capsys, "--db", demo_file, "lottery", "draw", str(meeting_id), "--seed", "DICE-4-2-6")
    assert code == 0
    assert "Seed: DICE-4-2-6" in out and "No seed was committed before sign-ups" in out


def test_verify_fails_with_one_sentence_when_the_seed_was_swapped(demo_file: str, capsys) -> None:
    meeting_id = _empty_lottery_meeting(capsys, demo_file)
    run(capsys, "--db", demo_file, "lottery", "commit", str(meeting_id))
    _sign_up_people(capsys, demo_file, meeting_id, 8)
    run(capsys, "--db", demo_file, "lottery", "draw", str(meeting_id))
    with sqlite3.connect(demo_file) as conn:
        conn.execute("UPDATE lottery_draws SET seed = 'CHOSEN-LATER'")
    conn.close()
    code, out, err = run(capsys, "--db", demo_file, "lottery", "verify", str(meeting_id))
    assert code == 1
    assert "DOES NOT MATCH" in out
    assert err == "organizer: the recorded draw does not match its seed or its commitment.\n"


def test_committing_a_first_come_meeting_is_refused(demo_file: str, capsys) -> None:
    _, out, _ = run(capsys, "--db", demo_file, "meetings", "list", "--json", "--upcoming")
    first_come = next(m["id"] for m in json.loads(out) if m["body"].startswith("Bloomington"))
    code, out, err = run(capsys, "--db", demo_file, "lottery", "commit", str(first_come))
    assert (code, out) == (1, "")
    assert "first come, first served" in err and err.count("\n") == 1
