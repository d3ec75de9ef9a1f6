"""Entry points for data in and out, for the File menu and the meeting page.

Each function opens its dialog without blocking and returns it (tests drive it from
there). Nothing here needs the main window: ``parent`` is any widget.

    File ▸ Import ▸ People…            import_people(ctx, parent)
    File ▸ Import ▸ Council calendar…  import_calendar(ctx, parent)
    File ▸ Export ▸ People…            export_people(ctx, parent)
    File ▸ Export ▸ Council members…   export_members(ctx, parent)
    File ▸ Export ▸ Meetings calendar… export_meetings_calendar(ctx, parent)
    Meeting page: Export sign-ups…     export_signups(ctx, parent, meeting_id)
    Meeting page: Speaker messages…    show_confirmations(ctx, parent, meeting_id)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from organizer.gui.context import AppContext
from organizer.gui.dialogs.confirmations import ConfirmationsWindow
from organizer.gui.dialogs.export_data import ExportDialog
from organizer.gui.dialogs.import_calendar import ImportCalendarDialog
from organizer.gui.dialogs.import_people import ImportPeopleDialog
from organizer.gui.widgets.dialog_holder import open_non_blocking

# One messages window per meeting: asking again brings the open one to the front.
_confirmation_windows: dict[int, ConfirmationsWindow] = {}


def import_people(ctx: AppContext, parent: QWidget | None) -> ImportPeopleDialog:
    return open_non_blocking(ImportPeopleDialog(ctx, parent))


def import_calendar(ctx: AppContext, parent: QWidget | None, body_id: int | None = None) -> ImportCalendarDialog:
    return open_non_blocking(ImportCalendarDialog(ctx, parent, body_id=body_id))


def export_people(ctx: AppContext, parent: QWidget | None) -> ExportDialog:
    return open_non_blocking(ExportDialog(ctx, "people", parent))


def export_members(ctx: AppContext, parent: QWidget | None) -> ExportDialog:
    return open_non_blocking(ExportDialog(ctx, "members", parent))


def export_signups(ctx: AppContext, parent: QWidget | None, meeting_id: int | None = None) -> ExportDialog:
    return open_non_blocking(ExportDialog(ctx, "signups", parent, meeting_id=meeting_id))


def export_meetings_calendar(ctx: AppContext, parent: QWidget | None) -> ExportDialog:
    return open_non_blocking(ExportDialog(ctx, "meetings", parent))


def show_confirmations(ctx: AppContext, parent: QWidget | None, meeting_id: int) -> ConfirmationsWindow:
    window = _confirmation_windows.get(meeting_id)
    if window is not None and isValid(window):
        window.refresh()
    else:
        window = ConfirmationsWindow(ctx, meeting_id, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: _confirmation_windows.pop(meeting_id, None))
        _confirmation_windows[meeting_id] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
