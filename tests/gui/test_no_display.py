"""A desktop without a usable display: one sentence and exit 1, never Qt's abort and core dump."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb display driver")

ROOT = Path(__file__).resolve().parents[2]


def test_a_display_that_cannot_be_reached_is_one_sentence_and_exit_1(tmp_path: Path) -> None:
    env = dict(os.environ, DISPLAY=":9871", QT_QPA_PLATFORM="xcb", ORGANIZER_DATA_DIR=str(tmp_path / "data"))
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "organizer", "--db", str(tmp_path / "c.sqlite3")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.returncode != -signal.SIGABRT
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("organizer: the desktop app could not start")
    assert "Traceback" not in result.stderr
