"""Ctrl+K: one box that finds people, council members, meetings and talking points."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organizer.errors import OrganizerError
from organizer.gui.context import AppContext
from organizer.gui.widgets.card import muted_label, scaled_font
from organizer.services.search import SearchHit, search

KIND_TITLES = {  # translated where they are shown
    "person": QT_TRANSLATE_NOOP("SearchDialog", "People"),
    "member": QT_TRANSLATE_NOOP("SearchDialog", "Council members"),
    "meeting": QT_TRANSLATE_NOOP("SearchDialog", "Meetings"),
    "point": QT_TRANSLATE_NOOP("SearchDialog", "Talking points"),
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HINT = QT_TRANSLATE_NOOP("SearchDialog", "Type a name, an email, a ward, a council or a topic. Enter opens the first match.")


class SearchDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from organizer.gui.widgets.search_edit import SearchLineEdit

        self.ctx = ctx
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.setAccessibleName(self.tr("Search"))
        layout = QVBoxLayout(self)
        self.edit = SearchLineEdit(
            self.tr("Search people, council members, meetings and talking points"), self,
            delay_ms=150, accessible_name=self.tr("Search text"),
        )
        self.edit.setFont(scaled_font(self.edit, 1.15))
        self.edit.search_changed.connect(self.run_search)
        self.edit.returnPressed.connect(self.activate_current)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderHidden(True)
        self.results.setColumnCount(2)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(self.fontMetrics().averageCharWidth() * 2)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(True)
        self.results.itemActivated.connect(lambda item, _col: self.activate(item))
        layout.addWidget(self.results, 1)
        self.status = muted_label(self.tr(HINT), self)
        layout.addWidget(self.status)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 84, self.fontMetrics().height() * 24)
        # Results name records of the file they were found in: another file, another search.
        ctx.database_changed.connect(self.reset)

    def reset(self) -> None:
        """Forget the text and the results (another campaign file was opened)."""
        self.edit.clear()
        self.edit.flush()
        self.results.clear()
        self.status.setText(self.tr(HINT))

    def open_search(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            top_left = window.mapToGlobal(QPoint(0, 0))
            self.move(top_left.x() + (window.width() - self.width()) // 2, top_left.y() + window.height() // 8)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    def run_search(self, text: str) -> None:
        self.results.clear()
        if not text:
            self.status.setText(self.tr(HINT))
            return
        try:
            with self.ctx.session() as session:
                hits = search(session, text)
        except OrganizerError as exc:
            self.status.setText(str(exc))
            return
        self.show_hits(text, hits)

    def show_hits(self, text: str, hits: list[SearchHit]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        first: QTreeWidgetItem | None = None
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QTreeWidgetItem([self._kind_title(hit.kind)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = scaled_font(self.results, 0.9, bold=True)
                group.setFont(0, font)
                self.results.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[hit.kind] = group
            item = QTreeWidgetItem(group, [hit.title, hit.detail or ""])
            item.setData(0, HIT_ROLE, (hit.kind, hit.id))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{self._kind_title(hit.kind)}: {hit.title}")
            first = first or item
        if first is not None:
            self.results.setCurrentItem(first)
            self.status.setText(self.tr("{count} found. Up and Down choose, Enter opens.").format(count=len(hits)))
        else:
            self.status.setText(self.tr("Nothing found for “{text}”.").format(text=text))

    def _kind_title(self, kind: str) -> str:
        return self.tr(KIND_TITLES[kind]) if kind in KIND_TITLES else kind

    def hits(self) -> list[tuple[str, int, str]]:
        """(kind, id, title) of every result shown, in order (for tests)."""
        found = []
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            for i in range(group.childCount()):
                item = group.child(i)
                kind, record_id = item.data(0, HIT_ROLE)
                found.append((kind, record_id, item.text(0)))
        return found

    def activate_current(self) -> None:
        self.edit.flush()
        self.activate(self.results.currentItem())

    def activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item.data(0, HIT_ROLE) is None:
            return
        kind, record_id = item.data(0, HIT_ROLE)
        self.hide()
        self.ctx.navigate(kind, int(record_id))

    def _move(self, step: int) -> None:
        items = []
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            items += [group.child(i) for i in range(group.childCount())]
        if not items:
            return
        current = self.results.currentItem()
        index = items.index(current) if current in items else -1
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.edit.flush()
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)
