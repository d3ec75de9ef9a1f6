"""From the campaign's records to packets and printouts: the service layer and the commands."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from pdf_check import contains, outline, reader, text, unembedded_fonts
from sqlalchemy import select

from organizer.domain.enums import PointCategory, SignupStatus, Stance, StanceSource
from organizer.domain.models import (
    CampaignSettings,
    CouncilMember,
    GoverningBody,
    Meeting,
    Person,
    Signup,
    SignupPoint,
    StanceRecord,
    TalkingPoint,
    TalkingPointTranslation,
)
from organizer.errors import NotFoundError, ValidationError
from organizer.exports import ics
from organizer.exports.pdf.speaker_packet import render_packet
from organizer.services import packets as service
from organizer.services.demo import load_demo
from tests.cli_helpers import run

START = dt.datetime(2026, 12, 15, 0, 0, tzinfo=dt.UTC)  # Monday, December 14, 6:00 PM in Chicago


@pytest.fixture
def meeting_id(session) -> int:
    """A meeting with three speakers (one on the waiting list, one who declined)."""
    body = GoverningBody(
        name="Test City Council", seats=5, timezone="America/Chicago", meeting_place="City Hall",
        meeting_address="1 Main St", minutes_per_speaker=3, comment_window_minutes=30,
        signup_deadline_minutes=10, signup_instructions="Tell the clerk.",
    )  # fmt: skip
    session.add(body)
    member = CouncilMember(body=body, name="Member Secretstance", seat="Ward 1")
    member.stances.append(
        StanceRecord(stance=Stance.LEAN_YES, recorded_on=dt.date(2026, 11, 1), source_kind=StanceSource.PRIVATE_MEETING)
    )
    session.add(member)
    meeting = Meeting(body=body, starts_at=START, title="Regular meeting", agenda_item="Item 7")
    session.add(meeting)
    translated = TalkingPoint(title="Police stay local", category=PointCategory.WHY_IT_MATTERS, summary="Safer city.")
    translated.translations.append(
        TalkingPointTranslation(language="es", title="La policía se queda local", summary="Ciudad más segura.")
    )
    untranslated = TalkingPoint(title="Call 911 without fear", category=PointCategory.WHY_IT_MATTERS, summary="Everyone.")
    prompt = TalkingPoint(title="Your story", category=PointCategory.STORY_PROMPT, summary="Tell a story.")
    session.add_all([translated, untranslated, prompt])
    people = [
        Person(first_name="Ana", last_name="López", preferred_name="Anita", packet_language="es",
               phone="+13095550101", notes="PERSON-SECRET"),
        Person(first_name="Grace", last_name="王", phone="+13095550102"),
        Person(first_name="Sam", last_name="Wait", phone="+13095550103"),
        Person(first_name="Dee", last_name="Clined", phone="+13095550104"),
    ]  # fmt: skip
    session.add_all(people)
    statuses = [SignupStatus.CONFIRMED, SignupStatus.INVITED, SignupStatus.WAITLISTED, SignupStatus.DECLINED]
    for position, (person, status) in enumerate(zip(people, statuses, strict=True), start=1):
        signup = Signup(meeting=meeting, person=person, position=position, status=status, notes="SIGNUP-SECRET")
        for i, point in enumerate((untranslated, translated, prompt), start=1):
            signup.point_links.append(SignupPoint(point=point, position=i))
        session.add(signup)
    session.flush()
    return meeting.id


def signup_of(session, first_name: str) -> Signup:
    return session.scalar(select(Signup).join(Person).where(Person.first_name == first_name))


def test_packet_data_from_the_records(session, meeting_id):
    data = service.packet_data(session, signup_of(session, "Ana").id)
    assert data.lang == "es"  # the person's own packet language
    assert data.speaker.name == "Anita López"
    assert (data.speaker.slot, data.speaker.speaker_count, data.speaker.minutes) == (1, 2, 3)
    assert [p.title for p in data.points] == ["Call 911 without fear", "La policía se queda local"]
    assert [p.translated for p in data.points] == [False, True]
    assert data.story_prompt is not None and data.story_prompt.title == "Your story"
    assert data.meeting.signup_deadline == START - dt.timedelta(minutes=10)
    assert data.meeting.arrive_by == START - dt.timedelta(minutes=30)
    assert data.speaking_time.limit_seconds == 180
    assert data.speaking_time.words > 0
    assert data.internal is None


def test_language_can_be_overridden_and_is_checked(session, meeting_id):
    ana = signup_of(session, "Ana").id
    data = service.packet_data(session, ana, lang="en")
    assert [p.title for p in data.points] == ["Call 911 without fear", "Police stay local"]
    with pytest.raises(ValidationError, match="Packets can be printed in"):
        service.packet_data(session, ana, lang="fr")
    with pytest.raises(NotFoundError):
        service.packet_data(session, 999_999)


def test_spanish_packet_from_the_database_reads_back(session, meeting_id):
    pdf = render_packet(service.packet_data(session, signup_of(session, "Ana").id))
    assert contains(pdf, "Anita López")
    assert contains(pdf, "lunes, 14 de diciembre de 2026, 18:00 (hora del centro)")
    assert contains(pdf, "La policía se queda local")
    assert contains(pdf, "Call 911 without fear")
    assert contains(pdf, "Todavía sin traducir: se muestra en inglés.")
    assert contains(pdf, "Tu tiempo límite 3 minutos")


def test_internal_notes_only_on_request(session, meeting_id):
    ana = signup_of(session, "Ana").id
    everything = text(render_packet(service.packet_data(session, ana)))
    for secret in ("PERSON-SECRET", "SIGNUP-SECRET", "Secretstance", "+1 309", "309-555-0102"):
        assert secret not in everything
    internal = service.packet_data(session, ana, include_internal=True)
    assert internal.internal is not None
    assert internal.internal.member_stances[0].stance == Stance.LEAN_YES
    flat = text(render_packet(internal))
    assert "PERSON-SECRET" in flat and "SIGNUP-SECRET" in flat and "Secretstance" in flat


def test_meeting_packets_speakers_then_waiting_list(session, meeting_id):
    data = service.meeting_packets(session, meeting_id)
    assert [(d.speaker.name, d.speaker.slot, d.speaker.waitlisted) for d in data] == [
        ("Anita López", 1, False),
        ("Grace 王", 2, False),
        ("Sam Wait", None, True),
    ]


def test_run_of_show_has_phones_points_and_the_waiting_list(session, meeting_id):
    data = service.run_of_show_data(session, meeting_id)
    assert [r.name for r in data.speakers] == ["Anita López", "Grace 王"]
    assert data.speakers[0].phone == "(309) 555-0101"
    assert data.speakers[0].points == ("Call 911 without fear", "Police stay local", "Your story")
    assert [r.name for r in data.waitlist] == ["Sam Wait"]


def test_write_packets_and_printouts(session, meeting_id, tmp_path):
    data = service.meeting_packets(session, meeting_id)
    files = service.write_packets(data, tmp_path / "each")
    assert [f.name for f in files] == ["01-Anita-López.pdf", "02-Grace-王.pdf", "w01-Sam-Wait.pdf"]
    [combined] = service.write_packets(data, tmp_path / "all", combined=True)
    assert combined.name == "packets-2026-12-14-Test-City-Council.pdf"
    assert [t for t, _ in outline(combined.read_bytes())] == ["#1 Anita López", "#2 Grace 王", "Sam Wait"]
    printouts = service.write_printouts(service.run_of_show_data(session, meeting_id), tmp_path / "p")
    assert [p.name for p in printouts] == [
        "run-of-show-2026-12-14-Test-City-Council.pdf",
        "sign-in-2026-12-14-Test-City-Council.pdf",
    ]
    run_of_show = printouts[0].read_bytes()
    assert contains(run_of_show, "(309) 555-0101")
    assert contains(run_of_show, "Anita López")
    assert unembedded_fonts(run_of_show) == set()
    with pytest.raises(ValidationError):
        service.write_packets([], tmp_path)


def test_whip_report_from_the_demo(session, tmp_path):
    load_demo(session, today=dt.date(2026, 11, 28))
    path = service.write_whip_report(session, tmp_path / "reports" / "whip.pdf", paper="a4")
    pdf = path.read_bytes()
    assert contains(pdf, "Bloomington City Council") and contains(pdf, "Normal Town Council")
    assert contains(pdf, "Leaning yes") and contains(pdf, "Votes needed")
    assert contains(pdf, "Internal: for the organizing team only.")
    assert unembedded_fonts(pdf) == set()
    assert len(outline(pdf)) == 2
    assert round(float(reader(pdf).pages[0].mediabox.width)) == 595


def test_campaign_settings_reach_the_packet(session, meeting_id):
    settings = session.get(CampaignSettings, 1) or CampaignSettings(id=1)
    settings.coordinator_name = "Coordinator Person"
    settings.coordinator_phone = "+13095550199"
    session.add(settings)
    session.flush()
    data = service.packet_data(session, signup_of(session, "Grace").id)
    assert data.campaign.coordinator_name == "Coordinator Person"
    assert contains(render_packet(data), "(309) 555-0199")


# --- the commands -----------------------------------------------------------------------


def test_packets_next_each_and_combined(demo_file, tmp_path, capsys):
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "--db", demo_file, "packets", "next", "--out", str(out_dir))
    assert code == 0, err
    files = [Path(line) for line in out.splitlines()]
    written = [p for p in files if p.suffix == ".pdf"]
    invitations = [p for p in files if p.suffix == ".ics"]
    assert written and all(p.exists() for p in files)
    # Each expected speaker also gets a calendar invitation for their slot.
    assert invitations and all(b"BEGIN:VALARM" in p.read_bytes() for p in invitations)
    assert len(invitations) <= len(written)
    code, out, err = run(
        capsys, "--db", demo_file, "packets", "next", "--out", str(out_dir), "--combined",
        "--paper", "a4", "--large-print", "--lang", "es",
    )  # fmt: skip
    assert code == 0, err
    [combined] = [Path(line) for line in out.splitlines() if line.endswith(".pdf")]
    pdf = combined.read_bytes()
    marks = outline(pdf)
    assert len(marks) == len(written)
    assert all(page % 2 == 0 for _, page in marks)
    assert contains(pdf, "Tu guion")


def test_printouts_and_whip_pdf(demo_file, tmp_path, capsys):
    code, out, err = run(capsys, "--db", demo_file, "printouts", "next", "--out", str(tmp_path))
    assert code == 0, err
    assert len(out.splitlines()) == 2
    code, out, err = run(capsys, "--db", demo_file, "whip", "--pdf", str(tmp_path / "whip.pdf"))
    assert code == 0, err
    assert (tmp_path / "whip.pdf").read_bytes().startswith(b"%PDF")


def test_include_internal_warns(demo_file, tmp_path, capsys):
    code, _, err = run(capsys, "--db", demo_file, "packets", "next", "--out", str(tmp_path), "--include-internal")
    assert code == 0
    assert "internal notes" in err


def test_bad_meeting_is_one_sentence(demo_file, tmp_path, capsys):
    code, _, err = run(capsys, "--db", demo_file, "packets", "nope", "--out", str(tmp_path))
    assert code == 1
    assert err.startswith("organizer: ") and err.count("\n") == 1


def test_arrive_by_is_the_same_rule_as_messages_and_invitations(session, meeting_id):
    """A two-hour sign-up deadline (Normal's) is advance notice: come 30 minutes early, not
    at 4:45 PM, and the packet still prints the deadline on its own line."""
    meeting = session.get(Meeting, meeting_id)
    meeting.body.signup_deadline_minutes = 120
    session.flush()
    data = service.packet_data(session, signup_of(session, "Grace").id)
    assert data.meeting.arrive_by == ics.arrive_by(meeting) == START - dt.timedelta(minutes=30)
    assert data.meeting.signup_deadline == START - dt.timedelta(hours=2)
    pdf = render_packet(data)
    assert contains(pdf, "Arrive by 5:30 PM")
    assert contains(pdf, "Sign up before 4:00 PM")


def file_mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_printed_files_are_owner_only(demo_file, tmp_path, capsys):
    out_dir = tmp_path / "team" / "packets"
    code, out, err = run(capsys, "--db", demo_file, "packets", "next", "--out", str(out_dir), "--include-internal")
    assert code == 0, err
    written = [Path(line) for line in out.splitlines()]
    assert {p.suffix for p in written} == {".pdf", ".ics"}
    assert all(file_mode(p) == 0o600 for p in written)
    assert file_mode(tmp_path / "team") == 0o700 and file_mode(out_dir) == 0o700
    code, out, err = run(capsys, "--db", demo_file, "packets", "next", "--out", str(out_dir), "--combined")
    assert code == 0, err
    assert all(file_mode(Path(line)) == 0o600 for line in out.splitlines())
    code, out, err = run(capsys, "--db", demo_file, "printouts", "next", "--out", str(tmp_path / "desk"))
    assert code == 0, err
    assert [file_mode(Path(line)) for line in out.splitlines()] == [0o600, 0o600]
    code, _, err = run(capsys, "--db", demo_file, "whip", "--pdf", str(tmp_path / "whip.pdf"))
    assert code == 0, err
    assert file_mode(tmp_path / "whip.pdf") == 0o600


def test_write_errors_are_one_sentence(demo_file, tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_bytes(b"keep me")
    for args, sentence in [
        (["packets", "next", "--out", str(afile)], f"{afile} is a file, not a folder."),
        (["printouts", "next", "--out", str(afile)], f"{afile} is a file, not a folder."),
        (["whip", "--pdf", str(afile / "x.pdf")], f"{afile} is a file, not a folder."),
        (["whip", "--pdf", str(tmp_path)], f"{tmp_path} is a folder; give a file name."),
    ]:
        code, out, err = run(capsys, "--db", demo_file, *args)
        assert (code, out, err) == (1, "", f"organizer: {sentence}\n"), args
    assert afile.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "demo.sqlite3", "organizer-data"]


def test_printing_never_writes_over_a_campaign(demo_file, tmp_path, capsys):
    campaign = Path(demo_file)
    before = campaign.read_bytes()
    code, _, err = run(capsys, "--db", demo_file, "whip", "--pdf", demo_file)
    assert code == 1 and err == f"organizer: {demo_file} is part of the open campaign's database; write to another file.\n"
    # Another campaign's file, here where the combined packet would go.
    code, out, _ = run(capsys, "--db", demo_file, "packets", "next", "--out", str(tmp_path / "p"), "--combined")
    [combined] = [Path(line) for line in out.splitlines() if line.endswith(".pdf")]
    combined.write_bytes(before)
    code, _, err = run(capsys, "--db", demo_file, "packets", "next", "--out", str(tmp_path / "p"), "--combined")
    assert code == 1 and "is a campaign database; write to another file" in err
    assert combined.read_bytes() == before
    assert campaign.read_bytes() == before
