"""File choosers for campaigns, backups and exports (the only blocking dialogs; tests replace them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

CAMPAIGN_FILTER = "Campaign files (*.sqlite3 *.sqlite *.db);;All files (*)"


def choose_campaign_to_open(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open a campaign file", str(start or Path.home()), CAMPAIGN_FILTER)
    return Path(name) if name else None


def choose_new_campaign(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Create a campaign file", str(start or Path.home() / "campaign.sqlite3"),
                                          CAMPAIGN_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".sqlite3")


def choose_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suggested.suffix)


def choose_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Choose a backup", str(start), CAMPAIGN_FILTER)
    return Path(name) if name else None
