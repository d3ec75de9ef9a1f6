"""Help menu dialogs: keyboard shortcuts and About. Both non-modal."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organizer import __version__
from organizer.applog import log_file
from organizer.gui.widgets.card import muted_label, page_heading, plain_label

# Shortcuts of the search box (the main window's and the pages' come from the caller, translated);
# these are translated when the dialog shows them.
SEARCH_SHORTCUTS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose a result"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Up, Down")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the chosen result"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the search"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape")),
)


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        tree = QTreeWidget(self)
        tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        search = [tuple(self.tr(text) for text in row) for row in SEARCH_SHORTCUTS]
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        for group_name, action, keys in list(shortcuts) + search:
            group = groups.get(group_name)
            if group is None:
                group = QTreeWidgetItem(tree, [group_name])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[group_name] = group
            QTreeWidgetItem(group, [action, keys])
        layout.addWidget(tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tree = tree
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().height() * 30)


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About organizer"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading("organizer", self))
        layout.addWidget(muted_label(self.tr("Version {version}").format(version=__version__), self))
        layout.addWidget(plain_label(self.tr(
            "Plans public comment at city council meetings for the Welcoming City campaign in "
            "Bloomington-Normal: who speaks when, with which talking points, and where each council "
            "member stands."), self))
        layout.addWidget(plain_label(self.tr(
            "Privacy: organizer never records anyone's immigration status, and nothing here "
            "should. Everything stays in your campaign file unless you export it."), self))
        for label, value in ((self.tr("Campaign file: {path}"), database), (self.tr("Log file: {path}"), str(log_file()))):
            text = plain_label(label.format(path=value), self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text)
        layout.addWidget(muted_label(self.tr(
            "Free software under the MIT license. Built with Qt (PySide6), SQLAlchemy and ReportLab."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
