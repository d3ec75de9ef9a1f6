"""The Council page: each body's members with their stance, and a member's page beside them.

Recording what a member said is two clicks and a sentence: "Record stance…" (or "Log
contact…"), pick the stance, type where it comes from, press Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.errors import NotFoundError
from organizer.gui.context import INTERACTIONS, MEMBERS, POINTS, STANCES, AppContext
from organizer.gui.dialogs.member_editor import MemberEditorDialog
from organizer.gui.dialogs.record_interaction import RecordInteractionDialog
from organizer.gui.dialogs.record_stance import RecordStanceDialog
from organizer.gui.models.labels import (
    INTERACTION_LABELS,
    POINT_CATEGORY_LABELS,
    SOURCE_LABELS,
    date_text,
    stance_label,
)
from organizer.gui.models.member_view import MemberView, member_view
from organizer.gui.models.members_model import (
    COL_CONCERNS,
    COL_CONTACT,
    COL_NAME,
    COL_SAID,
    COL_SEAT,
    COL_STANCE,
    MembersModel,
    member_rows,
)
from organizer.gui.widgets.card import Card, muted_label, page_heading, plain_label
from organizer.gui.widgets.dialog_holder import OpenDialogHolder
from organizer.gui.widgets.format import counted
from organizer.gui.widgets.record_table import record_table
from organizer.gui.widgets.refresh_when_shown import RefreshWhenShown
from organizer.gui.widgets.stance import StanceBadge, stance_icon
from organizer.gui.widgets.whip_chart import WhipBar, whip_sentence
from organizer.services import council

WATCHED = frozenset({MEMBERS, STANCES, INTERACTIONS, POINTS})
BODY_SETTING = "council/body"
InteractionIdRole = Qt.ItemDataRole.UserRole + 1
PointIdRole = Qt.ItemDataRole.UserRole + 1


def _record_table(name: str, headers: list[str], widths: tuple[int, ...], stretch: int | None = None) -> QTableWidget:
    """A read-only table whose long texts wrap onto more lines instead of being cut off."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch if stretch is not None else len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class MemberPanel(OpenDialogHolder, QWidget):
    """One member's page: who they are, where they stand and how we know, what to tell them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.view: MemberView | None = None
        self._filling = False
        self.setAccessibleName(self.tr("Council member"))

        self.name = page_heading("")
        self.name.setWordWrap(True)
        self.badge = StanceBadge()
        self.stance_note = muted_label(wrap=False)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.details = plain_label()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Seat, term and contact details"))
        self.concerns = plain_label()
        self.concerns.setAccessibleName(self.tr("Concerns"))
        self.notes = muted_label()
        self.notes.setAccessibleName(self.tr("Internal notes"))

        self.stance_button = QPushButton(self.tr("Record &stance…"))
        self.stance_button.setAccessibleName(self.tr("Record this member's stance"))
        self.stance_button.clicked.connect(self.record_stance)
        self.contact_button = QPushButton(self.tr("&Log contact…"))
        self.contact_button.setAccessibleName(self.tr("Log a contact with this member"))
        self.contact_button.clicked.connect(self.log_contact)
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.edit_button.setAccessibleName(self.tr("Edit this member's details"))
        self.edit_button.clicked.connect(self.edit_member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stance_button)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)

        self.history = _record_table(
            self.tr("Stance history, newest first"),
            [self.tr("Date"), self.tr("Stance"), self.tr("How we know"), self.tr("Said"), self.tr("Source or note")],
            (100, 120, 130, 80),
        )
        self.contacts = _record_table(
            self.tr("Contacts with this member, newest first"),
            [self.tr("Date"), self.tr("Kind"), self.tr("Who"), self.tr("What happened"), self.tr("Follow up"), self.tr("Done")],
            (100, 90, 110, 0, 100, 70),
            stretch=3,
        )
        self.contacts.itemChanged.connect(self._contact_changed)

        self.points = QListWidget()
        self.points.setAccessibleName(self.tr("Talking points that answer this member's concerns"))
        self.points.setWordWrap(True)
        self.points.setSpacing(2)
        self.points.itemActivated.connect(self._point_activated)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("About this member"))
        self.tabs.addTab(self.history, self.tr("Stance history"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.points, self.tr("Points for their concerns"))
        self.tabs.setDocumentMode(True)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(name_row)
        content.addWidget(self.stance_note)
        content.addWidget(self.details)
        content.addWidget(self.concerns)
        content.addWidget(self.notes)
        content.addLayout(buttons)
        content.addWidget(self.tabs, 1)
        self.empty = muted_label(self.tr("Choose a council member to see where they stand, how we know, and what to tell them."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def member_id(self) -> int | None:
        return self.view.member_id if self.view else None

    def show_member(self, member_id: int | None) -> None:
        if member_id is None:
            self.view = None
            self.stack.setCurrentWidget(self.empty)
            return
        try:
            with self._ctx.session() as session:
                view = member_view(session, member_id)
        except NotFoundError:
            self.show_member(None)
            return
        self.view = view
        self._fill(view)
        self.stack.setCurrentWidget(self.content)

    def reload(self) -> None:
        self.show_member(self.member_id)

    def _fill(self, view: MemberView) -> None:
        self._filling = True
        try:
            self.name.setText(view.name if view.active else self.tr("{name} (no longer serving)").format(name=view.name))
            self.name.setAccessibleName(view.name)
            self.badge.set_stance(view.stance)
            latest = view.stances[0] if view.stances else None
            if latest:
                note = (self.tr("{stance}, said in public — {source}, {date}") if latest.is_public
                        else self.tr("{stance}, said in private — {source}, {date}"))
                self.stance_note.setText(note.format(
                    stance=stance_label(view.stance), source=SOURCE_LABELS[latest.source_kind].lower(),
                    date=date_text(latest.recorded_on),
                ))
            else:
                self.stance_note.setText(self.tr("No stance recorded yet."))
            lines = [f"{view.seat or self.tr('No seat on file')} · {view.body_name}"]
            if view.term_start or view.term_end:
                lines.append(self.tr("Term: {start} to {end}").format(
                    start=date_text(view.term_start) or "?", end=date_text(view.term_end) or "?"))
            contact = " · ".join(p for p in (view.email, view.phone) if p)
            if contact:
                lines.append(contact)
            if view.office:
                lines.append(view.office)
            self.details.setText("\n".join(lines))
            self.concerns.setText(
                self.tr("Concerns: {concerns}").format(concerns=", ".join(view.concerns)) if view.concerns
                else self.tr("Concerns: none on file")
            )
            self.notes.setText(view.notes)
            self.notes.setVisible(bool(view.notes))

            self.history.setRowCount(len(view.stances))
            for row, line in enumerate(view.stances):
                cells = (
                    date_text(line.recorded_on),
                    stance_label(line.stance),
                    SOURCE_LABELS[line.source_kind],
                    self.tr("In public") if line.is_public else self.tr("In private"),
                    line.source,
                )
                for column, text in enumerate(cells):
                    self.history.setItem(row, column, QTableWidgetItem(text))
                self.history.item(row, 1).setIcon(stance_icon(line.stance))
            self.history.resizeRowsToContents()

            self.contacts.setRowCount(len(view.contacts))
            for row, line in enumerate(view.contacts):
                cells = (
                    date_text(line.occurred_on),
                    INTERACTION_LABELS[line.kind],
                    line.team_members,
                    line.summary,
                    date_text(line.follow_up_on) if line.follow_up_on else "",
                )
                for column, text in enumerate(cells):
                    self.contacts.setItem(row, column, QTableWidgetItem(text))
                self.contacts.item(row, 0).setData(InteractionIdRole, line.interaction_id)
                done = QTableWidgetItem()
                done.setData(InteractionIdRole, line.interaction_id)
                done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if line.follow_up_on is not None:
                    done.setFlags(done.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    done.setCheckState(Qt.CheckState.Checked if line.follow_up_done else Qt.CheckState.Unchecked)
                    done.setText(self.tr("Done") if line.follow_up_done else self.tr("Open"))
                    done.setData(Qt.ItemDataRole.AccessibleTextRole,
                                 self.tr("Follow-up done") if line.follow_up_done else self.tr("Follow-up open"))
                self.contacts.setItem(row, 5, done)
            self.contacts.resizeRowsToContents()

            self.points.clear()
            for point in view.points:
                item = QListWidgetItem(
                    self.tr("{title}\n{category} · answers: {concerns}").format(
                        title=point.title, category=POINT_CATEGORY_LABELS[point.category], concerns=", ".join(point.concerns))
                )
                item.setData(PointIdRole, point.point_id)
                item.setToolTip(point.summary)
                self.points.addItem(item)
            if not view.points:
                placeholder = QListWidgetItem(
                    self.tr("No concerns on file.") if not view.concerns
                    else self.tr("No talking point answers these concerns yet.")
                )
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.points.addItem(placeholder)

            self.tabs.setTabText(0, self.tr("Stance history ({n})").format(n=len(view.stances)))
            open_follow_ups = sum(1 for c in view.contacts if c.follow_up_on and not c.follow_up_done)
            contacts_title = self.tr("Contacts ({n})").format(n=len(view.contacts))
            if open_follow_ups:
                contacts_title = self.tr("Contacts ({n}, {open} to follow up)").format(
                    n=len(view.contacts), open=open_follow_ups)
            self.tabs.setTabText(1, contacts_title)
            self.tabs.setTabText(2, self.tr("Points for their concerns ({n})").format(n=len(view.points)))
        finally:
            self._filling = False

    def _contact_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 5:
            return
        interaction_id = item.data(InteractionIdRole)
        done = item.checkState() == Qt.CheckState.Checked
        try:
            with self._ctx.session() as session:
                council.set_follow_up_done(session, interaction_id, done)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
        # Later: the reload clears this tree, and the item is still inside its own signal.
        QTimer.singleShot(0, self, lambda: self._ctx.changed(INTERACTIONS))

    def _point_activated(self, item: QListWidgetItem) -> None:
        point_id = item.data(PointIdRole)
        if point_id is not None:
            self._ctx.navigate("point", int(point_id))

    # --- dialogs -------------------------------------------------------------------------

    def record_stance(self):
        if self.view is None:
            return None
        return self._keep(RecordStanceDialog(self._ctx, self.view.member_id, self.view.name, self.view.stance, self))

    def log_contact(self):
        if self.view is None:
            return None
        return self._keep(RecordInteractionDialog(self._ctx, self.view.member_id, self.view.name, parent=self))

    def edit_member(self):
        if self.view is None:
            return None
        return self._keep(MemberEditorDialog(self._ctx, self.view.member_id, self))


class CouncilPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._bodies: list[tuple[int, str]] = []
        self.setAccessibleName(self.tr("Council"))

        heading = page_heading(self.tr("Council"))
        self.body_tabs = QTabBar()
        self.body_tabs.setAccessibleName(self.tr("Councils"))
        self.body_tabs.setExpanding(False)
        self.body_tabs.setDrawBase(False)
        self.body_tabs.currentChanged.connect(self._body_changed)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(24)
        top.addWidget(self.body_tabs, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)

        self.whip = WhipBar()
        self.whip_text = muted_label()
        self.whip_text.setAccessibleName(self.tr("Whip count in words"))
        whip_card = Card(self.tr("Where the votes stand"))
        whip_card.body().addWidget(self.whip)
        whip_card.body().addWidget(self.whip_text)

        self.model = MembersModel(self)
        self.table = record_table(
            self.model, self.tr("Council members"), COL_CONCERNS,
            ((COL_SEAT, 80), (COL_NAME, 170), (COL_STANCE, 120), (COL_SAID, 85), (COL_CONTACT, 105)),
        )
        self.table.selectionModel().currentRowChanged.connect(self._member_changed)
        self.table.activated.connect(lambda _i: self.panel.stance_button.setFocus())

        self.panel = MemberPanel(ctx)
        panel_card = Card()
        panel_card.body().addWidget(self.panel)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(whip_card)
        left_layout.addWidget(self.table, 1)
        self.count_label = muted_label(wrap=False)
        left_layout.addWidget(self.count_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(panel_card)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([680, 640])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def body_id(self) -> int | None:
        index = self.body_tabs.currentIndex()
        return self._bodies[index][0] if 0 <= index < len(self._bodies) else None

    def reload(self) -> None:
        self._stale = False
        with self._ctx.session() as session:
            bodies = [(b.id, b.name) for b in council.list_bodies(session)]
        if bodies != self._bodies:
            wanted = self.body_id() or self._ctx.settings.value(BODY_SETTING)
            self.body_tabs.blockSignals(True)
            while self.body_tabs.count():
                self.body_tabs.removeTab(0)
            for _body_id, name in bodies:
                self.body_tabs.addTab(name)
            self._bodies = bodies
            ids = [b[0] for b in bodies]
            try:
                index = ids.index(int(wanted)) if wanted not in (None, "") else 0
            except ValueError:
                index = 0
            self.body_tabs.setCurrentIndex(index)
            self.body_tabs.blockSignals(False)
        self._load_members()

    def _load_members(self, select: int | None = None) -> None:
        body_id = self.body_id()
        keep = select if select is not None else self.panel.member_id
        if body_id is None:
            self.model.set_rows([])
            self.panel.show_member(None)
            return
        with self._ctx.session() as session:
            members = council.list_members(session, body_id)
            rows = member_rows(members, council.last_contacts(session, body_id))
            count = next((c for c in council.whip_counts(session) if c.body_id == body_id), None)
        self.model.set_rows(rows)
        if count is not None:
            self.whip.set_count(count)
            self.whip_text.setText(whip_sentence(count))
        active = sum(1 for r in rows if r.active)
        self.count_label.setText(counted(active, self.tr("{n} member serving"), self.tr("{n} members serving")))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, COL_NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.panel.show_member(self.model.row_at(row).member_id)
        else:
            self.panel.show_member(None)

    def _body_changed(self, _index: int) -> None:
        body_id = self.body_id()
        if body_id is not None:
            self._ctx.settings.setValue(BODY_SETTING, body_id)
        self._load_members(select=-1)

    def _member_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            member_id = self.model.row_at(current.row()).member_id
            if member_id != self.panel.member_id:
                self.panel.show_member(member_id)

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & WATCHED:
            self._refresh_now_or_when_shown(self._load_members)

    # --- navigation ----------------------------------------------------------------------

    def show_record(self, record_id: int) -> None:
        """Show a member (navigation from search, the dashboard and the line-up warnings)."""
        with self._ctx.session() as session:
            try:
                body_id = council.load_member(session, int(record_id)).body_id
            except NotFoundError as exc:
                self._ctx.show_error(self, exc)
                return
        ids = [b[0] for b in self._bodies]
        if body_id not in ids:
            self.reload()
            ids = [b[0] for b in self._bodies]
        if body_id in ids and ids.index(body_id) != self.body_tabs.currentIndex():
            self.body_tabs.blockSignals(True)
            self.body_tabs.setCurrentIndex(ids.index(body_id))
            self.body_tabs.blockSignals(False)
        self._load_members(select=int(record_id))
        self.table.setFocus()

    def displayed_stance(self, member_id: int) -> str:
        """The stance text the table shows for a member (for tests and screen readers)."""
        row = self.model.row_of(member_id)
        return self.model.index(row, COL_STANCE).data() if row >= 0 else ""

