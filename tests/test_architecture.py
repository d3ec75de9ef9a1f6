"""The project's structural promises, checked on every test run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_only_the_gui_imports_qt_and_layers_point_one_way() -> None:
    result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "organizer", "tests", "benchmarks", "main.py"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_model_field_could_hold_immigration_status() -> None:
    from organizer.domain.models import Base

    forbidden = ("immigra", "citizen", "visa_status", "country_of_birth", "birthplace", "nationality",
                 "undocumented", "alien", "passport", "ssn", "social_security")
    for table in Base.metadata.tables.values():
        for column in table.columns:
            assert not any(word in column.name.lower() for word in forbidden), f"{table.name}.{column.name}"
