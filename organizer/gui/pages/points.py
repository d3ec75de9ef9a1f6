"""The talking-point library: points grouped by category, and an editor beside them.

Edits are saved with Ctrl+S or the Save button, and also whenever the user leaves the
editor, picks another point or leaves the page, so nothing typed is lost. A point that a
speaker was given is retired rather than deleted, so past line-ups and packets keep it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import PointCategory
from organizer.domain.models import TalkingPoint
from organizer.errors import ConflictError, NotFoundError, OrganizerError, ValidationError
from organizer.gui.context import MEETINGS, POINTS, SETTINGS, SIGNUPS, AppContext
from organizer.gui.dialogs.buttons import ask_after_conflict
from organizer.gui.dialogs.confirm import ask
from organizer.gui.dialogs.new_point import NewPointDialog
from organizer.gui.models.points_model import (
    CATEGORY_ROLE,
    COLUMN_SPANISH,
    COLUMN_TIME,
    COLUMN_TITLE,
    PointRow,
    PointsModel,
)
from organizer.gui.pages.points_editor import PointDetail, PointEditor
from organizer.gui.widgets.card import muted_label, page_heading
from organizer.gui.widgets.colors import error_color
from organizer.gui.widgets.format import counted
from organizer.gui.widgets.refresh_when_shown import RefreshWhenShown
from organizer.gui.widgets.shortcuts import page_action, view_action
from organizer.services import council, points
from organizer.services.campaign import campaign_settings
from organizer.services.records import get_record

# When a council's per-speaker limit is not known, these are the usual lengths to plan for.
GUESSED_LIMITS = (2, 3, 5)
LIMIT_SETTING = "points/speaking_limit"
SPLITTER_SETTING = "points/splitter"


@dataclass(frozen=True)
class LimitChoice:
    key: str  # stable, for remembering the choice in the settings
    label: str
    minutes: int


def limit_choices(bodies: list[tuple[int, str, int | None]]) -> list[LimitChoice]:
    """One choice per council with a known limit; for a council without one, the usual guesses."""
    choices = []
    for body_id, name, minutes in bodies:
        if minutes:
            label = QCoreApplication.translate("PointsPage", "{council}: {minutes} min per speaker").format(council=name, minutes=minutes)
            choices.append(LimitChoice(f"{body_id}:{minutes}", label, minutes))
        else:
            for guess in GUESSED_LIMITS:
                choices.append(
                    LimitChoice(f"{body_id}:{guess}", QCoreApplication.translate("PointsPage", "{council} (limit unknown): plan for {minutes} min").format(
                        council=name, minutes=guess), guess)
                )
    if not choices:
        choices = [LimitChoice(f"any:{m}", QCoreApplication.translate("PointsPage", "{minutes} min per speaker").format(minutes=m), m) for m in GUESSED_LIMITS]
    return choices


class PointsPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._words_per_minute = 130
        self._stale = True
        self._changing_selection = False
        self._new_point_dialog: NewPointDialog | None = None
        self.confirm_box: QMessageBox | None = None  # the open question, for tests to answer
        self.conflict_box: QMessageBox | None = None
        self.setAccessibleName(self.tr("Talking points"))
        self._build()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.database_changed.connect(self._on_database_changed)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.model = PointsModel(self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter talking points"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, text, concern or Spanish text (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.filter_edit.textChanged.connect(self._apply_filter)

        self.new_button = QPushButton(self.tr("New point"))
        self.new_button.setAccessibleName(self.tr("New talking point"))
        self.new_button.setToolTip(self.tr("Add a talking point (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_point)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete talking point"))
        self.delete_button.setToolTip(
            self.tr("Delete the point in the editor (Delete in the list); Ctrl+Z undoes it. "
                    "A point given to speakers is retired instead.")
        )
        self.delete_button.clicked.connect(self.delete_point)
        self.count_label = muted_label("", self, wrap=False)
        self.count_label.setAccessibleName(self.tr("How many talking points are shown"))

        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Talking points"), self))
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.filter_edit)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.tree = QTreeView()
        self.tree.setObjectName("pointsTree")
        self.tree.setAccessibleName(self.tr("Talking-point library"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SPANISH, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self.tree.expandAll)

        self.editor = PointEditor()
        self.editor.edited.connect(self._on_edited)

        self.limit_combo = QComboBox()
        self.limit_combo.setAccessibleName(self.tr("Speaking limit to check against"))
        self.limit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.limit_combo.currentIndexChanged.connect(self._on_limit_changed)
        limit_label = QLabel(self.tr("Speaking li&mit"))
        limit_label.setBuddy(self.limit_combo)
        self.rate_label = QLabel()
        self.rate_label.setAccessibleName(self.tr("Speaking rate used for the estimates"))
        limit_row = QHBoxLayout()
        limit_row.addWidget(limit_label)
        limit_row.addWidget(self.limit_combo)
        limit_row.addWidget(self.rate_label, 1)

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the talking point"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S). Changes are also saved when you leave the editor."))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Revert to the saved version"))
        self.revert_button.clicked.connect(self.revert)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)

        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(6, 0, 0, 0)
        editing_layout.addLayout(limit_row)
        editing_layout.addWidget(editor_scroll, 1)
        editing_layout.addLayout(actions)

        self.empty_label = muted_label(
            self.tr("Choose a talking point on the left to edit it, or add one with “New point”.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(editing)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([430, 970])
        saved = self.ctx.settings.value(SPLITTER_SETTING)
        if saved is not None:
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self.save_layout())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.save_action = page_action(self, self.tr("Save talking point"), QKeySequence.StandardKey.Save, self.save)
        page_action(self, self.tr("Find in the library"), QKeySequence.StandardKey.Find, self._focus_filter)
        page_action(self, self.tr("New talking point"), QKeySequence("Ctrl+N"), self.new_point)
        view_action(self.tree, self.tr("Delete talking point"), QKeySequence.StandardKey.Delete, self.delete_point)
        self._show_status()

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the library, the speaking rate and the councils' limits again."""
        with self.ctx.session() as session:
            self._words_per_minute = campaign_settings(session).words_per_minute
            counts = points.assignment_counts(session)
            rows = [
                PointRow.from_point(p, self._words_per_minute, counts.get(p.id, 0))
                for p in points.list_points(session)
            ]
            bodies = [(b.id, b.short_name or b.name, b.minutes_per_speaker) for b in council.list_bodies(session)]
        self._stale = False
        self._fill_limits(bodies)
        self.rate_label.setText(self.tr("at {wpm} words a minute (from the campaign settings)").format(
            wpm=self._words_per_minute))
        current = self.current_point_id()
        self._changing_selection = True
        try:
            self.model.set_rows(rows)
        finally:
            self._changing_selection = False
        self._select_in_tree(current)
        self._update_count()
        if current is not None:
            self._refresh_editor_from_database(current)

    def _fill_limits(self, bodies: list[tuple[int, str, int | None]]) -> None:
        wanted = self.limit_combo.currentData() or self.ctx.settings.value(LIMIT_SETTING, "")
        self.limit_combo.blockSignals(True)
        try:
            self.limit_combo.clear()
            for choice in limit_choices(bodies):
                self.limit_combo.addItem(choice.label, choice.key)
                self.limit_combo.setItemData(self.limit_combo.count() - 1, choice.minutes, Qt.ItemDataRole.UserRole + 1)
            found = self.limit_combo.findData(wanted)
            self.limit_combo.setCurrentIndex(found if found >= 0 else 0)
        finally:
            self.limit_combo.blockSignals(False)
        self._apply_limit()

    def _load_detail(self, point_id: int) -> PointDetail | None:
        try:
            with self.ctx.session() as session:
                point = get_record(session, TalkingPoint, point_id, "talking point")
                assigned = points.assignment_counts(session).get(point_id, 0)
                return PointDetail.from_point(point, assigned)
        except NotFoundError:
            return None

    def _refresh_editor_from_database(self, point_id: int) -> None:
        """Show what another change saved, unless the user is in the middle of an edit."""
        if self.editor.is_dirty():
            return
        detail = self._load_detail(point_id)
        if detail != self.editor.detail:
            self._show_detail(detail)

    def _show_detail(self, detail: PointDetail | None) -> None:
        self.editor.load(detail)
        self.right.setCurrentIndex(1 if detail is not None else 0)
        self._show_status()

    # -- public API ------------------------------------------------------------------------

    def current_point_id(self) -> int | None:
        detail = self.editor.detail
        return detail.id if detail is not None else None

    def show_record(self, record_id: int) -> None:
        """Open a point (from search or another page), clearing a filter that hides it."""
        if self._stale:
            self.reload()
        if record_id == self.current_point_id():
            self._select_in_tree(record_id)
            return
        if not self.commit_pending():
            return
        if not self.model.index_of_point(record_id).isValid():
            self.filter_edit.clear()
        detail = self._load_detail(record_id)
        if detail is None:
            self.ctx.notify(self.tr("That talking point no longer exists."))
            return
        self._show_detail(detail)
        self._select_in_tree(record_id)

    def commit_pending(self) -> bool:
        """Save unsaved edits; False if they could not be saved (they stay in the editor)."""
        if self.editor.detail is None or not self.editor.is_dirty():
            return True
        return self._save(explicit=False)

    def discard_pending(self) -> None:
        """Drop unsaved edits: the editor shows the point as saved (or nothing, if it is gone)."""
        detail = self.editor.detail
        if detail is not None:
            self._show_detail(self._load_detail(detail.id))

    def save_layout(self) -> None:
        self.ctx.settings.setValue(SPLITTER_SETTING, self.splitter.saveState())

    def save(self) -> bool:
        """Ctrl+S and the Save button."""
        if self.editor.detail is None:
            return True
        if not self.editor.is_dirty():
            self._show_status(self.tr("Saved."))
            return True
        return self._save(explicit=True)

    def revert(self) -> None:
        self.discard_pending()

    def new_point(self) -> None:
        if not self.commit_pending():
            return
        category = None
        index = self.tree.currentIndex()
        if index.isValid():
            category = PointCategory(index.siblingAtColumn(0).data(CATEGORY_ROLE))
        dialog = NewPointDialog(category, self)
        dialog.accepted.connect(lambda: self.create_point(dialog.title(), dialog.category()))
        dialog.finished.connect(dialog.deleteLater)
        self._new_point_dialog = dialog
        dialog.open()  # not exec(): the event loop keeps running, and tests never block

    def create_point(self, title: str, category: PointCategory) -> int | None:
        try:
            with self.ctx.session() as session:
                point_id = points.create_point(session, title, category).id
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return None
        self.ctx.changed(POINTS)
        self.show_record(point_id)
        self.editor.summary_edit.setFocus()
        self.ctx.notify(self.tr("Created the talking point “{title}”.").format(title=title))
        return point_id

    def delete_point(self) -> None:
        """Delete after asking; a point given to speakers is offered for retiring instead."""
        detail = self.editor.detail
        if detail is None:
            return
        if detail.assigned:
            speakers = counted(detail.assigned, self.tr("{n} speaker"), self.tr("{n} speakers"))
            if not detail.active:
                self.ctx.notify(
                    self.tr("“{title}” is assigned to {speakers}, so it stays in the library; it is already retired.")
                    .format(title=detail.title, speakers=speakers)
                )
                return
            self.confirm_box = ask(
                self, self.tr("Talking point in use"),
                self.tr("“{title}” is assigned to {speakers}, so deleting it would change their line-ups. "
                        "Retire it instead?").format(title=detail.title, speakers=speakers),
                self.tr("Retire it"), self.retire_current,
                informative=self.tr("A retired point stays on those line-ups and packets but is not offered for new ones."),
                destructive=False,
            )
            return
        self.confirm_box = ask(
            self, self.tr("Delete talking point"),
            self.tr("Delete “{title}” and its Spanish translation?").format(title=detail.title),
            self.tr("Delete"), lambda: self._delete_now(detail),
            informative=self.tr("You can undo this with Ctrl+Z."),
        )

    def retire_current(self) -> bool:
        if self.editor.detail is None:
            return False
        self.editor.active_check.setChecked(False)
        return self._save(explicit=True)

    def _delete_now(self, detail: PointDetail) -> None:
        try:
            with self.ctx.session() as session:
                snapshot = points.delete_unused_point(session, detail.id, expected_version=detail.version)
        except ConflictError as exc:
            self.ctx.show_error(self, exc, on_reload=self.discard_pending)
            return
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return
        self.ctx.push_deletion(snapshot, (POINTS,))
        self._show_detail(None)
        self.ctx.changed(POINTS)
        self.ctx.notify(self.tr("Deleted “{title}”. Press Ctrl+Z to undo.").format(title=detail.title))

    # -- saving ---------------------------------------------------------------------------

    def _save(self, *, explicit: bool) -> bool:
        detail = self.editor.detail
        assert detail is not None
        changes = self.editor.point_changes()
        spanish = self.editor.values().spanish if self.editor.spanish_changed() else None
        try:
            with self.ctx.session() as session:
                point = points.update_point(session, detail.id, changes, expected_version=detail.version)
                if spanish is not None:
                    points.set_translation(session, detail.id, "es", **spanish, expected_version=detail.es_version)
                session.flush()
                saved = PointDetail.from_point(point, detail.assigned)
        except ValidationError as exc:
            self._show_status(self.tr("Not saved: {reason}").format(reason=exc), problem=True)
            self.ctx.notify(self.tr("The talking point was not saved: {reason}").format(reason=exc))
            if explicit:
                self.editor.focus_field(exc.field)
            return False
        except ConflictError as exc:
            return self._on_conflict(exc)
        except OrganizerError as exc:
            self._show_status(self.tr("Not saved: {reason}").format(reason=exc), problem=True)
            self.ctx.show_error(self, exc)
            return False
        self.editor.accept_saved(saved)
        self._show_status(self.tr("Saved."))
        self.ctx.changed(POINTS)
        return True

    def _on_conflict(self, exc: ConflictError) -> bool:
        """Someone else saved this point first: offer their version, ours, or more editing."""
        self._show_status(self.tr("Not saved: {reason}").format(reason=exc), problem=True)
        ask_after_conflict(self, exc, on_reload=self._reload_after_conflict, on_keep_mine=self.keep_mine)
        return False

    def _reload_after_conflict(self) -> None:
        self.discard_pending()
        self._show_status(self.tr("Reloaded the version someone else saved."))

    def keep_mine(self) -> bool:
        """After a conflict: save what the editor holds over the other version."""
        detail = self.editor.detail
        if detail is None:
            return False
        fresh = self._load_detail(detail.id)
        if fresh is None:
            self._show_status(
                self.tr("Not saved: someone else deleted this talking point. Copy your text before you leave it."),
                problem=True,
            )
            return False
        self.editor.accept_saved(fresh)  # their versions, our text: saving now replaces theirs
        return self._save(explicit=True)

    def _show_status(self, message: str | None = None, *, problem: bool = False) -> None:
        if message is None:
            message = self.tr("Unsaved changes (Ctrl+S saves)") if self.editor.is_dirty() else ""
        self.status_label.setText(message)
        self.status_label.setProperty("problem", problem)
        self.status_label.setStyleSheet(f"color: {error_color().name()}; font-weight: bold;" if problem else "")
        detail = self.editor.detail
        self.save_button.setEnabled(detail is not None)
        self.revert_button.setEnabled(detail is not None and self.editor.is_dirty())
        self.delete_button.setEnabled(detail is not None)

    # -- reacting -------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._show_status()

    def _on_selection_changed(self, *_args: object) -> None:
        if self._changing_selection:
            return
        selected = self.tree.selectionModel().selectedIndexes()
        point = self.model.row_for(selected[0]) if selected else None
        if point is None or point.id == self.current_point_id():
            return
        if not self.commit_pending():
            # The edit could not be saved: stay on it rather than lose it.
            self._select_in_tree(self.current_point_id())
            return
        self._show_detail(self._load_detail(point.id))

    def _select_in_tree(self, point_id: int | None) -> None:
        self._changing_selection = True
        try:
            selection = self.tree.selectionModel()
            index = self.model.index_of_point(point_id) if point_id is not None else QModelIndex()
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tree.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            self._changing_selection = False

    def _apply_filter(self, text: str) -> None:
        self._changing_selection = True
        try:
            self.model.set_filter(text)
        finally:
            self._changing_selection = False
        self._select_in_tree(self.current_point_id())
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.visible_point_count()
        total = self.model.total_point_count()
        if self.model.filter_text:
            self.count_label.setText(self.tr("{shown} of {total} points match").format(shown=shown, total=total))
        else:
            self.count_label.setText(counted(total, self.tr("{n} point"), self.tr("{n} points")))

    def _on_limit_changed(self, _index: int) -> None:
        key = self.limit_combo.currentData()
        if key:
            self.ctx.settings.setValue(LIMIT_SETTING, key)
        self._apply_limit()

    def _apply_limit(self) -> None:
        minutes = self.limit_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        self.editor.set_speaking_limit(minutes, self._words_per_minute)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {POINTS, SIGNUPS, SETTINGS, MEETINGS, "members"}:
            self._refresh_now_or_when_shown()

    def _on_database_changed(self) -> None:
        self._show_detail(None)
        self._refresh_now_or_when_shown()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the editor for anywhere else in the window saves, as leaving a field would.
        if old is None or new is None or not self.editor.isAncestorOf(old) or self.editor.isAncestorOf(new):
            return
        if new.window() is not self.window():
            return  # a dialog (such as our own error message) took the focus
        if self.editor.is_dirty():
            QTimer.singleShot(0, self.commit_pending)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self.commit_pending()
        super().hideEvent(event)

