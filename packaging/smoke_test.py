"""Run an installed or built organizer the way a user would, headless, and say what worked.

    python packaging/smoke_test.py [PROGRAM]      (default: dist/organizer/organizer)

PROGRAM is the built app or an installed ``organizer`` command. From a working directory of its
own, with a fresh data folder (nothing from the source tree or the user's files), it runs
``demo``, ``points list``, ``packets next --out DIR --combined`` (the PDF must have pages and
embed its fonts: the fonts ship as package data), then opens the desktop app offscreen and waits
for the log to say the main window is up. For a built app it prints the size of its folder.
Exit status 0 when every step worked; otherwise one line saying which step failed and why.

tests/packaging/test_wheel.py runs the same checks on a wheel installed in a fresh venv.
Needs pypdf (the test extra) in the Python that runs this script, not in PROGRAM.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROGRAM = ROOT / "dist" / "organizer" / "organizer"
COMMAND_TIMEOUT_S = 120
GUI_TIMEOUT_S = 90
# organizer.gui.app logs this once the main window is shown (before the event loop runs).
WINDOW_SHOWN_MARKER = " started on "
GUI_STAYS_UP_S = 3.0  # still running this long after the window showed: no crash on first paint
# With this set, the app prints "shown <s>" and "ready <s>" once its window, then the first page
# with the campaign's data, are painted, and quits (organizer/gui/startup_report.py).
EXIT_AFTER_SHOW_HOOK = "ORGANIZER_BENCH_EXIT_AFTER_SHOW"


class SmokeFailure(Exception):
    """One step of the smoke test did not do what a user needs; the message says which."""


def isolated_env(scratch: Path) -> dict[str, str]:
    """The environment for PROGRAM: headless, its own data and settings folders (never the
    user's), nothing of the source tree."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "ORGANIZER_DB", "ORGANIZER_LANG", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", ORGANIZER_DATA_DIR=str(scratch / "data"),
               XDG_CONFIG_HOME=str(scratch / "config"), XDG_CACHE_HOME=str(scratch / "cache"),
               PYTHONNOUSERSITE="1")
    return env


def run_step(program: list[str], args: list[str], workdir: Path, env: dict[str, str]) -> str:
    command = [*program, *args]
    try:
        done = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True,
                              timeout=COMMAND_TIMEOUT_S, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"`organizer {' '.join(args)}` did not finish in {COMMAND_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        raise SmokeFailure(f"`organizer {' '.join(args)}` exited {done.returncode}: "
                           f"{(done.stderr or done.stdout).strip()[-2000:]}")
    return done.stdout


def check_packet_pdf(out_dir: Path) -> int:
    """The combined packet's page count; fails unless it has pages with text and embedded fonts."""
    import pypdf

    pdfs = sorted(out_dir.glob("*.pdf"))
    if not pdfs:
        raise SmokeFailure(f"`packets next --combined` wrote no PDF in {out_dir}")
    reader = pypdf.PdfReader(pdfs[0])
    if not reader.pages:
        raise SmokeFailure(f"{pdfs[0].name} has no pages")
    if not (reader.pages[0].extract_text() or "").strip():
        raise SmokeFailure(f"the first page of {pdfs[0].name} has no text")
    fonts = embedded_font_names(reader)
    if not any("NotoSans" in name for name in fonts):
        raise SmokeFailure(f"{pdfs[0].name} does not embed the shipped Noto Sans (fonts: {sorted(fonts)})")
    return len(reader.pages)


def embedded_font_names(reader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def check_gui_starts(program: list[str], workdir: Path, env: dict[str, str]) -> str:
    """What showed the desktop app was up: its own report (it then quits by itself), or the
    log's line once the campaign is open in the main window (it is then stopped)."""
    log_file = Path(env["ORGANIZER_DATA_DIR"]) / "logs" / "organizer.log"
    started = time.monotonic()
    process = subprocess.Popen(program, cwd=workdir, env={**env, EXIT_AFTER_SHOW_HOOK: "1"},
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    logged_after = None
    try:
        while time.monotonic() - started < GUI_TIMEOUT_S and process.poll() is None:
            if log_file.exists() and WINDOW_SHOWN_MARKER in log_file.read_text(encoding="utf-8"):
                logged_after = time.monotonic() - started
                try:  # an app with the hook quits by itself; one without must stay up
                    process.wait(timeout=GUI_STAYS_UP_S)
                except subprocess.TimeoutExpired:
                    pass
                break
            time.sleep(0.1)
        still_running = process.poll() is None
        if still_running and logged_after is None:
            raise SmokeFailure(f"the desktop app showed no main window within {GUI_TIMEOUT_S} s")
    finally:
        if process.poll() is None:
            process.terminate()
        try:
            output = process.communicate(timeout=10)[0]
        except subprocess.TimeoutExpired:
            process.kill()
            output = process.communicate()[0]
    marks = [line for line in output.splitlines() if line.startswith(("shown ", "ready "))]
    if not still_running and (process.returncode != 0 or not marks):
        raise SmokeFailure(f"the desktop app exited ({process.returncode}) before its window "
                           f"was up: {output.strip()[-2000:]}")
    errors = [line for line in log_file.read_text(encoding="utf-8").splitlines()
              if " ERROR " in line or " CRITICAL " in line]
    if errors:
        raise SmokeFailure(f"the desktop app logged errors at start-up: {errors[0]}")
    if marks:
        seconds = {line.split()[0]: line.split()[1] for line in marks}
        return ", ".join(f"{name} at {value} s" for name, value in seconds.items())
    return f"campaign open in the main window after {logged_after:.1f} s (from the log)"


def check_program(program: list[str], scratch: Path) -> list[str]:
    """Every step on ``program`` (a command line prefix); returns what each step showed."""
    workdir, out_dir = scratch / "cwd", scratch / "packets"
    for folder in (workdir, out_dir):
        folder.mkdir(parents=True, exist_ok=True)
    env = isolated_env(scratch)
    report = [run_step(program, ["--version"], workdir, env).strip()]
    report.append("demo: " + run_step(program, ["demo"], workdir, env).strip())
    points = json.loads(run_step(program, ["points", "list", "--json"], workdir, env))
    if not points:
        raise SmokeFailure("the talking-point library is empty: the starter content did not load")
    report.append(f"points list: {len(points)} talking points")
    run_step(program, ["packets", "next", "--out", str(out_dir), "--combined"], workdir, env)
    report.append(f"packets next --combined: {check_packet_pdf(out_dir)} pages")
    report.append(f"desktop app: {check_gui_starts(program, workdir, env)}")
    return report


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    program = Path(argv[0]) if argv else DEFAULT_PROGRAM
    if not program.is_file():
        print(f"smoke test: {program} does not exist; build it first (packaging/build_app.sh)",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="organizer-smoke-") as scratch:
        try:
            lines = check_program([str(program.resolve())], Path(scratch))
        except SmokeFailure as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    for line in lines:
        print(f"  {line}")
    if program.parent.name == "organizer" and (program.parent / "_internal").is_dir():
        size = folder_size(program.parent)
        print(f"  build folder {program.parent}: {size / 2**20:.0f} MiB")
    # The plain closing line CI reads as a test count.
    print(f"smoke: {len(lines)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
