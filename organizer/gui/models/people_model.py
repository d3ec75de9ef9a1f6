"""The volunteer table: sorted and filtered in SQL, rows fetched a page at a time.

A proxy model over a hundred thousand rows took seconds in a trial, so the database does
the work: the model knows only the filtered count and keeps a few pages of rows (a window
over the result) in memory, fetching a page when the view first asks for one of its rows.

Deep pages under a filter and a sort cost a scan each, so a save keeps the cache: after a
change with the same row count the pages are only *suspect*; the page that saved a person
says so (``person_saved``) and just that person's rows are put right. Any other read first
drops the suspect pages, so nothing stale is ever shown.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

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

PACKET_LANGUAGES = {"en": QT_TRANSLATE_NOOP("PeopleTableModel", "English"),
                    "es": QT_TRANSLATE_NOOP("PeopleTableModel", "Spanish")}


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
    Column("name", QT_TRANSLATE_NOOP("PeopleTableModel", "Name"), "name", 18),
    Column("email", QT_TRANSLATE_NOOP("PeopleTableModel", "Email"), "email", 22),
    Column("phone", QT_TRANSLATE_NOOP("PeopleTableModel", "Phone"), "phone", 13),
    Column("zip_code", QT_TRANSLATE_NOOP("PeopleTableModel", "ZIP"), "zip_code", 5),
    Column("ward", QT_TRANSLATE_NOOP("PeopleTableModel", "Ward"), "ward", 7),
    Column("languages", QT_TRANSLATE_NOOP("PeopleTableModel", "Languages"), None, 12),
    Column("packet_language", QT_TRANSLATE_NOOP("PeopleTableModel", "Packet"), "packet_language", 7),
    Column("consent", QT_TRANSLATE_NOOP("PeopleTableModel", "Consent"), None, 16),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
# The consent flags in one column, in as few words as possible; the tooltip spells them out.
CONSENTS = (
    ("may_email", QT_TRANSLATE_NOOP("PeopleTableModel", "email"), QT_TRANSLATE_NOOP("PeopleTableModel", "May email them")),
    ("may_text", QT_TRANSLATE_NOOP("PeopleTableModel", "text"), QT_TRANSLATE_NOOP("PeopleTableModel", "May text them")),
    ("may_name_publicly", QT_TRANSLATE_NOOP("PeopleTableModel", "name"),
     QT_TRANSLATE_NOOP("PeopleTableModel", "May name them publicly")),
)
NO_CONSENT = QT_TRANSLATE_NOOP("PeopleTableModel", "none")


def translated(text: str) -> str:
    """A source text marked elsewhere with QT_TRANSLATE_NOOP, translated now."""
    return QCoreApplication.translate("PeopleTableModel", text)

_language_names: dict[str, str] = {}
# ISO 639-2 codes that people here use and Qt's locale data has no name for.
_MORE_LANGUAGE_NAMES = {"hmn": "Hmong"}
# Qt names languages in English only; the languages spoken around Bloomington-Normal are in
# the catalogue (context "languages"), any other keeps its English name.
TRANSLATED_LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("languages", "English"),
    QT_TRANSLATE_NOOP("languages", "Spanish"),
    QT_TRANSLATE_NOOP("languages", "French"),
    QT_TRANSLATE_NOOP("languages", "Arabic"),
    QT_TRANSLATE_NOOP("languages", "Swahili"),
    QT_TRANSLATE_NOOP("languages", "Vietnamese"),
    QT_TRANSLATE_NOOP("languages", "Chinese"),
    QT_TRANSLATE_NOOP("languages", "Korean"),
    QT_TRANSLATE_NOOP("languages", "Hindi"),
    QT_TRANSLATE_NOOP("languages", "Gujarati"),
    QT_TRANSLATE_NOOP("languages", "Telugu"),
    QT_TRANSLATE_NOOP("languages", "Tamil"),
    QT_TRANSLATE_NOOP("languages", "Urdu"),
    QT_TRANSLATE_NOOP("languages", "Portuguese"),
    QT_TRANSLATE_NOOP("languages", "Haitian Creole"),
    QT_TRANSLATE_NOOP("languages", "Hmong"),
    QT_TRANSLATE_NOOP("languages", "Nepali"),
    QT_TRANSLATE_NOOP("languages", "Burmese"),
    QT_TRANSLATE_NOOP("languages", "Filipino"),
    QT_TRANSLATE_NOOP("languages", "Russian"),
    QT_TRANSLATE_NOOP("languages", "Ukrainian"),
    QT_TRANSLATE_NOOP("languages", "Polish"),
    QT_TRANSLATE_NOOP("languages", "German"),
    QT_TRANSLATE_NOOP("languages", "Japanese"),
    QT_TRANSLATE_NOOP("languages", "Kinyarwanda"),
    QT_TRANSLATE_NOOP("languages", "Somali"),
    QT_TRANSLATE_NOOP("languages", "Amharic"),
    QT_TRANSLATE_NOOP("languages", "Tigrinya"),
    QT_TRANSLATE_NOOP("languages", "Pashto"),
    QT_TRANSLATE_NOOP("languages", "Persian"),
    QT_TRANSLATE_NOOP("languages", "Lingala"),
    QT_TRANSLATE_NOOP("languages", "Yoruba"),
    QT_TRANSLATE_NOOP("languages", "Igbo"),
    QT_TRANSLATE_NOOP("languages", "Zulu"),
)


def language_name(code: str) -> str:
    """The name of an ISO 639 code in the interface's language; the code itself if Qt does not know it."""
    if code not in _language_names:
        language = QLocale(code).language()
        known = language not in (QLocale.Language.C, QLocale.Language.AnyLanguage)
        _language_names[code] = QLocale.languageToString(language) if known else _MORE_LANGUAGE_NAMES.get(code, code)
    return QCoreApplication.translate("languages", _language_names[code])


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
        packet_language=translated(PACKET_LANGUAGES[person.packet_language])
        if person.packet_language in PACKET_LANGUAGES else person.packet_language,
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
        self._suspect = False  # people changed; the cached pages may be out of date
        self._rows_found: dict[int, int | None] = {}  # row_of answers for the rows as they are
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
        self._forget_rows()
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
        self._forget_rows()
        # Persistent indexes (the selection) cannot follow rows we have not loaded; the
        # page re-selects the person it shows by id afterwards.
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, QModelIndex())
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c.sort == self._sort)

    def refresh(self) -> None:
        """Reload after people changed; keeps the rows (and selection) if the count is the same.

        With the same count the cached pages are kept but marked suspect: ``person_saved``
        corrects them if the change was that one save, and any other read drops them first.
        """
        count = self._query_count()
        self._rows_found.clear()
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self._forget_rows()
            self.endResetModel()
            return
        if self._suspect:  # a second change before the first was accounted for
            self._pages.clear()
        self._suspect = True
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def reset(self) -> None:
        """Forget every row read (another campaign file was opened)."""
        self.beginResetModel()
        self._forget_rows()
        self._count = self._query_count()
        self.endResetModel()

    @property
    def is_suspect(self) -> bool:
        return self._suspect

    def settle(self) -> None:
        """Drop suspect pages: the change was not one this model was told about."""
        if self._suspect:
            self._suspect = False
            self._pages.clear()
            self._rows_found.clear()

    def person_saved(self, person_id: int) -> int | None:
        """After this person alone was edited (the count unchanged): their row, now.

        Only the rows between their old and new place are touched: the cache is shifted in
        memory if it holds them all, else those pages are dropped. Without a suspect cache
        (or with the person not in it) this is ``row_of``.
        """
        if not self._suspect:
            return self.row_of(person_id)
        old = self._cached_row_of(person_id)
        if old is None:
            self.settle()
            return self.row_of(person_id)
        self._suspect = False
        try:
            new = self._lookup_row(person_id)
            fresh = self._read_person(person_id) if new is not None else None
        except OrganizerError as exc:
            self._ctx.notify(str(exc))
            new = fresh = None
        if new is None or fresh is None:  # unreadable, or no longer shown: start afresh
            self._pages.clear()
            self._rows_found.clear()
            return new
        self._rows_found = {person_id: new}
        if not self._move_cached_row(old, new, fresh):
            low, high = sorted((old, new))
            for number in range(low // PAGE_SIZE, high // PAGE_SIZE + 1):
                self._pages.pop(number, None)
        low, high = sorted((old, new))
        self.dataChanged.emit(self.index(low, 0), self.index(high, len(COLUMNS) - 1))
        return new

    def row(self, row: int) -> PersonRow | None:
        if not 0 <= row < self._count:
            return None
        self.settle()
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
        """The row showing this person under the current filter and order, or None.

        Asked twice for the same rows (a reload, then the save that caused it), the database
        is asked once.
        """
        self.settle()
        if person_id in self._rows_found:
            return self._rows_found[person_id]
        row = self._cached_row_of(person_id)
        if row is None:
            try:
                row = self._lookup_row(person_id)
            except OrganizerError as exc:
                self._ctx.notify(str(exc))
                return None  # not remembered: the next call tries again
        self._rows_found[person_id] = row
        return row

    def _cached_row_of(self, person_id: int) -> int | None:
        for number, page in self._pages.items():
            for offset, found in enumerate(page):
                if found.id == person_id:
                    return number * PAGE_SIZE + offset
        return None

    def _move_cached_row(self, old: int, new: int, fresh: PersonRow) -> bool:
        """Move one row within the cache, shifting the rows between; False if not all cached."""
        first, last = min(old, new) // PAGE_SIZE, max(old, new) // PAGE_SIZE
        numbers = range(first, last + 1)
        if any(number not in self._pages for number in numbers):
            return False
        rows = [found for number in numbers for found in self._pages[number]]
        base = first * PAGE_SIZE
        rows.pop(old - base)
        rows.insert(new - base, fresh)
        for number in numbers:
            start = (number - first) * PAGE_SIZE
            self._pages[number] = rows[start : start + PAGE_SIZE]
        return True

    def _forget_rows(self) -> None:
        self._pages.clear()
        self._rows_found.clear()
        self._suspect = False

    # --- database ----------------------------------------------------------------------
    def _lookup_row(self, person_id: int) -> int | None:
        """One count query (raises OrganizerError: the callers decide what to remember)."""
        with self._ctx.session() as session:
            return people_service.person_row_index(
                session, person_id, self._text, sort=self._sort, descending=self._descending
            )

    def _read_person(self, person_id: int) -> PersonRow | None:
        with self._ctx.session() as session:
            person = session.get(Person, person_id)
            return row_from_person(person) if person is not None else None

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
            return translated(column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = QCoreApplication.translate("PeopleTableModel", "What they agreed to: email, text messages, being named publicly") if column.key == "consent" else translated(column.title)
            return tip if column.sort else QCoreApplication.translate("PeopleTableModel", "{column} (not sortable)").format(column=tip)
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
            return QCoreApplication.translate("PeopleTableModel", "{name} (campaign team)").format(name=found.name)
        return None

    @staticmethod
    def _consent_data(found: PersonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            given = [translated(word) for key, word, _ in CONSENTS if getattr(found, key)]
            return " · ".join(given) or translated(NO_CONSENT)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            yes = QCoreApplication.translate("PeopleTableModel", "yes")
            no = QCoreApplication.translate("PeopleTableModel", "no")
            return "; ".join(f"{translated(text)}: {yes if getattr(found, key) else no}" for key, _, text in CONSENTS)
        return None


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    PERSON_ID_ROLE,
})
