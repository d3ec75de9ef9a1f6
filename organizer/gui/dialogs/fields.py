"""Small pieces the meeting and council dialogs share: dates, optional dates and minutes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QSpinBox, QWidget


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box turns the date field on."""

    def __init__(self, label: str, value: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.enabled.setAccessibleName(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("MMM d, yyyy")
        self.edit.setAccessibleName(f"{label}: date")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.set_value(value)
        self.setFocusProxy(self.enabled)

    def set_value(self, value: dt.date | None, default: dt.date | None = None) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value or default or dt.date.today()))

    def value(self) -> dt.date | None:
        return to_date(self.edit.date()) if self.enabled.isChecked() else None


class MinutesSpin(QSpinBox):
    """Minutes, where 0 shows as ``inherit_text`` (the council's rule or the meeting's limit)."""

    def __init__(self, inherit_text: str, maximum: int = 600, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText(inherit_text)
        self.setSuffix(" min")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_minutes(self, minutes: int | None) -> None:
        self.setValue(minutes or 0)

    def minutes(self) -> int | None:
        return self.value() or None
