"""The Spanish catalogues ship complete and compiled: no message a user can see is left
unfinished, the .qm the app loads is the one both .ts files compile to, and the shell's
catalogue holds every text of the shell's source files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from organizer import config

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((context.findtext("name") or "", message.findtext("source") or "", translation))
    return found


@pytest.mark.parametrize("area", sorted(update_translations.AREAS))
def test_no_message_is_left_unfinished(area: str) -> None:
    path = update_translations.catalogue(area)
    assert path.exists(), f"{path} is missing: run tools/update_translations.py"
    unfinished = [
        f"{context}: {source!r}" for context, source, translation in messages(path)
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert not unfinished, f"untranslated in {path.name}:\n" + "\n".join(unfinished)


def test_the_shipped_qm_is_compiled_from_both_catalogues(tmp_path: Path) -> None:
    fresh = tmp_path / "organizer_es.qm"
    update_translations.release(fresh)
    shipped = config.translations_dir() / "organizer_es.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), (
        "resources/i18n/organizer_es.qm is older than the .ts files: run tools/update_translations.py --release-only"
    )


def test_shell_translations_keep_placeholders_and_mnemonics() -> None:
    wrong = []
    for context, source, translation in messages(update_translations.catalogue("shell")):
        spanish = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(spanish)):
            wrong.append(f"{context}: {source!r} -> {spanish!r} (placeholders)")
        if source.replace("&&", "").count("&") != spanish.replace("&&", "").count("&"):
            wrong.append(f"{context}: {source!r} -> {spanish!r} (keyboard mnemonic)")
    assert not wrong, "\n".join(wrong)


def test_the_shell_catalogue_has_every_text_of_the_shell(tmp_path: Path) -> None:
    """A text added to a page without updating the catalogue would show in English."""
    copy = tmp_path / "shell.ts"
    shutil.copy(update_translations.catalogue("shell"), copy)
    sources = [str(path) for path in update_translations.shell_sources()]
    subprocess.run([update_translations.qt_tool("pyside6-lupdate"), *sources, "-silent", "-locations", "none",
                    "-ts", str(copy)], check=True)
    before = {(c, s) for c, s, _ in messages(update_translations.catalogue("shell"))}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert after <= before, "run tools/update_translations.py --area shell; new texts:\n" + "\n".join(
        f"{c}: {s!r}" for c, s in sorted(after - before))
