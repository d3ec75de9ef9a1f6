"""A whole meeting's packets: one file each, or one combined PDF for double-sided printing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from packet_factories import internal_notes, packet
from pdf_check import contains, outline, page_texts, reader, unembedded_fonts

from organizer.exports.pdf import batch
from organizer.exports.pdf.batch import (
    BatchCancelled,
    packet_file_names,
    render_combined,
    render_packet_files,
    safe_file_stem,
)
from organizer.exports.pdf.join import Part, join
from organizer.exports.pdf.speaker_packet import render_packet, render_packet_book

NAMES = ["María José López", "王小明", "محمد عبد الله", "Sam O'Neil", "김민준", "Олена Коваленко"]


def meeting_packets(count: int):
    packets = []
    for i in range(count):
        # Every third packet has an internal page, so packets differ in length.
        speaker = replace(packet().speaker, name=f"{NAMES[i % len(NAMES)]} {chr(65 + i % 26)}", slot=i + 1)
        packets.append(packet(speaker=speaker, internal=internal_notes() if i % 3 == 0 else None))
    return packets


def check_book(pdf: bytes, packets) -> None:
    marks = outline(pdf)
    assert [title for title, _ in marks] == [f"#{p.speaker.slot} {p.speaker.name}" for p in packets]
    starts = [page for _, page in marks]
    # 0-based page indexes: even index = odd page number = a front side.
    assert all(page % 2 == 0 for page in starts)
    texts = page_texts(pdf)
    for data, start in zip(packets, starts, strict=True):
        assert data.speaker.name.split()[0] in texts[start] or "محمد" in data.speaker.name
    assert unembedded_fonts(pdf) == set()


def test_combined_in_one_process_starts_each_packet_on_an_odd_page():
    packets = meeting_packets(5)
    pdf = render_combined(packets, workers=1)
    check_book(pdf, packets)
    lengths = [len(reader(render_packet(p)).pages) for p in packets]
    assert any(n % 2 for n in lengths), "the test needs a packet with an odd number of pages"
    # A packet with an odd number of pages is followed by one blank page.
    padded = [n + n % 2 for n in lengths[:-1]] + lengths[-1:]
    assert len(reader(pdf).pages) == sum(padded)
    texts = page_texts(pdf)
    # "page X of Y" counts the packet's own pages, not the blank one or the whole book.
    assert f"Page 1 of {lengths[1]}" in " ".join(texts[padded[0]].split())
    assert texts[padded[0] - 1].strip() == "" or lengths[0] % 2 == 0


def test_combined_in_parallel_is_joined_with_one_bookmark_per_packet(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_THRESHOLD", 2)
    packets = meeting_packets(9)
    seen = []
    pdf = render_combined(packets, workers=2, progress=lambda done, total: seen.append((done, total)))
    check_book(pdf, packets)
    assert seen[0] == (0, 9) and seen[-1] == (9, 9)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    r = reader(pdf)
    assert r.metadata.title.startswith("Speaker packet: Bloomington City Council")
    assert r.trailer["/Root"]["/Lang"] == "en"
    assert contains(pdf, "Local police stay out of federal civil immigration enforcement")


def test_parallel_and_single_process_give_the_same_pages(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_THRESHOLD", 2)
    packets = meeting_packets(7)
    parallel = page_texts(render_combined(packets, workers=2))
    single = page_texts(render_packet_book(packets))
    assert len(parallel) >= len(single)
    assert [t for t in parallel if t.strip()] == [t for t in single if t.strip()]


def test_cancel_stops_the_batch(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_THRESHOLD", 2)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(BatchCancelled):
        render_combined(meeting_packets(8), workers=2, cancelled=cancelled)
    with pytest.raises(BatchCancelled):
        render_packet_files(meeting_packets(3), workers=1, cancelled=lambda: True)


def test_one_file_per_speaker(tmp_path):
    packets = meeting_packets(3) + [packet(speaker=replace(packet().speaker, name="Wait Listed", slot=None))]
    files = render_packet_files(packets, workers=1, progress=lambda d, t: None)
    assert [f.name for f in files] == [
        "01-María-José-López-A.pdf",
        "02-王小明-B.pdf",
        "03-محمد-عبد-الله-C.pdf",
        "w01-Wait-Listed.pdf",
    ]
    assert contains(files[1].pdf, "王小明 B")
    paths = batch.save_files(files, tmp_path / "out")
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ('a/b\\c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i-j"),
        ("  Ana   María  ", "Ana-María"),
        ("CON", "speaker"),
        ("...", "speaker"),
        ("", "speaker"),
        ("line\nbreak\ttab", "line-break-tab"),
        ("Nguyễn Thị", "Nguyễn-Thị"),
        ("x" * 200, "x" * 80),
    ],
)
def test_file_names_are_safe_everywhere(name, stem):
    assert safe_file_stem(name) == stem


def test_duplicate_names_get_a_number():
    same = [packet(speaker=replace(packet().speaker, slot=None, name="Ana")) for _ in range(2)]
    twins = [packet(speaker=replace(packet().speaker, slot=1, name="Ana")) for _ in range(2)]
    assert packet_file_names(twins) == ["01-Ana.pdf", "01-Ana-2.pdf"]
    assert packet_file_names(same) == ["w01-Ana.pdf", "w02-Ana.pdf"]


def test_join_keeps_strings_that_look_like_references():
    tricky = packet(speaker=replace(packet().speaker, name="Ana (1 0 R) \\ 5 0 obj"))
    parts = [Part(render_packet(tricky), [("first", 0)]), Part(render_packet(packet()), [("second (2 0 R)", 0)])]
    pdf = join(parts, title="Tïtle (x)", author="A", subject="S", lang="es")
    assert contains(pdf, "Ana (1 0 R) \\ 5 0 obj")
    marks = outline(pdf)
    assert [t for t, _ in marks] == ["first", "second (2 0 R)"]
    assert all(page % 2 == 0 for _, page in marks)
    r = reader(pdf)
    assert r.metadata.title == "Tïtle (x)"
    assert r.trailer["/Root"]["/Lang"] == "es"
    assert unembedded_fonts(pdf) == set()


def test_join_refuses_what_it_cannot_read():
    with pytest.raises(ValueError):
        join([Part(b"not a pdf")])
