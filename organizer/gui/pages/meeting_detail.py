"""A meeting's page: its rules and agenda, and the speaker board.

The board is the ordered line-up. Speakers are added from a search box, reordered by drag
and drop or Alt+Up / Alt+Down, given minutes, a status and talking points in place; every
change is saved at once and the minutes bar and the warnings are recomputed from the
database, so what the coordinator sees is always what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import OrdinanceStage, OverflowPolicy, SignupStatus
from organizer.domain.models import Signup, utcnow
from organizer.domain.rules.lineup import LineupWarning
from organizer.errors import NotFoundError, ValidationError
from organizer.gui import exchange_actions
from organizer.gui.context import (
    MEETINGS,
    MEMBERS,
    PEOPLE,
    POINTS,
    SETTINGS,
    SIGNUPS,
    STANCES,
    AppContext,
)
from organizer.gui.dialogs.assign_points import AssignPointsDialog
from organizer.gui.dialogs.confirm import ask
from organizer.gui.dialogs.export_packets import ExportPacketsDialog
from organizer.gui.dialogs.lottery import LotteryDialog
from organizer.gui.dialogs.meeting_editor import MeetingEditorDialog
from organizer.gui.dialogs.packet_preview import PacketPreviewDialog, print_pdf
from organizer.gui.dialogs.record_votes import RecordVotesDialog
from organizer.gui.models.board_view import BoardView, board_view
from organizer.gui.models.labels import (
    MEETING_STATUS_LABELS,
    OVERFLOW_LABELS,
    SIGNUP_STATUS_LABELS,
    STAGE_LABELS,
    date_text,
    lead_time_text,
    local_when_text,
    long_when_text,
    minutes_text,
)
from organizer.gui.models.lineup_model import (
    COL_MINUTES,
    COL_NAME,
    COL_NEEDS,
    COL_POINTS,
    COL_POSITION,
    COL_STATUS,
    LineupModel,
    LineupRow,
)
from organizer.gui.widgets.card import Card, color_label, muted_label, page_heading, plain_label
from organizer.gui.widgets.colors import error_color
from organizer.gui.widgets.dialog_holder import OpenDialogHolder
from organizer.gui.widgets.flow_layout import FlowLayout
from organizer.gui.widgets.format import counted, time_left
from organizer.gui.widgets.minutes_bar import MinutesBar
from organizer.gui.widgets.refresh_when_shown import RefreshWhenShown
from organizer.gui.widgets.shortcuts import add_move_shortcuts
from organizer.services import deletion, meetings, packets, people, signups
from organizer.services.validation import format_phone

WATCHED = frozenset({MEETINGS, SIGNUPS, PEOPLE, POINTS, MEMBERS, STANCES, SETTINGS})
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_LIMIT = 20
STALE_RULES_DAYS = 120  # councils change their rules; ask again about every four months


class LineupDelegate(QStyledItemDelegate):
    """A status list and a minutes box, edited in place."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.column() == COL_STATUS:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Sign-up status"))
            for status in SignupStatus:
                combo.addItem(SIGNUP_STATUS_LABELS[status], status.value)
            return combo
        if index.column() == COL_MINUTES:
            spin = QSpinBox(parent)
            spin.setAccessibleName(self.tr("Minutes for this speaker"))
            spin.setRange(0, 60)
            default = index.model().default_minutes if hasattr(index.model(), "default_minutes") else None
            spin.setSpecialValueText(self.tr("Limit ({minutes})").format(minutes=default) if default else self.tr("Not set"))
            spin.setSuffix(self.tr(" min"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class LineupView(QTableView):
    """The line-up table: rows drag to a new place; Delete removes the selected speaker."""

    delete_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _WarningRow(QFrame):
    """One warning: an icon and the sentence; click selects its speakers, Enter opens what it is about."""

    clicked = Signal(object)
    activated = Signal(object)

    def __init__(self, warning: LineupWarning, icon: QIcon, parent: QWidget | None = None):
        super().__init__(parent)
        self.warning = warning
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(warning.message)
        self.setToolTip(
            self.tr("Click to select the speakers it is about; double-click or Enter to open it.")
            if warning.member_id or warning.point_id
            else self.tr("Click to select the speakers it is about.")
        )
        picture = QLabel()
        size = self.fontMetrics().height()
        picture.setPixmap(icon.pixmap(size, size))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = plain_label(warning.message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 3, 2, 3)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        self.label = text

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.setFocus()
        self.clicked.emit(self.warning)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.activated.emit(self.warning)
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.warning)
            self.activated.emit(self.warning)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.setFrameShape(QFrame.Shape.Box)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.setFrameShape(QFrame.Shape.NoFrame)
        super().focusOutEvent(event)


class WarningList(QWidget):
    """The line-up's warnings as wrapped sentences that size to their text."""

    clicked = Signal(object)
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Warnings about the line-up"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.rows: list[_WarningRow] = []

    def set_warnings(self, warnings) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for warning in warnings:
            row = _WarningRow(warning, icon, self)
            row.clicked.connect(self.clicked)
            row.activated.connect(self.activated)
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setAccessibleName(counted(len(self.rows), self.tr("{n} warning about the line-up"),
                                       self.tr("{n} warnings about the line-up")))

    def messages(self) -> list[str]:
        return [row.warning.message for row in self.rows]


class MeetingDetail(OpenDialogHolder, RefreshWhenShown, QWidget):
    back_requested = Signal()
    board_reloaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id: int | None = None
        self.view: BoardView | None = None
        self._own_change = False
        self._select_after: list[int] = []
        self.setAccessibleName(self.tr("Meeting"))

        self._build_header()
        self._build_board()
        self._build_side()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.board_card)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 480])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(splitter, 1)

        self._deadline_timer = QTimer(self)
        self._deadline_timer.setInterval(30_000)
        self._deadline_timer.timeout.connect(self._show_deadline)
        self._deadline_timer.start()
        ctx.data_changed.connect(self._on_data_changed)

    # --- building ------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.back = QToolButton()
        self.back.setText(self.tr("← All meetings"))
        self.back.setAccessibleName(self.tr("Back to all meetings"))
        self.back.setAutoRaise(True)
        self.back.clicked.connect(self.back_requested.emit)
        self.heading = page_heading("")
        self.heading.setWordWrap(False)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Meeting status"))
        self.status_label.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px; }"
        )
        self.edit_button = QPushButton(self.tr("Edit meeting…"))
        self.edit_button.setAccessibleName(self.tr("Edit this meeting's date, agenda and rules"))
        self.edit_button.clicked.connect(self.edit_meeting)
        self.votes_button = QPushButton(self.tr("Record votes…"))
        self.votes_button.setAccessibleName(self.tr("Record how each member voted"))
        self.votes_button.clicked.connect(self.record_votes)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        top.addWidget(self.votes_button)
        top.addWidget(self.edit_button)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(8)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        self.when_label = muted_label()
        self.agenda_label = plain_label()
        self.agenda_label.setAccessibleName(self.tr("On the agenda"))
        self.header = QVBoxLayout()
        self.header.addLayout(top)
        self.header.addLayout(title_row)
        self.header.addWidget(self.when_label)
        self.header.addWidget(self.agenda_label)

    def _build_board(self) -> None:
        self.board_card = Card(self.tr("Speaker board"))
        body = self.board_card.body()

        self.add_box = QLineEdit()
        self.add_box.setPlaceholderText(self.tr("Add a speaker: type a name, email, phone or ward…"))
        self.add_box.setAccessibleName(self.tr("Add a speaker: search people"))
        self.add_box.setClearButtonEnabled(True)
        self._matches = QStandardItemModel(self)
        self.completer = QCompleter(self._matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._match_chosen)
        self.add_box.setCompleter(self.completer)
        self._match_timer = QTimer(self)
        self._match_timer.setSingleShot(True)
        self._match_timer.setInterval(150)
        self._match_timer.timeout.connect(lambda: self.find_people(self.add_box.text()))
        self.add_box.textEdited.connect(lambda _t: self._match_timer.start())
        self.add_box.returnPressed.connect(self._add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the person typed in the search box"))
        self.add_button.clicked.connect(self._add_typed)

        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolTip(self.tr("Speak earlier (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move the selected speaker up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setToolTip(self.tr("Speak later (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move the selected speaker down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.points_button = QPushButton(self.tr("Talking points…"))
        self.points_button.setAccessibleName(self.tr("Choose the selected speaker's talking points"))
        self.points_button.clicked.connect(self.assign_points)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected speaker from the line-up"))
        self.remove_button.clicked.connect(self.remove_selected)

        tools = QHBoxLayout()
        tools.addWidget(self.add_box, 1)
        tools.addWidget(self.add_button)
        tools.addSpacing(12)
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        tools.addWidget(self.points_button)
        tools.addWidget(self.remove_button)
        body.addLayout(tools)

        self.model = LineupModel(self, on_edit=self._save_edit, on_reorder=self._save_order)
        self.table = LineupView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Line-up, in speaking order"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setItemDelegate(LineupDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        # The model moves rows itself; never let the view "clear" the dragged cells.
        self.table.setDragDropOverwriteMode(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_POINTS, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in ((COL_POSITION, 48), (COL_NAME, 230), (COL_STATUS, 110), (COL_MINUTES, 90), (COL_NEEDS, 110)):
            self.table.setColumnWidth(column, width)
        self.table.delete_pressed.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._row_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        add_move_shortcuts(self.table, self.move_selected)
        body.addWidget(self.table, 1)
        self.empty_hint = muted_label(self.tr(
            "Nobody is on the line-up yet. Type a name above to add a speaker; drag rows or press "
            "Alt+Up / Alt+Down to change the order."
        ))
        body.addWidget(self.empty_hint)

        self.preview_button = QPushButton(self.tr("Preview packet"))
        self.preview_button.setAccessibleName(self.tr("Preview the selected speaker's packet"))
        self.preview_button.clicked.connect(self.preview_packet)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print packets and printouts"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        print_menu = QMenu(self.print_button)
        self.print_packet_action = print_menu.addAction(self.tr("This speaker's packet…"), self.print_packet)
        print_menu.addAction(self.tr("Run of show…"), lambda: self.print_printout("run_of_show"))
        print_menu.addAction(self.tr("Sign-in sheet…"), lambda: self.print_printout("sign_in"))
        self.print_button.setMenu(print_menu)
        self.export_button = QPushButton(self.tr("Export all packets…"))
        self.export_button.setAccessibleName(self.tr("Export every speaker's packet to a folder"))
        self.export_button.clicked.connect(self.export_packets)
        self.messages_button = QPushButton(self.tr("Speaker messages…"))
        self.messages_button.setAccessibleName(self.tr("Confirmation and reminder messages for the speakers"))
        self.messages_button.clicked.connect(self.show_speaker_messages)
        self.export_signups_button = QPushButton(self.tr("Export sign-ups…"))
        self.export_signups_button.setAccessibleName(self.tr("Export this meeting's sign-ups to a spreadsheet"))
        self.export_signups_button.clicked.connect(self.export_signups)
        # The buttons wrap onto a second line rather than being squeezed until their words are
        # cut off (Spanish labels are longer, and the side panel takes its share of the width).
        packets_row = FlowLayout(spacing=self.fontMetrics().averageCharWidth())
        packets_row.addWidget(QLabel(self.tr("Packets:")))
        packets_row.addWidget(self.preview_button)
        packets_row.addWidget(self.print_button)
        packets_row.addWidget(self.export_button)
        packets_row.addWidget(self.messages_button)
        packets_row.addWidget(self.export_signups_button)
        self.selection_label = muted_label(wrap=False)
        packets_row.addWidget(self.selection_label)
        body.addLayout(packets_row)

    def _build_side(self) -> None:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)

        self.time_card = Card(self.tr("Time"))
        self.minutes_bar = MinutesBar()
        self.time_card.body().addWidget(self.minutes_bar)
        self.fit_label = plain_label()
        self.deadline_label = plain_label()
        self.deadline_label.setAccessibleName(self.tr("Sign-up deadline"))
        self.time_card.body().addWidget(self.fit_label)
        self.time_card.body().addWidget(self.deadline_label)
        column.addWidget(self.time_card)

        self.warnings_card = Card(self.tr("Warnings"))
        self.warnings = WarningList()
        self.warnings.clicked.connect(self._warning_clicked)
        self.warnings.activated.connect(self._warning_activated)
        self.no_warnings = muted_label(self.tr("No warnings: the line-up fits the rules."))
        self.warnings_card.body().addWidget(self.warnings)
        self.warnings_card.body().addWidget(self.no_warnings)
        column.addWidget(self.warnings_card)

        self.lottery_card = Card(self.tr("Lottery"))
        self.lottery_label = plain_label()
        self.lottery_button = QPushButton(self.tr("Draw lottery order…"))
        self.lottery_button.setAccessibleName(self.tr("Draw the speaking order by lottery"))
        self.lottery_button.clicked.connect(self.open_lottery)
        self.lottery_card.body().addWidget(self.lottery_label)
        self.lottery_card.body().addWidget(self.lottery_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.lottery_card)

        self.rules_card = Card(self.tr("Public-comment rules"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rule_minutes = plain_label()
        self.rule_window = plain_label()
        self.rule_deadline = plain_label()
        self.rule_overflow = plain_label()
        self.rule_verified = plain_label()
        for label, widget in (
            (self.tr("Per speaker:"), self.rule_minutes),
            (self.tr("Window:"), self.rule_window),
            (self.tr("Sign-up closes:"), self.rule_deadline),
            (self.tr("Too many signed up:"), self.rule_overflow),
            (self.tr("Rules checked:"), self.rule_verified),
        ):
            widget.setAccessibleName(label.rstrip(":"))
            form.addRow(label, widget)
        self.rules_card.body().addLayout(form)
        self.source_toggle = QToolButton()
        self.source_toggle.setText(self.tr("Where these rules come from"))
        self.source_toggle.setCheckable(True)
        self.source_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.source_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.source_toggle.setAutoRaise(True)
        self.source_toggle.setAccessibleName(self.tr("Show where these rules come from"))
        self.source_label = muted_label()
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.hide()
        self.source_toggle.toggled.connect(self._toggle_source)
        self.rules_card.body().addWidget(self.source_toggle)
        self.rules_card.body().addWidget(self.source_label)
        column.addWidget(self.rules_card)
        column.addStretch(1)

        self.side_scroll = QScrollArea()
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(360)

    # --- loading -------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def show_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        self._select_after = []
        self.add_box.clear()
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        if self._meeting_id is None:
            return
        self._stale = False
        selected = self._select_after or self.selected_signup_ids()
        current = self.table.currentIndex()
        current_column = current.column() if current.isValid() else COL_NAME
        self._select_after = []
        try:
            with self._ctx.session() as session:
                view = board_view(meetings.load_meeting_board(session, self._meeting_id))
        except NotFoundError:
            self._meeting_id = None
            self.view = None
            self.back_requested.emit()
            return
        self.view = view
        self.model.set_rows(view.rows, view.rules.minutes_per_speaker)
        self._show_header(view)
        self._show_time(view)
        self._show_warnings(view)
        self._show_lottery(view)
        self._show_rules(view)
        self.empty_hint.setVisible(not view.rows)
        self.add_box.setEnabled(view.accepts_signups)
        self.add_button.setEnabled(view.accepts_signups)
        self.add_box.setPlaceholderText(
            self.tr("Add a speaker: type a name, email, phone or ward…")
            if view.accepts_signups
            else self.tr("This meeting is {status}; nobody can be added.").format(
                status=MEETING_STATUS_LABELS[view.status].lower())
        )
        self._select(selected, current_column)
        self._selection_changed()
        self.board_reloaded.emit()

    def _on_data_changed(self, kinds: frozenset) -> None:
        if self._own_change or self._meeting_id is None or not (kinds & WATCHED):
            return
        self._refresh_now_or_when_shown()

    def _saved(self, *kinds: str, select: list[int] | None = None) -> None:
        """After a save: tell the other pages, then redraw this one from the database."""
        if select is not None:
            self._select_after = select
        self._own_change = True
        try:
            self._ctx.changed(*kinds)
        finally:
            self._own_change = False
        self.reload()

    def _later(self, *kinds: str, select: list[int] | None = None) -> None:
        # Called from inside a drop or an editor commit: reset the model only once Qt is done.
        QTimer.singleShot(0, self, lambda: self._saved(*kinds, select=select))

    # --- showing -------------------------------------------------------------------------

    def _show_header(self, view: BoardView) -> None:
        self.heading.setText(view.heading)
        self.heading.setAccessibleName(view.heading)
        status = MEETING_STATUS_LABELS[view.status]
        self.status_label.setText(status)
        self.status_label.setAccessibleName(self.tr("Status: {status}").format(status=status))
        where = ", ".join(p for p in (view.place, view.address) if p)
        self.when_label.setText(f"{long_when_text(view.local_start)}" + (f" · {where}" if where else ""))
        if view.stage == OrdinanceStage.NONE and not view.agenda_item:
            self.agenda_label.setText(self.tr("The ordinance is not on this meeting's agenda."))
        elif view.stage == OrdinanceStage.NONE:
            self.agenda_label.setText(self.tr("On the agenda: {item}").format(item=view.agenda_item))
        else:
            item = f" — {view.agenda_item}" if view.agenda_item else ""
            self.agenda_label.setText(self.tr("On the agenda: {item}").format(item=f"{STAGE_LABELS[view.stage]}{item}"))
        self.votes_button.setEnabled(view.can_record_votes)
        self.votes_button.setToolTip(
            counted(view.votes_recorded, self.tr("{n} vote recorded"), self.tr("{n} votes recorded"))
            if view.can_record_votes
            else self.tr("Votes can be recorded once the meeting has been held.")
        )

    def _show_time(self, view: BoardView) -> None:
        budget = view.budget
        self.minutes_bar.set_budget(budget)
        parts = [counted(budget.active_signups, self.tr("{n} speaker takes a slot"), self.tr("{n} speakers take a slot"))]
        if budget.speakers_fit is not None:
            parts.append(self.tr("{n} fit in the window").format(n=budget.speakers_fit))
            if budget.more_speakers_fit:
                parts.append(counted(budget.more_speakers_fit, self.tr("room for {n} more speaker"),
                                     self.tr("room for {n} more speakers")))
        elif budget.window_minutes is None:
            parts.append(self.tr("no limit on public comment is on file"))
        self.fit_label.setText("; ".join(parts) + ".")
        self._show_deadline()

    def _show_deadline(self) -> None:
        view = self.view
        if view is None:
            return
        deadline = view.rules.deadline
        if deadline is None:
            self.deadline_label.setText(self.tr("No sign-up deadline is on file."))
            return
        now = utcnow()
        when = local_when_text(deadline)
        if now >= deadline:
            self.deadline_label.setText(self.tr("Sign-up closed {when}.").format(when=when))
        else:
            self.deadline_label.setText(self.tr("Sign-up closes {when}: {time} left.").format(
                when=when, time=time_left(deadline - now)))

    def _show_warnings(self, view: BoardView) -> None:
        self.warnings.set_warnings(view.warnings)
        count = len(view.warnings)
        if self.warnings_card.title_label is not None:
            self.warnings_card.title_label.setText(
                self.tr("Warnings ({n})").format(n=count) if count else self.tr("Warnings"))
        self.warnings.setVisible(bool(count))
        self.no_warnings.setVisible(not count)

    def _show_lottery(self, view: BoardView) -> None:
        is_lottery = view.rules.overflow_policy == OverflowPolicy.LOTTERY
        self.lottery_card.setVisible(is_lottery or view.latest_draw is not None)
        draw = view.latest_draw
        fit = view.budget.speakers_fit
        lines = []
        if view.lottery_due and draw is None:
            entrants = sum(1 for r in view.rows if r.takes_a_slot or r.status == SignupStatus.WAITLISTED)
            lines.append(self.tr(
                "{entrants} people are signed up or waiting and {fit} fit: draw the speaking order by lottery."
            ).format(entrants=entrants, fit=fit))
        elif view.lottery_due:
            lines.append(self.tr("People signed up after the last draw: draw again so everyone has the same chance."))
        elif is_lottery and not view.needs_lottery:
            lines.append(self.tr("Everyone signed up fits in the window; no lottery is needed."))
        if draw is not None:
            lines.append(self.tr("Last drawn {when} with seed {seed}: {speakers} speak, {waiting} wait.").format(
                when=local_when_text(draw.drawn_at), seed=draw.seed, speakers=draw.speakers, waiting=draw.waiting))
        if view.lottery_commitment:
            lines.append(self.tr(
                "Seed committed in advance (printed on the sign-in sheet); its SHA-256 is {hash}."
            ).format(hash=view.lottery_commitment))
        elif is_lottery and draw is None and view.accepts_signups:
            lines.append(self.tr("Commit to a seed before sign-ups so the room can check the draw later."))
        self.lottery_label.setText(" ".join(lines))
        if view.lottery_due:
            button = self.tr("Draw lottery order…")
        elif draw is not None:
            button = self.tr("Show the draw and how to check it…")
        elif view.lottery_commitment:
            button = self.tr("Show the lottery commitment…")
        else:
            button = self.tr("Commit to a lottery seed…")
        self.lottery_button.setText(button)
        self.lottery_button.setVisible(view.lottery_due or draw is not None or (is_lottery and view.accepts_signups))
        self.lottery_button.setEnabled(view.accepts_signups or draw is not None)

    def _show_rules(self, view: BoardView) -> None:
        rules = view.rules

        def mark(text: str, overridden: bool) -> str:
            return self.tr("{rule} (this meeting)").format(rule=text) if overridden else text

        self.rule_minutes.setText(mark(minutes_text(rules.minutes_per_speaker, self.tr("no limit on file")), rules.minutes_overridden))
        self.rule_window.setText(
            mark(minutes_text(rules.window_minutes, self.tr("no limit on file")), rules.window_overridden)
        )
        if rules.deadline is None:
            self.rule_deadline.setText(self.tr("no deadline on file"))
        else:
            before = lead_time_text(rules.deadline_minutes)
            self.rule_deadline.setText(mark(self.tr("{before} before the start ({when})").format(
                before=before, when=local_when_text(rules.deadline)), rules.deadline_overridden))
        self.rule_overflow.setText(mark(OVERFLOW_LABELS[rules.overflow_policy], rules.overflow_overridden))
        age = (view.now.date() - rules.verified_on).days if rules.verified_on else None
        if age is not None and age <= STALE_RULES_DAYS:
            self.rule_verified.setText(self.tr("Verified {date}").format(date=date_text(rules.verified_on)))
            self._plain_palette(self.rule_verified)
        elif age is not None:
            self.rule_verified.setText(
                self.tr("Verified {date}, {months} months ago: check again with the clerk").format(
                    date=date_text(rules.verified_on), months=age // 30)
            )
            color_label(self.rule_verified, error_color(self.rule_verified.palette()))
        else:
            self.rule_verified.setText(self.tr("Not verified: check with the clerk before the meeting"))
            color_label(self.rule_verified, error_color(self.rule_verified.palette()))
        source = rules.source or self.tr("No source is on file for these rules.")
        if rules.instructions:
            source = self.tr("How to sign up: {instructions}\n\nSource: {source}").format(
                instructions=rules.instructions, source=source)
        self.source_label.setText(source)

    def _plain_palette(self, label: QLabel) -> None:
        label.setPalette(self.palette())

    def _toggle_source(self, shown: bool) -> None:
        self.source_label.setVisible(shown)
        self.source_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- selection -----------------------------------------------------------------------

    def selected_rows(self) -> list[LineupRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def selected_signup_ids(self) -> list[int]:
        return [r.signup_id for r in self.selected_rows()]

    def select_signup(self, signup_id: int) -> None:
        self._select([signup_id], COL_NAME)

    def _select(self, signup_ids: list[int], column: int) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for signup_id in signup_ids:
            row = self.model.row_of(signup_id)
            if row < 0:
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(self.model.index(row, column), flags)
                first = False
            else:
                selection.select(self.model.index(row, column), flags)

    def _selection_changed(self, *_args) -> None:
        rows = self.selected_rows()
        one = len(rows) == 1
        editable = self.view is not None and self.view.accepts_signups
        self.up_button.setEnabled(one and self.model.row_of(rows[0].signup_id) > 0)
        self.down_button.setEnabled(one and self.model.row_of(rows[0].signup_id) < self.model.rowCount() - 1)
        self.points_button.setEnabled(one and editable)
        self.remove_button.setEnabled(bool(rows))
        self.preview_button.setEnabled(one)
        self.print_packet_action.setEnabled(one)
        has_rows = self.model.rowCount() > 0
        self.export_button.setEnabled(has_rows)
        self.print_button.setEnabled(has_rows)
        if one:
            self.selection_label.setText(rows[0].name)
        elif rows:
            self.selection_label.setText(self.tr("{n} speakers selected").format(n=len(rows)))
        else:
            self.selection_label.setText(self.tr("Select a speaker for their packet"))

    def _row_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_POINTS:
            self.assign_points()
        elif index.column() == COL_NAME:
            self._ctx.navigate("person", self.model.row_at(index.row()).person_id)

    def _context_menu(self, position) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        menu = QMenu(self)
        if len(rows) == 1:
            status_menu = menu.addMenu(self.tr("Status"))
            for status in SignupStatus:
                action = status_menu.addAction(SIGNUP_STATUS_LABELS[status])
                action.setCheckable(True)
                action.setChecked(status == rows[0].status)
                action.triggered.connect(lambda _c=False, s=status: self.set_status(rows[0].signup_id, s))
            menu.addAction(self.tr("Talking points…"), self.assign_points)
            menu.addAction(self.tr("Preview packet"), self.preview_packet)
            menu.addAction(self.tr("Open person"), lambda: self._ctx.navigate("person", rows[0].person_id))
            menu.addSeparator()
        remove = QAction(self.tr("Remove from the line-up"), menu)
        remove.triggered.connect(self.remove_selected)
        menu.addAction(remove)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _warning_clicked(self, warning: LineupWarning) -> None:
        if warning.signup_ids:
            self._select(list(warning.signup_ids), COL_NAME)

    def _warning_activated(self, warning: LineupWarning) -> None:
        if warning.member_id is not None:
            self._ctx.navigate("member", warning.member_id)
        elif warning.point_id is not None:
            self._ctx.navigate("point", warning.point_id)
        elif warning.signup_ids:
            self._select(list(warning.signup_ids), COL_NAME)
            self.table.setFocus()

    # --- adding speakers -----------------------------------------------------------------

    def find_people(self, text: str) -> list[tuple[int, str]]:
        """Fill the completer with up to twenty people matching ``text``; returns (id, label)."""
        self._match_timer.stop()
        text = text.strip()
        self._matches.clear()
        if not text:
            return []
        on_board = {r.person_id for r in self.model.rows()}
        found = []
        with self._ctx.session() as session:
            for person in people.list_people(session, text, limit=MATCH_LIMIT):
                detail = ", ".join(p for p in (person.ward, person.email or format_phone(person.phone)) if p)
                label = f"{person.display_name} — {detail}" if detail else person.display_name
                if person.id in on_board:
                    label += " " + self.tr("(already on the line-up)")
                found.append((person.id, label))
        for person_id, label in found:
            item = QStandardItem(label)
            item.setData(person_id, PERSON_ID_ROLE)
            item.setEditable(False)
            if person_id in on_board:
                item.setEnabled(False)
            self._matches.appendRow(item)
        if found and self.add_box.hasFocus():
            self.completer.complete()
        return found

    def _match_chosen(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if person_id is not None:
            self.add_person(int(person_id))
        QTimer.singleShot(0, self.add_box, self.add_box.clear)

    def _add_typed(self) -> None:
        if self.completer.popup().isVisible():
            return  # the completer handles Enter on its own list
        found = self.find_people(self.add_box.text())
        on_board = {r.person_id for r in self.model.rows()}
        candidates = [pid for pid, _label in found if pid not in on_board]
        if len(candidates) == 1:
            self.add_person(candidates[0])
            self.add_box.clear()
        elif not found and self.add_box.text().strip():
            self._ctx.show_error(
                self, ValidationError(
                    self.tr("Nobody matches “{text}”; add them on the People page first.").format(
                        text=self.add_box.text().strip()))
            )
        elif found:
            self.add_box.setFocus()
            self.completer.complete()

    def add_person(self, person_id: int) -> int | None:
        """Put a person at the end of the line-up; returns the new sign-up's id."""
        if self._meeting_id is None:
            return None
        try:
            with self._ctx.session() as session:
                signup = signups.add_signup(session, self._meeting_id, person_id)
                signup_id, name = signup.id, signup.person.display_name
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            return None
        self._ctx.notify(self.tr("Added {name} to the line-up.").format(name=name))
        self._saved(SIGNUPS, select=[signup_id])
        return signup_id

    # --- changing the line-up ------------------------------------------------------------

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        signup_id = rows[0].signup_id
        new_index = self.model.row_of(signup_id) + step
        if not 0 <= new_index < self.model.rowCount():
            return
        try:
            with self._ctx.session() as session:
                signups.move(session, signup_id, new_index)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            self.reload()
            return
        self._saved(SIGNUPS, select=[signup_id])

    def _save_order(self, signup_ids: list[int]) -> None:
        """The model moved rows (drag and drop): store the new order."""
        if self._meeting_id is None:
            return
        moved = self.selected_signup_ids()
        try:
            with self._ctx.session() as session:
                signups.reorder(session, self._meeting_id, signup_ids)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
        self._later(SIGNUPS, select=moved)

    def _save_edit(self, row: LineupRow, changes: dict) -> bool:
        try:
            with self._ctx.session() as session:
                signups.update_signup(session, row.signup_id, changes, expected_version=row.version)
        except Exception as exc:  # noqa: BLE001 - a conflict offers to reload
            self._ctx.show_error(self, exc)
            return False
        self._later(SIGNUPS, select=[row.signup_id])
        return True

    def set_status(self, signup_id: int, status: SignupStatus) -> None:
        row = self.model.row_of(signup_id)
        if row >= 0:
            self.model.setData(self.model.index(row, COL_STATUS), status.value)

    def set_minutes(self, signup_id: int, minutes: int | None) -> None:
        row = self.model.row_of(signup_id)
        if row >= 0:
            self.model.setData(self.model.index(row, COL_MINUTES), minutes or 0)

    def remove_selected(self):
        """Ask, then remove the selected speakers; Ctrl+Z brings them back."""
        rows = self.selected_rows()
        if not rows:
            return None
        names = ", ".join(r.name for r in rows)
        question = (
            self.tr("Remove {name} from the line-up?").format(name=names) if len(rows) == 1
            else self.tr("Remove {n} speakers from the line-up?").format(n=len(rows))
        )
        return ask(
            self,
            self.tr("Remove speaker"),
            question,
            self.tr("Remove"),
            lambda: self._remove(rows),
            informative=self.tr("Their talking points for this meeting go too. Undo (Ctrl+Z) brings everything back."),
        )

    def _remove(self, rows: list[LineupRow]) -> None:
        # One transaction and one undo entry: all the speakers go, or none do, and one
        # Ctrl+Z brings them all back, as the confirmation says.
        try:
            with self._ctx.session() as session:
                snapshots = [
                    deletion.delete_with_snapshot(
                        session, Signup, row.signup_id, "sign-up", row.version,
                        description=self.tr("Remove {name} from the line-up").format(name=row.name),
                    )
                    for row in rows
                ]  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            self.reload()  # nothing was removed; show what the file holds now
            return
        if len(rows) == 1:
            description = snapshots[0].description
            told = self.tr("Removed {name}.").format(name=rows[0].name)
        else:
            description = self.tr("Remove {n} speakers from the line-up").format(n=len(rows))
            told = self.tr("Removed {n} speakers.").format(n=len(rows))
        self._ctx.push_deletion(snapshots, (SIGNUPS,), description)
        self._ctx.notify(told + " " + self.tr("Undo with Ctrl+Z."))
        self._saved(SIGNUPS)

    # --- dialogs -------------------------------------------------------------------------

    def assign_points(self):
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        return self._keep(AssignPointsDialog(self._ctx, rows[0].signup_id, self))

    def edit_meeting(self):
        if self._meeting_id is None:
            return None
        return self._keep(MeetingEditorDialog(self._ctx, self._meeting_id, parent=self))

    def record_votes(self):
        if self._meeting_id is None:
            return None
        return self._keep(RecordVotesDialog(self._ctx, self._meeting_id, self))

    def open_lottery(self):
        if self._meeting_id is None:
            return None
        return self._keep(LotteryDialog(self._ctx, self._meeting_id, self))

    # --- packets -------------------------------------------------------------------------

    def packet_pdf(self, signup_id: int) -> tuple[bytes, str]:
        """One speaker's packet as PDF bytes, and a title for it."""
        from organizer.exports.pdf.speaker_packet import render_packet

        with self._ctx.session() as session:
            data = packets.packet_data(session, signup_id)
        return render_packet(data), data.title

    def preview_packet(self):
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        try:
            pdf, title = self.packet_pdf(rows[0].signup_id)
            dialog = PacketPreviewDialog(pdf, title, f"packet-{rows[0].name}.pdf", self)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            return None
        return self._keep(dialog)

    def print_packet(self):
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        try:
            pdf, title = self.packet_pdf(rows[0].signup_id)
            return print_pdf(self, pdf, title)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            return None

    def print_printout(self, which: str):
        from organizer.exports.pdf.run_of_show import render_run_of_show, render_sign_in_sheet

        if self._meeting_id is None:
            return None
        try:
            with self._ctx.session() as session:
                data = packets.run_of_show_data(session, self._meeting_id)
            if which == "run_of_show":
                pdf, title = render_run_of_show(data), self.tr("Run of show")
            else:
                pdf, title = render_sign_in_sheet(data), self.tr("Sign-in sheet")
            return print_pdf(self, pdf, title)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            return None

    def export_packets(self):
        if self._meeting_id is None:
            return None
        return self._keep(ExportPacketsDialog(self._ctx, self._meeting_id, self))

    def show_speaker_messages(self):
        if self._meeting_id is None:
            return None
        return exchange_actions.show_confirmations(self._ctx, self, self._meeting_id)

    def export_signups(self):
        if self._meeting_id is None:
            return None
        return exchange_actions.export_signups(self._ctx, self, self._meeting_id)

