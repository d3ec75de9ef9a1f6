"""Resources are found in one place (organizer.config), in a checkout, a wheel and a build."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from organizer import config

ROOT = Path(__file__).resolve().parents[2]


def test_only_config_says_where_the_resources_are() -> None:
    # Another module building its own path to resources/ would work from a checkout and
    # break in a wheel or a PyInstaller build, where the folder sits elsewhere.
    own_paths = re.compile(r"""["']_?resources["']""")
    offenders = [
        str(path.relative_to(ROOT)) for path in (ROOT / "organizer").rglob("*.py")
        if path.name != "config.py" and own_paths.search(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"use organizer.config.RESOURCES_DIR instead: {offenders}"


def test_a_checkout_reads_the_top_level_folder_so_edits_need_no_build() -> None:
    assert config.RESOURCES_DIR == ROOT / "resources"
    assert (config.FONTS_DIR / "NotoSans-Regular.ttf").is_file()
    assert (config.STARTER_DIR / "talking_points.json").is_file()


def test_a_pyinstaller_build_reads_its_bundle(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config._find_resources_dir() == tmp_path / "organizer" / "_resources"
