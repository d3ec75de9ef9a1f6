"""The corpus file itself: every item states its outcome for every sink that takes it, so
no sink's test can pass by finding nothing to check."""

from __future__ import annotations

import json

from hostile_corpus import CORPUS_FILE, ITEMS

REQUIRED = {
    "text": {"saved", "cleaning", "email", "phone", "csv_export", "pdf", "people_filter_finds"},
    "number": {"minutes", "spin", "cli_id"},
    "date": {"ics"},
    "time": {"ics"},
    "bytes": {"csv_import", "ics_import"},
}


def test_every_item_has_a_unique_id_and_an_outcome_for_each_of_its_sinks() -> None:
    assert len({item.id for item in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        assert REQUIRED[item.kind] <= set(item.expect), (item.id, REQUIRED[item.kind] - set(item.expect))


def test_the_corpus_covers_what_issue_9_lists() -> None:
    ids = {item.id for item in ITEMS}
    for wanted in ("markup-bold", "markup-close-para", "markup-img", "formula-equals", "formula-plus-phone",
                   "formula-minus", "formula-at", "formula-tab", "formula-cr", "long-ascii-10000", "ansi-escape",
                   "nul-inside", "bidi-override", "combining-decomposed", "emoji-zwj", "fullwidth",
                   "utf8-invalid-byte", "utf16le-lone-surrogate", "date-feb-30", "time-25", "time-spring-gap",
                   "number-negative", "number-huge"):
        assert wanted in ids, wanted


def test_the_file_is_plain_ascii_json_with_its_outcomes_explained() -> None:
    raw = json.loads(CORPUS_FILE.read_bytes().decode("ascii"))
    described = set(raw["outcomes"])
    assert {"saved", "cleaning", "csv_export", "pdf", "spin", "cli_id", "ics", "bytes", "gui"} <= described
