"""Keyboard shortcuts that belong to one page or one list rather than the whole window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

# Alt+arrow is what the buttons' tooltips advertise; Ctrl+arrow is what people try first.
MOVE_KEYS = (("Alt+Up", -1), ("Alt+Down", 1), ("Ctrl+Up", -1), ("Ctrl+Down", 1))


Keys = QKeySequence | QKeySequence.StandardKey


def page_action(page: QWidget, text: str, keys: Keys, slot: Callable[..., object]) -> QAction:
    """An action whose shortcut works anywhere inside ``page``.

    Scoped to the page so other pages can use the same keys (Ctrl+N, Ctrl+S) for their own work.
    """
    return _scoped_action(page, text, keys, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def view_action(view: QWidget, text: str, keys: Keys, slot: Callable[..., object]) -> QAction:
    """An action whose shortcut works only while ``view`` has the focus (Delete on a list)."""
    return _scoped_action(view, text, keys, slot, Qt.ShortcutContext.WidgetShortcut)


def _scoped_action(
    owner: QWidget, text: str, keys: Keys, slot: Callable[..., object], context: Qt.ShortcutContext
) -> QAction:
    action = QAction(text, owner)
    action.setShortcut(keys)
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def add_move_shortcuts(view: QWidget, move: Callable[[int], object]) -> None:
    """Alt/Ctrl+Up and Down on ``view`` call ``move(-1)`` and ``move(1)`` (reordering a list)."""
    for keys, step in MOVE_KEYS:
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda step=step: move(step))
