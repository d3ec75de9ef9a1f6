"""The button rows at the foot of the app's dialogs, wired to accept and reject."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def save_cancel_buttons(dialog: QDialog, *, save_is_default: bool = False) -> QDialogButtonBox:
    """Save (accept) and Cancel (reject).

    ``save_is_default``: Enter saves even from a field that would otherwise take it, for the
    quick "pick, type a sentence, press Enter" dialogs.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    if save_is_default:
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_cancel_buttons(dialog: QDialog, action_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A named action (accept, the default button) and Cancel (reject); returns both."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    action = buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action
