"""Every corpus text item printed: in a speaker's name, angle and talking point, through
``organizer packets`` and ``organizer printouts``, read back with pypdf.

All items go into one meeting, so the packets are rendered once (combined, and once more
as one file per speaker, whose names come from the hostile names); each item's test then
reads its own packet's pages. Right-to-left and bidi items are compared part by part, as
tests/exports/test_hostile_text.py does; the corpus marks known gaps (no emoji font) and
the expectations the shaping work may tighten.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_corpus import Item, by_id, of_kind, params
from sqlalchemy import select

from organizer.cli import main
from organizer.domain.models import GoverningBody
from organizer.exports.pdf.batch import packet_file_names
from organizer.services import campaign, meetings, people, points, signups
from organizer.services import packets as packet_service
from organizer.services.campaign import open_campaign

sys.path.insert(0, str(Path(__file__).parent.parent / "exports"))
from pdf_check import outline, page_texts, reader, squash, unembedded_fonts  # noqa: E402

PRINTED = [item for item in of_kind("text") if item.pdf is not None]
MEETING_TEXT = {"title": "markup-img", "place": "arabic", "address": "bidi-override"}
SETTINGS_TEXT = {"coordinator_name": "combining-decomposed", "ask": "formula-equals"}


@dataclass(frozen=True)
class Printed:
    combined: bytes
    packet_pages: dict[str, str]  # item id -> the text of that speaker's packet
    file_names: list[str]  # what one file per speaker would be called
    run_of_show: str
    folder: Path


def _fits(text: str, limit: int) -> bool:
    return 0 < len(text) <= limit


def speaker_name(item: Item, n: int) -> str:
    return item.saved if _fits(item.saved, 200) else f"Speaker {n}"


@pytest.fixture(scope="module")
def printed(fast_folder: Path) -> Iterator[Printed]:
    folder = fast_folder
    db = open_campaign(folder / "campaign.sqlite3")
    with db.session() as s:
        body = s.scalars(select(GoverningBody).order_by(GoverningBody.id)).first()
        meeting = meetings.create_meeting(
            s, body.id, dt.datetime.now(dt.UTC) + dt.timedelta(days=10),
            **{field: by_id(item_id).value for field, item_id in MEETING_TEXT.items()},
        )
        campaign.update_settings(s, {field: by_id(item_id).value for field, item_id in SETTINGS_TEXT.items()})
        for n, item in enumerate(PRINTED, start=1):
            person = people.create_person(s, first_name=speaker_name(item, n), email=f"speaker{n}@example.org")
            point = points.create_point(
                s, item.value if _fits(item.saved, 200) else f"Point {n}", "why_it_matters",
                # A 10,000-character value once (in the body) is enough pages to read back.
                summary=item.value if len(item.saved) <= 5000 else f"Summary {n}", body=item.value,
            )
            angle = item.value if len(item.saved) <= 5000 else ""
            signups.add_signup(s, meeting.id, person.id, [point.id], status="confirmed", angle=angle)
        meeting_id = meeting.id
    with db.session() as s:
        file_names = packet_file_names(packet_service.meeting_packets(s, meeting_id))
    db.dispose()
    database = str(folder / "campaign.sqlite3")
    for args in (("packets", str(meeting_id), "--out", str(folder / "combined"), "--combined"),
                 ("printouts", str(meeting_id), "--out", str(folder / "printouts"))):
        assert main(["--db", database, *args]) == 0
    [combined_file] = (folder / "combined").glob("*.pdf")
    combined = combined_file.read_bytes()
    pages = page_texts(combined)
    marks = outline(combined)
    starts = [page for _, page in marks] + [len(pages)]
    packet_pages = {
        item.id: without_footers(pages[starts[i]:starts[i + 1]], speaker_name(item, i + 1))
        for i, item in enumerate(PRINTED)
    }
    [run_of_show] = (folder / "printouts").glob("run-of-show-*.pdf")
    yield Printed(combined, packet_pages, file_names,
                  squash(" ".join(page_texts(run_of_show.read_bytes()))), folder)


def without_footers(pages: list[str], name: str) -> str:
    """A packet's pages as one text, without the footers, so text running across pages reads on."""
    label = re.compile(r"#\d+ " + re.escape(squash(name)) + r" · Generated \w+ \d+, \d{4}")
    return squash(" ".join(label.sub(" ", re.sub(r"Page \d+ of \d+", " ", squash(p))) for p in pages))


def shows(text: str, expected: dict[str, str], *, wrapped: bool = False) -> bool:
    """Whether the extracted ``text`` shows ``expected`` ({"mode", "text"}) as the corpus means.

    ``wrapped``: in narrow table cells a word breaks across lines and extraction puts a
    space at each break, so spaces are ignored (as they are for 10,000-character words).
    """
    wanted = squash(expected["text"])
    if wrapped or len(wanted) > 1000:
        text = text.replace(" ", "")
        parts = wanted.split() if expected["mode"] == "parts" else [wanted.replace(" ", "")]
        return all(part in text for part in parts)
    if expected["mode"] == "parts":
        return all(part in text for part in wanted.split())
    return wanted in text


@pytest.mark.parametrize("item", [p for p in params("text") if p.values[0].pdf is not None])
def test_each_item_prints_and_reads_back_as_the_corpus_says(printed: Printed, item: Item) -> None:
    text = printed.packet_pages[item.id]
    if item.pdf["text"]:
        assert shows(text, item.pdf), (item.pdf, text[:300])
    else:  # nothing left after cleaning: the packet is there, under the stand-in name
        assert f"Speaker {PRINTED.index(item) + 1}" in text
    if "<img" in item.saved:
        assert b"/Subtype /Image" not in printed.combined


@pytest.mark.parametrize("item", [p for p in params("text") if p.values[0].pdf is not None])
def test_each_name_is_on_the_run_of_show(printed: Printed, item: Item) -> None:
    name = speaker_name(item, PRINTED.index(item) + 1)
    expected = dict(item.pdf, text=item.pdf["text"] if name == item.saved else name)
    assert shows(printed.run_of_show, expected, wrapped=True) or not expected["text"]


def test_the_packets_open_embed_their_fonts_and_carry_the_meeting_and_campaign_text(printed: Printed) -> None:
    assert unembedded_fonts(printed.combined) == set()
    first = printed.packet_pages[PRINTED[0].id]
    for item_id in (*MEETING_TEXT.values(), *SETTINGS_TEXT.values()):
        item = by_id(item_id)
        assert shows(first, item.pdf), item_id


def _safe_file_name(name: str) -> bool:
    return (not any(ch in name for ch in "/\\\x00") and name not in (".", "..") and not name.startswith(".")
            and len(name.encode()) <= 255 and name.isprintable())


def test_file_names_from_hostile_names_stay_in_the_folder_and_nothing_half_written_is_left(printed: Printed) -> None:
    # One PDF per speaker (not rendered again here: the names are what the names make).
    assert len(set(printed.file_names)) == len(PRINTED)
    assert all(_safe_file_name(name) for name in printed.file_names), printed.file_names
    # The combined batch wrote the PDF and one invitation per speaker, named from the names.
    written = sorted(p.name for p in (printed.folder / "combined").iterdir())
    invitations = [name for name in written if name.endswith(".ics")]
    assert len(invitations) == len(PRINTED) and all(_safe_file_name(n) for n in invitations), invitations
    assert [n for n in written if not n.endswith((".pdf", ".ics"))] == []  # no temporary file left
    assert len(reader(printed.combined).pages) > len(PRINTED)
