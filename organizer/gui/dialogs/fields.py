"""Small pieces the meeting and council dialogs share: dates, optional dates, minutes, and
a row of radio buttons for one value of a vocabulary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

DATE_FORMAT = "MMM d, yyyy"
ValueT = TypeVar("ValueT")


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(accessible_name: str, value: QDate | None = None, display_format: str = DATE_FORMAT) -> QDateEdit:
    """A date field with a calendar drop-down; today unless ``value`` is given."""
    edit = QDateEdit(value if value is not None else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    edit.setAccessibleName(accessible_name)
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box turns the date field on."""

    def __init__(self, label: str, value: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.enabled.setAccessibleName(label)
        self.edit = date_edit(f"{label}: date")
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


class RadioChoice(QButtonGroup, Generic[ValueT]):
    """One radio button per value, in order; the caller lays out ``buttons_by_value``.

    Each button's accessible name is "``accessible_prefix``: label", so a screen reader says
    what is being chosen as well as the choice.
    """

    def __init__(
        self,
        values: Sequence[ValueT],
        label: Callable[[ValueT], str],
        accessible_prefix: str,
        parent: QWidget,
        *,
        icon: Callable[[ValueT], QIcon] | None = None,
    ):
        super().__init__(parent)
        self.values = list(values)
        self.buttons_by_value: dict[ValueT, QRadioButton] = {}
        for number, value in enumerate(self.values):
            button = QRadioButton(label(value))
            if icon is not None:
                button.setIcon(icon(value))
            button.setAccessibleName(f"{accessible_prefix}: {label(value)}")
            self.addButton(button, number)
            self.buttons_by_value[value] = button

    def selected(self) -> ValueT:
        return self.values[self.checkedId()]

    def select(self, value: ValueT) -> None:
        self.buttons_by_value[value].setChecked(True)
