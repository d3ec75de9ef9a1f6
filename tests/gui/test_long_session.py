"""A long session must not crash the interpreter (PySide6 6.12 on Python 3.11, see gui/__init__)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys
    import organizer.gui  # noqa: F401 - applies the workaround
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    # More void Qt calls than None has references in a fresh interpreter.
    for _ in range(200_000):
        label.setText("Sign-up closes in 2 h")
    print("done", flush=True)
    """
)


def test_two_hundred_thousand_qt_calls_then_a_clean_exit() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
