"""Start-up against a bare Qt window, side by side in one run: prints figures, asserts nothing.

    python benchmarks/bench_startup.py [--db FILE] [--runs N]

Alternately starts, N times each (after one warm-up of each that is not counted):

(a) a bare PySide6 process that shows a QLabel in a QMainWindow;
(b) the app, ``python -m organizer --db FILE`` on the 100,000-person database, whose
    ORGANIZER_BENCH_EXIT_AFTER_SHOW hook (organizer/gui/app.py) reports its main window's
    first frame, then (c) the first page (the dashboard) painted with the campaign's data,
    and quits.

Every time is from the moment the process is spawned to the moment it reports, on the
machine-wide monotonic clock, so the interpreter's own start-up and every import count,
as a user waits for them. A frame counts once its paint event has been handled. Qt runs
offscreen (no display server, no compositor), the same for both. Prints the medians, the
two ratios and whether each meets issue 9's target (first frame within 1.5x of the bare
window, dashboard with data within 4x). Builds the database with build_large_db.py first if
the file is missing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.build_large_db import DEFAULT_OUT, ensure_large_db  # noqa: E402

BENCH_HOOK = "ORGANIZER_BENCH_EXIT_AFTER_SHOW"
FIRST_FRAME_TARGET = 1.5
DASHBOARD_TARGET = 4.0
TIMEOUT_S = 120

# The bare window reports the way the app's hook does: after its first paint event.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, report)

def report():
    print(f"shown at {time.monotonic():.6f}", flush=True)
    app.quit()

app = QApplication(sys.argv)
window = Window()
window.setCentralWidget(QLabel("Hello", window))
window.resize(1360, 860)
window.show()
app.exec()
"""


def spawn(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one process; {"shown": s, "ready": s} in seconds after the spawn."""
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    marks = {}
    for line in done.stdout.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] in ("shown", "ready") and "at" in words:
            marks[words[0]] = float(words[words.index("at") + 1]) - started
    if done.returncode != 0 or "shown" not in marks:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"{command[1]} did not report its first frame (exit {done.returncode}): {last}")
    return marks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    args = parser.parse_args(argv)
    db_path = ensure_large_db(args.db)

    bare_command = [sys.executable, "-c", BARE_WINDOW]
    app_command = [sys.executable, "-m", "organizer", "--db", str(db_path)]
    bare, first_frame, dashboard = [], [], []
    with tempfile.TemporaryDirectory() as home:
        # Its own settings and data folders, so the benchmark leaves the user's alone and
        # every run opens on the dashboard.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{BENCH_HOOK: "1"})
        env.update(XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache", ORGANIZER_DATA_DIR=f"{home}/organizer")
        env.pop("ORGANIZER_DB", None)
        # As an installed app runs: Python keeps its compiled bytecode (the warm-up writes it).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        spawn(bare_command, env)  # warm-up: the page cache, a schema upgrade of an older file
        spawn(app_command, env)
        for _ in range(args.runs):
            bare.append(spawn(bare_command, env)["shown"])
            marks = spawn(app_command, env)
            first_frame.append(marks["shown"])
            dashboard.append(marks.get("ready", float("nan")))

    bare_s, frame_s, dashboard_s = (statistics.median(runs) for runs in (bare, first_frame, dashboard))
    size_mb = db_path.stat().st_size / 1e6
    print(f"Database: {db_path} ({size_mb:.1f} MB); Python {sys.version.split()[0]}; "
          f"{os.cpu_count()} cores; QT_QPA_PLATFORM=offscreen (no display server)")
    print(f"Medians of {args.runs} runs each, alternating, from process spawn to the frame:")
    print()
    rows = [
        ("(a) bare PySide6 window with a QLabel, first frame", bare_s, None, None),
        ("(b) organizer main window, first frame", frame_s, frame_s / bare_s, FIRST_FRAME_TARGET),
        ("(c) organizer dashboard painted with data", dashboard_s, dashboard_s / bare_s, DASHBOARD_TARGET),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"{'what':<{width}}  {'median':>8}  {'ratio':>6}  {'target':>6}  verdict  {'fastest':>8}  (all runs, ms)")
    for what, seconds, ratio, target in rows:
        runs = {"(a)": bare, "(b)": first_frame, "(c)": dashboard}[what[:3]]
        ratio_text = f"{ratio:.2f}x" if ratio is not None else ""
        target_text = f"{target:.1f}x" if target is not None else ""
        verdict = ("meets" if ratio <= target else "MISSES") if target is not None else ""
        print(f"{what:<{width}}  {seconds * 1000:>5.0f} ms  {ratio_text:>6}  {target_text:>6}  {verdict:<7}  "
              f"{min(runs) * 1000:>5.0f} ms  " + " ".join(f"{run * 1000:.0f}" for run in runs))
    load = os.getloadavg()[0]
    if load > 1.5:
        print(f"\nThe load average was {load:.1f} on {os.cpu_count()} cores: other work was running, and it slows "
              "the app (more work) more than the bare window; the ratios are fair only on a quiet machine.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
