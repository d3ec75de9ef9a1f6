"""The talking-point library as a two-level tree: categories, then their points.

The model holds plain rows, never ORM objects, so it outlives the session that loaded them.
The library is small (tens of points), so the filter runs here rather than in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from organizer.domain.enums import PointCategory
from organizer.domain.models import TalkingPoint
from organizer.domain.rules.speaking import estimate, format_duration
from organizer.gui.models.labels import POINT_CATEGORY_LABELS
from organizer.gui.widgets.colors import muted_text_color

COLUMN_TITLE = 0
COLUMN_TIME = 1
COLUMN_SPANISH = 2
HEADERS = (QT_TRANSLATE_NOOP("PointsModel", "Talking point"), QT_TRANSLATE_NOOP("PointsModel", "Time"), QT_TRANSLATE_NOOP("PointsModel", "Spanish"))

POINT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2

# English source texts; the model shows them translated.
UNTRANSLATED = QT_TRANSLATE_NOOP("PointsModel", "untranslated")
TRANSLATED = QT_TRANSLATE_NOOP("PointsModel", "translated")
RETIRED_SUFFIX = QT_TRANSLATE_NOOP("PointsModel", " (retired)")

# internalId of a top-level (category) index; a point's internalId is its category row + 1.
_CATEGORY_ID = 0

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PointRow:
    id: int
    title: str
    category: PointCategory
    active: bool
    summary: str
    words: int
    seconds: int
    translated: bool
    assigned: int
    search_text: str  # lower case: everything the filter box looks in

    @classmethod
    def from_point(cls, point: TalkingPoint, words_per_minute: int, assigned: int = 0) -> PointRow:
        spanish = point.translation("es")
        translated = spanish is not None and bool(spanish.title or spanish.summary or spanish.body)
        spoken = estimate(point.body, words_per_minute)
        haystack = [point.title, point.summary, point.body, point.sources, *point.concerns]
        if spanish is not None:
            haystack += [spanish.title, spanish.summary, spanish.body]
        return cls(
            id=point.id,
            title=point.title,
            category=PointCategory(point.category),
            active=point.active,
            summary=point.summary,
            words=spoken.words,
            seconds=spoken.seconds,
            translated=translated,
            assigned=assigned,
            search_text="\n".join(haystack).lower(),
        )

    def matches(self, words: Sequence[str]) -> bool:
        return all(word in self.search_text for word in words)


class PointsModel(QAbstractItemModel):
    """Categories in the order of ``PointCategory``; points in library order within each."""

    def __init__(self, parent=None):  # noqa: ANN001 - QObject | None
        super().__init__(parent)
        self._rows: list[PointRow] = []
        self._filter_words: list[str] = []
        self._groups: list[tuple[PointCategory, list[PointRow]]] = self._group()

    # -- loading and filtering -------------------------------------------------------------

    def set_rows(self, rows: Iterable[PointRow]) -> None:
        """Replace the rows; a change that keeps the same points in the same places only repaints."""
        self._rows = list(rows)
        self._regroup()

    def set_filter(self, text: str) -> None:
        words = text.lower().split()
        if words != self._filter_words:
            self._filter_words = words
            self._regroup()

    @property
    def filter_text(self) -> str:
        return " ".join(self._filter_words)

    def _group(self) -> list[tuple[PointCategory, list[PointRow]]]:
        groups = []
        for category in PointCategory:
            members = [r for r in self._rows if r.category == category and r.matches(self._filter_words)]
            # While filtering, empty categories only get in the way; otherwise every header shows
            # so the user sees where a new point of each kind would go.
            if members or not self._filter_words:
                groups.append((category, members))
        return groups

    def _regroup(self) -> None:
        groups = self._group()
        same_shape = [(c, [r.id for r in rows]) for c, rows in groups] == [
            (c, [r.id for r in rows]) for c, rows in self._groups
        ]
        if same_shape:
            self._groups = groups
            self._repaint_all()
            return
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    def _repaint_all(self) -> None:
        last_column = len(HEADERS) - 1
        if not self._groups:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, last_column))
        for group_row, (_category, rows) in enumerate(self._groups):
            if rows:
                parent = self.index(group_row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(rows) - 1, last_column, parent))

    # -- lookups ----------------------------------------------------------------------------

    def row_for(self, index: AnyIndex) -> PointRow | None:
        if not index.isValid() or index.internalId() == _CATEGORY_ID:
            return None
        group = index.internalId() - 1
        if group >= len(self._groups) or index.row() >= len(self._groups[group][1]):
            return None
        return self._groups[group][1][index.row()]

    def point_by_id(self, point_id: int) -> PointRow | None:
        return next((r for r in self._rows if r.id == point_id), None)

    def index_of_point(self, point_id: int, column: int = COLUMN_TITLE) -> QModelIndex:
        """Where a point is shown, or an invalid index if the filter hides it."""
        for group_row, (_category, rows) in enumerate(self._groups):
            for row, point in enumerate(rows):
                if point.id == point_id:
                    return self.index(row, column, self.index(group_row, 0))
        return QModelIndex()

    def index_of_category(self, category: PointCategory) -> QModelIndex:
        for group_row, (group_category, _rows) in enumerate(self._groups):
            if group_category == category:
                return self.index(group_row, 0)
        return QModelIndex()

    def total_point_count(self) -> int:
        return len(self._rows)

    def visible_point_count(self) -> int:
        return sum(len(rows) for _category, rows in self._groups)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _CATEGORY_ID)
        if parent.internalId() != _CATEGORY_ID or parent.column() != 0:
            return QModelIndex()
        if parent.row() >= len(self._groups) or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex | None = None):  # noqa: ANN201 - QModelIndex, or QObject
        if index is None:  # the QObject overload: parent() with no index
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == _CATEGORY_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _CATEGORY_ID)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _CATEGORY_ID:
            return 0
        return len(self._groups[parent.row()][1])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return len(HEADERS)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _CATEGORY_ID:
            return Qt.ItemFlag.ItemIsEnabled  # a header: not something to edit
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(HEADERS):
                return self.tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _CATEGORY_ID:
            return self._category_data(index, role)
        point = self.row_for(index)
        if point is None:
            return None
        return self._point_data(point, index.column(), role)

    def _category_data(self, index: AnyIndex, role: int):  # noqa: ANN202 - Qt variant
        if index.row() >= len(self._groups):
            return None
        category, rows = self._groups[index.row()]
        if role == CATEGORY_ROLE:
            return category.value
        if index.column() != COLUMN_TITLE:
            return None
        label = POINT_CATEGORY_LABELS[category]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{label} ({len(rows)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _point_data(self, point: PointRow, column: int, role: int):  # noqa: ANN202 - Qt variant
        if role == POINT_ID_ROLE:
            return point.id
        if role == CATEGORY_ROLE:
            return point.category.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COLUMN_TITLE:
                return point.title + ("" if point.active else self.tr(RETIRED_SUFFIX))
            if column == COLUMN_TIME:
                return format_duration(point.seconds) if point.words else self.tr("empty")
            if column == COLUMN_SPANISH:
                if not point.translated:
                    return self.tr(UNTRANSLATED)
                # A tick is enough to see; a screen reader hears the word.
                return "✓" if role == Qt.ItemDataRole.DisplayRole else self.tr(TRANSLATED)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [point.title, point.summary, self.tr("{words} words, about {time}").format(
                words=point.words, time=format_duration(point.seconds))]
            lines.append(self.tr("Spanish translation saved") if point.translated else self.tr("No Spanish translation yet"))
            if point.assigned:
                lines.append(self.tr("Assigned to 1 speaker") if point.assigned == 1
                             else self.tr("Assigned to {n} speakers").format(n=point.assigned))
            if not point.active:
                lines.append(self.tr("Retired: not offered for new line-ups"))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not point.active or (column == COLUMN_SPANISH and not point.translated):
                return QBrush(muted_text_color())
        if role == Qt.ItemDataRole.FontRole and not point.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_TIME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_SPANISH:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

