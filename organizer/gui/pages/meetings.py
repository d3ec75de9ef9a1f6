"""The Meetings page: a list (upcoming first) and a month calendar; a meeting opens its page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.models import utcnow
from organizer.errors import NotFoundError
from organizer.gui.context import MEETINGS, SETTINGS, SIGNUPS, AppContext
from organizer.gui.dialogs.meeting_editor import GenerateMeetingsDialog, MeetingEditorDialog
from organizer.gui.models.board_view import board_view
from organizer.gui.models.labels import (
    MEETING_STATUS_LABELS,
    STAGE_LABELS,
    local_date_text,
    local_when_text,
)
from organizer.gui.models.meetings_model import (
    COL_AGENDA,
    COL_BODY,
    COL_SPEAKERS,
    COL_STATUS,
    COL_TITLE,
    COL_WHEN,
    MeetingRow,
    MeetingsModel,
    meeting_rows,
)
from organizer.gui.pages.meeting_detail import MeetingDetail
from organizer.gui.widgets.card import Card, muted_label, page_heading, plain_label, scaled_font
from organizer.gui.widgets.colors import blend, weekend_color
from organizer.gui.widgets.dialog_holder import OpenDialogHolder
from organizer.gui.widgets.format import clock, counted, time_left
from organizer.gui.widgets.minutes_bar import MinutesBar
from organizer.gui.widgets.record_table import record_table
from organizer.gui.widgets.refresh_when_shown import RefreshWhenShown
from organizer.services import council, meetings, signups

BODY_SETTING = "meetings/body"
SHOW_SETTING = "meetings/show"
SHOW_ALL, SHOW_UPCOMING, SHOW_PAST = "all", "upcoming", "past"
MeetingIdRole = Qt.ItemDataRole.UserRole + 1


class MeetingsPage(OpenDialogHolder, RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._preview_id: int | None = None
        self._by_day: dict = {}
        self.setAccessibleName(self.tr("Meetings"))

        self.stack = QStackedWidget(self)
        self.list_page = QWidget()
        self.detail = MeetingDetail(ctx)
        self.detail.back_requested.connect(self.show_list)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._build_list_page()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.database_changed.connect(self._database_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _build_list_page(self) -> None:
        heading = page_heading(self.tr("Meetings"))
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.setAccessibleName(self.tr("Add a meeting"))
        self.new_button.clicked.connect(self.new_meeting)
        self.generate_button = QPushButton(self.tr("Generate from schedule…"))
        self.generate_button.setAccessibleName(self.tr("Add a council's regular meetings from its schedule"))
        self.generate_button.clicked.connect(self.generate_meetings)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.generate_button)
        top.addWidget(self.new_button)

        self.body_filter = QComboBox()
        self.body_filter.setAccessibleName(self.tr("Show meetings of"))
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Which meetings"))
        self.show_filter.addItem(self.tr("Upcoming, then past"), SHOW_ALL)
        self.show_filter.addItem(self.tr("Upcoming only"), SHOW_UPCOMING)
        self.show_filter.addItem(self.tr("Past only"), SHOW_PAST)
        saved = self._ctx.settings.value(SHOW_SETTING, SHOW_ALL)
        self.show_filter.setCurrentIndex(max(0, self.show_filter.findData(saved)))
        self.count_label = muted_label(wrap=False)
        filters = QHBoxLayout()
        council_label = QLabel(self.tr("&Council:"))
        council_label.setBuddy(self.body_filter)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_filter)
        filters.addWidget(council_label)
        filters.addWidget(self.body_filter)
        filters.addSpacing(12)
        filters.addWidget(show_label)
        filters.addWidget(self.show_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.model = MeetingsModel(self)
        self.table = record_table(
            self.model, self.tr("Meetings, upcoming first"), COL_AGENDA,
            ((COL_WHEN, 190), (COL_BODY, 110), (COL_TITLE, 150), (COL_STATUS, 90), (COL_SPEAKERS, 80)),
        )
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty_hint = muted_label(
            self.tr("No meetings yet. Add one with “New meeting…”, or let “Generate from schedule…” add a "
                    "council's regular meetings.")
        )

        list_card = QWidget()
        list_layout = QVBoxLayout(list_card)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_hint)

        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Month calendar; days with meetings are highlighted"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_calendar())
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.calendar.activated.connect(lambda _d: self._open_day_meeting())
        self.day_title = QLabel()
        self.day_title.setTextFormat(Qt.TextFormat.PlainText)
        self.day_list = QListWidget()
        self.day_list.setAccessibleName(self.tr("Meetings on the chosen day"))
        self.day_list.itemActivated.connect(self._day_item_activated)
        self.day_list.setMaximumHeight(round(self.fontMetrics().height() * 4.5))
        calendar_card = Card(self.tr("Calendar"))
        calendar_card.body().addWidget(self.calendar)
        calendar_card.body().addWidget(self.day_title)
        calendar_card.body().addWidget(self.day_list)

        self.preview_card = Card(self.tr("Selected meeting"))
        self.preview_title = plain_label()
        self.preview_title.setFont(scaled_font(self.preview_title, 1.05, bold=True))
        self.preview_agenda = muted_label()
        self.preview_bar = MinutesBar()
        self.preview_lineup = plain_label()
        self.preview_deadline = plain_label()
        self.open_button = QPushButton(self.tr("Open speaker board"))
        self.open_button.setAccessibleName(self.tr("Open the selected meeting's speaker board"))
        self.open_button.clicked.connect(self._open_selected)
        for widget in (
            self.preview_title, self.preview_agenda, self.preview_bar, self.preview_lineup, self.preview_deadline,
        ):
            self.preview_card.body().addWidget(widget)
        self.preview_card.body().addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(calendar_card)
        side_layout.addWidget(self.preview_card)
        side_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_card)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 420])

        layout = QVBoxLayout(self.list_page)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.body_filter.currentIndexChanged.connect(self._filters_changed)
        self.show_filter.currentIndexChanged.connect(self._filters_changed)

    # --- loading -------------------------------------------------------------------------

    def _fill_bodies(self) -> None:
        wanted = self.body_filter.currentData() if self.body_filter.count() else self._ctx.settings.value(BODY_SETTING)
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("All councils"), None)
        with self._ctx.session() as session:
            for body in council.list_bodies(session):
                self.body_filter.addItem(body.name, body.id)
        index = self.body_filter.findData(int(wanted)) if wanted not in (None, "") else 0
        self.body_filter.setCurrentIndex(max(0, index))
        self.body_filter.blockSignals(False)

    def body_id(self) -> int | None:
        return self.body_filter.currentData()

    def reload(self) -> None:
        self._stale = False
        self._fill_bodies()
        selected = self.selected_meeting_id()
        now = utcnow()
        show = self.show_filter.currentData()
        with self._ctx.session() as session:
            found = meetings.list_meetings(session, body_id=self.body_id())
            rows = meeting_rows(found, signups.signup_counts(session), now)
        if show == SHOW_UPCOMING:
            rows = [r for r in rows if r.upcoming]
        elif show == SHOW_PAST:
            rows = [r for r in rows if not r.upcoming]
        self.model.set_rows(rows)
        upcoming = sum(1 for r in rows if r.upcoming)
        self.count_label.setText(self.tr("{upcoming} upcoming · {past} past").format(
            upcoming=upcoming, past=len(rows) - upcoming))
        self.empty_hint.setVisible(not rows)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_meeting(selected)
        elif rows:
            self.select_meeting(rows[0].meeting_id)
        else:
            self._show_preview(None)
        self._mark_calendar()
        self._day_chosen_without_selecting()

    def _filters_changed(self) -> None:
        self._ctx.settings.setValue(BODY_SETTING, self.body_id() if self.body_id() is not None else "")
        self._ctx.settings.setValue(SHOW_SETTING, self.show_filter.currentData())
        self.reload()

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & {MEETINGS, SIGNUPS, SETTINGS}:
            self._refresh_now_or_when_shown()

    def _can_refresh(self) -> bool:
        # The meeting's own page reloads itself; the list catches up when the user goes back.
        return self.stack.currentWidget() is self.list_page

    def _database_changed(self) -> None:
        self.show_list()

    # --- the calendar --------------------------------------------------------------------

    def _month_meetings(self, year: int, month: int) -> dict[dt.date, list[MeetingRow]]:
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1)
        # A day either side: a meeting's local date can differ from its UTC date.
        start = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
        with self._ctx.session() as session:
            found = meetings.list_meetings(session, body_id=self.body_id(), start=start, end=end)
            rows = meeting_rows(found, {}, utcnow())
        by_day: dict[dt.date, list[MeetingRow]] = {}
        for row in sorted(rows, key=lambda r: r.starts_at):
            day = row.local_start.date()
            if first <= day < last:
                by_day.setdefault(day, []).append(row)
        return by_day

    def _mark_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(weekend_color(self.calendar.palette())))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)
        self._by_day = self._month_meetings(self.calendar.yearShown(), self.calendar.monthShown())
        palette = self.calendar.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        background = blend(highlight, palette.color(QPalette.ColorRole.Base), 0.28)
        for day, rows in self._by_day.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            if any(r.upcoming for r in rows):
                fmt.setBackground(QBrush(background))
            fmt.setFontUnderline(any(r.stage.value != "none" for r in rows))
            fmt.setToolTip("\n".join(f"{clock(r.local_start)} {r.body_name}: {r.title}" for r in rows))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    def meeting_days(self) -> list[dt.date]:
        """The days highlighted in the month shown."""
        return sorted(self._by_day)

    def _day_chosen(self) -> None:
        picked = self.calendar.selectedDate()
        day = dt.date(picked.year(), picked.month(), picked.day())
        rows = self._by_day.get(day, [])
        if (day.year, day.month) != (self.calendar.yearShown(), self.calendar.monthShown()):
            rows = self._month_meetings(day.year, day.month).get(day, [])
        self.day_title.setText(f"{local_date_text(dt.datetime.combine(day, dt.time()))}: " + (
            counted(len(rows), self.tr("{n} meeting"), self.tr("{n} meetings")) if rows else self.tr("no meetings")
        ))
        self.day_list.clear()
        for row in rows:
            stage = f" · {STAGE_LABELS[row.stage]}" if row.stage.value != "none" else ""
            item = QListWidgetItem(
                f"{clock(row.local_start)}  {row.body_name}: {row.title}{stage} ({MEETING_STATUS_LABELS[row.status]})"
            )
            item.setData(MeetingIdRole, row.meeting_id)
            self.day_list.addItem(item)
        if rows and self.model.row_of(rows[0].meeting_id) >= 0:
            self.select_meeting(rows[0].meeting_id, scroll=True)

    def _open_day_meeting(self) -> None:
        if self.day_list.count():
            self.show_record(self.day_list.item(0).data(MeetingIdRole))

    def _day_item_activated(self, item: QListWidgetItem) -> None:
        self.show_record(item.data(MeetingIdRole))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._show_preview(None)
            return
        row = self.model.row_at(current.row())
        self._show_preview(row.meeting_id)
        day = row.local_start.date()
        target = QDate(day.year, day.month, day.day)
        if self.calendar.selectedDate() != target:
            self.calendar.blockSignals(True)
            self.calendar.setSelectedDate(target)
            self.calendar.blockSignals(False)
            self._mark_calendar()
            self._day_chosen_without_selecting()

    def _day_chosen_without_selecting(self) -> None:
        self.table.selectionModel().blockSignals(True)
        try:
            self._day_chosen()
        finally:
            self.table.selectionModel().blockSignals(False)

    def _show_preview(self, meeting_id: int | None) -> None:
        view = None
        if meeting_id is not None:
            try:
                with self._ctx.session() as session:
                    view = board_view(meetings.load_meeting_board(session, meeting_id))
            except NotFoundError:
                view = None
        self.preview_card.setVisible(view is not None)
        self._preview_id = meeting_id if view is not None else None
        if view is None:
            return
        self.preview_title.setText(f"{view.body_name} · {local_when_text(view.local_start)}")
        stage = STAGE_LABELS[view.stage] if view.stage.value != "none" else self.tr("Ordinance not on the agenda")
        self.preview_agenda.setText(f"{view.title} · {stage}" + (f"\n{view.agenda_item}" if view.agenda_item else ""))
        self.preview_bar.set_budget(view.budget)
        budget = view.budget
        lineup = counted(budget.active_signups, self.tr("{n} speaker"), self.tr("{n} speakers"))
        if budget.speakers_fit is not None:
            lineup += " " + self.tr("for {slots} slots").format(slots=budget.speakers_fit)
        confirmed = sum(1 for r in view.rows if r.status.value in ("confirmed", "checked_in", "spoke"))
        lineup += " " + self.tr("({confirmed} confirmed)").format(confirmed=confirmed)
        if view.warnings:
            lineup += " · " + counted(len(view.warnings), self.tr("{n} warning"), self.tr("{n} warnings"))
        self.preview_lineup.setText(lineup)
        deadline = view.rules.deadline
        if deadline is None:
            self.preview_deadline.setText(self.tr("No sign-up deadline on file."))
        elif deadline <= view.now:
            self.preview_deadline.setText(self.tr("Sign-up closed {when}.").format(when=local_when_text(deadline)))
        else:
            self.preview_deadline.setText(self.tr("Sign-up closes in {time}.").format(time=time_left(deadline - view.now)))

    def _open_selected(self) -> None:
        if self._preview_id is not None:
            self.show_record(self._preview_id)

    # --- navigation ----------------------------------------------------------------------

    def selected_meeting_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index.row()).meeting_id

    def select_meeting(self, meeting_id: int, *, scroll: bool = True) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        index = self.model.index(row, COL_WHEN)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_record(self.model.row_at(index.row()).meeting_id)

    def show_record(self, record_id: int) -> None:
        """Open a meeting's page (navigation from search, the dashboard, the calendar)."""
        self.detail.show_meeting(int(record_id))
        if self.detail.meeting_id is None:
            self._ctx.notify(self.tr("That meeting is no longer on file."))
            self.show_list()
            return
        self.stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        current = self.detail.meeting_id
        self.stack.setCurrentWidget(self.list_page)
        self.reload()
        if current is not None:
            self.select_meeting(current)
        self.table.setFocus()

    # --- dialogs -------------------------------------------------------------------------

    def new_meeting(self):
        dialog = MeetingEditorDialog(self._ctx, None, body_id=self.body_id(), parent=self)
        dialog.accepted.connect(lambda: dialog.saved_meeting_id and self.select_meeting(dialog.saved_meeting_id))
        return self._keep(dialog)

    def generate_meetings(self):
        return self._keep(GenerateMeetingsDialog(self._ctx, self.body_id(), self))

