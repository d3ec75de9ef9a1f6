"""The lottery's commitment: fix a secret seed when sign-up opens and show only its SHA-256.

The hash is what goes on the sign-in sheet and on the screen in the room; the draw later
reveals the seed, and anyone can check that its SHA-256 is the hash they saw before.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from organizer.gui.context import SIGNUPS, AppContext
from organizer.gui.models.labels import local_when_text
from organizer.services import lottery as lottery_service
from organizer.services import meetings


@dataclass(frozen=True)
class CommitmentView:
    commitment: str | None  # the live commitment, or the one the last draw revealed
    committed_at: str  # local, as text; "" when nothing is committed
    live: bool  # the next draw will reveal this seed
    drawn: bool
    drawn_with_commitment: bool
    seed_matches: bool | None  # None: nothing to check against
    signed_up_before: int
    replaced: int


def load_commitment(ctx: AppContext, meeting_id: int) -> CommitmentView:
    with ctx.session() as session:
        meeting = meetings.load_meeting_board(session, meeting_id)
        check = lottery_service.check_lottery(meeting)
        live = lottery_service.current_commitment(meeting)
        zone = meetings.local_start(meeting).tzinfo
        when = live.committed_at.astimezone(zone) if live is not None else None
        return CommitmentView(
            commitment=check.commitment,
            committed_at=local_when_text(when) if when else "",
            live=live is not None,
            drawn=check.drawn,
            drawn_with_commitment=check.drawn_with_commitment,
            seed_matches=check.seed_matches_commitment,
            signed_up_before=check.signed_up_before_commitment,
            replaced=check.replaced,
        )


class CommitmentPanel(QGroupBox):
    """Shows the commitment (never the seed) and commits one when there is none."""

    committed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id = meeting_id
        self.view: CommitmentView | None = None
        self.setTitle(self.tr("Seed committed in advance"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.hash_field = QLineEdit()
        self.hash_field.setReadOnly(True)
        self.hash_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hash_field.setAccessibleName(self.tr("Commitment: the SHA-256 of the lottery seed"))
        self.commit_button = QPushButton(self.tr("Commit to a seed now"))
        self.commit_button.setAccessibleName(self.tr("Commit to a secret lottery seed and show its hash"))
        self.commit_button.clicked.connect(self.commit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.hash_field)
        layout.addWidget(self.commit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    @property
    def is_committed(self) -> bool:
        """Whether the next draw must reveal a committed seed (and so takes no typed seed)."""
        return self.view is not None and self.view.live

    def refresh(self) -> None:
        view = self.view = load_commitment(self._ctx, self._meeting_id)
        self.hash_field.setText(view.commitment or "")
        self.hash_field.setVisible(bool(view.commitment))
        self.commit_button.setVisible(not view.live)
        self.explain.setText(self._explanation(view))

    def _explanation(self, view: CommitmentView) -> str:
        if view.drawn and not view.drawn_with_commitment and not view.live:
            return self.tr(
                "No seed was committed before sign-ups, so this draw cannot show that its seed was "
                "fixed in advance."
            )
        if view.drawn and view.drawn_with_commitment:
            check = (
                self.tr("The revealed seed's SHA-256 matches it.") if view.seed_matches
                else self.tr("WARNING: the revealed seed's SHA-256 does not match it.")
            )
            return self.tr("The draw revealed the seed committed in advance, whose SHA-256 was:") + " " + check
        if not view.live:
            return self.tr(
                "No seed is committed yet. Commit when sign-up opens: a secret seed is kept, and only "
                "its SHA-256 is shown here and printed on the sign-in sheet and run of show. The draw "
                "reveals the seed, and anyone can check it matches."
            )
        lines = [
            self.tr("Committed {when}. Show or print this SHA-256 now; the draw will reveal the seed "
                    "and use it, and no other seed can be used.").format(when=view.committed_at)
        ]
        if view.signed_up_before:
            lines.append(self.tr("{count} had already signed up when it was committed.").format(
                count=view.signed_up_before))
        if view.replaced:
            lines.append(self.tr("It replaced {count} earlier commitment(s), before anyone signed up.").format(
                count=view.replaced))
        return " ".join(lines)

    def commit(self) -> None:
        try:
            with self._ctx.session() as session:
                lottery_service.commit_lottery(session, self._meeting_id)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(SIGNUPS)
        self.refresh()
        self._ctx.notify(self.tr("Lottery seed committed; its SHA-256 is {hash}.").format(
            hash=self.view.commitment if self.view else ""))
        self.committed.emit()
