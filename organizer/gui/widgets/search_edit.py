"""A filter box that waits until the user pauses typing before it asks the database."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEFAULT_DELAY_MS = 200


class SearchLineEdit(QLineEdit):
    """Emits ``search_changed(text)`` once typing pauses; Escape clears; Enter searches now."""

    search_changed = Signal(str)

    def __init__(
        self,
        placeholder: str | None = None,
        parent: QWidget | None = None,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        accessible_name: str | None = None,
    ):
        super().__init__(parent)
        placeholder = self.tr("Filter") if placeholder is None else placeholder
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setAccessibleName(accessible_name or placeholder)
        self._last_emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    def flush(self) -> None:
        """Emit now if the text differs from what was last announced (tests call this too)."""
        self._timer.stop()
        text = self.text().strip()
        if text != self._last_emitted:
            self._last_emitted = text
            self.search_changed.emit(text)

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            event.accept()
            return
        super().keyPressEvent(event)
