"""A flat button that looks like a link: for names and titles that lead to a record.

A real button rather than an HTML link in a label: it takes keyboard focus, has an
accessible name, and user text on it is never parsed as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from organizer.gui.widgets.format import mnemonic_safe


class LinkButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None, *, accessible_name: str | None = None):
        super().__init__(parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(False)
        self._plain = ""
        self.set_plain_text(text)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._style()

    def set_plain_text(self, text: str) -> None:
        self._plain = text
        self.setText(mnemonic_safe(text))
        self.setAccessibleName(text)

    def plain_text(self) -> str:
        return self._plain

    def _style(self) -> None:
        # palette(link) follows the light or dark palette; padding stays small so a link
        # lines up with the text around it.
        self.setStyleSheet(
            "QPushButton { border: none; padding: 1px 2px; text-align: left; color: palette(link); }"
            "QPushButton:hover, QPushButton:focus { text-decoration: underline; }"
        )
