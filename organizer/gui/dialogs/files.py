"""Choosing, remembering and reading files: campaigns, backups, imports and exports.

The ``choose_*`` functions are the app's only blocking dialogs (tests replace them).
``FilePathField`` (a path with a "Choose…" button) serves the import and export dialogs: its
file dialog opens without blocking, and Qt's own (not the desktop's) under the offscreen
platform, so tests can drive it or simply type the path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from organizer.gui.context import AppContext

CAMPAIGN_FILTER = QT_TRANSLATE_NOOP("files", "Campaign files (*.sqlite3 *.sqlite *.db);;All files (*)")
FOLDER_SETTING = "exchange/folder"
# Platforms without a desktop (tests, CI) get Qt's own file dialog, which never blocks.
_HEADLESS_PLATFORMS = ("offscreen", "minimal")


def campaign_filter() -> str:
    """``CAMPAIGN_FILTER`` in the interface's language."""
    return QCoreApplication.translate("files", CAMPAIGN_FILTER)

PathKind = Literal["open", "save", "folder"]


def choose_campaign_to_open(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("files", "Open a campaign file"), str(start or Path.home()), campaign_filter()
    )
    return Path(name) if name else None


def choose_new_campaign(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("files", "Create a campaign file"),
                                          str(start or Path.home() / "campaign.sqlite3"), campaign_filter())
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
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("files", "Choose a backup"), str(start), campaign_filter()
    )
    return Path(name) if name else None


def remembered_folder(ctx: AppContext) -> Path:
    """Where the last import or export file was, else the user's documents."""
    saved = ctx.settings.value(FOLDER_SETTING, "")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(ctx: AppContext, path: Path) -> None:
    ctx.settings.setValue(FOLDER_SETTING, str(path.parent))


class FilePathField(QWidget):
    """A file (or folder) path typed or chosen with a (non-blocking) file dialog.

    ``kind`` is what the dialog picks: an existing file ("open"), a file to write ("save")
    or a folder ("folder").
    """

    path_chosen = Signal(str)  # after the user picks a file or finishes typing

    def __init__(
        self,
        *,
        kind: PathKind,
        title: str,
        accessible_name: str,
        file_filter: str = "",
        start: Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._kind = kind
        self._title = title
        self._filter = file_filter
        self._start = start or Path.home()
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(
            self.tr("Type a path or choose a folder") if kind == "folder" else self.tr("Type a path or choose a file")
        )
        self.edit.editingFinished.connect(self._typed)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setAccessibleName(self.tr("{field}: choose").format(field=accessible_name))
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.file_dialog: QFileDialog | None = None
        self.chosen_in_dialog: Path | None = None
        self._last_emitted = ""

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str, *, announce: bool = False) -> None:
        self.edit.setText(str(path))
        if announce:
            self._announce(str(path))

    def choose(self) -> QFileDialog:
        current = self.path()
        start = current if current is not None else self._start
        dialog = QFileDialog(self.window(), self._title, str(start), self._filter)
        dialog.setObjectName("exchangeFileDialog")
        dialog.setAccessibleName(self._title)
        if self._kind == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            if start.suffix:
                dialog.setDefaultSuffix(start.suffix.lstrip("."))
                dialog.selectFile(start.name)
        elif self._kind == "folder":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if QGuiApplication.platformName() in _HEADLESS_PLATFORMS:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._selected)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def _selected(self, name: str) -> None:
        self.chosen_in_dialog = Path(name)
        self.set_path(name, announce=True)

    def _typed(self) -> None:
        if self.chosen_in_dialog != self.path():
            self.chosen_in_dialog = None
        # Enter (the field still has focus) reads the file again, say after fixing it;
        # merely leaving the field does only when the path changed.
        self._announce(self.edit.text().strip(), force=self.edit.hasFocus())

    def _announce(self, text: str, *, force: bool = True) -> None:
        if text and (force or text != self._last_emitted):
            self._last_emitted = text
            self.path_chosen.emit(text)
