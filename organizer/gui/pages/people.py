"""People: the volunteer table (filtered and sorted in SQL) beside the person editor."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.models import Person
from organizer.errors import ConflictError, OrganizerError
from organizer.gui import context as kinds
from organizer.gui.context import AppContext
from organizer.gui.dialogs.confirm import ask
from organizer.gui.dialogs.person_editor import PersonEditor
from organizer.gui.models.people_model import COLUMNS, PeopleTableModel
from organizer.gui.widgets.card import muted_label, page_heading
from organizer.gui.widgets.format import counted
from organizer.gui.widgets.refresh_when_shown import RefreshWhenShown
from organizer.gui.widgets.search_edit import SearchLineEdit
from organizer.gui.widgets.shortcuts import page_action, view_action
from organizer.services import deletion
from organizer.services import people as people_service

REFRESH_ON = frozenset({kinds.PEOPLE, kinds.SIGNUPS, kinds.MEETINGS, kinds.SETTINGS})
# The table shows nothing but people's own fields; the other kinds only touch the editor
# (sign-up history), so they leave the table's cached pages alone.
TABLE_KINDS = frozenset({kinds.PEOPLE})


class PeoplePage(RefreshWhenShown, QWidget):
    # Listed in Help > Keyboard shortcuts (the main window reads SHORTCUTS from every page class).
    SHORTCUTS = (
        (QT_TRANSLATE_NOOP("PeoplePage", "People"), QT_TRANSLATE_NOOP("PeoplePage", "Filter the table"), "Ctrl+F"),
        (QT_TRANSLATE_NOOP("PeoplePage", "People"), QT_TRANSLATE_NOOP("PeoplePage", "New person"), "Ctrl+N"),
        (QT_TRANSLATE_NOOP("PeoplePage", "People"), QT_TRANSLATE_NOOP("PeoplePage", "Save the person"), "Ctrl+S"),
        (QT_TRANSLATE_NOOP("PeoplePage", "People"), QT_TRANSLATE_NOOP("PeoplePage", "Delete the selected person"), "Delete"),
        (QT_TRANSLATE_NOOP("PeoplePage", "People"), QT_TRANSLATE_NOOP("PeoplePage", "Choose how the table is sorted"), "Alt+O"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._following_selection = True
        self._people_changed = False  # the table needs refreshing at the next reload
        self._settle_pending = False  # a reload left the table's pages suspect
        self._total = 0
        self._sized = False
        self.setAccessibleName(self.tr("People"))

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("People"), self))
        self.count_label = muted_label("", self, wrap=False)
        self.count_label.setAccessibleName(self.tr("How many people are shown"))
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.filter = SearchLineEdit(
            self.tr("Filter by name, email, phone, ZIP or ward (Ctrl+F)"), self, accessible_name=self.tr("Filter people")
        )
        self.filter.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.filter.search_changed.connect(self._apply_filter)
        top.addWidget(self.filter)
        # The header sorts with the mouse; this does the same from the keyboard (Alt+O).
        sort_label = QLabel(self.tr("S&ort by"), self)
        self.sort_box = QComboBox(self)
        self.sort_box.setAccessibleName(self.tr("Sort the people table by"))
        for index, column in enumerate(COLUMNS):
            if column.sort is None:
                continue
            numeric = column.key in ("phone", "zip_code")
            up = self.tr("0 to 9") if numeric else self.tr("A to Z")
            down = self.tr("9 to 0") if numeric else self.tr("Z to A")
            title = QCoreApplication.translate("PeopleTableModel", column.title)
            for order, words in ((Qt.SortOrder.AscendingOrder, up), (Qt.SortOrder.DescendingOrder, down)):
                self.sort_box.addItem(f"{title}, {words}", (index, order))
        sort_label.setBuddy(self.sort_box)
        self.sort_box.activated.connect(self._sort_chosen)
        top.addWidget(sort_label)
        top.addWidget(self.sort_box)
        self.new_button = QPushButton(self.tr("New person"), self)
        self.new_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_person)
        top.addWidget(self.new_button)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete the person in the editor (Delete in the table); Ctrl+Z undoes it"))
        self.delete_button.setAccessibleName(self.tr("Delete person"))
        self.delete_button.clicked.connect(self.delete_current)
        top.addWidget(self.delete_button)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.model = PeopleTableModel(ctx, self)
        self.table = QTableView(self.splitter)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: anything "to contents" would read all rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        header_metrics = header.fontMetrics()
        for index, column in enumerate(COLUMNS):
            title_width = header_metrics.horizontalAdvance(column.title) + 4 * char  # room for the sort arrow
            self.table.setColumnWidth(index, max(title_width, column.width_chars * char + 2 * char))
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._after_sort)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        # Enter on a row goes to the editor, so the keyboard user can edit straight away.
        self.table.activated.connect(lambda _index: self.editor.focus_first_field())

        self.editor = PersonEditor(ctx, self.splitter)
        self.editor.setMinimumWidth(char * 44)
        self.editor.saved.connect(self._after_save)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        page_action(self, self.tr("Save person"), QKeySequence.StandardKey.Save, self.editor.save)
        page_action(self, self.tr("New person"), QKeySequence("Ctrl+N"), self.new_person)
        page_action(self, self.tr("Filter people"), QKeySequence("Ctrl+F"), self._focus_filter)
        view_action(self.table, self.tr("Delete person"), QKeySequence.StandardKey.Delete, self.delete_current)

        ctx.data_changed.connect(self._on_data_changed)
        ctx.database_changed.connect(self._on_database_changed)
        self._show_sort_choice()
        self._restore_layout()
        self._update_count()
        self._update_buttons()
        self.editor.dirty_changed.connect(lambda _dirty: self._update_buttons())

    # --- page contract -----------------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        """Open a person (from search or another page): clears a filter that hides them."""
        if not self.editor.commit_pending():
            return
        if self.model.row_of(record_id) is None and self.model.filter_text:
            self.filter.setText("")
            self.filter.flush()
        if self.editor.load(record_id):
            self._select_person(record_id)
        self._update_buttons()

    def commit_pending(self) -> bool:
        return self.editor.commit_pending()

    def discard_pending(self) -> None:
        self.editor.revert()

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.setValue("people/splitter", self.splitter.saveState())
        settings.setValue("people/header", self.table.horizontalHeader().saveState())

    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        splitter = settings.value("people/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("people/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            # The saved sort indicator wins: make the model follow it.
            self._after_sort(self.table.horizontalHeader().sortIndicatorSection(),
                             self.table.horizontalHeader().sortIndicatorOrder())

    # --- table -------------------------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()
        self._reselect()

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _after_sort(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if COLUMNS[section].sort is None:
            # Languages and consent columns are not sortable: put the indicator back.
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(section, order)
        self._show_sort_choice()
        self._reselect()

    def _sort_chosen(self, choice: int) -> None:
        column, order = self.sort_box.itemData(choice)
        self.table.sortByColumn(column, order)  # the header follows and sorts in SQL

    def _show_sort_choice(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        wanted = (self.model.sort_column(), order)
        for choice in range(self.sort_box.count()):
            if self.sort_box.itemData(choice) == wanted:
                self.sort_box.setCurrentIndex(choice)
                return

    def _update_count(self) -> None:
        shown = self.model.total()
        if not self.model.filter_text:
            self._total = shown
            self.count_label.setText(counted(shown, self.tr("{n} person"), self.tr("{n} people")))
        else:
            try:
                with self.ctx.session() as session:
                    self._total = people_service.count_people(session)
            except OrganizerError:
                pass
            self.count_label.setText(counted(self._total, self.tr("{shown} of {n} person"), self.tr("{shown} of {n} people"),
                                             shown=shown))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following_selection or not current.isValid():
            return  # a reset or re-sort cleared the selection; the editor keeps its person
        person_id = self.model.person_id(current.row())
        if person_id is None or person_id == self.editor.person_id() and not self.editor.is_new():
            return
        if not self.editor.commit_pending():
            self._reselect()  # stay with the person whose edits cannot be saved yet
            return
        self.editor.load(person_id)
        self._select_person(person_id)  # a save just made may have moved the rows
        self._update_buttons()

    def _select_person(self, person_id: int | None) -> None:
        selection = self.table.selectionModel()
        row = self.model.row_of(person_id) if person_id is not None else None
        self._following_selection = False
        try:
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._following_selection = True

    def _reselect(self) -> None:
        if self.editor.person_id() is not None:
            self._select_person(self.editor.person_id())

    # --- actions -----------------------------------------------------------------------
    def new_person(self) -> None:
        if not self.editor.commit_pending():
            return
        self._select_person(None)
        self.editor.start_new()
        self._update_buttons()

    def _after_save(self, person_id: int) -> None:
        # The reload that the save announced kept the table's pages; only this person's
        # rows need putting right, and their row is looked up once.
        self.model.person_saved(person_id)
        self._settle_pending = False
        self._select_person(person_id)
        self._update_buttons()

    def delete_current(self) -> None:
        person_id = self.editor.person_id()
        if person_id is None:
            index = self.table.currentIndex()
            person_id = self.model.person_id(index.row()) if index.isValid() else None
            if person_id is None:
                self.ctx.notify(self.tr("Choose the person to delete first."))
                return
            self.editor.load(person_id)
        name = self.editor.display_name() or self.tr("this person")
        version = self.editor.version()
        try:
            with self.ctx.session() as session:
                history = people_service.signup_history(session, person_id)
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return
        if history.total == 1:
            detail = self.tr("Their sign-up for a meeting will be removed with them.") + " "
        elif history.total:
            detail = self.tr("Their {n} sign-ups will be removed with them.").format(n=history.total) + " "
        else:
            detail = ""
        self.confirm_box = ask(
            self,
            self.tr("Delete person"),
            self.tr("Delete {name}?").format(name=name),
            self.tr("Delete"),
            lambda: self._delete(person_id, version, name),
            informative=detail + self.tr("You can undo this with Ctrl+Z."),
        )

    def _delete(self, person_id: int, version: int | None, name: str) -> None:
        row = self.model.row_of(person_id)
        try:
            with self.ctx.session() as session:
                snapshot = deletion.delete_with_snapshot(
                    session, Person, person_id, "person", expected_version=version, description=self.tr("Delete {name}").format(name=name)
                )
        except ConflictError as exc:
            self.ctx.show_error(self, exc, on_reload=self.editor.reload)
            return
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return
        self.editor.clear()
        self.ctx.push_deletion(snapshot, (kinds.PEOPLE, kinds.SIGNUPS))
        self.ctx.changed(kinds.PEOPLE, kinds.SIGNUPS)
        self.ctx.notify(self.tr("Deleted {name}. Press Ctrl+Z to undo.").format(name=name))
        # Move on to the next person, as a list does after a deletion.
        if row is not None and self.model.total():
            next_id = self.model.person_id(min(row, self.model.total() - 1))
            if next_id is not None and self.editor.load(next_id):
                self._select_person(next_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.editor.person_id() is not None)

    # --- refreshing --------------------------------------------------------------------
    def _on_data_changed(self, changed: frozenset) -> None:
        if changed & TABLE_KINDS:
            self._people_changed = True
        if changed & REFRESH_ON:
            self._refresh_now_or_when_shown()

    def _on_database_changed(self) -> None:
        self.editor.clear()
        self.model.reset()  # rows of the other file must never be shown, even for a moment
        self._update_count()
        self._stale = True

    def _initial_split(self) -> None:
        width = self.splitter.width()
        editor = max(self.editor.minimumWidth(), round(width * 0.31))
        self.splitter.setSizes([width - editor, editor])

    def reload(self) -> None:
        self._stale = False
        if self._people_changed:
            self._people_changed = False
            self.model.refresh()
            self._update_count()
        person_id = self.editor.person_id()
        if person_id is not None and not self.editor.is_dirty():
            self.editor.load(person_id)  # clears itself if the person is gone
        if self.model.is_suspect:
            # Same count: if this was the editor's own save, _after_save follows at once and
            # fixes just that person's rows; anything else drops the pages on the next turn.
            self._settle_pending = True
            QTimer.singleShot(0, self, self._settle)
        else:
            self._reselect()
        self._update_buttons()

    def _settle(self) -> None:
        if self._settle_pending:
            self._settle_pending = False
            self.model.settle()
            self._reselect()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reloads if something changed while hidden
        if not self._sized and self.ctx.settings.value("people/splitter") is None:
            QTimer.singleShot(0, self._initial_split)  # once the layout has given us our width
        self._sized = True
        if not self.editor.is_active() and self.model.total():
            self.table.selectRow(0)  # an empty editor beside a full table looks broken
