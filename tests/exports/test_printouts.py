"""The coordinator's printouts: run of show, sign-in sheet and whip report."""

from __future__ import annotations

import re

from packet_factories import GENERATED, campaign, meeting
from pdf_check import body_text, contains, outline, reader, unembedded_fonts

from organizer.domain.enums import MayorVotes, Stance
from organizer.domain.rules.inputs import BodyWhipInput, MemberInput
from organizer.domain.rules.whip import whip_count
from organizer.exports.pdf.data import PrintOptions, RunOfShowData, RunOfShowRow, WhipReportData
from organizer.exports.pdf.run_of_show import render_run_of_show, render_sign_in_sheet
from organizer.exports.pdf.whip_report import render_whip_report


def run_of_show(**changes) -> RunOfShowData:
    rows = (
        RunOfShowRow(1, "María José López", 3, "(309) 555-0101", ("Police stay local", "Call 911"), "confirmed"),
        RunOfShowRow(2, "محمد عبد الله", 3, "(309) 555-0102", (), "invited", ("interpreter",), "<b>bring</b> & go"),
        RunOfShowRow(3, "王小明", 2, "", ("Point",), "checked in"),
    )
    values = dict(
        lang="en", campaign=campaign(), meeting=meeting(), speakers=rows,
        waitlist=(RunOfShowRow(None, "Walk In", 3, "", (), "waiting list"),), generated_at=GENERATED,
    )  # fmt: skip
    values.update(changes)
    return RunOfShowData(**values)


def test_run_of_show_lists_order_names_minutes_phones_points():
    pdf = render_run_of_show(run_of_show())
    for needle in ("Run of show", "María José López", "(309) 555-0101", "1. Police stay local", "2. Call 911",
                   "محمد عبد الله", "王小明", "<b>bring</b> & go", "interpreter", "Waiting list", "Walk In",
                   "Speakers: 3. Time: 8 minutes of a 30-minute window.",
                   "Monday, December 14, 2026, 6:00 PM CST"):  # fmt: skip
        assert contains(pdf, needle), needle
    page = reader(pdf).pages[0].mediabox
    assert float(page.width) > float(page.height)  # landscape: the table needs the width
    assert unembedded_fonts(pdf) == set()


def test_run_of_show_warns_when_the_window_is_too_short():
    pdf = render_run_of_show(run_of_show(meeting=meeting(window_minutes=5)))
    assert contains(pdf, "3 minutes over the window: the last speakers may not be heard.")
    assert not contains(render_run_of_show(run_of_show()), "over the window")


def test_run_of_show_survives_a_note_longer_than_a_page():
    note = " ".join(f"note{i}" for i in range(900))
    data = run_of_show(speakers=(RunOfShowRow(1, "Ana", 3, "", (), "confirmed", (), note),))
    pdf = render_run_of_show(data)
    assert len(reader(pdf).pages) > 1
    # The row continues on the next page, under the repeated header row: every word, in order.
    words = [w for w in body_text(pdf).split() if re.fullmatch(r"note\d+", w)]
    assert words == note.split()


def test_sign_in_sheet_has_every_speaker_and_rows_for_walk_ins():
    pdf = render_sign_in_sheet(run_of_show(), PrintOptions(paper="a4"))
    for needle in ("Sign-in sheet", "María José López", "محمد عبد الله", "Walk In", "Walk-ins", "Signature or initials"):
        assert contains(pdf, needle), needle
    assert unembedded_fonts(pdf) == set()


def test_spanish_printouts():
    pdf = render_run_of_show(run_of_show(lang="es"))
    assert contains(pdf, "lunes, 14 de diciembre de 2026, 18:00 (hora del centro)")
    assert contains(pdf, "Lista de espera")


def whip_data() -> WhipReportData:
    members = (
        MemberInput(1, "Alex Rivera", "Ward 1", Stance.YES, True),
        MemberInput(2, "Jordan <Blake>", "Ward 2", Stance.NO, True),
        MemberInput(3, "Casey Nguyễn", "Ward 3", Stance.LEAN_YES),
        MemberInput(4, "Morgan Lee", "Ward 4", Stance.UNDECIDED),
        MemberInput(5, "Riley Park", "Ward 5", Stance.YES, False),
        MemberInput(9, "Mayor Mboka", "Mayor", Stance.LEAN_NO, True, is_mayor=True),
    )
    bodies = (
        whip_count(BodyWhipInput(1, "Bloomington City Council", 9, None, MayorVotes.ALWAYS, members)),
        whip_count(BodyWhipInput(2, "Normal Town Council", 7, None, MayorVotes.TIE_ONLY, members)),
    )
    return WhipReportData(bodies=bodies, generated_at=GENERATED, campaign=campaign())


def test_whip_report_per_body_with_chart_labels_in_words():
    pdf = render_whip_report(whip_data())
    assert [t for t, _ in outline(pdf)] == ["Bloomington City Council", "Normal Town Council"]
    for needle in ("Members by stance", "Yes", "Leaning yes", "Undecided", "Leaning no", "Unknown",
                   "Seats: 9. Votes needed: 5.", "Jordan <Blake>", "Casey Nguyễn",
                   "Whom to talk to next", "ask to say it in public",
                   "Breaks ties: Mayor Mboka (Leaning no)"):  # fmt: skip
        assert contains(pdf, needle), needle
    assert unembedded_fonts(pdf) == set()


def test_whip_report_paper_option():
    pdf = render_whip_report(whip_data(), paper="a4")
    assert round(float(reader(pdf).pages[0].mediabox.height)) == 842
