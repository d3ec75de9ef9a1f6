"""The dashboard: line-up status of the next meetings, the whip count, follow-ups, stances."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from organizer.domain.enums import STANCE_ORDER, MayorVotes, Stance
from organizer.domain.models import Interaction, utcnow
from organizer.domain.rules.budget import SpeakingBudget
from organizer.domain.rules.inputs import BodyWhipInput, MemberInput
from organizer.domain.rules.whip import whip_count
from organizer.gui import context as kinds
from organizer.gui.pages.dashboard import DashboardPage
from organizer.gui.widgets.minutes_bar import MinutesBar
from organizer.gui.widgets.stance import StanceBadge
from organizer.gui.widgets.whip_chart import WhipBar, whip_sentence
from organizer.services import council as council_service
from organizer.services import meetings as meeting_service

pytestmark = pytest.mark.gui


@pytest.fixture
def dashboard(window) -> DashboardPage:  # noqa: ANN001
    window.show_page(0)
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    return page


def test_the_whip_count_shows_every_body_with_its_numbers(dashboard, ctx) -> None:
    with ctx.session() as session:
        counts = council_service.whip_counts(session)
    assert len(dashboard.whip_bars) == len(counts) == 2
    for count in counts:
        bar = dashboard.whip_bars[count.body_id]
        assert bar.count().counts == count.counts
        legend = bar.legend_texts()
        for stance in STANCE_ORDER:
            if count.counts[stance]:
                assert f"{stance.label} {count.counts[stance]}" in legend
        description = bar.accessibleDescription()
        assert description == whip_sentence(count)
        assert f"{count.votes_needed} votes needed to pass" in description


def test_recording_a_stance_updates_the_whip_count(dashboard, ctx) -> None:
    with ctx.session() as session:
        count = council_service.whip_counts(session)[0]
        member = next(m for m in count.members if m.stance != Stance.YES)
    before_yes = dashboard.whip_bars[count.body_id].count().counts[Stance.YES]
    with ctx.session() as session:
        council_service.record_stance(session, member.id, Stance.YES, source="Said so at the forum", is_public=True)
    ctx.changed(kinds.STANCES)
    bar = dashboard.whip_bars[count.body_id]
    assert bar.count().counts[Stance.YES] == before_yes + 1
    assert f"Yes {before_yes + 1}" in bar.legend_texts()
    assert dashboard.data.changes[0].member == member.name
    assert dashboard.data.changes[0].stance == Stance.YES


def test_the_next_meetings_show_their_line_up_status(dashboard, ctx) -> None:
    assert len(dashboard.data.meetings) == 2
    now = utcnow()
    for summary in dashboard.data.meetings:
        with ctx.session() as session:
            meeting = meeting_service.load_meeting_board(session, summary.id)
            budget = meeting_service.meeting_budget(meeting, now)
            warnings = meeting_service.meeting_warnings(meeting)
        assert summary.budget.minutes_used == budget.minutes_used
        assert summary.budget.window_minutes == budget.window_minutes
        assert summary.slots == budget.speakers_fit
        assert len(summary.warnings) == len(warnings)
    bars = dashboard.findChildren(MinutesBar, "minutesBar")
    assert sorted(b.used for b in bars) == sorted(m.budget.minutes_used for m in dashboard.data.meetings)
    lines = [label.text() for label in dashboard.findChildren(QLabel, "speakersLine")]
    assert all(line.startswith("Speakers: ") for line in lines) and len(lines) == 2
    deadlines = [label.text() for label in dashboard.findChildren(QLabel, "deadlineLine")]
    assert deadlines and all(text.startswith("Sign-up closes in ") for text in deadlines)


def test_a_follow_up_can_be_marked_done(qtbot, dashboard, ctx) -> None:
    due = list(dashboard.data.follow_ups)
    assert due
    first = due[0]
    button = next(b for b in dashboard.findChildren(QPushButton)
                  if b.accessibleName() == f"Mark the follow-up with {first.member} done" and b.isVisible())
    button.click()
    with ctx.session() as session:
        assert session.get(Interaction, first.interaction_id).follow_up_done
    assert first.interaction_id not in [f.interaction_id for f in dashboard.data.follow_ups]


def test_names_on_the_dashboard_lead_to_their_records(qtbot, dashboard, ctx) -> None:
    from organizer.gui.widgets.link_button import LinkButton

    change = dashboard.data.changes[0]
    link = next(b for b in dashboard.findChildren(LinkButton) if b.plain_text() == change.member and b.isVisible())
    with qtbot.waitSignal(ctx.navigate_requested) as signal:
        link.click()
    assert signal.args == ["member", change.member_id]
    meeting = dashboard.data.meetings[0]
    link = next(b for b in dashboard.findChildren(LinkButton) if b.plain_text() == meeting.when)
    with qtbot.waitSignal(ctx.navigate_requested) as signal:
        link.click()
    assert signal.args == ["meeting", meeting.id]


def test_a_hidden_dashboard_refreshes_when_shown_again(qtbot, window, dashboard, ctx) -> None:
    window.show_page(3)
    with ctx.session() as session:
        for interaction in council_service.follow_ups_due(session, dt.date.today(), within_days=7):
            council_service.set_follow_up_done(session, interaction.id)
    ctx.changed(kinds.INTERACTIONS)
    assert dashboard.data.follow_ups  # not refreshed while hidden
    window.show_page(0)
    assert dashboard.data.follow_ups == []


# --- the shared widgets -----------------------------------------------------------------------
def test_the_minutes_bar_says_what_it_shows(qtbot) -> None:
    bar = MinutesBar()
    qtbot.addWidget(bar)
    bar.set_minutes(24, 20, per_speaker=3)
    assert bar.is_over and bar.text() == "24 of 20 min: 4 minutes over"
    assert bar.accessibleDescription() == bar.text()
    bar.set_minutes(9, 30)
    assert bar.text() == "9 of 30 min used, 21 left"
    bar.set_minutes(5, None, untimed=2)
    assert bar.text() == "5 minutes used; no time limit (+2 speakers with no time set)"
    budget = SpeakingBudget(3, 30, 2, 6, 24, 0, False, 10, 8, (), (), None, False, None)
    bar.set_budget(budget)
    assert (bar.used, bar.window) == (6, 30)
    bar.resize(300, bar.sizeHint().height())
    bar.grab()  # paints without error


def test_the_stance_badge_shows_text_as_well_as_colour(qtbot) -> None:
    badge = StanceBadge(Stance.LEAN_NO)
    qtbot.addWidget(badge)
    assert badge.text() == "Leaning no"
    assert badge.accessibleName() == "Stance: Leaning no"
    badge.grab()


def test_the_whip_bar_paints_at_any_width(qtbot, ctx) -> None:
    with ctx.session() as session:
        count = council_service.whip_counts(session)[0]
    bar = WhipBar()
    qtbot.addWidget(bar)
    bar.set_count(count)
    for width in (120, 400, 900):
        bar.resize(width, bar.heightForWidth(width))
        assert not bar.grab().isNull()
    assert bar.heightForWidth(120) >= bar.heightForWidth(900)  # the legend wraps


def _tie_only_council(yes: int, no: int, seats: int, mayor: Stance) -> BodyWhipInput:
    stances = [Stance.YES] * yes + [Stance.NO] * no + [mayor]
    return BodyWhipInput(
        id=1, name="Bloomington City Council", seats=seats, votes_needed_override=None,
        mayor_votes=MayorVotes.TIE_ONLY,
        members=tuple(
            MemberInput(id=i, name=f"Member {i}", seat="Mayor" if i == len(stances) else f"Ward {i}",
                        stance=stance, stance_is_public=True, is_mayor=i == len(stances), active=True)
            for i, stance in enumerate(stances, start=1)
        ),
    )


def test_the_whip_sentence_says_when_the_mayor_can_break_a_tie(qtbot) -> None:
    # Nine seats with one vacancy: eight members can split 4 to 4, and the mayor decides.
    leaning = whip_count(_tie_only_council(yes=3, no=5, seats=9, mayor=Stance.LEAN_YES))
    assert whip_sentence(leaning) == (
        "Bloomington City Council: 3 yes, 5 no, 1 vacant of 9 seats; "
        "5 votes needed to pass (or 4 with the mayor breaking the tie), 2 more yes votes needed."
    )
    passing = whip_count(_tie_only_council(yes=4, no=4, seats=9, mayor=Stance.YES))
    assert whip_sentence(passing).endswith(
        "5 votes needed to pass (or 4 with the mayor breaking the tie), "
        "the ordinance has the votes with the mayor breaking the tie."
    )
    bar = WhipBar()
    qtbot.addWidget(bar)
    bar.set_count(passing)
    assert "with the mayor breaking the tie" in bar.accessibleDescription()

    full = whip_count(_tie_only_council(yes=4, no=5, seats=9, mayor=Stance.YES))  # nine can't tie
    assert "breaking the tie" not in whip_sentence(full)


def test_outlook_says_when_the_mayor_would_break_a_tie_for_us(qtbot, ctx) -> None:
    from organizer.domain.enums import MayorVotes, Stance
    from organizer.domain.rules.inputs import BodyWhipInput, MemberInput
    from organizer.domain.rules.whip import whip_count
    from organizer.gui.pages.dashboard import DashboardPage

    members = tuple(
        MemberInput(id=i, name=f"M{i}", seat=f"Ward {i}", stance=Stance.YES if i <= 4 else Stance.NO,
                    stance_is_public=True)
        for i in range(1, 9)
    ) + (MemberInput(id=9, name="Mayor", seat="Mayor", stance=Stance.YES, stance_is_public=True, is_mayor=True),)
    count = whip_count(BodyWhipInput(id=1, name="Even Council", seats=8, mayor_votes=MayorVotes.TIE_ONLY,
                                     members=members))
    assert count.passes_with_tie_breaker
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert "the mayor breaks it with a yes" in page._outlook_label(count).text()
