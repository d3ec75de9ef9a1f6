"""The hostile input corpus (corpus.json) and what each item must become in a field.

Every sink's test takes its items from here, so one corpus drives the services, the command
line, the imports, the GUI editors and the PDFs, and the expected outcome of each item is
written once, in the data file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CORPUS_FILE = Path(__file__).with_name("corpus.json")


def _expand(value: Any) -> Any:
    """Long values are stored as {"text": ..., "repeat": n} to keep the file readable."""
    if isinstance(value, dict) and set(value) == {"text", "repeat"}:
        return value["text"] * value["repeat"]
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    value: Any
    expect: dict[str, Any]
    container: str = ""  # bytes items: the encoding of the file around them, when not UTF-8

    @property
    def saved(self) -> str | None:
        return self.expect.get("saved")

    @property
    def pdf(self) -> dict[str, str] | None:
        return self.expect.get("pdf")


@dataclass(frozen=True)
class Outcome:
    """What a field does with an item: saves ``value``, or refuses with a sentence containing ``refusal``."""

    saves: bool
    value: str = ""
    refusal: str = ""


def _load() -> list[Item]:
    raw = json.loads(CORPUS_FILE.read_text(encoding="ascii"))
    items = []
    for entry in raw["items"]:
        value = bytes.fromhex(entry["hex"]) if "hex" in entry else _expand(entry["value"])
        items.append(Item(entry["id"], entry["kind"], value, _expand(entry.get("expect", {})), entry.get("container", "")))
    return items


ITEMS = _load()


def of_kind(kind: str) -> list[Item]:
    return [item for item in ITEMS if item.kind == kind]


def params(kind: str) -> list[Any]:
    """The items of one kind as pytest parameters, each with its corpus id as the test id."""
    return [pytest.param(item, id=item.id) for item in of_kind(kind)]


def by_id(item_id: str) -> Item:
    return next(item for item in ITEMS if item.id == item_id)


def in_text_field(item: Item, max_length: int, *, required: bool = False, empty_refusal: str = "cannot be empty") -> Outcome:
    """What a free-text field with this limit does with a text item, per the corpus."""
    saved = item.saved
    if saved is None:
        return Outcome(False, refusal=item.expect["refused"])
    if not saved and required:
        return Outcome(False, refusal=empty_refusal)
    if len(saved) > max_length:
        return Outcome(False, refusal="is too long")
    return Outcome(True, saved)


def one_sentence(message: str) -> bool:
    """A user-facing refusal: one line, ends like a sentence, no traceback in it.

    A sentence may quote what was typed (“...”), line breaks and all.
    """
    message = re.sub(r"“[^”]*”", "“…”", message.strip(), flags=re.S)
    return bool(message) and "\n" not in message and "Traceback" not in message and message.endswith((".", ")", "”"))

