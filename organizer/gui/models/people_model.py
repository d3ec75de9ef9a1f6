"""The volunteer table: sorted and filtered in SQL, rows fetched a page at a time.

A proxy model over a hundred thousand rows took seconds in a trial, so the database does
the work: the model knows only the filtered count and keeps a few pages of rows (a window
over the result) in memory, fetching a page when the view first asks for one of its rows.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from organizer.domain.models import Person
from organizer.errors import OrganizerError
from organizer.gui.context import AppContext
from organizer.services import people as people_service
from organizer.services.validation import format_phone

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40  # 8,000 rows: a few screens either way of where the user is
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()

PACKET_LANGUAGES = {"en": "English", "es": "Spanish"}


@dataclass(frozen=True)
class PersonRow:
    id: int
    version: int
    name: str
    email: str
    phone: str
    zip_code: str
    ward: str
    languages: str
    packet_language: str
    may_email: bool
    may_text: bool
    may_name_publicly: bool
    is_team: bool


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort: str | None  # the service's sort name; None: not sortable
    width_chars: int


COLUMNS = (
    Column("name", "Name", "name", 18),
    Column("email", "Email", "email", 22),
    Column("phone", "Phone", "phone", 13),
    Column("zip_code", "ZIP", "zip_code", 5),
    Column("ward", "Ward", "ward", 7),
    Column("languages", "Languages", None, 12),
    Column("packet_language", "Packet", "packet_language", 7),
    Column("consent", "Consent", None, 16),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
# The consent flags in one column, in as few words as possible; the tooltip spells them out.
CONSENTS = (
    ("may_email", "email", "May email them"),
    ("may_text", "text", "May text them"),
    ("may_name_publicly", "name", "May name them publicly"),
)
NO_CONSENT = "none"

_language_names: dict[str, str] = {}
# ISO 639-2 codes that people here use and Qt's locale data has no name for.
_MORE_LANGUAGE_NAMES = {"hmn": "Hmong"}


def language_name(code: str) -> str:
    """English name of an ISO 639 code (Qt knows them); the code itself if Qt does not."""
    if code not in _language_names:
        language = QLocale(code).language()
        known = language not in (QLocale.Language.C, QLocale.Language.AnyLanguage)
        _language_names[code] = QLocale.languageToString(language) if known else _MORE_LANGUAGE_NAMES.get(code, code)
    return _language_names[code]


def row_from_person(person: Person) -> PersonRow:
    return PersonRow(
        id=person.id,
        version=person.version,
        name=person.display_name,
        email=person.email or "",
        phone=format_phone(person.phone),
        zip_code=person.zip_code,
        ward=person.ward,
        languages=", ".join(language_name(c) for c in (person.languages or [])),
        packet_language=PACKET_LANGUAGES.get(person.packet_language, person.packet_language),
        may_email=person.may_email,
        may_text=person.may_text,
        may_name_publicly=person.may_name_publicly,
        is_team=person.role.value == "team",
    )


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._ctx = ctx
        self._text = ""
        self._sort = "name"
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self._count = self._query_count()

    # --- what the table shows ----------------------------------------------------------
    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def total(self) -> int:
        return self._count

    def set_filter(self, text: str) -> None:
        text = " ".join((text or "").split())
        if text == self._text:
            return
        self.beginResetModel()
        self._text = text
        self._pages.clear()
        self._count = self._query_count()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        key, descending = COLUMNS[column].sort, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort, self._descending = key, descending
        self._pages.clear()
        # Persistent indexes (the selection) cannot follow rows we have not loaded; the
        # page re-selects the person it shows by id afterwards.
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, QModelIndex())
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c.sort == self._sort)

    def refresh(self) -> None:
        """Reload after the data changed; keeps the rows (and selection) if the count is the same."""
        count = self._query_count()
        self._pages.clear()
        if count == self._count:
            if count:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._count = count
        self.endResetModel()

    def row(self, row: int) -> PersonRow | None:
        if not 0 <= row < self._count:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch_page(page_number)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_number)
        offset = row - page_number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def person_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.id if found else None

    def row_of(self, person_id: int) -> int | None:
        """The row showing this person under the current filter and order, or None."""
        for number, page in self._pages.items():
            for offset, found in enumerate(page):
                if found.id == person_id:
                    return number * PAGE_SIZE + offset
        try:
            with self._ctx.session() as session:
                return people_service.person_row_index(
                    session, person_id, self._text, sort=self._sort, descending=self._descending
                )
        except OrganizerError as exc:
            self._ctx.notify(str(exc))
            return None

    # --- database ----------------------------------------------------------------------
    def _query_count(self) -> int:
        try:
            with self._ctx.session() as session:
                return people_service.count_people(session, self._text)
        except OrganizerError as exc:
            self._ctx.notify(str(exc))
            return 0

    def _fetch_page(self, page_number: int) -> list[PersonRow] | None:
        try:
            with self._ctx.session() as session:
                people = people_service.list_people(
                    session, self._text, sort=self._sort, descending=self._descending,
                    offset=page_number * PAGE_SIZE, limit=PAGE_SIZE,
                )
                page = [row_from_person(p) for p in people]
        except OrganizerError as exc:
            # Not cached: the next paint tries again (a locked database is usually brief).
            self._ctx.notify(str(exc))
            return None
        self._pages[page_number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = "What they agreed to: email, text messages, being named publicly" if column.key == "consent" else column.title
            return tip if column.sort else f"{tip} (not sortable)"
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role not in _ROLES:
            return None
        found = self.row(index.row())
        if found is None:
            return None
        column = COLUMNS[index.column()]
        if role == PERSON_ID_ROLE:
            return found.id
        if column.key == "consent":
            return self._consent_data(found, role)
        value = getattr(found, column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name" and found.is_team:
            return f"{found.name} (campaign team)"
        return None

    @staticmethod
    def _consent_data(found: PersonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            given = [word for key, word, _ in CONSENTS if getattr(found, key)]
            return " · ".join(given) or NO_CONSENT
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return "; ".join(f"{text}: {'yes' if getattr(found, key) else 'no'}" for key, _, text in CONSENTS)
        return None


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    PERSON_ID_ROLE,
})
