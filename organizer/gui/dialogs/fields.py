"""Small pieces the meeting and council dialogs share: dates, optional dates, minutes, a
row of radio buttons for one value of a vocabulary, and a record of what a form held when
it loaded (to tell whether anything was edited since)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

# Qt date formats; translated where a field is made (Spanish puts the day first).
DATE_FORMAT = QT_TRANSLATE_NOOP("fields", "MMM d, yyyy")
# Dates a volunteer can pick. Qt would allow up to 9999-12-31, where a late evening in a
# US time zone no longer fits a datetime once converted to UTC.
EARLIEST_DATE = QDate(2000, 1, 1)
LATEST_DATE = QDate(2100, 12, 31)
ValueT = TypeVar("ValueT")


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(accessible_name: str, value: QDate | None = None, display_format: str = DATE_FORMAT) -> QDateEdit:
    """A date field with a calendar drop-down; today unless ``value`` is given.

    Only dates from ``EARLIEST_DATE`` to ``LATEST_DATE`` can be picked (see ``show_date``
    for a stored date outside them).
    """
    edit = QDateEdit()
    edit.setDateRange(EARLIEST_DATE, LATEST_DATE)
    edit.setDate(value if value is not None else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QCoreApplication.translate("fields", display_format))
    edit.setAccessibleName(accessible_name)
    return edit


def show_date(edit: QDateEdit, value: dt.date) -> None:
    """Show a stored date; one outside the usual range widens it rather than being changed."""
    date = to_qdate(value)
    if date < edit.minimumDate():
        edit.setMinimumDate(date)
    if date > edit.maximumDate():
        edit.setMaximumDate(date)
    edit.setDate(date)


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box turns the date field on."""

    def __init__(self, label: str, value: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.enabled.setAccessibleName(label)
        self.edit = date_edit(QCoreApplication.translate("fields", "{label}: date").format(label=label))
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
        show_date(self.edit, value or default or dt.date.today())

    def value(self) -> dt.date | None:
        return to_date(self.edit.date()) if self.enabled.isChecked() else None


class MinutesSpin(QSpinBox):
    """Minutes, where 0 shows as ``inherit_text`` (the council's rule or the meeting's limit)."""

    def __init__(self, inherit_text: str, maximum: int = 600, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText(inherit_text)
        self.setSuffix(QCoreApplication.translate("fields", " min"))
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


FormWidget = QLineEdit | QPlainTextEdit | QAbstractButton | QComboBox | QSpinBox | QDateEdit | QTimeEdit | OptionalDateEdit


def widget_value(widget: FormWidget) -> Any:
    """What a form field holds, in a form that compares equal when nothing was changed."""
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QTimeEdit):  # before QDateEdit: a QTimeEdit is one
        time = widget.time()
        return (time.hour(), time.minute())
    if isinstance(widget, QDateEdit):
        return to_date(widget.date())
    raise TypeError(f"widget_value does not know {type(widget).__name__}")


def set_widget_value(widget: FormWidget, value: Any) -> None:
    """Put back a value ``widget_value`` returned."""
    if isinstance(widget, OptionalDateEdit):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime(*value))
    elif isinstance(widget, QDateEdit):
        show_date(widget, value)
    else:
        raise TypeError(f"set_widget_value does not know {type(widget).__name__}")


class FormState:
    """A dialog's fields by name, and what they held when the record was last loaded.

    ``changed()`` is what the user edited since; after a conflicting save, loading the other
    version and ``restore(changed)`` keeps the user's edits and everyone else's.
    Fields are restored in the order given, so list a field others depend on first.
    """

    def __init__(self, fields: dict[str, FormWidget]):
        self.fields = fields
        self._loaded = self.values()

    def values(self) -> dict[str, Any]:
        return {name: widget_value(widget) for name, widget in self.fields.items()}

    def remember(self) -> None:
        """The fields as they are now are the loaded version."""
        self._loaded = self.values()

    def changed(self) -> dict[str, Any]:
        return {name: value for name, value in self.values().items() if value != self._loaded.get(name)}

    def is_edited(self) -> bool:
        return bool(self.changed())

    def restore(self, values: dict[str, Any]) -> None:
        for name, widget in self.fields.items():
            if name in values:
                set_widget_value(widget, values[name])
