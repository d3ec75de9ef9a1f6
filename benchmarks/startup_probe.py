"""Start the app exactly as ``organizer --db FILE`` does; print ``shown <seconds>`` and quit once
the main window is shown and painted.

    python benchmarks/startup_probe.py FILE

bench_gui.py uses this while organizer/gui/app.py has no ORGANIZER_BENCH_EXIT_AFTER_SHOW
hook. The seconds are counted from the start of this process (Linux: /proc), so the
interpreter's own start-up and every import are included, as a user would wait for them.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def seconds_since_process_start() -> float:
    """From the kernel's record of when this process started; falls back to this module's import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            after_name = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(after_name[19])  # field 22, "starttime", in clock ticks since boot
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


_IMPORTED_AT = time.perf_counter()


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from organizer.cli import main as organizer_main
    from organizer.gui import main_window

    original_show = main_window.MainWindow.show

    def show_then_report(window: main_window.MainWindow) -> None:
        original_show(window)

        def report() -> None:
            QApplication.processEvents()  # the first paint
            print(f"shown {seconds_since_process_start():.3f}", flush=True)
            QApplication.quit()

        QTimer.singleShot(0, report)

    main_window.MainWindow.show = show_then_report  # type: ignore[method-assign]
    return organizer_main(["--db", sys.argv[1]])


if __name__ == "__main__":
    raise SystemExit(main())
