"""The lottery commitment on the printouts: the hash, unbroken, before the draw (never the
seed), and the revealed seed with the command that checks it after."""

from __future__ import annotations

import hashlib
import json

from packet_factories import GENERATED, campaign, meeting
from pdf_check import contains, text

from organizer.exports.pdf.data import LotteryLine, PrintOptions, RunOfShowData, RunOfShowRow
from organizer.exports.pdf.run_of_show import render_run_of_show, render_sign_in_sheet
from tests.cli_helpers import run

SEED = "K7QM-3XPD-9WTR-HF2C"
COMMITMENT = hashlib.sha256(SEED.encode()).hexdigest()


def _data(lottery: LotteryLine | None, lang: str = "en") -> RunOfShowData:
    rows = (RunOfShowRow(1, "María José López", 3, "", (), "confirmed"),)
    return RunOfShowData(lang=lang, campaign=campaign(), meeting=meeting(), speakers=rows,
                         generated_at=GENERATED, lottery=lottery)


def test_both_printouts_show_the_commitment_unbroken_even_in_large_print() -> None:
    for options in (PrintOptions(), PrintOptions(paper="a4", large_print=True)):
        for render in (render_run_of_show, render_sign_in_sheet):
            pdf = render(_data(LotteryLine(COMMITMENT)), options)
            assert contains(pdf, COMMITMENT), (render.__name__, options)
            assert contains(pdf, "the seed revealed at the draw must have this SHA-256")
            assert SEED not in text(pdf)


def test_after_the_draw_the_seed_and_its_check_are_printed() -> None:
    pdf = render_sign_in_sheet(_data(LotteryLine(COMMITMENT, SEED, seed_committed=True)))
    assert contains(pdf, COMMITMENT)
    assert contains(pdf, f"Drawn with the seed {SEED}. Check: printf '%s' '{SEED}' | sha256sum")


def test_a_draw_without_commitment_is_printed_as_such_in_spanish_too() -> None:
    pdf = render_run_of_show(_data(LotteryLine(None, "DICE-4-2-6")))
    assert contains(pdf, "Drawn with the seed DICE-4-2-6, chosen at the draw: no commitment was published")
    spanish = render_run_of_show(_data(LotteryLine(None, "DICE-4-2-6"), lang="es"))
    assert contains(spanish, "no se publicó ningún compromiso por adelantado")


def test_no_lottery_line_when_nothing_was_committed_or_drawn() -> None:
    assert not contains(render_sign_in_sheet(_data(None)), "SHA-256")


def test_printouts_command_prints_the_committed_hash_and_later_the_seed(demo_file, tmp_path, capsys) -> None:
    _, out, _ = run(capsys, "--db", demo_file, "meetings", "list", "--json", "--upcoming")
    meeting_id = str([m["id"] for m in json.loads(out) if m["body"].startswith("Normal")][-1])
    _, out, _ = run(capsys, "--db", demo_file, "lottery", "commit", meeting_id, "--json")
    published = json.loads(out)["commitment"]

    code, out, err = run(capsys, "--db", demo_file, "printouts", meeting_id, "--out", str(tmp_path / "before"))
    assert code == 0, err
    for path in out.splitlines():
        with open(path, "rb") as pdf_file:
            pdf = pdf_file.read()
        assert contains(pdf, published), path

    _, out, _ = run(capsys, "--db", demo_file, "people", "list", "--json")
    for person in json.loads(out)[:8]:
        run(capsys, "--db", demo_file, "signup", meeting_id, str(person["id"]))
    _, out, _ = run(capsys, "--db", demo_file, "lottery", "draw", meeting_id, "--json")
    seed = json.loads(out)["seed"]
    code, out, err = run(capsys, "--db", demo_file, "printouts", meeting_id, "--out", str(tmp_path / "after"))
    assert code == 0, err
    with open(out.splitlines()[1], "rb") as pdf_file:  # the sign-in sheet
        pdf = pdf_file.read()
    assert contains(pdf, published) and contains(pdf, f"Drawn with the seed {seed}.")
