"""What to include in an export: internal notes, demo people."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from organizer.gui.widgets.card import plain_label


class ExportOptionsDialog(QDialog):
    def __init__(self, title: str, explanation: str, options: Sequence[tuple[str, str, bool]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(explanation, self))
        self.checks: dict[str, QCheckBox] = {}
        for key, label, default in options:
            check = QCheckBox(label, self)
            check.setChecked(default)
            check.setAccessibleName(label)
            layout.addWidget(check)
            self.checks[key] = check
        buttons = QDialogButtonBox(self)
        buttons.addButton("Choose file…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, bool]:
        return {key: check.isChecked() for key, check in self.checks.items()}
