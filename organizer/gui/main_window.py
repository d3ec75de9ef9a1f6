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
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
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

from organizer import config
from organizer.applog import log_file
from organizer.errors import OrganizerError
from organizer.gui import i18n, tasks
from organizer.gui.context import AppContext
from organizer.gui.dialogs.confirm import ask
from organizer.gui.widgets.card import muted_label, page_heading, plain_label, scaled_font
from organizer.gui.widgets.colors import blend, muted_text_color
from organizer.gui.widgets.dialog_holder import open_non_blocking

# Start-up shows this window before SQLAlchemy, the services and their libraries are loaded
# (tests/gui/test_startup.py): what the menus and pages need is imported when they need it.
if TYPE_CHECKING:
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

    def label(self) -> str:
        """The page's name in the interface's language (``title`` stays the English source)."""
        return QCoreApplication.translate("MainWindow", self.title)


PAGES = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "organizer.gui.pages.dashboard", "DashboardPage", None),
    PageSpec("meetings", QT_TRANSLATE_NOOP("MainWindow", "Meetings"), "organizer.gui.pages.meetings", "MeetingsPage", "meeting"),
    PageSpec("council", QT_TRANSLATE_NOOP("MainWindow", "Council"), "organizer.gui.pages.council", "CouncilPage", "member"),
    PageSpec("people", QT_TRANSLATE_NOOP("MainWindow", "People"), "organizer.gui.pages.people", "PeoplePage", "person"),
    PageSpec("points", QT_TRANSLATE_NOOP("MainWindow", "Talking points"), "organizer.gui.pages.points", "PointsPage", "point"),
)
PAGE_BY_KIND = {spec.record_kind: index for index, spec in enumerate(PAGES) if spec.record_kind}


def initial_page(settings: QSettings) -> int:
    """The page the window opens on: the one shown last."""
    key = settings.value("window/lastPage", "dashboard")
    keys = [s.key for s in PAGES]
    return keys.index(key) if key in keys else 0


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
        widest = max((spec.label() for spec in PAGES), key=option.fontMetrics.horizontalAdvance)
        return QSize(option.fontMetrics.horizontalAdvance(f"{widest}   Ctrl+5") + 2 * height, round(height * 2.3))

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
    # The window's first frame is on screen (emitted once, just after it was painted).
    first_frame_shown = Signal()
    # The first page is on screen with the campaign's data (at start-up, once the file is open).
    campaign_shown = Signal()
    _painted = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        """With ``ctx.db`` None (start-up), the window shows at once and the first page waits for
        the campaign file: ``ctx.replace_database`` brings it."""
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
            holder.setAccessibleName(spec.label())
            self.stack.addWidget(holder)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.database_label = QLabel(self)
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.database_label.setAccessibleName(self.tr("Open campaign file"))
        self.statusBar().addPermanentWidget(self.database_label)

        ctx.navigate_requested.connect(self.navigate)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        ctx.database_changed.connect(self._on_database_changed)
        ctx.data_changed.connect(self._on_data_changed)

        self._restore_window()
        self._on_database_changed()  # shows the first page, once there is a campaign

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_frame_shown.emit)  # once this frame is flushed

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
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setItemDelegate(SidebarDelegate(self.sidebar))
        self.sidebar.setMouseTracking(True)
        # The list shows the sidebar's colour. (Not by asking for its viewport widget: the first
        # call that returns a plain QWidget makes PySide set up every widget class, 20 ms at start-up.)
        list_palette = self.sidebar.palette()
        list_palette.setColor(QPalette.ColorRole.Base, pal.color(QPalette.ColorRole.Window))
        self.sidebar.setPalette(list_palette)
        self.sidebar.setAutoFillBackground(False)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(spec.label(), self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"Ctrl+{number}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label())
            item.setToolTip(f"{spec.label()} (Ctrl+{number})")
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 4)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        layout.addWidget(self.sidebar, 1)
        hint = muted_label(self.tr("Ctrl+K searches everything"), side)
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
        action.triggered.connect(lambda _checked=False: self._run_action(slot))
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New campaign…"), self.new_campaign, tip=self.tr("Create an empty campaign file"))
        self._action(file_menu, self.tr("&Open campaign…"), self.choose_campaign, QKeySequence.StandardKey.Open, self.tr("File"))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now…"), self.back_up_now,
                                          tip=self.tr("Write a consistent copy of the campaign file"))
        self.restore_action = self._action(file_menu, self.tr("Re&store from a backup…"), self.choose_backup_to_restore)
        file_menu.addSeparator()
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self._build_exchange_menus(self.import_menu, self.export_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, self.tr("File"))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
            self.addAction(action)
        self._shortcut_list += [(self.tr("Edit"), self.tr("Undo the last deletion"), "Ctrl+Z"),
                                (self.tr("Edit"), self.tr("Redo"), "Ctrl+Shift+Z")]
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Search everything…"), self.open_search, "Ctrl+K", self.tr("Edit"))
        self._action(edit_menu, self.tr("Campaign &settings…"), self.open_campaign_settings,
                     tip=self.tr("What every packet says about the campaign, and whom volunteers call"))

        self._build_view_menu(bar.addMenu(self.tr("&View")))

        go_menu = bar.addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for number, spec in enumerate(PAGES, start=1):
            action = self._action(go_menu, spec.label(), lambda i=number - 1: self.show_page(i), f"Ctrl+{number}",
                                  self.tr("Go to"))
            self.page_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/", self.tr("Help"))
        self._action(help_menu, self.tr("&About organizer"), self.show_about)

    def _build_view_menu(self, view_menu: QMenu) -> None:
        """View ▸ Language: the choice is saved and applies the next time the app starts."""
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        # ORGANIZER_LANG outranks the saved choice: then the menu shows the language on screen.
        saved = i18n.current_language() if config.language_forced_by_environment() else (
            i18n.saved_language(self.ctx.settings) or i18n.current_language())
        for code, name in config.INTERFACE_LANGUAGES.items():
            action = self.language_menu.addAction(name)  # each language in its own words
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))

    def choose_language(self, code: str) -> None:
        i18n.save_language(code, self.ctx.settings)
        name = config.INTERFACE_LANGUAGES[code]
        if config.language_forced_by_environment():
            self.ctx.notify(self.tr("Saved {language}, but {variable} decides the language while it is set.")
                            .format(language=name, variable=config.LANGUAGE_ENV_VAR))
        elif code == i18n.current_language():
            self.ctx.notify(self.tr("The interface is in {language}.").format(language=name))
        else:
            self.ctx.notify(self.tr("The interface will be in {language} the next time organizer starts.")
                            .format(language=name))

    def open_campaign_settings(self):  # noqa: ANN201 - returns the dialog for tests
        from organizer.gui.dialogs.campaign_settings import CampaignSettingsDialog

        return open_non_blocking(CampaignSettingsDialog(self.ctx, self))

    def _build_exchange_menus(self, import_menu: QMenu, export_menu: QMenu) -> None:
        """Data in and out, through ``organizer.gui.exchange_actions``."""
        self._action(import_menu, self.tr("&People (CSV)…"), lambda: self._exchange("import_people"))
        self._action(import_menu, self.tr("Council &calendar (.ics)…"), lambda: self._exchange("import_calendar"))
        self._action(export_menu, self.tr("&People (CSV)…"), lambda: self._exchange("export_people"))
        self._action(export_menu, self.tr("&Council members (CSV)…"), lambda: self._exchange("export_members"))
        self._action(export_menu, self.tr("&Meetings calendar (.ics)…"),
                     lambda: self._exchange("export_meetings_calendar"))

    def _exchange(self, name: str) -> QDialog | None:
        """Open an import or export (``exchange_actions.<name>``) once the current page has saved its edits."""
        if not self._commit_current_page():
            return None
        # Not at start-up: it brings the CSV, iCalendar and PDF libraries.
        from organizer.gui import exchange_actions

        open_dialog: Callable[[AppContext, QWidget], QDialog] = getattr(exchange_actions, name)
        return open_dialog(self.ctx, self)

    def _run_action(self, slot: Callable[[], object]) -> None:
        """Menu actions wait for the campaign file while it opens at start-up; quitting and help do not."""
        if self.ctx.db is None and slot not in (self.close, self.show_shortcuts):
            self.ctx.notify(self.tr("The campaign file is still opening; try again in a moment."))
            return
        slot()

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
            return PlaceholderPage(spec.label(), self.tr("The {page} page could not be opened; details are in {log}.")
                                   .format(page=spec.label(), log=log_file()), self.stack)

    def current_page_index(self) -> int:
        return self._current

    def current_page(self) -> QWidget | None:
        return self._pages.get(self._current)

    def show_page(self, index: int) -> bool:
        """Switch pages; False if the current page has edits it cannot save yet."""
        if index == self._current:
            return True
        if self.ctx.db is None:  # start-up: the campaign file is still opening
            self._page_wanted = index
            self._sync_sidebar()
            return False
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
        return initial_page(self.ctx.settings)

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
        if db is None:
            self.database_label.setText(self.tr("Opening the campaign file…"))
            return
        self.database_label.setText(self.tr("Campaign file: {name}").format(name=db.display_name))
        self.database_label.setToolTip(db.display_name)
        name = db.path.name if db.path is not None else db.display_name
        self.setWindowTitle(f"{name} – organizer")
        self.backup_action.setEnabled(db.is_sqlite)
        self.restore_action.setEnabled(db.is_sqlite)
        tip = "" if db.is_sqlite else self.tr("The database server keeps its own backups.")
        self.backup_action.setToolTip(tip)
        if db.path is not None:
            self._remember_recent(db.path)
        self._show_campaign_name()
        if self._current < 0:
            self._show_first_page()

    def _show_first_page(self) -> None:
        wanted = getattr(self, "_page_wanted", None)
        self.show_page(self._initial_page() if wanted is None else wanted)
        self.campaign_shown.emit()

    def _on_data_changed(self, changed: frozenset) -> None:
        if "settings" in changed:
            self._show_campaign_name()

    def _show_campaign_name(self) -> None:
        from organizer.services.campaign import campaign_settings

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
        current = self.ctx.db.path if self.ctx.db is not None else None
        shown = [p for p in self.recent_files() if Path(p) != current]
        for path in shown:
            action = self.recent_menu.addAction(path.replace("&", "&&"))
            action.triggered.connect(lambda _=False, path=path: self.open_campaign_file(Path(path)))
        if not shown:
            self.recent_menu.addAction(self.tr("No other campaign files yet")).setEnabled(False)

    def _start_folder(self) -> Path | None:
        return self.ctx.db.path.parent if self.ctx.db.path is not None else None

    def choose_campaign(self) -> None:
        from organizer.gui.dialogs import files  # the file dialog's classes: not at start-up

        path = files.choose_campaign_to_open(self, self._start_folder())
        if path is not None:
            self.open_campaign_file(path)

    def new_campaign(self) -> None:
        from organizer.gui.dialogs import files

        path = files.choose_new_campaign(self, self._start_folder())
        if path is not None:
            if path.exists():
                self.ctx.show_error(self, OrganizerError(
                    self.tr("{path} already exists; open it with Open campaign instead.").format(path=path)))
                return
            self.open_campaign_file(path, create=True)

    def open_campaign_file(self, path: Path, *, create: bool = False) -> bool:
        """Switch to another campaign file; the current one stays open if that fails."""
        if tasks.active_tasks():
            self.ctx.notify(self.tr("Wait for the running task to finish before opening another file."))
            return False
        if not self._commit_current_page():
            return False
        db = self._switch_database(path, create=create)
        if db is None:
            return False
        self.ctx.notify(self.tr("Opened {name}.").format(name=db.display_name))
        return True

    def _switch_database(self, path: Path, *, create: bool = False) -> Database | None:
        """Open a campaign file and make it the app's; None (with the reason shown) if it fails."""
        from organizer.services.campaign import open_campaign

        try:
            db = open_campaign(path, create=create)
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return None
        self.ctx.replace_database(db)
        return db

    # --- backups -----------------------------------------------------------------------
    def back_up_now(self) -> None:
        from organizer.gui.dialogs import files
        from organizer.storage import backup

        db_path = self.ctx.db.path
        if db_path is None:
            return
        folder = backup.backups_dir(db_path)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = files.choose_save_path(self, self.tr("Back up the campaign"), folder / f"{db_path.stem}-{stamp}-manual.sqlite3",
                                        files.campaign_filter())
        if target is None:
            return
        self.ctx.run_task(self, self.tr("Backing up"), lambda _progress, _cancelled: backup.backup_to(db_path, target),
                          lambda written: self.ctx.notify(self.tr("Backed up to {path}.").format(path=written)))

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
            self, self.tr("Restore from a backup"),
            self.tr("Replace everything in {name} with the backup {backup}?").format(
                name=self.ctx.db.display_name, backup=chosen.name),
            self.tr("Restore"), lambda: self.restore_backup(chosen),
            informative=self.tr("What the file holds now is backed up first, so you can go back to it."),
        )

    def restore_backup(self, chosen: Path) -> bool:
        from organizer.storage import backup

        db_path = self.ctx.db.path
        if db_path is None or tasks.active_tasks():
            self.ctx.notify(self.tr("Wait for the running task to finish before restoring."))
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
        self.ctx.notify(self.tr("Restored from {backup}; the previous contents were backed up first.")
                        .format(backup=chosen.name))
        return True

    # --- help --------------------------------------------------------------------------
    def shortcuts(self) -> list[tuple[str, str, str]]:
        """(group, action, keys): the window's own, then each page class's ``SHORTCUTS``."""
        found = list(self._shortcut_list)
        for spec in PAGES:
            page_class = getattr(importlib.import_module(spec.module), spec.class_name)
            # Pages mark their SHORTCUTS with QT_TRANSLATE_NOOP under their class's name.
            found += [tuple(QCoreApplication.translate(spec.class_name, part) for part in entry)
                      for entry in getattr(page_class, "SHORTCUTS", ())]
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
            self, self.tr("Unsaved changes"),
            self.tr("Some changes have not been saved."),
            self.tr("Quit without saving them"), discard_and_close,
            informative=self.tr("Choose Cancel to go back to them: the page shows what stopped the save."),
        )
