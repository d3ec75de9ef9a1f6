"""What the kill and I/O-fault tests share: the forking command line, checks, tallies."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path(__file__).with_name("forking_cli.py")
# How many kills each operation gets: the default run stays short, --full-faults is thorough.
KILLS_DEFAULT = 3
KILLS_FULL = 45
# The names files.private_file and backup.backup_to write to before renaming into place.
TEMP_NAME = re.compile(r"(^\..+\.partial$)|(\.partial(-journal|-wal|-shm)?$)")


@dataclass
class Tally:
    """Counted over the session and printed in the terminal summary."""

    seed: int = 0
    kills: int = 0
    io_faults: int = 0
    by_operation: dict[str, int] = field(default_factory=dict)

    def killed(self, operation: str) -> None:
        self.kills += 1
        self.by_operation[operation] = self.by_operation.get(operation, 0) + 1


TALLY = Tally()


@dataclass
class Run:
    code: int  # the exit code, or minus the signal that ended it
    out: str
    err: str
    seconds: float


class KillPoints:
    """Random moments to SIGKILL a run at, drawn until ``count`` runs were really killed.

    ``seconds`` is how long the run took left alone. A run that finished before its kill
    lowers that bound, so a machine busier or idler than during the first run still gets
    its kills; after three times ``count`` tries it stops drawing.
    """

    def __init__(self, rng: random.Random, count: int, seconds: float, operation: str) -> None:
        self.rng, self.count, self.seconds, self.operation = rng, count, seconds, operation
        self.killed = 0
        self.tries = 0

    def __iter__(self) -> Iterator[float]:
        while self.killed < self.count and self.tries < self.count * 3:
            self.tries += 1
            yield self.rng.uniform(0, self.seconds * 0.95)

    def record(self, run: Run) -> None:
        if run.code == -signal.SIGKILL:
            self.killed += 1
            TALLY.killed(self.operation)
        else:
            self.seconds = min(self.seconds, run.seconds)


class ForkingCli:
    """``organizer`` runs forked from one warmed-up process (see forking_cli.py)."""

    def __init__(self, workdir: Path) -> None:
        self._workdir = workdir
        self._count = 0
        self._proc = subprocess.Popen(
            [sys.executable, str(LAUNCHER)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def _ask(self, request: dict) -> dict:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps(request) + "\n")
        self._proc.stdin.flush()
        line = self._proc.stdout.readline()
        assert line, "the forking command line stopped"
        return json.loads(line)

    def run(
        self, *argvs: list[str], env: dict[str, str], kill_after: float | None = None, fsize: int | None = None,
        kill_when: Callable[[int], bool] | None = None, before_kill: Callable[[int], None] | None = None,
    ) -> Run:
        """Run ``organizer ARGV`` for each argv in one process; SIGKILL it ``kill_after`` seconds
        after it started (or after ``kill_when(pid)`` first said yes), calling ``before_kill(pid)``
        just before."""
        self._count += 1
        out = self._workdir / f"run-{self._count}.out"
        err = self._workdir / f"run-{self._count}.err"
        started = time.monotonic()
        pid = self._ask({"argvs": [list(a) for a in argvs], "env": env, "out": str(out), "err": str(err),
                         "fsize": fsize})["pid"]
        if kill_after is not None:
            if kill_when is not None:
                deadline = time.monotonic() + 60
                while not kill_when(pid) and time.monotonic() < deadline:
                    time.sleep(0.02)
            time.sleep(kill_after)
            if before_kill is not None:
                before_kill(pid)
            os.kill(pid, signal.SIGKILL)  # still ours to signal: it is reaped only below
        code = self._ask({"wait": pid})["code"]
        seconds = time.monotonic() - started
        return Run(code, _text(out), _text(err), seconds)

    def close(self) -> None:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.close()
        self._proc.wait(timeout=30)
        self._proc.stdout.close()


def _text(path: Path) -> str:
    """What a run wrote there; nothing if it was killed before it opened the file."""
    return path.read_text(encoding="utf-8") if path.exists() else ""


def integrity_problems(path: Path) -> list:
    """What a full ``PRAGMA integrity_check`` reports, [] for a sound file."""
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    return [] if rows == [("ok",)] else rows


def query(path: Path, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as con:
        return con.execute(sql, params).fetchall()


def stray_files(folder: Path, final_names: set[str]) -> list[str]:
    """Files in ``folder`` that are neither a final name nor clearly a temporary one."""
    return sorted(p.name for p in folder.iterdir() if p.name not in final_names and not TEMP_NAME.search(p.name))


def _proc_stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state first), or None if gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def descendants(pid: int) -> dict[int, str]:
    """The processes started by ``pid`` and by those (Linux), each with its start time, so
    a number reused later is not mistaken for one of them."""
    stats = {int(p.name): _proc_stat(p.name) for p in Path("/proc").glob("[0-9]*")}
    parents = {child: int(fields[1]) for child, fields in stats.items() if fields}
    found: dict[int, str] = {}
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier and child not in found}
        found.update({child: stats[child][19] for child in frontier})
    return found


def has_ended(pid: int) -> bool:
    """A child that ended and waits to be reaped (or is gone)."""
    fields = _proc_stat(pid)
    return fields is None or fields[0] == "Z"


def still_running(pid: int, started: str) -> bool:
    """The same process, alive and not a zombie (an orphan not yet reaped by its new parent is done)."""
    fields = _proc_stat(pid)
    return fields is not None and fields[19] == started and fields[0] != "Z"


def cli_env(data_dir: Path) -> dict[str, str]:
    # English whatever the developer's shell speaks: the tests read the CLI's sentences.
    # ORGANIZER_LANG outranks LC_ALL and LANG, which the forking helper inherited.
    return {"ORGANIZER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
            "ORGANIZER_LANG": "en", "LANG": "C.UTF-8"}


def resident_csv(count: int, prefix: str) -> bytes:
    """An Action Network export of ``count`` new people, names in several scripts."""
    names = ["Nguyễn Thị", "王 小明", "محمد", "Zoë", "Андрій", "José"]
    lines = ["first_name,last_name,email,zip_code"]
    lines += [f"{names[i % len(names)]},{prefix.title()} {i},{prefix}{i}@example.org,61701" for i in range(count)]
    return ("\n".join(lines) + "\n").encode("utf-8")
