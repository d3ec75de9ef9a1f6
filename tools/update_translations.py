"""Refresh the Spanish catalogues from the source and compile them into the app's .qm file.

    .venv/bin/python tools/update_translations.py                 # both areas, then lrelease
    .venv/bin/python tools/update_translations.py --area dialogs  # one area's .ts, then lrelease
    .venv/bin/python tools/update_translations.py --release-only  # only recompile the .qm

Each area's .ts is updated by lupdate over that area's files only (so two people can translate
at once without touching each other's catalogue); lupdate keeps every existing translation.
The .qm is always compiled from both catalogues together, because the app loads one file.
Source locations are left out of the .ts so that editing a file does not rewrite the catalogue.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from organizer.config import RESOURCES_DIR  # noqa: E402

GUI = ROOT / "organizer" / "gui"
LANGUAGE = "es"
CATALOGUE_DIR = RESOURCES_DIR / "i18n" / LANGUAGE
COMPILED = RESOURCES_DIR / "i18n" / f"organizer_{LANGUAGE}.qm"


def shell_sources() -> list[Path]:
    """The main window and everything it is built from, except the dialogs."""
    files = sorted(GUI.glob("*.py"))
    for folder in ("pages", "models", "widgets"):
        files += sorted((GUI / folder).rglob("*.py"))
    return files


def dialog_sources() -> list[Path]:
    return sorted((GUI / "dialogs").rglob("*.py"))


AREAS = {"shell": shell_sources, "dialogs": dialog_sources}


def catalogue(area: str) -> Path:
    return CATALOGUE_DIR / f"{area}.ts"


def qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install the project with: pip install -e '.[test]'")
    return found


def update(area: str, *, drop_obsolete: bool = False) -> None:
    sources = [str(path) for path in AREAS[area]()]
    command = [
        qt_tool("pyside6-lupdate"),
        *sources,
        "-source-language", "en",
        "-target-language", LANGUAGE,
        "-locations", "none",
        "-ts", str(catalogue(area)),
    ]
    if drop_obsolete:
        command.insert(1, "-no-obsolete")
    CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(command, check=True)


def release(output: Path = COMPILED) -> None:
    """Compile every existing catalogue into one .qm (tests call this to check it is current)."""
    catalogues = [str(catalogue(area)) for area in AREAS if catalogue(area).exists()]
    if not catalogues:
        raise SystemExit(f"no catalogue in {CATALOGUE_DIR}; run without --release-only first")
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", *catalogues, "-qm", str(output)], check=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--area", choices=[*AREAS, "both"], default="both")
    parser.add_argument("--release-only", action="store_true", help="only compile the .qm")
    parser.add_argument(
        "--no-obsolete", action="store_true", help="drop translations whose source text is gone"
    )
    args = parser.parse_args(argv)
    if not args.release_only:
        for area in AREAS if args.area == "both" else [args.area]:
            update(area, drop_obsolete=args.no_obsolete)
    release()
    print(f"compiled {COMPILED.relative_to(ROOT) if COMPILED.is_relative_to(ROOT) else COMPILED}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
