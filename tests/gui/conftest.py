"""GUI tests: headless (offscreen), fresh settings, a demo campaign, no dialog left blocking.

Qt must pick its platform before the QApplication exists, so the environment is set at
import time, before pytest-qt creates the application.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from organizer.gui import errors, tasks  # noqa: E402
from organizer.gui.app import configure_application_identity  # noqa: E402
from organizer.gui.context import AppContext  # noqa: E402
from organizer.services.demo import load_demo  # noqa: E402
from organizer.storage.database import Database  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Anything that asks for QSettings() gets a throwaway INI file, never the user's."""
    configure_application_identity()
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield


@pytest.fixture(autouse=True)
def no_task_left_running(qtbot) -> Iterator[None]:  # noqa: ANN001
    yield
    tasks.cancel_all_and_wait(5000)
    qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=5000)


@pytest.fixture(autouse=True)
def no_crash_dialog_left(qtbot) -> Iterator[None]:  # noqa: ANN001
    yield
    dialog = errors.crash_dialog()
    if dialog is not None:
        dialog.close()
        errors._forget_crash_dialog()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "organizer-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.session() as session:
        load_demo(session)
    return db


@pytest.fixture
def ctx(demo_db: Database, settings: QSettings) -> AppContext:
    return AppContext(demo_db, settings)


@pytest.fixture
def window(qtbot, ctx: AppContext):  # noqa: ANN001, ANN201
    from organizer.gui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    for page in list(main._pages.values()):
        discard = getattr(page, "discard_pending", None)
        if discard is not None:
            discard()


def visible_message_boxes(name: str | None = None) -> list[QMessageBox]:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return [w for w in found if name is None or w.objectName() == name]


@pytest.fixture
def message_boxes():  # noqa: ANN201
    """``message_boxes(object_name=None)``: the visible message boxes, newest last.

    Errors are "errorMessage", questions from ``dialogs.confirm.ask`` are "confirmBox".
    """
    return visible_message_boxes
