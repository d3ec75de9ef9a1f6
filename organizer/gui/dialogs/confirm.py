"""Asking before something destructive, without blocking (so tests and timers keep running)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget | None,
    title: str,
    question: str,
    confirm_text: str,
    on_confirm: Callable[[], None],
    *,
    informative: str = "",
    destructive: bool = True,
) -> QMessageBox:
    """Open a non-modal question; ``on_confirm`` runs only if the user agrees.

    Returns the box, which tests can answer with ``box.button_for_confirm().click()``.
    """
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(question)
    if informative:
        box.setInformativeText(informative)
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # Enter must not destroy anything by accident
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.confirm_button = confirm  # type: ignore[attr-defined]

    def finished(_result: int) -> None:
        if box.clickedButton() is confirm:
            on_confirm()

    box.finished.connect(finished)
    box.open()
    return box
