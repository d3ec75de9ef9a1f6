"""Record how each member voted at a held meeting; yes and no votes also update their stance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import VoteCast
from organizer.gui.context import MEETINGS, MEMBERS, STANCES, AppContext
from organizer.gui.dialogs.buttons import save_cancel_buttons
from organizer.gui.models.labels import VOTE_LABELS
from organizer.services import meetings

VOTES = list(VoteCast)


class RecordVotesDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Record the votes"))
        self.setAccessibleName(self.tr("Record the votes"))

        with ctx.session() as session:
            meeting = meetings.load_meeting_board(session, meeting_id)
            what = meeting.agenda_item or meeting.title or self.tr("the ordinance")
            members = [(m.id, m.name, m.seat) for m in meeting.body.members if m.active is not False]
            existing = {v.member_id: VoteCast(v.vote) for v in meeting.votes}
            body_name = meeting.body.name

        intro = QLabel(self.tr(
            "How did each member of the {body} vote on “{what}”? "
            "Yes and no votes are added to each member's stance history as public votes. "
            "Members left blank are not recorded."
        ).format(body=body_name, what=what))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, vote in enumerate(VOTES, start=1):
            header = QLabel(VOTE_LABELS[vote])
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        self.groups: dict[int, QButtonGroup] = {}
        self.buttons: dict[tuple[int, VoteCast], QRadioButton] = {}
        for row, (member_id, name, seat) in enumerate(members, start=1):
            label = QLabel(f"{name} ({seat})" if seat else name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, vote in enumerate(VOTES, start=1):
                button = QRadioButton()
                button.setAccessibleName(f"{name}: {VOTE_LABELS[vote]}")
                group.addButton(button, column - 1)
                self.buttons[(member_id, vote)] = button
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            if member_id in existing:
                self.buttons[(member_id, existing[member_id])].setChecked(True)
            self.groups[member_id] = group
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(self.fontMetrics().height())
        scroll = QScrollArea()
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)

        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source of the vote record"))
        self.source.setPlaceholderText(self.tr("Optional: where the result is published, e.g. the minutes' link"))

        buttons = save_cancel_buttons(self)
        all_yes = QPushButton(self.tr("Everyone yes"))
        all_yes.setAccessibleName(self.tr("Mark everyone as voting yes"))
        all_yes.clicked.connect(lambda: self.set_all(VoteCast.YES))
        buttons.addButton(all_yes, QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.source)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def set_vote(self, member_id: int, vote: VoteCast) -> None:
        self.buttons[(member_id, vote)].setChecked(True)

    def set_all(self, vote: VoteCast) -> None:
        for member_id in self.groups:
            self.set_vote(member_id, vote)

    def votes(self) -> dict[int, VoteCast]:
        chosen = {}
        for member_id, group in self.groups.items():
            if group.checkedId() >= 0:
                chosen[member_id] = VOTES[group.checkedId()]
        return chosen

    def accept(self) -> None:
        votes = self.votes()
        if not votes:
            self.reject()
            return
        try:
            with self._ctx.session() as session:
                meetings.record_votes(session, self._meeting_id, votes, source=self.source.text().strip())
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(MEETINGS, STANCES, MEMBERS)
        self._ctx.notify((self.tr("Recorded {n} vote.") if len(votes) == 1 else self.tr("Recorded {n} votes.")).format(n=len(votes)))
        super().accept()
