"""Refresh the command line's Spanish catalogues (Python gettext) and compile them to .mo.

    .venv/bin/python tools/update_cli_translations.py                 # extract, merge, compile
    .venv/bin/python tools/update_cli_translations.py --compile-only  # only recompile the .mo

The GUI's sentences are in Qt's .ts files (tools/update_translations.py); every other
sentence (organizer/ outside gui/: the command line, the known errors' messages, reports)
is marked with ``_()``, ``ngettext()`` or ``N_()`` from organizer.i18n and lives in
``resources/i18n/es/LC_MESSAGES/organizer.po``. argparse's own words ("usage:", "error:")
come from the standard library's argparse.py, into ``argparse.po`` beside it.

Extraction and merging keep every existing translation (pybabel update); a sentence that
changed in the source is marked fuzzy, and tests/cli/test_spanish.py fails until someone
translates it again. Source locations are left out so that editing a file does not
rewrite the catalogue. Babel is a build tool (the ``test`` extra), never needed at run time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from organizer.config import RESOURCES_DIR  # noqa: E402
from organizer.i18n import ARGPARSE_DOMAIN, DOMAIN  # noqa: E402

LANGUAGE = "es"
LOCALE_DIR = RESOURCES_DIR / "i18n"
PACKAGE = ROOT / "organizer"


def catalogue(domain: str, suffix: str = ".po") -> Path:
    return LOCALE_DIR / LANGUAGE / "LC_MESSAGES" / f"{domain}{suffix}"


def organizer_sources() -> list[Path]:
    """Every module outside the GUI, which Qt's tools translate instead."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)


def argparse_sources() -> list[Path]:
    return [Path(argparse.__file__)]


SOURCES = {DOMAIN: organizer_sources, ARGPARSE_DOMAIN: argparse_sources}


def pybabel(*arguments: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "--quiet", *arguments], check=True)


def update(domain: str) -> None:
    """Extract ``domain``'s sentences and merge them into its .po (created the first time)."""
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / f"{domain}.pot"
        pybabel(
            "extract", "--no-location", "--no-wrap", "--sort-output",
            "--project", "organizer", "--copyright-holder", "organizer contributors",
            "--output-file", str(template), *map(str, SOURCES[domain]()),
        )
        command = "update" if catalogue(domain).exists() else "init"
        extra = ["--no-wrap", "--ignore-obsolete"] if command == "update" else ["--no-wrap"]
        pybabel(
            command, "--input-file", str(template), "--output-dir", str(LOCALE_DIR),
            "--domain", domain, "--locale", LANGUAGE, *extra,
        )


def compile_catalogues() -> None:
    for domain in SOURCES:
        pybabel("compile", "--directory", str(LOCALE_DIR), "--domain", domain, "--locale", LANGUAGE,
                "--statistics")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="only compile the .mo files")
    args = parser.parse_args(argv)
    if not args.compile_only:
        for domain in SOURCES:
            update(domain)
    compile_catalogues()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
