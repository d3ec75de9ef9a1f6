"""Accessibility, checked by tests rather than by eye.

* Every control a person can operate has a name a screen reader speaks: the accessible name Qt
  reports (its own text, a buddy label, or an explicit ``setAccessibleName``).
* Pressing Tab from the top of a page reaches every control on it, and never gets stuck.
* Text is readable: WCAG AA contrast (4.5:1, 3:1 for large text) measured on the rendered
  pixels of every label and button, in the light and the dark palette.
* At 200% scaling every page opens and paints at twice the pixels.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import func, select

from organizer.domain.models import Signup
from organizer.gui import app as gui_app
from organizer.gui.main_window import PAGES
from organizer.gui.widgets.colors import contrast_ratio

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

CONTROL_TYPES = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def describe(widget: QWidget) -> str:
    parents = []
    w: QWidget | None = widget
    while w is not None and len(parents) < 4:
        parents.append(f"{type(w).__name__}({w.objectName() or '-'})")
        w = w.parentWidget()
    return " < ".join(parents)


def shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0 and widget.height() > 0


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls a person can operate inside ``root``.

    Parts of a compound control (a combo box's line edit, a spin box's editor, a scroll
    area's scroll bars, a table's header buttons) belong to their owner and are skipped.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROL_TYPES) or not shown(widget, root):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
            continue  # screen readers read column headers through the table itself
        if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
            continue  # Qt's clear button: a mouse shortcut inside the field, off the Tab path
        if isinstance(widget, QAbstractSlider) and widget.objectName().startswith("qt_scrollarea"):
            continue
        if type(widget).__name__ == "QScrollBar":
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts: the table corner button, ...
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def busiest_meeting_id(window) -> int:  # noqa: ANN001
    with window.ctx.db.session() as session:
        return session.execute(
            select(Signup.meeting_id).group_by(Signup.meeting_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()


def visit_every_page(window) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    """Each page, shown and laid out; on Meetings also the busiest meeting's speaker board."""
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        QApplication.processEvents()
        page = window.current_page()
        yield spec.title, page
        if spec.key == "meetings":
            window.navigate("meeting", busiest_meeting_id(window))
            QApplication.processEvents()
            yield f"{spec.title} (speaker board)", page.detail
            page.show_list()
            QApplication.processEvents()


# --- names --------------------------------------------------------------------------------


def test_every_control_on_every_page_has_an_accessible_name(qtbot, window) -> None:
    unnamed = []
    for title, page in visit_every_page(window):
        for widget in controls(page):
            if not accessible_name(widget):
                unnamed.append(f"{title}: {describe(widget)}")
    # The main window's own controls: the sidebar, the search field, the status bar's.
    for widget in controls(window):
        if not window.stack.isAncestorOf(widget) and not accessible_name(widget):
            unnamed.append(f"window: {describe(widget)}")
    assert not sorted(set(unnamed)), "\n".join(sorted(set(unnamed)))


# --- keyboard -----------------------------------------------------------------------------


def tab_through(window, start: QWidget, limit: int = 400) -> list[QWidget]:  # noqa: ANN001
    """Press Tab from ``start`` until focus comes back round; the widgets focus visited."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        if focused in seen:
            break
        seen.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is focused:
            break  # Tab did not move: a keyboard trap (or the last stop of a one-control window)
    return seen


def reaches(focused: list[QWidget], control: QWidget) -> bool:
    """A control counts as reached when focus lands on it or on its focus proxy."""
    return any(f is control or control.isAncestorOf(f) or f.focusProxy() is control for f in focused)


def test_tab_reaches_every_control_on_every_page_and_never_gets_stuck(qtbot, window) -> None:
    problems = []
    for title, page in visit_every_page(window):
        focusable = [
            w for w in controls(page)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        unreachable_by_policy = [
            w for w in controls(page)
            if w.isEnabled() and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and not isinstance(w, QTabBar)  # tab bars move with Ctrl+Tab, not Tab
        ]
        for widget in unreachable_by_policy:
            problems.append(f"{title}: cannot be reached with Tab: {describe(widget)}")
        if not focusable:
            continue
        visited = tab_through(window, focusable[0])
        if visited and QApplication.focusWidget() is visited[-1] and len(visited) < len(focusable):
            problems.append(f"{title}: Tab is stuck in {describe(visited[-1])}")
        for widget in focusable:
            if not reaches(visited, widget):
                problems.append(f"{title}: Tab never reaches {describe(widget)}")
    assert not problems, "\n".join(problems)


# --- contrast -----------------------------------------------------------------------------


def rendered_text_contrast(widget: QWidget) -> float | None:
    """The contrast between the text and the background as painted.

    The background is the commonest colour of the widget's pixels; the text colour is the
    pixel that differs from it most (the core of a glyph stem is drawn in the full colour,
    anti-aliasing only softens its edges). None when nothing but background was painted.
    """
    # Grab the window's pixels where the widget is: a transparent widget (a tool button on a
    # coloured bar) is read against what its parents painted under it, as a person sees it.
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    image = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: dict[int, int] = {}
    width, height = image.width(), image.height()
    step = max(1, (width * height) // 40000)
    pixels = [image.pixel(x, y) for y in range(height) for x in range(0, width, step)]
    for rgb in pixels:
        counts[rgb] = counts.get(rgb, 0) + 1
    if len(counts) < 2:
        return None
    background = QColor.fromRgb(max(counts, key=counts.__getitem__))
    return max(contrast_ratio(background, QColor.fromRgb(rgb)) for rgb in counts)


def large_text(widget: QWidget) -> bool:
    font = widget.font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return points >= 18 or (font.bold() and points >= 14)


def text_widgets(page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if not shown(widget, page):
            continue
        if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
            found.append(widget)
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            found.append(widget)
    return found


@pytest.fixture(params=["light", "dark"])
def scheme(request, monkeypatch, qapp):  # noqa: ANN001, ANN201
    monkeypatch.setenv(gui_app.COLOR_SCHEME_ENV_VAR, request.param)
    original = QGuiApplication.palette()
    gui_app.apply_color_scheme(qapp)
    yield request.param
    qapp.setPalette(original)


def test_text_on_every_page_meets_wcag_aa_contrast_in_light_and_dark(qtbot, scheme, window) -> None:
    failures = []
    for title, page in visit_every_page(window):
        for widget in text_widgets(page):
            if not widget.isEnabled():
                continue  # WCAG exempts inactive controls
            ratio = rendered_text_contrast(widget)
            if ratio is None:
                continue
            needed = 3.0 if large_text(widget) else 4.5
            if ratio < needed:
                text = widget.text().replace("\n", " ")[:40]
                failures.append(f"{scheme} {title}: {ratio:.2f} < {needed} for {text!r} in {describe(widget)}")
    assert not failures, "\n".join(failures)


def test_selected_rows_read_at_aa_in_both_palettes(scheme, qapp) -> None:
    palette = qapp.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        assert contrast_ratio(text, highlight) >= 4.5, (scheme, group, highlight.name())


def test_the_contrast_measure_catches_grey_on_grey(qtbot) -> None:
    label = QLabel("Unreadable")
    label.setStyleSheet("color: #aaaaaa; background: #bbbbbb;")
    qtbot.addWidget(label)
    label.show()
    assert rendered_text_contrast(label) < 2
    label.setStyleSheet("color: #000000; background: #ffffff;")
    assert rendered_text_contrast(label) > 15


# --- 200% ---------------------------------------------------------------------------------

AT_200_PERCENT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from organizer.gui.app import create_application
    from organizer.gui.context import AppContext
    from organizer.gui.main_window import MainWindow, PAGES
    from organizer.services.demo import load_demo
    from organizer.storage.database import open_database
    from PySide6.QtCore import QSettings

    app = create_application(["organizer"])
    db = open_database(sys.argv[1])
    with db.session() as s:
        load_demo(s)
    window = MainWindow(AppContext(db, QSettings(sys.argv[2], QSettings.Format.IniFormat)))
    window.resize(1000, 700)
    window.show()
    app.processEvents()
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        app.processEvents()
        page = window.current_page()
        image = page.grab().toImage()
        clipped = [
            w.text() for w in page.findChildren(type(window.database_label))
            if w.isVisible() and not w.wordWrap() and w.text() and "<" not in w.text()
            and w.width() + 1 < w.minimumSizeHint().width()
        ]
        print(spec.key, page.devicePixelRatioF(), image.width(), page.width(), len(clipped))
    window.close()
    db.dispose()
    """
)


def test_every_page_opens_and_paints_at_200_percent(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    result = subprocess.run(
        [sys.executable, "-c", AT_200_PERCENT, str(tmp_path / "c.sqlite3"), str(tmp_path / "s.ini")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    rows = [line.split() for line in result.stdout.splitlines() if line.strip()]
    assert [row[0] for row in rows] == [spec.key for spec in PAGES]
    for key, ratio, image_width, logical_width, clipped in rows:
        assert float(ratio) == 2.0, key
        assert int(image_width) == 2 * int(logical_width), key
        assert int(clipped) == 0, f"{key}: {clipped} labels cut short at 200%"


def test_calendar_days_read_at_aa_in_light_and_dark(qtbot, scheme, window) -> None:
    """Weekend numbers (Qt's default is pure red, 4.0:1 on white) and meeting days."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget

    window.show_page([spec.key for spec in PAGES].index("meetings"))
    QApplication.processEvents()
    calendars = window.current_page().findChildren(QCalendarWidget)
    assert calendars
    failures = []
    for calendar in calendars:
        palette = calendar.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday, Qt.DayOfWeek.Wednesday):
            fmt = calendar.weekdayTextFormat(day)
            fg = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else text
            if contrast_ratio(fg, base) < 4.5:
                failures.append(f"{scheme} {day.name}: {fg.name()} on {base.name()}")
        for date, fmt in calendar.dateTextFormat().items():
            bg = fmt.background().color() if fmt.background().style() != Qt.BrushStyle.NoBrush else base
            weekday = Qt.DayOfWeek(QDate(date).dayOfWeek())
            weekday_fg = calendar.weekdayTextFormat(weekday).foreground()
            fg = fmt.foreground() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else weekday_fg
            color = fg.color() if fg.style() != Qt.BrushStyle.NoBrush else text
            if contrast_ratio(color, bg) < 4.5:
                failures.append(f"{scheme} {date.toString()}: {color.name()} on {bg.name()}")
    assert not failures, "\n".join(failures)


# --- words that fit -----------------------------------------------------------------------


@pytest.fixture(params=["en", "es"])
def language(request, qapp):  # noqa: ANN001, ANN201
    from organizer.gui import i18n

    assert i18n.install_translators(request.param)
    yield request.param
    i18n.remove_translators()


@pytest.fixture
def window_in_language(language, qtbot, ctx):  # noqa: ANN001, ANN201
    from organizer.gui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.current_page() is not None and main.current_page().isVisible(), timeout=10000)
    yield main
    for page in list(main._pages.values()):
        discard = getattr(page, "discard_pending", None)
        if discard is not None:
            discard()


def test_no_button_on_any_page_is_too_narrow_for_its_words(qtbot, language, window_in_language) -> None:
    """Spanish labels run longer than English: a squeezed button would read "ortar todos los"."""
    cut = []
    for title, page in visit_every_page(window_in_language):
        for button in page.findChildren(QAbstractButton):
            if not shown(button, page) or not button.text().strip() or isinstance(button.parentWidget(), QTabBar):
                continue
            if button.width() < button.sizeHint().width():
                cut.append(f"{language} {title}: {button.text()!r} is {button.width()} px of {button.sizeHint().width()}")
    assert not cut, "\n".join(cut)


# --- dialogs ------------------------------------------------------------------------------


def _dialog_scenes() -> list[str]:
    from tests.gui.test_spanish_dialogs import SCENES

    return list(SCENES)


@pytest.fixture
def in_spanish(qapp):  # noqa: ANN001, ANN201
    from organizer.gui import i18n

    assert i18n.install_translators("es")
    yield
    i18n.remove_translators()


@pytest.mark.parametrize("name", _dialog_scenes())
def test_every_control_in_every_dialog_has_an_accessible_name(name: str, in_spanish, qtbot, ctx, tmp_path) -> None:
    """The scenes the Spanish test opens (every dialog, in the states a user sees), in Spanish,
    so the names a screen reader speaks are there after translation too."""
    from tests.gui.test_spanish_dialogs import SCENES, Scene

    ctx.show_error = lambda _parent, exc, on_reload=None: None  # type: ignore[method-assign]
    scene = Scene(qtbot, ctx, tmp_path, [], set())
    SCENES[name](scene)
    scene.wait_for_tasks()
    unnamed = []
    for dialog in scene.shown:
        if not dialog.isVisible():
            dialog.show()
        QApplication.processEvents()
        for widget in controls(dialog):
            if not accessible_name(widget):
                unnamed.append(f"{type(dialog).__name__}: {describe(widget)}")
    assert scene.shown
    assert not sorted(set(unnamed)), "\n".join(sorted(set(unnamed)))
