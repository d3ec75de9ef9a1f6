"""Choose a backup of the open campaign file to restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organizer.gui.dialogs.files import choose_backup_file
from organizer.gui.widgets.card import muted_label, plain_label
from organizer.gui.widgets.format import date_and_time
from organizer.storage.backup import AUTO_PREFIX, backups_dir, list_backups

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
REASONS = {  # translated by describe_backup
    "before-upgrade": QT_TRANSLATE_NOOP("restore_backup", "automatic, before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("restore_backup", "automatic, before a restore"),
    "manual": QT_TRANSLATE_NOOP("restore_backup", "made with Back up now"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("restore_backup", text)


def describe_backup(path: Path) -> str:
    """What a backup is, from the name ``storage.backup`` or Back up now gave it."""
    if not path.name.startswith(AUTO_PREFIX):
        return _tr(REASONS["manual"]) if path.stem.endswith("-manual") else QCoreApplication.translate(
            "restore_backup", "a copy")
    for reason, text in REASONS.items():
        if path.stem.endswith(f"-{reason}"):
            return _tr(text)
    return QCoreApplication.translate("restore_backup", "automatic")


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            if unit == "bytes":
                return QCoreApplication.translate("restore_backup", "{size} bytes").format(size=size)
            return f"{size:.1f} {unit}"
        size /= 1024
    return QCoreApplication.translate("restore_backup", "{size} bytes").format(size=size)


class RestoreBackupDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.db_path = db_path
        self._chosen: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Restoring replaces everything in the campaign file with the backup's contents. "
            "What the file holds now is backed up first, so a restore can itself be undone by "
            "restoring that copy."), self))
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for path in list_backups(db_path):
            made = dt.datetime.fromtimestamp(path.stat().st_mtime)
            item = QTreeWidgetItem([date_and_time(made) + f" {made.year}", describe_backup(path),
                                    human_size(path.stat().st_size)])
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(0, str(path))
            self.list.addTopLevelItem(item)
        self.list.itemActivated.connect(lambda *_: self.accept_selected())
        layout.addWidget(self.list, 1)
        if self.list.topLevelItemCount() == 0:
            layout.addWidget(muted_label(self.tr("There are no backups in {folder} yet.").format(folder=backups_dir(db_path)), self))

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self.accept_selected)
        other = QPushButton(self.tr("Choose another file…"), self)
        other.clicked.connect(self._choose_file)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 22)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._chosen = Path(item.data(0, PATH_ROLE))
            self.accept()

    def _choose_file(self) -> None:
        path = choose_backup_file(self, backups_dir(self.db_path))
        if path is not None:
            self._chosen = path
            self.accept()

    def chosen(self) -> Path | None:
        return self._chosen
