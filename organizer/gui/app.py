"""Starting the desktop app: Qt set-up, the campaign file, the main window.

``run_app`` is called by ``organizer.cli.main`` when no command is given.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from organizer import __version__, config
from organizer.errors import OrganizerError

if TYPE_CHECKING:
    from organizer.storage.database import Database

log = logging.getLogger(__name__)

ORGANIZATION = "Welcoming City"
APP_NAME = "organizer"
# "dark" or "light" forces a colour scheme where the desktop does not report one.
COLOR_SCHEME_ENV_VAR = "ORGANIZER_COLOR_SCHEME"


def configure_application_identity() -> None:
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("organizer")
    QApplication.setApplicationVersion(__version__)


def wants_dark(app: QGuiApplication) -> bool:
    forced = os.environ.get(COLOR_SCHEME_ENV_VAR, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


_platform_palette: QPalette | None = None


def apply_color_scheme(app: QApplication) -> None:
    """Fusion with the desktop's light or dark colours.

    The desktop's own palette is kept (a KDE colour scheme stays as the user set it); only
    where the desktop says "dark" but hands Fusion light colours does our dark palette step
    in. Fusion's pure-blue links are softened either way.
    """
    from organizer.gui.widgets.colors import dark_palette, with_readable_highlight

    global _platform_palette
    if _platform_palette is None:
        _platform_palette = QPalette(app.palette())
    palette = QPalette(_platform_palette)
    if wants_dark(app) and palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        palette = dark_palette()
    elif not wants_dark(app) and palette.color(QPalette.ColorRole.Window).lightness() < 128:
        palette = app.style().standardPalette()  # forced light on a dark desktop
    if palette.color(QPalette.ColorRole.Link) == QColor("#0000ff"):
        palette.setColor(QPalette.ColorRole.Link, QColor("#1a5fb4"))
        palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#613583"))
    app.setPalette(with_readable_highlight(palette))


def _explain_a_missing_display(mode: QtMsgType, _context: object, message: str) -> None:
    """Qt aborts the process when no display driver loads (no X server, or xcb's libraries
    missing): say so in one sentence and exit 1 instead of dumping core."""
    if mode == QtMsgType.QtFatalMsg and "platform plugin" in message:
        log.error("Qt could not start: %s", message)
        from organizer.i18n import _

        sys.stderr.write(_(
            "organizer: the desktop app could not start because Qt found no usable display "
            "(no screen, or its system libraries such as libxcb-cursor0 are missing); "
            "the commands (organizer --help) still work.") + "\n")
        sys.stderr.flush()
        os._exit(1)
    # Qt's warnings on the way ("could not connect to display") go to the log, so a
    # person reads one sentence rather than Qt's internals.
    log.warning("Qt: %s", message)


def _construct_application(argv: list[str]) -> QApplication:
    previous = qInstallMessageHandler(_explain_a_missing_display)
    try:
        return QApplication(argv)
    finally:
        qInstallMessageHandler(previous)


def create_application(argv: list[str] | None = None) -> QApplication:
    configure_application_identity()
    # Fractional scaling (150%) as the desktop asks, not rounded to 100% or 200%.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or _construct_application(argv if argv is not None else sys.argv)
    app.setStyle("Fusion")
    apply_color_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_color_scheme(app))
    from organizer.gui.widgets.app_icon import app_icon

    app.setWindowIcon(app_icon())
    from organizer.gui import i18n

    i18n.install_translators(i18n.chosen_language())
    return app


# --- opening the first campaign -----------------------------------------------------------
CHOOSE, CREATE, QUIT = "choose", "create", "quit"


def ask_after_open_failure(message: str, *, can_create: bool) -> str:
    """The one blocking question at start-up; tests replace it."""
    # Imported here: setting up its classes costs a few milliseconds, not worth every start.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setWindowTitle("organizer")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    choose = box.addButton(QCoreApplication.translate("app", "Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
    create = (box.addButton(QCoreApplication.translate("app", "Create it"), QMessageBox.ButtonRole.ActionRole)
              if can_create else None)
    quit_button = box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    clicked = box.clickedButton()
    if clicked is choose:
        return CHOOSE
    if create is not None and clicked is create:
        return CREATE
    del quit_button
    return QUIT


def open_first_campaign(db_target: str | None, parent: QWidget | None = None,
                        first_error: OrganizerError | None = None) -> Database | None:
    """Open the campaign named on the command line (or the default one); None if the user gives up.

    The default file is created on first run; a file the user named must exist unless they
    choose to create it, so a typo does not quietly start an empty campaign. ``first_error``:
    why a first attempt (``CampaignOpener``) failed, so the user is asked straight away.
    """
    from organizer.gui.dialogs import files
    from organizer.services.campaign import open_campaign
    from organizer.storage.database import resolve_target

    uses_default = not db_target and not os.environ.get(config.DB_ENV_VAR)
    target, create = db_target, uses_default
    while True:
        try:
            if first_error is not None:  # asked about like any failure of our own attempt
                first_error, failed = None, first_error
                raise failed
            return open_campaign(target, create=create)
        except OrganizerError as exc:
            log.warning("could not open %s: %s", target, exc)
            _url, path = resolve_target(target)
            missing = path is not None and not path.exists()
            choice = ask_after_open_failure(str(exc), can_create=missing)
            if choice == CREATE:
                create = True
                continue
            if choice == CHOOSE:
                chosen = files.choose_campaign_to_open(parent, path.parent if path is not None else None)
                if chosen is None:
                    return None
                target, create = str(chosen), False
                continue
            return None


FIRST_FRAME_WAIT_MS = 300


def run_app(db_target: str | None) -> int:
    """The window shows first; the campaign file opens meanwhile and its first page follows."""
    from organizer.gui import startup_report
    from organizer.gui.bundled_fonts import register_bundled_fonts
    from organizer.gui.campaign_opener import CampaignOpener
    from organizer.gui.context import AppContext
    from organizer.gui.errors import install_exception_hook, install_qt_message_handler
    from organizer.gui.main_window import PAGES, MainWindow, initial_page

    install_qt_message_handler()
    app = create_application()
    install_exception_hook()
    settings = QSettings()
    opener = CampaignOpener(db_target, PAGES[initial_page(settings)].module)
    ctx = AppContext(None, settings)
    window = MainWindow(ctx)

    gave_up = []

    def on_opened() -> None:
        register_bundled_fonts()  # before any name is shown; done already after the first frame
        try:
            db = opener.result()
        except OrganizerError as exc:
            db = open_first_campaign(db_target, window, first_error=exc)
        except Exception:  # a bug: logged in full; the user can still choose another file or quit
            log.exception("opening the campaign failed")
            problem = OrganizerError(QCoreApplication.translate(
                "app", "The campaign file could not be opened because of an unexpected problem; "
                "the details are in organizer's log."))
            db = open_first_campaign(db_target, window, first_error=problem)
        if db is None:  # the user chose Quit when told the file could not be opened
            gave_up.append(True)
            window.close()  # the last window: the app quits
            return
        ctx.replace_database(db)
        log.info("organizer %s started on %s", __version__, db.display_name)

    opener.finished.connect(on_opened)
    if startup_report.wanted():
        startup_report.report_start_up(window)
    # The file opens once the window is on screen: started earlier, the worker's imports
    # would hold Python's lock while the window is built and painted. A window that is not
    # painted soon (started minimised) does not hold the file back for long.
    # The first frame shows no names, so the shipped fonts (for names in any script) are
    # registered just after it, before the campaign's data arrives.
    window.first_frame_shown.connect(register_bundled_fonts)
    window.first_frame_shown.connect(opener.start)
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, opener.start)
    window.show()
    try:
        code = app.exec()
        return 1 if gave_up else code
    finally:
        opener.close()
        if ctx.db is not None:
            ctx.db.dispose()

