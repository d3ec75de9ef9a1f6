"""Running the command line in the test's own process, as a coordinator would type it."""

from __future__ import annotations

import pytest

from organizer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``organizer ARGS``: the exit code, then what it printed to standard output and error."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
