"""For benchmarks: report when start-up reached the screen, then quit.

With ORGANIZER_BENCH_EXIT_AFTER_SHOW set, the app prints ``shown <seconds> at <monotonic>``
once the main window's first frame is painted and ``ready <seconds> at <monotonic>`` once
the first page is painted with the campaign's data, then quits. <seconds> counts from the
process's start (Linux: /proc, in clock ticks); <monotonic> is the machine-wide clock, for a
parent that noted when it spawned the process (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

BENCH_HOOK = "ORGANIZER_BENCH_EXIT_AFTER_SHOW"
_IMPORTED_AT = time.perf_counter()


def wanted() -> bool:
    return bool(os.environ.get(BENCH_HOOK))


def seconds_since_process_start() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            after_name = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(after_name[19])  # field 22, "starttime", in clock ticks since boot
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


def _print_mark(name: str) -> None:
    print(f"{name} {seconds_since_process_start():.3f} at {time.monotonic():.6f}", flush=True)


def report_start_up(window: QMainWindow) -> None:
    """Print the two marks for ``window`` (a MainWindow just shown), then quit the app."""
    state = {"shown": False, "ready": False}

    def ready() -> None:
        QApplication.processEvents()  # paints the page that was just filled
        _print_mark("ready")
        QApplication.quit()

    def page_ready() -> None:
        state["ready"] = True
        if state["shown"]:
            QTimer.singleShot(0, ready)

    def shown() -> None:
        state["shown"] = True
        _print_mark("shown")
        if state["ready"]:
            QTimer.singleShot(0, ready)

    window.campaign_shown.connect(page_ready)
    window.first_frame_shown.connect(shown)
