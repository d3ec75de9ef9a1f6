"""Asks for what a new talking point needs before it can be saved: a title and a category."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import PointCategory
from organizer.gui.models.labels import POINT_CATEGORY_LABELS


class NewPointDialog(QDialog):
    def __init__(self, category: PointCategory | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New talking point"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title of the new talking point"))
        self.title_edit.setPlaceholderText(self.tr("A short title, as a speaker would list it"))
        self.title_edit.setMaxLength(200)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category of the new talking point"))
        for value in PointCategory:
            self.category_combo.addItem(POINT_CATEGORY_LABELS[value], value.value)
        if category is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))

        form = QFormLayout()
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title_edit)
        category_label = QLabel(self.tr("&Category"))
        category_label.setBuddy(self.category_combo)
        form.addRow(title_label, self.title_edit)
        form.addRow(category_label, self.category_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("You write the text, the Spanish translation and the concerns next.")))
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def title(self) -> str:
        return self.title_edit.text().strip()

    def category(self) -> PointCategory:
        return PointCategory(self.category_combo.currentData())
