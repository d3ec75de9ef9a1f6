"""A warmed-up `organizer` command line that forks one child per run (run as a script).

Kill tests start hundreds of runs. A fresh interpreter spends a second or more importing
SQLAlchemy, Alembic and ReportLab, so kill points drawn over a whole run would mostly land
in imports, and the runs would take minutes. This process imports organizer once and forks
a child per run, which starts straight in the command. It has no threads, so forking is safe.

One JSON request a line on stdin, one JSON answer a line on stdout:

- ``{"argvs": [[...], ...], "env": {...}, "out": PATH, "err": PATH, "fsize": N | null}``
  forks a child that runs ``organizer ARGV`` for each argv in turn (stopping at the first
  that fails), with stdout and stderr in the two files (stdout line-buffered, so every line
  printed is on disk when the next step starts) and, if ``fsize`` is given, the kernel's
  file size limit set to N bytes with SIGXFSZ ignored: a write past it fails with EFBIG,
  as on a full disk. Answer: ``{"pid": PID}``.
- ``{"wait": PID}`` reaps that child. Answer: ``{"code": EXIT_CODE}``, or minus the signal
  that ended it. Children are reaped only when asked, so a PID is never reused before the
  test has finished signalling it.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys

# Import everything a command may use, so children do not pay for it, and so every run of a
# session runs the same code even while someone edits the working tree.
import alembic.command  # noqa: F401

import organizer.exports.pdf.batch  # noqa: F401
import organizer.services.campaign  # noqa: F401
import organizer.services.demo  # noqa: F401
import organizer.services.packets  # noqa: F401
import organizer.services.people_import  # noqa: F401
import organizer.services.starter  # noqa: F401
from organizer.cli import build_parser, main
from organizer.storage import migrate

build_parser()  # imports the command modules
migrate.head_revision()  # reads the migration scripts once


def _child(request: dict) -> None:
    os.environ.update(request["env"])
    for fd, path in ((1, request["out"]), (2, request["err"])):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # never read the parent's requests
    os.close(devnull)
    sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
    if request.get("fsize") is not None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (request["fsize"], request["fsize"]))
    code = 1
    try:
        for argv in request["argvs"]:
            code = main(argv)
            if code != 0:
                break
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    os.environ.pop("ORGANIZER_DB", None)  # each request says which database to use
    for line in sys.stdin:
        request = json.loads(line)
        if "wait" in request:
            _, status = os.waitpid(request["wait"], 0)
            code = os.waitstatus_to_exitcode(status)
            answer = {"code": code}
        else:
            pid = os.fork()
            if pid == 0:
                _child(request)
            answer = {"pid": pid}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
