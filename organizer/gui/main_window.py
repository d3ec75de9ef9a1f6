"""The main window: sidebar navigation, the pages, menus, global search and the status bar.

Pages are imported by module name when first shown, so the app starts quickly; a page that
fails to open shows the error and an empty stand-in instead of taking the window down.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from organizer.applog import log_file
from organizer.errors import OrganizerError
from organizer.gui import exchange_actions, tasks
from organizer.gui.context import AppContext
from organizer.gui.dialogs import files
from organizer.gui.dialogs.confirm import ask
from organizer.gui.widgets.card import muted_label, page_heading, plain_label, scaled_font
from organizer.gui.widgets.colors import blend, muted_text_color
from organizer.gui.widgets.dialog_holder import open_non_blocking
from organizer.services.campaign import campaign_settings, open_campaign
from organizer.storage import backup
from organizer.storage.database import Database

log = logging.getLogger(__name__)

MAX_RECENT_FILES = 8
STATUS_MESSAGE_MS = 6000


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    module: str
    class_name: str
    record_kind: str | None  # the navigation kind this page opens


PAGES = (
    PageSpec("dashboard", "Dashboard", "organizer.gui.pages.dashboard", "DashboardPage", None),
    PageSpec("meetings", "Meetings", "organizer.gui.pages.meetings", "MeetingsPage", "meeting"),
    PageSpec("council", "Council", "organizer.gui.pages.council", "CouncilPage", "member"),
    PageSpec("people", "People", "organizer.gui.pages.people", "PeoplePage", "person"),
    PageSpec("points", "Talking points", "organizer.gui.pages.points", "PointsPage", "point"),
)
PAGE_BY_KIND = {spec.record_kind: index for index, spec in enumerate(PAGES) if spec.record_kind}


class PlaceholderPage(QWidget):
    """Stands in for a page that failed to open (the error has been shown)."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(title, self))
        layout.addWidget(plain_label(message, self))
        layout.addStretch(1)
        self.setAccessibleName(title)
        self.message = message


class SidebarDelegate(QStyledItemDelegate):
    """A roomy navigation entry: the page's name, and its shortcut in a softer colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(option.fontMetrics.horizontalAdvance("Talking points   Ctrl+5") + 2 * height, round(height * 2.3))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        rect = QRect(option.rect).adjusted(6, 2, -6, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 6, 6)
        elif hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Window), 0.15))
            painter.drawRoundedRect(rect, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        pad = option.fontMetrics.height() * 0.7
        text_rect = rect.adjusted(round(pad), 0, -round(pad), 0)
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText)
        painter.setPen(text_color)
        font = option.font
        font.setBold(selected)
        painter.setFont(font)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, index.data())
        shortcut = index.data(Qt.ItemDataRole.UserRole + 1)
        if shortcut:
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(blend(text_color, pal.color(QPalette.ColorRole.Highlight), 0.7) if selected else muted_text_color(pal))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shortcut)
        painter.restore()


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self._pages: dict[int, QWidget] = {}
        self._current = -1
        self._search_dialog = None
        self._shortcut_list: list[tuple[str, str, str]] = []
        self.setMinimumSize(QSize(720, 480))

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar(central))
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pages")
        margin = self.fontMetrics().height()
        self.stack.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.4))
        for spec in PAGES:
            holder = QWidget(self.stack)  # replaced by the page when it is first shown
            holder.setAccessibleName(spec.title)
            self.stack.addWidget(holder)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.database_label = QLabel(self)
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.database_label.setAccessibleName("Open campaign file")
        self.statusBar().addPermanentWidget(self.database_label)

        ctx.navigate_requested.connect(self.navigate)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        ctx.database_changed.connect(self._on_database_changed)
        ctx.data_changed.connect(self._on_data_changed)

        self._restore_window()
        self._on_database_changed()
        self.show_page(self._initial_page())

    # --- building ----------------------------------------------------------------------
    def _build_sidebar(self, parent: QWidget) -> QWidget:
        side = QWidget(parent)
        side.setObjectName("sidebar")
        side.setAutoFillBackground(True)
        pal = side.palette()
        pal.setColor(QPalette.ColorRole.Window, blend(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Mid), 0.88))
        side.setPalette(pal)
        layout = QVBoxLayout(side)
        margin = self.fontMetrics().height()
        layout.setContentsMargins(round(margin * 0.4), margin, round(margin * 0.4), margin)
        title = QLabel("organizer", side)
        title.setFont(scaled_font(title, 1.35, bold=True))
        title.setContentsMargins(round(margin * 0.7), 0, 0, 0)
        layout.addWidget(title)
        self.campaign_label = muted_label("", side)
        self.campaign_label.setContentsMargins(round(margin * 0.7), 0, 0, round(margin * 0.6))
        layout.addWidget(self.campaign_label)

        self.sidebar = QListWidget(side)
        self.sidebar.setObjectName("navigation")
        self.sidebar.setAccessibleName("Pages")
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setItemDelegate(SidebarDelegate(self.sidebar))
        self.sidebar.setMouseTracking(True)
        self.sidebar.viewport().setAutoFillBackground(False)
        self.sidebar.setAutoFillBackground(False)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(spec.title, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"Ctrl+{number}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.title)
            item.setToolTip(f"{spec.title} (Ctrl+{number})")
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 4)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        layout.addWidget(self.sidebar, 1)
        hint = muted_label("Ctrl+K searches everything", side)
        hint.setContentsMargins(round(margin * 0.7), 0, 0, 0)
        layout.addWidget(hint)
        return side

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                group: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self._shortcut_list.append((group or menu.title().replace("&", ""), text.replace("&", "").rstrip("…"), keys))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New campaign…", self.new_campaign, tip="Create an empty campaign file")
        self._action(file_menu, "&Open campaign…", self.choose_campaign, QKeySequence.StandardKey.Open, "File")
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, "&Back up now…", self.back_up_now,
                                          tip="Write a consistent copy of the campaign file")
        self.restore_action = self._action(file_menu, "Re&store from a backup…", self.choose_backup_to_restore)
        file_menu.addSeparator()
        self.import_menu = file_menu.addMenu("&Import")
        self.export_menu = file_menu.addMenu("&Export")
        self._build_exchange_menus(self.import_menu, self.export_menu)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, "File")

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
            self.addAction(action)
        self._shortcut_list += [("Edit", "Undo the last deletion", "Ctrl+Z"), ("Edit", "Redo", "Ctrl+Shift+Z")]
        edit_menu.addSeparator()
        self._action(edit_menu, "&Search everything…", self.open_search, "Ctrl+K", "Edit")
        self._action(edit_menu, "Campaign &settings…", self.open_campaign_settings,
                     tip="What every packet says about the campaign, and whom volunteers call")

        go_menu = bar.addMenu("&Go")
        self.page_actions: list[QAction] = []
        for number, spec in enumerate(PAGES, start=1):
            action = self._action(go_menu, spec.title, lambda i=number - 1: self.show_page(i), f"Ctrl+{number}", "Go to")
            self.page_actions.append(action)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, "Ctrl+/", "Help")
        self._action(help_menu, "&About organizer", self.show_about)

    def open_campaign_settings(self):  # noqa: ANN201 - returns the dialog for tests
        from organizer.gui.dialogs.campaign_settings import CampaignSettingsDialog

        return open_non_blocking(CampaignSettingsDialog(self.ctx, self))

    def _build_exchange_menus(self, import_menu: QMenu, export_menu: QMenu) -> None:
        """Data in and out, through ``organizer.gui.exchange_actions``."""
        self._action(import_menu, "&People (CSV)…", lambda: self._exchange(exchange_actions.import_people))
        self._action(import_menu, "Council &calendar (.ics)…", lambda: self._exchange(exchange_actions.import_calendar))
        self._action(export_menu, "&People (CSV)…", lambda: self._exchange(exchange_actions.export_people))
        self._action(export_menu, "&Council members (CSV)…", lambda: self._exchange(exchange_actions.export_members))
        self._action(export_menu, "&Meetings calendar (.ics)…",
                     lambda: self._exchange(exchange_actions.export_meetings_calendar))

    def _exchange(self, open_dialog: Callable[[AppContext, QWidget], QDialog]) -> QDialog | None:
        """Open an import or export once the current page has saved its edits."""
        if not self._commit_current_page():
            return None
        return open_dialog(self.ctx, self)

    # --- pages -------------------------------------------------------------------------
    def page(self, index_or_key: int | str) -> QWidget:
        """The page widget, created on first use."""
        index = index_or_key if isinstance(index_or_key, int) else [s.key for s in PAGES].index(index_or_key)
        page = self._pages.get(index)
        if page is None:
            page = self._create_page(PAGES[index])
            holder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(holder)
            holder.deleteLater()
            self._pages[index] = page
        return page

    def _create_page(self, spec: PageSpec) -> QWidget:
        try:
            page_class = getattr(importlib.import_module(spec.module), spec.class_name)
            return page_class(self.ctx, self.stack)
        except Exception as exc:  # noqa: BLE001 - shown (and logged) by show_error; the window stays up
            self.ctx.show_error(self, exc)
            return PlaceholderPage(spec.title, f"The {spec.title} page could not be opened; details are in {log_file()}.", self.stack)

    def current_page_index(self) -> int:
        return self._current

    def current_page(self) -> QWidget | None:
        return self._pages.get(self._current)

    def show_page(self, index: int) -> bool:
        """Switch pages; False if the current page has edits it cannot save yet."""
        if index == self._current:
            return True
        if not self._commit_current_page():
            self._sync_sidebar()
            return False
        page = self.page(index)
        self._current = index
        self.stack.setCurrentWidget(page)
        self._sync_sidebar()
        self.ctx.settings.setValue("window/lastPage", PAGES[index].key)
        return True

    def _commit_current_page(self) -> bool:
        page = self.current_page()
        commit = getattr(page, "commit_pending", None)
        return True if commit is None else bool(commit())

    def _sync_sidebar(self) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(self._current)
        self.sidebar.blockSignals(False)

    def _on_sidebar_row(self, row: int) -> None:
        if row >= 0:
            self.show_page(row)

    def _initial_page(self) -> int:
        key = self.ctx.settings.value("window/lastPage", "dashboard")
        keys = [s.key for s in PAGES]
        return keys.index(key) if key in keys else 0

    def navigate(self, kind: str, record_id: int) -> None:
        index = PAGE_BY_KIND.get(kind)
        if index is None:
            log.warning("nowhere to show a %r", kind)
            return
        if not self.show_page(index):
            return
        show_record = getattr(self.page(index), "show_record", None)
        if show_record is not None:
            show_record(record_id)

    # --- search ------------------------------------------------------------------------
    def open_search(self) -> None:
        if self._search_dialog is None:
            from organizer.gui.dialogs.search_popup import SearchDialog

            self._search_dialog = SearchDialog(self.ctx, self)
        self._search_dialog.open_search()

    def search_dialog(self):  # noqa: ANN201 - for tests
        return self._search_dialog

    # --- campaign files ----------------------------------------------------------------
    def _on_database_changed(self) -> None:
        db = self.ctx.db
        self.database_label.setText(f"Campaign file: {db.display_name}")
        self.database_label.setToolTip(db.display_name)
        name = db.path.name if db.path is not None else db.display_name
        self.setWindowTitle(f"{name} – organizer")
        self.backup_action.setEnabled(db.is_sqlite)
        self.restore_action.setEnabled(db.is_sqlite)
        tip = "" if db.is_sqlite else "The database server keeps its own backups."
        self.backup_action.setToolTip(tip)
        if db.path is not None:
            self._remember_recent(db.path)
        self._show_campaign_name()

    def _on_data_changed(self, changed: frozenset) -> None:
        if "settings" in changed:
            self._show_campaign_name()

    def _show_campaign_name(self) -> None:
        try:
            with self.ctx.session() as session:
                settings = campaign_settings(session)
                name = settings.campaign_name or settings.ordinance_name
        except OrganizerError:
            name = ""
        self.campaign_label.setText(name)

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if Path(p) != path]
        self.ctx.settings.setValue("recentFiles", [str(path)] + recent[: MAX_RECENT_FILES - 1])

    def recent_files(self) -> list[str]:
        value = self.ctx.settings.value("recentFiles", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in (value or [])]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = self.ctx.db.path
        shown = [p for p in self.recent_files() if Path(p) != current]
        for path in shown:
            action = self.recent_menu.addAction(path.replace("&", "&&"))
            action.triggered.connect(lambda _=False, path=path: self.open_campaign_file(Path(path)))
        if not shown:
            self.recent_menu.addAction("No other campaign files yet").setEnabled(False)

    def _start_folder(self) -> Path | None:
        return self.ctx.db.path.parent if self.ctx.db.path is not None else None

    def choose_campaign(self) -> None:
        path = files.choose_campaign_to_open(self, self._start_folder())
        if path is not None:
            self.open_campaign_file(path)

    def new_campaign(self) -> None:
        path = files.choose_new_campaign(self, self._start_folder())
        if path is not None:
            if path.exists():
                self.ctx.show_error(self, OrganizerError(f"{path} already exists; open it with Open campaign instead."))
                return
            self.open_campaign_file(path, create=True)

    def open_campaign_file(self, path: Path, *, create: bool = False) -> bool:
        """Switch to another campaign file; the current one stays open if that fails."""
        if tasks.active_tasks():
            self.ctx.notify("Wait for the running task to finish before opening another file.")
            return False
        if not self._commit_current_page():
            return False
        db = self._switch_database(path, create=create)
        if db is None:
            return False
        self.ctx.notify(f"Opened {db.display_name}.")
        return True

    def _switch_database(self, path: Path, *, create: bool = False) -> Database | None:
        """Open a campaign file and make it the app's; None (with the reason shown) if it fails."""
        try:
            db = open_campaign(path, create=create)
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return None
        self.ctx.replace_database(db)
        return db

    # --- backups -----------------------------------------------------------------------
    def back_up_now(self) -> None:
        db_path = self.ctx.db.path
        if db_path is None:
            return
        folder = backup.backups_dir(db_path)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = files.choose_save_path(self, "Back up the campaign", folder / f"{db_path.stem}-{stamp}-manual.sqlite3",
                                        files.CAMPAIGN_FILTER)
        if target is None:
            return
        self.ctx.run_task(self, "Backing up", lambda _progress, _cancelled: backup.backup_to(db_path, target),
                          lambda written: self.ctx.notify(f"Backed up to {written}."))

    def choose_backup_to_restore(self) -> None:
        db_path = self.ctx.db.path
        if db_path is None:
            return
        from organizer.gui.dialogs.restore_backup import RestoreBackupDialog

        dialog = RestoreBackupDialog(db_path, self)
        dialog.accepted.connect(lambda: self._confirm_restore(dialog.chosen()))
        self.restore_dialog = open_non_blocking(dialog)

    def _confirm_restore(self, chosen: Path | None) -> None:
        if chosen is None:
            return
        self.restore_confirm = ask(
            self, "Restore from a backup",
            f"Replace everything in {self.ctx.db.display_name} with the backup {chosen.name}?",
            "Restore", lambda: self.restore_backup(chosen),
            informative="What the file holds now is backed up first, so you can go back to it.",
        )

    def restore_backup(self, chosen: Path) -> bool:
        db_path = self.ctx.db.path
        if db_path is None or tasks.active_tasks():
            self.ctx.notify("Wait for the running task to finish before restoring.")
            return False
        if not self._commit_current_page():
            return False
        self.ctx.db.dispose()  # no connection may be open while the file's contents are replaced
        try:
            backup.restore_from(chosen, db_path)
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return False
        if self._switch_database(db_path) is None:
            return False
        self.ctx.notify(f"Restored from {chosen.name}; the previous contents were backed up first.")
        return True

    # --- help --------------------------------------------------------------------------
    def shortcuts(self) -> list[tuple[str, str, str]]:
        """(group, action, keys): the window's own, then each page class's ``SHORTCUTS``."""
        found = list(self._shortcut_list)
        for spec in PAGES:
            page_class = getattr(importlib.import_module(spec.module), spec.class_name)
            found += [tuple(entry) for entry in getattr(page_class, "SHORTCUTS", ())]
        return found

    def show_shortcuts(self) -> None:
        from organizer.gui.dialogs.info import ShortcutsDialog

        open_non_blocking(ShortcutsDialog(self.shortcuts(), self))

    def show_about(self) -> None:
        from organizer.gui.dialogs.info import AboutDialog

        open_non_blocking(AboutDialog(self.ctx.db.display_name, self))

    # --- window state ------------------------------------------------------------------
    def _restore_window(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = settings.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1400, 900)
        size = QSize(min(1360, round(available.width() * 0.9)), min(860, round(available.height() * 0.9)))
        self.resize(size)
        self.move(available.center() - self.rect().center())

    def save_window_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if 0 <= self._current < len(PAGES):
            settings.setValue("window/lastPage", PAGES[self._current].key)
        for page in self._pages.values():
            save_layout = getattr(page, "save_layout", None)
            if save_layout is not None:
                save_layout()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._pages.values():
            commit = getattr(page, "commit_pending", None)
            if commit is not None and not commit():
                index = next(i for i, p in self._pages.items() if p is page)
                self.show_page(index)
                self._ask_discard_and_close()
                event.ignore()
                return
        self.save_window_state()
        tasks.cancel_all_and_wait()
        event.accept()

    def _ask_discard_and_close(self) -> None:
        def discard_and_close() -> None:
            for page in self._pages.values():
                discard = getattr(page, "discard_pending", None)
                if discard is not None:
                    discard()
            self.close()

        # Why the save failed is on the page (a field marked in red, or the question after
        # someone else saved the same record first): this only asks about quitting.
        self.discard_box = ask(
            self, "Unsaved changes",
            "Some changes have not been saved.",
            "Quit without saving them", discard_and_close,
            informative="Choose Cancel to go back to them: the page shows what stopped the save.",
        )
