"""How quick the app is on a large campaign: prints figures, asserts nothing.

    python benchmarks/bench_gui.py [--db FILE] [--repeat N]

Builds the 100,000-person database with build_large_db.py first if the file is missing.
Runs Qt offscreen. Figures, in a small table:

* start-up: process start to the main window shown (``python -m organizer --db FILE`` with
  ORGANIZER_BENCH_EXIT_AFTER_SHOW=1, which makes the app print ``shown <seconds>`` and quit);
* filtering the people table: the service queries alone, then the people page's model with
  a table view painting the first screen;
* opening a meeting's speaker board: the service load, the board snapshot, and the
  meetings page when it is there;
* peak memory of this process (service and GUI work) and of the start-up process.

Times are the first run (cold caches) and the median of --repeat runs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select  # noqa: E402

from benchmarks.build_large_db import DEFAULT_OUT, ensure_large_db  # noqa: E402
from organizer.domain.models import Signup  # noqa: E402

BENCH_HOOK = "ORGANIZER_BENCH_EXIT_AFTER_SHOW"
FILTERS = ("garcía", "smith", "ward 3", "garcia", "5550142", "王", "no such name")
STARTUP_TIMEOUT_S = 120


@dataclass
class Figure:
    what: str
    first: float | None  # seconds
    median: float | None
    note: str = ""


def timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first run, median of the runs after it) in seconds."""
    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:]) if repeat else times[0]


def have(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return False
        raise
    return True


# -- services (no Qt) ---------------------------------------------------------------------

def bench_services(db_path: Path, repeat: int) -> tuple[list[Figure], int]:
    from organizer.services import meetings, people, search
    from organizer.services.campaign import open_campaign

    figures = []
    started = time.perf_counter()
    db = open_campaign(db_path, create=False)
    figures.append(Figure("open the campaign file (integrity check, migrations)", time.perf_counter() - started, None))
    try:
        with db.session() as session:
            total = people.count_people(session)
            busiest = session.execute(
                select(Signup.meeting_id, func.count()).group_by(Signup.meeting_id)
                .order_by(func.count().desc()).limit(1)
            ).first()
        meeting_id, speakers = busiest

        def first_page(text: str) -> Callable[[], object]:
            def work() -> object:
                with db.session() as session:
                    return people.count_people(session, text), people.list_people(session, text, limit=200)
            return work

        for text in FILTERS:
            with db.session() as session:
                found = people.count_people(session, text)
            first, median = timed(first_page(text), repeat)
            figures.append(Figure(f"people filter “{text}”: count + first 200 (SQL)", first, median, f"{found:,} of {total:,}"))

        def deep_page() -> object:
            with db.session() as session:
                return people.list_people(session, "", sort="email", offset=total // 2, limit=200)
        first, median = timed(deep_page, repeat)
        figures.append(Figure("people, sorted by email, a page in the middle (SQL)", first, median))

        def global_search() -> object:
            with db.session() as session:
                return search.search(session, "garcia")
        first, median = timed(global_search, repeat)
        figures.append(Figure("global search “garcia” (Ctrl+K)", first, median))

        def board() -> object:
            with db.session() as session:
                meeting = meetings.load_meeting_board(session, meeting_id)
                return meetings.meeting_budget(meeting), meetings.meeting_warnings(meeting)
        first, median = timed(board, repeat)
        figures.append(Figure("meeting board: load + budget + warnings (service)", first, median,
                              f"meeting {meeting_id}, {speakers} sign-ups"))
    finally:
        db.dispose()
    return figures, meeting_id


# -- GUI in this process -----------------------------------------------------------------

def bench_gui(db_path: Path, meeting_id: int, repeat: int) -> list[Figure]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTableView

    from organizer.gui.context import AppContext
    from organizer.services.campaign import open_campaign

    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings_dir = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(settings_dir.name) / "bench.ini"), QSettings.Format.IniFormat)
    db = open_campaign(db_path, create=False)
    ctx = AppContext(db, settings)
    figures: list[Figure] = []
    try:
        figures += _bench_people_model(ctx, app, repeat, QTableView)
        figures += _bench_board(ctx, app, meeting_id, repeat)
        figures += _bench_points_page(ctx, app, repeat)
        figures += _bench_main_window_in_process(ctx, app)
    finally:
        ctx.undo_stack.clear()
        app.processEvents()
        db.dispose()
        settings_dir.cleanup()
    return figures


def _bench_people_model(ctx, app, repeat: int, table_view_cls) -> list[Figure]:  # noqa: ANN001
    if not have("organizer.gui.models.people_model"):
        return [Figure("people table filter (GUI model)", None, None, "people_model.py not there yet")]
    from organizer.gui.models.people_model import PeopleTableModel

    started = time.perf_counter()
    model = PeopleTableModel(ctx)
    view = table_view_cls()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    view.grab()
    figures = [Figure("people table: model + view, first screen painted", time.perf_counter() - started, None,
                      f"{model.total():,} rows")]

    for text in FILTERS[:3]:
        def apply(text: str = text) -> None:
            model.set_filter("")
            app.processEvents()
            started = time.perf_counter()
            model.set_filter(text)
            view.grab()  # paints the first screen, which fetches its rows
            apply.elapsed = time.perf_counter() - started  # type: ignore[attr-defined]

        runs = []
        for _ in range(repeat + 1):
            apply()
            runs.append(apply.elapsed)  # type: ignore[attr-defined]
        figures.append(Figure(f"people table filter “{text}”: set_filter + paint (GUI)", runs[0],
                              statistics.median(runs[1:]) if repeat else runs[0], f"{model.total():,} rows"))
    model.set_filter("")
    view.scrollToBottom()
    started = time.perf_counter()
    view.grab()
    figures.append(Figure("people table: jump to the last row and paint", time.perf_counter() - started, None))
    view.close()
    view.deleteLater()
    app.processEvents()
    return figures


def _bench_board(ctx, app, meeting_id: int, repeat: int) -> list[Figure]:  # noqa: ANN001
    figures = []
    if have("organizer.gui.models.board_view"):
        from organizer.gui.models.board_view import board_view
        from organizer.services import meetings

        def snapshot() -> object:
            with ctx.session() as session:
                return board_view(meetings.load_meeting_board(session, meeting_id))
        first, median = timed(snapshot, repeat)
        figures.append(Figure("meeting board: load + board snapshot (GUI data)", first, median))
    if have("organizer.gui.pages.meetings"):
        from organizer.gui.pages.meetings import MeetingsPage

        started = time.perf_counter()
        page = MeetingsPage(ctx)
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        built = time.perf_counter() - started

        def open_board() -> None:
            page.show_record(meeting_id)
            app.processEvents()
            page.grab()
        first, median = timed(open_board, repeat)
        figures.append(Figure("meetings page: construct and show", built, None))
        figures.append(Figure("meetings page: open the speaker board and paint", first, median))
        page.close()
        page.deleteLater()
        app.processEvents()
    else:
        figures.append(Figure("meetings page: open the speaker board", None, None, "pages/meetings.py not there yet"))
    return figures


def _bench_points_page(ctx, app, repeat: int) -> list[Figure]:  # noqa: ANN001
    from organizer.gui.pages.points import PointsPage

    started = time.perf_counter()
    page = PointsPage(ctx)
    page.resize(1400, 900)
    page.show()
    app.processEvents()
    page.grab()
    figures = [Figure("talking points page: construct, load and paint", time.perf_counter() - started, None)]
    page.close()
    page.deleteLater()
    app.processEvents()
    return figures


def _bench_main_window_in_process(ctx, app) -> list[Figure]:  # noqa: ANN001
    if not have("organizer.gui.main_window"):
        return [Figure("main window: construct and show (in process)", None, None, "main_window.py not there yet")]
    from organizer.gui import main_window

    started = time.perf_counter()
    window = main_window.MainWindow(ctx)
    window.show()
    app.processEvents()
    window.grab()
    figure = Figure("main window: construct, show, paint (in process)", time.perf_counter() - started, None)
    window.close()
    window.deleteLater()
    app.processEvents()
    return [figure]


# -- start-up in a fresh process ---------------------------------------------------------

def bench_startup(db_path: Path, repeat: int) -> tuple[list[Figure], int | None]:
    """Spawn the app; it prints ``shown <seconds since its process started>`` and quits."""
    # organizer/gui/startup_report.py prints the marks (bench_startup.py uses it too).
    command, how = [sys.executable, "-m", "organizer", "--db", str(db_path)], f"python -m organizer, {BENCH_HOOK}=1"
    what = "start-up: process start to main window shown"
    runs, reported = [], []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{BENCH_HOOK: "1"})
        # Its own settings and data folders, so the benchmark leaves the user's alone.
        env.update(XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache", ORGANIZER_DATA_DIR=f"{home}/organizer")
        for _ in range(repeat + 1):
            started = time.perf_counter()
            try:
                done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                      timeout=STARTUP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                return [Figure(what, None, None, f"no 'shown' within {STARTUP_TIMEOUT_S} s ({how})")], None
            runs.append(time.perf_counter() - started)
            shown = [line for line in done.stdout.splitlines() if line.startswith("shown ")]
            if done.returncode != 0 or not shown:
                message = (done.stderr.strip().splitlines() or ["no output"])[-1]
                return [Figure(what, None, None, f"no 'shown' (exit {done.returncode}): {message}")], None
            reported.append(float(shown[-1].split()[1]))
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return [
        Figure(what + " (the app's clock)", reported[0], statistics.median(reported[1:]) if repeat else reported[0], how),
        Figure("start-up: spawn to exit, seen from outside", runs[0], statistics.median(runs[1:]) if repeat else runs[0]),
    ], child_kb


# -- report -------------------------------------------------------------------------------

def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def print_table(figures: list[Figure]) -> None:
    width = max(len(f.what) for f in figures)
    print(f"{'what':<{width}}  {'first':>10}  {'median':>10}  note")
    print("-" * (width + 36))
    for f in figures:
        median = _ms(f.median) if f.median is not None else ""
        print(f"{f.what:<{width}}  {_ms(f.first):>10}  {median:>10}  {f.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs after the first (default 5)")
    args = parser.parse_args(argv)
    db_path = ensure_large_db(args.db)

    startup, child_kb = bench_startup(db_path, min(args.repeat, 3))
    services, meeting_id = bench_services(db_path, args.repeat)
    after_services_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    gui = bench_gui(db_path, meeting_id, args.repeat)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    size_mb = db_path.stat().st_size / 1e6
    print(f"Database: {db_path} ({size_mb:.1f} MB); Python {sys.version.split()[0]}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")
    print()
    print_table(startup + services + gui)
    print()
    print(f"Peak memory (ru_maxrss): this process after the service runs {after_services_kb / 1024:,.0f} MB, "
          f"after the GUI runs {peak_kb / 1024:,.0f} MB"
          + (f"; start-up process {child_kb / 1024:,.0f} MB" if child_kb else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
