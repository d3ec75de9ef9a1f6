"""The dialog for an error nobody expected: say what happened, where the log is, keep going.

Only one is open at a time; further errors are added to its details (a broken timer or
paint handler would otherwise stack up dialogs by the hundred).
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer import __version__
from organizer.gui.widgets.card import scaled_font


def describe(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class CrashDialog(QDialog):
    def __init__(self, log_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Unexpected error"))
        self._log_path = log_path
        self._count = 0

        layout = QVBoxLayout(self)
        headline = QLabel(self.tr("Something went wrong that organizer did not expect."), self)
        headline.setFont(scaled_font(headline, 1.2, bold=True))
        headline.setWordWrap(True)
        layout.addWidget(headline)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(self.fontMetrics().height() * 8)
        self.details.hide()
        layout.addWidget(self.details)

        buttons = QDialogButtonBox(self)
        self.details_button = QPushButton(self.tr("Show details"), self)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        copy = QPushButton(self.tr("Copy details"), self)
        copy.clicked.connect(self._copy)
        open_folder = QPushButton(self.tr("Open log folder"), self)
        open_folder.clicked.connect(self._open_folder)
        quit_button = QPushButton(self.tr("Quit organizer"), self)
        quit_button.clicked.connect(self._quit)
        keep = QPushButton(self.tr("Keep working"), self)
        keep.setDefault(True)
        keep.clicked.connect(self.accept)
        for button in (self.details_button, copy, open_folder):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def add_error(self, exc: BaseException | None, text: str | None = None) -> None:
        self._count += 1
        message = self.tr(
            "Everything you saved is safe; an edit that was being saved when it happened may "
            "need to be made again. The details were written to the log file {path}; "
            "please send it to whoever looks after organizer for your campaign."
        ).format(path=self._log_path)
        if self._count > 1:
            message += " " + self.tr("It has happened {count} times now.").format(count=self._count)
        self.message.setText(message)
        block = text or (describe(exc) if exc is not None else "")
        if block:
            self.details.appendPlainText(f"organizer {__version__}\n{block}")
        self.adjustSize()  # the wrapped message decides the height

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path.parent)))

    def _quit(self) -> None:
        self.reject()
        app = QApplication.instance()
        if app is None:
            return
        # Closing the windows lets them save pending edits before the app ends. A window
        # that cannot save them stays open and asks what to do: then organizer keeps running.
        app.closeAllWindows()
        if not any(_is_open_window(widget) for widget in QApplication.topLevelWidgets()):
            app.quit()


def _is_open_window(widget: QWidget) -> bool:
    kind = widget.windowType()
    return widget.isVisible() and kind not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)
