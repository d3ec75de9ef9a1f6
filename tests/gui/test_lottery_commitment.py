"""The speaker board and lottery dialog commit to a seed before sign-ups, show only its hash,
and reveal the seed at the draw with how to check it against that hash."""

from __future__ import annotations

import hashlib

import pytest
from _meeting_fixtures import future_meeting, make_people, recording_context
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from organizer.domain.models import LotteryCommitment, LotteryDraw
from organizer.gui.pages.meetings import MeetingsPage
from organizer.services import signups

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qapp, db, tmp_path, monkeypatch):
    yield from recording_context(db, tmp_path, monkeypatch)


@pytest.fixture
def page(qtbot, ctx):
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def visible_text(dialog) -> str:  # noqa: ANN001
    """Everything the dialog shows on screen, in labels, fields and text boxes."""
    parts = []
    for kind, read in ((QLabel, QLabel.text), (QLineEdit, QLineEdit.text), (QPlainTextEdit, QPlainTextEdit.toPlainText)):
        parts += [read(w) for w in dialog.findChildren(kind) if w.isVisibleTo(dialog)]
    return "\n".join(parts)


def test_commit_shows_only_the_hash_and_the_draw_reveals_its_seed(qtbot, page, ctx, db) -> None:
    meeting_id = future_meeting(db, "Normal")  # a lottery council: 6 of 8 speak
    page.show_record(meeting_id)
    detail = page.detail
    assert detail.lottery_button.isVisibleTo(detail)
    assert detail.lottery_button.text() == "Commit to a lottery seed…"

    dialog = detail.open_lottery()
    qtbot.addWidget(dialog)
    panel = dialog.commitment_panel
    assert panel.commit_button.isVisibleTo(dialog) and not panel.hash_field.isVisibleTo(dialog)
    panel.commit_button.click()
    assert ctx.errors == []
    with db.session() as session:
        committed = session.scalars(select(LotteryCommitment)).one()
        seed, published = committed.seed, committed.commitment
    assert published == hashlib.sha256(seed.encode()).hexdigest()
    assert panel.hash_field.text() == published and panel.hash_field.isVisibleTo(dialog)
    assert not panel.commit_button.isVisibleTo(dialog)
    assert not dialog.seed.isVisibleTo(dialog)  # nothing to type: the committed seed is used
    assert seed not in visible_text(dialog)  # secret until the draw
    assert published in detail.lottery_label.text() and seed not in detail.lottery_label.text()
    dialog.reject()

    with db.session() as session:
        for person_id in make_people(db, 8):
            signups.add_signup(session, meeting_id, person_id)
    page.show_record(meeting_id)
    assert detail.lottery_button.text() == "Draw lottery order…"
    dialog = detail.open_lottery()
    qtbot.addWidget(dialog)
    assert dialog.commitment_panel.hash_field.text() == published
    dialog.draw_button.click()
    assert ctx.errors == []
    with db.session() as session:
        draw = session.scalars(select(LotteryDraw)).one()
        assert (draw.seed, draw.commitment) == (seed, published)
    assert f"The seed is the one committed in advance: its SHA-256 is {published}." in dialog.summary.text()
    assert seed in dialog.summary.text()
    check = dialog.how_to_check.toPlainText()
    assert f"printf '%s' '{seed}' | sha256sum" in check and published in check
    assert "matches it" in dialog.commitment_panel.explain.text()


def test_a_draw_without_commitment_says_so(qtbot, page, ctx, db) -> None:
    meeting_id = future_meeting(db, "Normal")
    with db.session() as session:
        for person_id in make_people(db, 8):
            signups.add_signup(session, meeting_id, person_id)
    page.show_record(meeting_id)
    dialog = page.detail.open_lottery()
    qtbot.addWidget(dialog)
    assert dialog.seed.isVisibleTo(dialog)
    dialog.seed.setText("DICE-4-2-6")
    dialog.draw_button.click()
    assert "No seed was committed in advance: this seed was chosen at the draw." in dialog.summary.text()
    assert "cannot show that its seed was fixed in advance" in dialog.commitment_panel.explain.text()


def test_redraw_marks_confirmed_speakers_as_kept(qtbot, page, ctx, db) -> None:
    meeting_id = future_meeting(db, "Normal")
    early, late = make_people(db, 8), make_people(db, 12, prefix="Late")
    with db.session() as session:
        for person_id in early:
            signups.add_signup(session, meeting_id, person_id)
        first = signups.draw_lottery(session, meeting_id, seed="TEST-SEED")
        confirmed = first.order[:4]
        for signup_id in confirmed:
            signups.update_signup(session, signup_id, {"status": "confirmed"})
        for person_id in late:
            signups.add_signup(session, meeting_id, person_id)
        signups.draw_lottery(session, meeting_id, seed="TEST-SEED")
    page.show_record(meeting_id)
    dialog = page.detail.open_lottery()
    qtbot.addWidget(dialog)
    results = {
        dialog.table.item(row, 1).text(): dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())
    }
    assert sum(1 for r in results.values() if r == "Speaks (confirmed, kept)") == 4
    assert sum(1 for r in results.values() if r.startswith("Speaks")) == 6
    assert "6 of 20 speak; 14 wait" in dialog.summary.text()
