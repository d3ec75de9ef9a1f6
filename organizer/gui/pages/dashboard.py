"""The dashboard: what a coordinator needs on a Monday afternoon, at a glance.

The next meeting of each council with its line-up status, the whip count per council,
follow-ups that are due, and the latest stance changes. Everything leads to its record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import ACTIVE_SIGNUP_STATUSES, SignupStatus, Stance
from organizer.domain.models import utcnow
from organizer.domain.rules.budget import SpeakingBudget
from organizer.domain.rules.whip import REASON_FIRM_UP, WhipCount
from organizer.errors import OrganizerError
from organizer.gui import context as kinds
from organizer.gui.context import AppContext
from organizer.gui.models.labels import SOURCE_SHORT_LABELS, stance_label
from organizer.gui.widgets.card import (
    Card,
    color_label,
    muted_label,
    page_heading,
    plain_label,
    scaled_font,
)
from organizer.gui.widgets.colors import error_color, good_color, warning_color
from organizer.gui.widgets.flow_layout import FlowLayout
from organizer.gui.widgets.format import (
    counted,
    date_and_time,
    long_date,
    relative_day,
    short_date,
    time_left,
)
from organizer.gui.widgets.link_button import LinkButton
from organizer.gui.widgets.minutes_bar import MinutesBar
from organizer.gui.widgets.refresh_when_shown import RefreshWhenShown
from organizer.gui.widgets.stance import StanceBadge
from organizer.gui.widgets.whip_chart import WhipBar
from organizer.services import council as council_service
from organizer.services import meetings as meeting_service
from organizer.services.campaign import campaign_settings

LATER_MEETINGS_SHOWN = 3
WARNINGS_SHOWN = 2
TARGETS_SHOWN = 3
STANCE_CHANGES_SHOWN = 8
FOLLOW_UPS_SHOWN = 4
SUMMARY_CHARS = 110
FOLLOW_UP_HORIZON_DAYS = 7
CONFIRMED = frozenset({SignupStatus.CONFIRMED, SignupStatus.CHECKED_IN, SignupStatus.SPOKE})


# --- what the page shows, read in one short session ---------------------------------------
@dataclass(frozen=True)
class MeetingSummary:
    id: int
    body: str
    when: str
    relative: str
    agenda: str
    confirmed: int
    active: int
    slots: int | None
    budget: SpeakingBudget
    warnings: tuple[str, ...]
    later: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class FollowUp:
    interaction_id: int
    member_id: int
    member: str
    due: dt.date
    summary: str


@dataclass(frozen=True)
class StanceChange:
    member_id: int
    member: str
    stance: Stance
    previous: Stance | None
    on: dt.date
    source: str


@dataclass
class DashboardData:
    campaign: str
    today: dt.date
    meetings: list[MeetingSummary] = field(default_factory=list)
    bodies_without_meetings: list[str] = field(default_factory=list)
    whips: list[WhipCount] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    changes: list[StanceChange] = field(default_factory=list)


def load_dashboard(session, now: dt.datetime, today: dt.date) -> DashboardData:  # noqa: ANN001 - Session
    settings = campaign_settings(session)
    data = DashboardData(campaign=settings.campaign_name or settings.ordinance_name, today=today)
    for body in council_service.list_bodies(session):
        upcoming = meeting_service.list_meetings(
            session, upcoming=True, now=now, body_id=body.id, limit=1 + LATER_MEETINGS_SHOWN
        )
        if not upcoming:
            data.bodies_without_meetings.append(body.name)
            continue
        meeting = meeting_service.load_meeting_board(session, upcoming[0].id)
        active = [s for s in meeting.signups if s.status in ACTIVE_SIGNUP_STATUSES]
        budget = meeting_service.meeting_budget(meeting, now)
        start = meeting_service.local_start(meeting)
        data.meetings.append(MeetingSummary(
            id=meeting.id,
            body=body.name,
            when=date_and_time(start),
            relative=relative_day(start.date(), today),
            agenda=meeting.agenda_item or meeting.title,
            confirmed=sum(1 for s in active if s.status in CONFIRMED),
            active=len(active),
            slots=budget.speakers_fit,
            budget=budget,
            warnings=tuple(w.message for w in meeting_service.meeting_warnings(meeting)),
            later=tuple((m.id, short_date(meeting_service.local_start(m))) for m in upcoming[1:]),
        ))
    data.whips = council_service.whip_counts(session)
    for interaction in council_service.follow_ups_due(session, today, within_days=FOLLOW_UP_HORIZON_DAYS):
        data.follow_ups.append(FollowUp(
            interaction.id, interaction.member_id, interaction.member.name,
            interaction.follow_up_on, interaction.summary,
        ))
    for record in council_service.latest_stance_changes(session, limit=STANCE_CHANGES_SHOWN):
        history = record.member.stances
        position = history.index(record) if record in history else -1
        previous = history[position - 1].stance if position > 0 else None
        data.changes.append(StanceChange(
            record.member_id, record.member.name, record.stance, previous, record.recorded_on,
            SOURCE_SHORT_LABELS.get(record.source_kind, str(record.source_kind)),
        ))
    return data


def warm_up(session) -> None:  # noqa: ANN001 - Session
    """At start-up, off the GUI thread (``campaign_opener``): SQLAlchemy compiles each query
    the first time it runs, so the page's own first load is quick once this has run."""
    load_dashboard(session, utcnow(), dt.date.today())


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


# --- the page -------------------------------------------------------------------------------
class DashboardPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.data: DashboardData | None = None
        self.whip_bars: dict[int, WhipBar] = {}
        # Sign-up deadline labels and the deadline each counts down to (naive UTC).
        self._countdowns: list[tuple[QLabel, dt.datetime]] = []
        self.done_buttons: list[QPushButton] = []
        self._focus_done_at: int | None = None  # after "Done": focus this follow-up's button
        self._loaded_at = utcnow()
        self.setAccessibleName(self.tr("Dashboard"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        page = QVBoxLayout(content)
        spacing = self.fontMetrics().height()
        page.setSpacing(spacing)

        heading = QHBoxLayout()
        heading.addWidget(page_heading(self.tr("Dashboard"), content))
        self.subtitle = muted_label("", content, wrap=False)
        heading.addWidget(self.subtitle, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        page.addLayout(heading)

        # The next meetings side by side on top; the whip count beside follow-ups and
        # stance changes below. One grid, so both rows share the same two columns.
        grid = QGridLayout()
        grid.setSpacing(spacing)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        page.addLayout(grid)
        page.addStretch(1)
        self.meetings_left, self.meetings_right = QVBoxLayout(), QVBoxLayout()
        grid.addLayout(self.meetings_left, 0, 0)
        grid.addLayout(self.meetings_right, 0, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(spacing)
        right.setSpacing(spacing)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)

        self.whip_card = Card(self.tr("Whip count"), content)
        self.whip_box = QVBoxLayout()
        self.whip_box.setSpacing(round(spacing * 0.6))
        self.whip_card.body().addLayout(self.whip_box)
        left.addWidget(self.whip_card)
        left.addStretch(1)
        self.follow_ups_card = Card(self.tr("Follow-ups due"), content)
        self.follow_ups_box = QVBoxLayout()
        self.follow_ups_box.setSpacing(round(spacing * 0.6))
        self.follow_ups_card.body().addLayout(self.follow_ups_box)
        right.addWidget(self.follow_ups_card)
        self.changes_card = Card(self.tr("Latest stance changes"), content)
        self.changes_grid = QGridLayout()
        self.changes_card.body().addLayout(self.changes_grid)
        right.addWidget(self.changes_card)
        right.addStretch(1)

        # Countdowns ("sign-up closes in 2 h") go stale; a minute is fine-grained enough.
        # The tick only rewrites those texts: rebuilding the cards would take the keyboard
        # focus away from whatever the user was on.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.tick)
        ctx.data_changed.connect(self._on_data_changed)

    # --- refreshing --------------------------------------------------------------------
    def _on_data_changed(self, changed: frozenset) -> None:
        if changed == frozenset({kinds.PEOPLE}):
            return  # nothing here shows people's details
        self._refresh_now_or_when_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reloads if something changed while hidden
        self._clock.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001
        super().hideEvent(event)
        self._clock.stop()

    def tick(self) -> None:
        """Once a minute: count the deadlines down; reload everything only on a new day."""
        if self.data is None or self.data.today != dt.date.today():
            self.reload()
            return
        now = utcnow()
        for label, deadline in self._countdowns:
            self._show_countdown(label, deadline, now)

    def reload(self) -> None:
        self._stale = False
        now = utcnow()
        try:
            with self.ctx.session() as session:
                data = load_dashboard(session, now, dt.date.today())
        except OrganizerError as exc:
            self.ctx.notify(str(exc))
            return
        focused = self._focused_key()
        if focused is not None:
            # Park the focus on the page while its widgets are replaced; otherwise hiding the
            # focused button sends the focus (and a screen reader) off to another part of the window.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        before = set(self.findChildren(QPushButton))
        self.data = data
        self._loaded_at = now  # the budgets were worked out at this moment
        self._countdowns = []
        self.subtitle.setText(" · ".join(p for p in (data.campaign, long_date(data.today)) if p))
        self._fill_meetings(data)
        self._fill_whips(data)
        self._fill_follow_ups(data)
        self._fill_changes(data)
        focus_done_at, self._focus_done_at = self._focus_done_at, None
        if focus_done_at is not None:
            self._focus_after_done(focus_done_at)
        elif focused is not None:
            rebuilt = [b for b in self.findChildren(QPushButton) if b not in before]
            self._refocus(focused, rebuilt)

    # --- keeping the keyboard focus across a rebuild -------------------------------------
    @staticmethod
    def _key(widget: QWidget) -> tuple[str, str, str]:
        text = widget.text() if isinstance(widget, QPushButton) else ""
        return type(widget).__name__, widget.accessibleName(), text

    def _focused_key(self) -> tuple[str, str, str] | None:
        """What has the focus on this page, told apart by what it says (it gets rebuilt)."""
        widget = QApplication.focusWidget()
        if widget is None or not self.isAncestorOf(widget):
            return None
        return self._key(widget)

    def _refocus(self, key: tuple[str, str, str], rebuilt: list[QPushButton]) -> None:
        """Give the focus back to the rebuilt twin of the widget that had it."""
        twin = next((b for b in rebuilt if self._key(b) == key), None)
        if twin is not None:
            self._give_focus(twin)

    @staticmethod
    def _give_focus(widget: QWidget) -> None:
        # A widget just added to a layout is shown by a queued call; until then it cannot
        # take the focus, so show it now.
        widget.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_after_done(self, index: int) -> None:
        """After "Done": the next follow-up's Done button, else the follow-ups card."""
        if self.done_buttons:
            self._give_focus(self.done_buttons[min(index, len(self.done_buttons) - 1)])
        else:
            self._give_focus(self.follow_ups_card)

    # --- sections ----------------------------------------------------------------------
    def _fill_meetings(self, data: DashboardData) -> None:
        clear_layout(self.meetings_left)
        clear_layout(self.meetings_right)
        cards = [self._meeting_card(summary) for summary in data.meetings]
        for body in data.bodies_without_meetings:
            card = Card(self.tr("Next meeting: {body}").format(body=body), self)
            card.body().addWidget(muted_label(self.tr(
                "No upcoming meeting. Add one on the Meetings page or generate them from the council's schedule."), card))
            cards.append(card)
        for number, card in enumerate(cards):
            (self.meetings_left if number % 2 == 0 else self.meetings_right).addWidget(card)
        for column in (self.meetings_left, self.meetings_right):
            column.addStretch(1)

    def _meeting_card(self, m: MeetingSummary) -> Card:
        card = Card(self.tr("Next meeting: {body}").format(body=m.body), self)
        card.setAccessibleName(self.tr("Next meeting of {body}").format(body=m.body))
        body = card.body()
        when = QHBoxLayout()
        link = LinkButton(m.when, card, accessible_name=self.tr("Open the meeting of {body} on {when}")
                          .format(body=m.body, when=m.when))
        link.setFont(scaled_font(link, 1.1, bold=True))
        link.setToolTip(self.tr("Open the speaker board"))
        link.clicked.connect(lambda: self.ctx.navigate("meeting", m.id))
        when.addWidget(link)
        when.addWidget(muted_label(m.relative, card, wrap=False))
        when.addStretch(1)
        body.addLayout(when)
        if m.agenda:
            body.addWidget(plain_label(m.agenda, card))

        invited = m.active - m.confirmed
        if m.slots is None:
            line = self.tr("Speakers: {confirmed} confirmed; the rules set no number of slots").format(
                confirmed=m.confirmed)
        else:
            line = self.tr("Speakers: {confirmed} confirmed of {slots}").format(
                confirmed=m.confirmed, slots=counted(m.slots, self.tr("{n} slot"), self.tr("{n} slots")))
        if invited:
            line += " " + self.tr("({invited} more invited, not yet confirmed)").format(invited=invited)
        speakers = plain_label(line, card)
        speakers.setObjectName("speakersLine")
        if m.slots is not None and m.active > m.slots:
            color_label(speakers, error_color(speakers.palette()))
        body.addWidget(speakers)

        bar = MinutesBar(card)
        bar.setObjectName("minutesBar")
        bar.set_budget(m.budget)
        body.addWidget(bar)

        body.addWidget(self._deadline_label(m.budget, card))

        if m.warnings:
            heading = plain_label(counted(len(m.warnings), self.tr("{n} warning"), self.tr("{n} warnings")), card)
            heading.setFont(scaled_font(heading, 1.0, bold=True))
            color_label(heading, warning_color(heading.palette()))
            body.addWidget(heading)
            for message in m.warnings[:WARNINGS_SHOWN]:
                label = plain_label(f"•  {message}", card)
                label.setObjectName("warningText")
                body.addWidget(label)
            if len(m.warnings) > WARNINGS_SHOWN:
                body.addWidget(muted_label(self.tr("…and {n} more on the speaker board.").format(
                    n=len(m.warnings) - WARNINGS_SHOWN), card))
        else:
            ok = plain_label(self.tr("No warnings: the line-up fits the rules."), card)
            color_label(ok, good_color(ok.palette()))
            body.addWidget(ok)

        if m.later:
            later = FlowLayout(spacing=self.fontMetrics().averageCharWidth())
            later.addWidget(muted_label(self.tr("Then:"), card, wrap=False))
            for meeting_id, text in m.later:
                link = LinkButton(text, card, accessible_name=self.tr("Open the meeting of {body} on {when}")
                                  .format(body=m.body, when=text))
                link.clicked.connect(lambda _=False, meeting_id=meeting_id: self.ctx.navigate("meeting", meeting_id))
                later.addWidget(link)
            body.addLayout(later)
        return card

    def _deadline_label(self, budget: SpeakingBudget, parent: QWidget) -> QLabel:
        if budget.deadline is None:
            return muted_label(self.tr("No sign-up deadline."), parent)
        label = plain_label("", parent)
        self._show_countdown(label, budget.deadline, self._loaded_at)
        self._countdowns.append((label, budget.deadline))
        return label

    @staticmethod
    def _show_countdown(label: QLabel, deadline: dt.datetime, now: dt.datetime) -> None:
        label.setPalette(QPalette())  # back to the inherited colour, then colour by urgency
        # Sign-up closes *at* the deadline: at that very moment it has passed.
        if now >= deadline:
            label.setObjectName("")
            label.setText(QCoreApplication.translate("DashboardPage", "Sign-up has closed."))
            color_label(label, error_color(label.palette()))
            return
        left = deadline - now
        label.setObjectName("deadlineLine")
        label.setText(QCoreApplication.translate("DashboardPage", "Sign-up closes in {time}.").format(time=time_left(left)))
        if left < dt.timedelta(hours=24):
            color_label(label, warning_color(label.palette()))

    def _fill_whips(self, data: DashboardData) -> None:
        clear_layout(self.whip_box)
        self.whip_bars = {}
        if not data.whips:
            self.whip_box.addWidget(muted_label(self.tr("No councils yet."), self.whip_card))
        for count in data.whips:
            title = plain_label(count.body, self.whip_card)
            title.setFont(scaled_font(title, 1.0, bold=True))
            self.whip_box.addWidget(title)
            bar = WhipBar(self.whip_card)
            bar.set_count(count)
            self.whip_bars[count.body_id] = bar
            self.whip_box.addWidget(bar)
            self.whip_box.addWidget(self._outlook_label(count))
            persuade = [t for t in count.targets if t.reason != REASON_FIRM_UP][:TARGETS_SHOWN]
            if persuade:
                row = FlowLayout(spacing=self.fontMetrics().averageCharWidth())
                row.addWidget(muted_label(self.tr("Talk to next:"), self.whip_card, wrap=False))
                for target in persuade:
                    text = f"{target.name} ({stance_label(target.stance).lower()})"
                    link = LinkButton(text, self.whip_card)
                    link.clicked.connect(lambda _=False, member_id=target.id: self.ctx.navigate("member", member_id))
                    row.addWidget(link)
                self.whip_box.addLayout(row)

    def _outlook_label(self, count: WhipCount) -> QLabel:
        yes = count.counts[Stance.YES]
        if count.has_majority:
            text = self.tr("{yes} yes of {needed} needed: the votes are there.")
            color = good_color(self.palette())
        elif count.passes_with_tie_breaker:
            text = self.tr("{yes} firm yes: a tie, and the mayor breaks it with a yes.")
            color = good_color(self.palette())
        elif count.has_majority_with_leans:
            text = self.tr("{yes} firm yes of {needed} needed; with the leaning-yes votes it passes. Firm up {more}.")
            color = warning_color(self.palette())
        else:
            text = self.tr("{yes} firm yes of {needed} needed: {more} to win.")
            color = error_color(self.palette())
        more = counted(count.more_needed, self.tr("{n} more vote"), self.tr("{n} more votes"))
        text = text.format(yes=yes, needed=count.votes_needed, more=more)
        if count.tie_breaker is not None:
            text += " " + self.tr("The mayor ({stance}) votes only to break a tie.").format(
                stance=stance_label(count.tie_breaker.stance).lower())
        label = plain_label(text, self.whip_card)
        label.setObjectName("whipOutlook")
        return color_label(label, color)

    def _fill_follow_ups(self, data: DashboardData) -> None:
        box = self.follow_ups_box
        clear_layout(box)
        self.done_buttons = []
        card = self.follow_ups_card
        if not data.follow_ups:
            box.addWidget(muted_label(self.tr("Nothing due in the next {n} days.").format(n=FOLLOW_UP_HORIZON_DAYS), card))
            return
        for item in data.follow_ups[:FOLLOW_UPS_SHOWN]:
            entry = QVBoxLayout()
            entry.setSpacing(0)
            head = QHBoxLayout()
            overdue = item.due < data.today
            due_text = self.tr("Overdue since {date}") if overdue else self.tr("Due {date}")
            due = plain_label(due_text.format(date=short_date(item.due)), card, wrap=False)
            due.setToolTip(relative_day(item.due, data.today))
            if overdue:
                color_label(due, error_color(due.palette()))
            head.addWidget(due)
            member = LinkButton(item.member, card)
            member.clicked.connect(lambda _=False, member_id=item.member_id: self.ctx.navigate("member", member_id))
            head.addWidget(member)
            head.addStretch(1)
            done = QPushButton(self.tr("Done"), card)
            done.setAccessibleName(self.tr("Mark the follow-up with {member} done").format(member=item.member))
            done.setToolTip(self.tr("Mark this follow-up done"))
            done.clicked.connect(lambda _=False, interaction_id=item.interaction_id: self.mark_done(interaction_id))
            head.addWidget(done)
            self.done_buttons.append(done)
            entry.addLayout(head)
            summary = muted_label(shorten(item.summary, SUMMARY_CHARS), card)
            summary.setToolTip(item.summary)
            entry.addWidget(summary)
            box.addLayout(entry)
        if len(data.follow_ups) > FOLLOW_UPS_SHOWN:
            more = len(data.follow_ups) - FOLLOW_UPS_SHOWN
            box.addWidget(muted_label(self.tr("…and {n} more on the members' pages (Council).").format(n=more), card))

    def mark_done(self, interaction_id: int) -> None:
        try:
            with self.ctx.session() as session:
                council_service.set_follow_up_done(session, interaction_id, True)
        except OrganizerError as exc:
            self.ctx.show_error(self, exc)
            return
        shown = [f.interaction_id for f in self.data.follow_ups[:FOLLOW_UPS_SHOWN]] if self.data else []
        # The rebuild that follows deletes the button just pressed: the focus goes to the
        # follow-up that takes its place (or the card), not to wherever Qt would put it.
        self._focus_done_at = shown.index(interaction_id) if interaction_id in shown else 0
        self.ctx.changed(kinds.INTERACTIONS)  # reloads this page at once: it is on screen
        self._focus_done_at = None
        self.ctx.notify(self.tr("Follow-up marked done."))

    def _fill_changes(self, data: DashboardData) -> None:
        grid = self.changes_grid
        clear_layout(grid)
        card = self.changes_card
        if not data.changes:
            grid.addWidget(muted_label(self.tr("No stances recorded yet."), card), 0, 0)
            return
        for row, change in enumerate(data.changes):
            grid.addWidget(muted_label(short_date(change.on), card, wrap=False), row, 0)
            member = LinkButton(change.member, card)
            member.clicked.connect(lambda _=False, member_id=change.member_id: self.ctx.navigate("member", member_id))
            grid.addWidget(member, row, 1)
            badges = QHBoxLayout()
            badges.setSpacing(4)
            if change.previous is not None and change.previous != change.stance:
                badges.addWidget(StanceBadge(change.previous, card))
                arrow = muted_label("→", card, wrap=False)
                arrow.setAccessibleName(self.tr("changed to"))
                badges.addWidget(arrow)
            badges.addWidget(StanceBadge(change.stance, card))
            badges.addStretch(1)
            grid.addLayout(badges, row, 2)
            grid.addWidget(muted_label(change.source, card, wrap=False), row, 3)
        grid.setColumnStretch(2, 1)
