"""Every corpus item through every command-line argument that takes text.

A lone surrogate stands for what Python makes of undecodable bytes in ``argv``
(surrogateescape), so it reaches the handlers exactly as a bad terminal would send it.
The rule: exit 0, or exit 1 with one sentence on stderr; never "something went wrong".
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hostile_corpus import Item, one_sentence, params
from sqlalchemy import func, select

from organizer.cli import main
from organizer.domain.models import Meeting, Person, Signup
from organizer.services import people
from organizer.services.campaign import open_campaign

UNEXPECTED = "something went wrong"


@pytest.fixture(scope="module")
def campaign_file(fast_folder: Path) -> Iterator[Path]:
    path = fast_folder / "campaign.sqlite3"
    db = open_campaign(path)
    db.dispose()
    yield path


def run(_capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``organizer ARGS`` with the standard streams Python gives a real process.

    Standard output is strict UTF-8 (as when piped), standard error replaces what it cannot
    encode with backslashes (Python always opens it that way); capsys would be strict for both.
    """
    out, err = io.BytesIO(), io.BytesIO()
    streams = (io.TextIOWrapper(out, "utf-8", "strict"), io.TextIOWrapper(err, "utf-8", "backslashreplace"))
    with mock.patch.object(sys, "stdout", streams[0]), mock.patch.object(sys, "stderr", streams[1]):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: bad usage
            code = exc.code
        for stream in streams:
            stream.flush()
    return code, out.getvalue().decode(), err.getvalue().decode()


def assert_clean_result(code: int, err: str, what: str, value: str = "") -> None:
    assert UNEXPECTED not in err, f"{what}: {err}"
    if code == 2 and value.startswith("-"):
        # argparse reads "-2+3" as an option: bad usage, with the usage line (exit 2).
        assert "expected one argument" in err or "unrecognized arguments" in err or "required" in err, err
        return
    assert code in (0, 1), f"{what}: exit {code}"
    if code == 1:
        sentence = err.strip().removeprefix("organizer: ")
        assert one_sentence(sentence), f"{what}: {err!r}"


def counts(path: Path) -> tuple[int, int, int]:
    db = open_campaign(path, create=False)
    try:
        with db.session() as s:
            return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Person, Meeting, Signup))
    finally:
        db.dispose()


@pytest.mark.parametrize("item", params("text"))
def test_text_arguments_exit_cleanly_and_change_nothing(capsys, campaign_file: Path, tmp_path: Path, item: Item) -> None:
    db = str(campaign_file)
    before = counts(campaign_file)
    value = item.value
    csv_file = tmp_path / "people.csv"
    csv_file.write_bytes(b"First name,Last name,Email\nAna,Lopez,ana@example.org\n")
    # MEETING goes through find_meeting for signup, packets, printouts and confirmations
    # alike, and --body through find_body for every export: one command stands for each.
    # (--filter has its own test below, which also checks whom it finds.)
    for what, args in (
        ("signup MEETING", ("signup", value, "1")),
        ("signup PERSON", ("signup", "next", value)),
        ("members export --body", ("members", "export", str(tmp_path / "members.csv"), "--body", value)),
        ("people import --map", ("people", "import", str(csv_file), "--dry-run", "--map", f"{value}=email")),
        ("people import --encoding", ("people", "import", str(csv_file), "--dry-run", "--encoding", value)),
    ):
        code, _out, err = run(capsys, "--db", db, *args)
        assert_clean_result(code, err, what, value)
    assert counts(campaign_file) == before
    assert not (tmp_path / "members.csv").exists()


@pytest.mark.parametrize("item", params("text"))
def test_people_filter_finds_the_name_as_the_corpus_says(capsys, campaign_file: Path, item: Item) -> None:
    db = open_campaign(campaign_file, create=False)
    person_id = None
    try:
        with db.session() as s:
            if item.saved is not None and len(item.saved) <= 200:
                person_id = people.create_person(s, first_name=item.value, last_name=f"Corpus {item.id}").id
    finally:
        db.dispose()
    code, out, err = run(capsys, "--db", str(campaign_file), "people", "list", "--json", f"--filter={item.value}")
    assert_clean_result(code, err, "people list --filter")
    found = code == 0 and person_id in {row["id"] for row in json.loads(out)}
    assert found == item.expect["people_filter_finds"]


@pytest.mark.parametrize("item", params("number"))
def test_numbers_as_ids_are_refused_with_a_sentence(capsys, campaign_file: Path, item: Item) -> None:
    db = open_campaign(campaign_file, create=False)
    try:
        with db.session() as s:
            person = people.create_person(s, first_name="Number", last_name=item.id)
            person_id = person.id
    finally:
        db.dispose()
    before = counts(campaign_file)
    code, _out, err = run(capsys, "--db", str(campaign_file), "signup", item.value, str(person_id))
    assert code == 1 and UNEXPECTED not in err
    expected = {"usage": "is not a meeting", "not found": "There is no meeting"}[item.expect["cli_id"]]
    assert expected in err and one_sentence(err.strip().removeprefix("organizer: "))
    code, _out, err = run(capsys, "--db", str(campaign_file), "signup", "next", str(person_id), "--point", item.value)
    assert code in (1, 2) and UNEXPECTED not in err  # 2: argparse refuses a non-integer point id
    assert counts(campaign_file) == before
