"""Opening dialogs without blocking, and keeping a handle on the one a page has open.

Dialogs open with ``open()``, never ``exec()``: a modal loop would stall timers, background
tasks and tests. The handle lets tests (and the page) reach the dialog until it closes.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

DialogT = TypeVar("DialogT", bound=QWidget)


def open_non_blocking(dialog: DialogT) -> DialogT:
    """Show a dialog without a modal loop; Qt deletes it when it closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class OpenDialogHolder:
    """Mixin for pages and panels: ``_keep(dialog)`` opens it and remembers it as ``open_dialog``."""

    _open_dialog: QWidget | None = None

    def _keep(self, dialog: DialogT) -> DialogT:
        self._open_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "_open_dialog", None))
        return open_non_blocking(dialog)

    @property
    def open_dialog(self) -> QWidget | None:
        return self._open_dialog
