"""The log file: where unexpected errors are written, so a user can send it to us."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from organizer import config

LOG_FILENAME = "organizer.log"
_configured: Path | None = None


def log_file() -> Path:
    return config.log_dir() / LOG_FILENAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to an owner-only rotating file (never to the terminal, which may be shared)."""
    global _configured
    path = log_file()
    if _configured == path:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_organizer", False)]:
        root.removeHandler(old)
        old.close()
    handler._organizer = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path
