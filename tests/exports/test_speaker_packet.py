"""Speaker packets read back with pypdf: what a volunteer needs is there, and nothing internal."""

from __future__ import annotations

from dataclasses import replace

import pytest
from packet_factories import POINTS, internal_notes, packet
from pdf_check import contains, page_texts, reader, squash, text, unembedded_fonts

from organizer.errors import ValidationError
from organizer.exports.pdf.data import PointText, PrintOptions, SpeakingTime
from organizer.exports.pdf.speaker_packet import render_packet


def test_packet_has_name_local_time_points_and_limit():
    pdf = render_packet(packet())
    assert contains(pdf, "María José López")
    # 00:00 UTC on December 15 is 6:00 PM on Monday, December 14 in Chicago.
    assert contains(pdf, "Monday, December 14, 2026, 6:00 PM CST")
    for point in POINTS:
        assert contains(pdf, point.title)
    assert contains(pdf, "Your time limit 3 minutes")
    assert contains(pdf, "#3")
    assert contains(pdf, "Sign up before 5:45 PM CST.")
    assert contains(pdf, "Dana Whitfield")


def test_points_appear_in_the_assigned_order():
    flat = text(render_packet(packet(points=tuple(reversed(POINTS)))))
    assert flat.index(POINTS[1].title) < flat.index(POINTS[0].title)


def test_metadata_language_and_page_numbers():
    pdf = render_packet(packet())
    r = reader(pdf)
    assert r.metadata.title == "Speaker packet: María José López"
    assert r.metadata.author == "Bloomington-Normal Welcoming Coalition"
    assert "Bloomington City Council" in r.metadata.subject
    assert r.trailer["/Root"]["/Lang"] == "en"
    pages = page_texts(pdf)
    assert all(f"Page {i} of {len(pages)}" in squash(t) for i, t in enumerate(pages, start=1))
    assert all("Generated December 1, 2026" in squash(t) for t in pages)


def test_every_font_is_embedded():
    assert unembedded_fonts(render_packet(packet())) == set()


def test_spanish_packet_uses_translations_and_marks_the_untranslated():
    translated = PointText("La policía local no hace cumplir las leyes federales de inmigración", "Resumen.")
    untranslated = replace(POINTS[1], translated=False)
    pdf = render_packet(packet(lang="es", points=(translated, untranslated)))
    assert contains(pdf, translated.title)
    assert contains(pdf, untranslated.title)
    assert contains(pdf, "Todavía sin traducir: se muestra en inglés.")
    assert contains(pdf, "lunes, 14 de diciembre de 2026, 18:00 (hora del centro)")
    assert contains(pdf, "Tu tiempo límite 3 minutos")
    assert contains(pdf, "Tu guion")
    assert reader(pdf).trailer["/Root"]["/Lang"] == "es"
    assert "Página 1 de" in text(pdf)


def test_english_packet_has_no_untranslated_note():
    assert not contains(render_packet(packet()), "Not translated yet")


def test_over_the_limit_warns_clearly():
    over = SpeakingTime(words=520, seconds=240, words_per_minute=130, limit_seconds=180)
    pdf = render_packet(packet(speaking_time=over))
    assert contains(pdf, "Too long")
    assert contains(pdf, "runs over your limit by about 1 min")
    fits = render_packet(packet())
    assert not contains(fits, "Too long")
    assert contains(fits, "Fits your limit, with about 1 min to spare.")


def test_internal_notes_are_left_out_by_default():
    pdf = render_packet(packet())
    for secret in ("INTERNAL-SIGNUP-NOTE", "INTERNAL-PERSON-NOTE", "Alex Rivera", "Leaning yes", "Internal"):
        assert not contains(pdf, secret)


def test_internal_page_when_asked_for():
    pdf = render_packet(packet(internal=internal_notes()))
    last = squash(page_texts(pdf)[-1])
    assert "Internal: do not share" in last
    assert "Alex Rivera" in last and "Leaning yes" in last
    assert "INTERNAL-SIGNUP-NOTE" in last and "INTERNAL-PERSON-NOTE" in last


def test_a4_and_large_print():
    pdf = render_packet(packet(), PrintOptions(paper="a4", large_print=True))
    box = reader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    letter = reader(render_packet(packet())).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert contains(pdf, "María José López")


def test_large_print_body_is_at_least_14_points():
    from organizer.exports.pdf.speaker_packet import SpeakerPacket

    renderer = SpeakerPacket(packet(), PrintOptions(large_print=True))
    for name in ("body", "value", "script_line", "numbered"):
        assert renderer.styles[name].fontSize >= 14


def test_unknown_paper_is_refused_with_a_sentence():
    with pytest.raises(ValidationError, match="Paper size"):
        PrintOptions(paper="legal")


def test_waitlisted_speaker_is_told_so():
    speaker = replace(packet().speaker, slot=None, waitlisted=True)
    pdf = render_packet(packet(speaker=speaker))
    assert contains(pdf, "You are on the waiting list.")
    assert contains(pdf, "To be confirmed")
