"""Draw the speaking order by lottery, and show anyone how to check the draw.

The seed is shown before the draw and can be replaced, for instance with dice rolled in
the room; the result lists each entrant's ticket (the hash that placed them), so the
order can be re-computed by hand with ``sha256sum`` or three lines of Python.

Once a draw exists, Enter closes the dialog and drawing again asks first: a new draw
replaces who speaks and who waits, and cannot be undone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.rules import lottery
from organizer.gui.context import SIGNUPS, AppContext
from organizer.gui.dialogs.buttons import remember_while_open, weakly
from organizer.gui.dialogs.confirm import ask
from organizer.gui.dialogs.lottery_commitment import CommitmentPanel
from organizer.gui.models.labels import local_when_text
from organizer.services import meetings, signups


@dataclass(frozen=True)
class DrawView:
    seed: str
    drawn_at: str
    entrants: tuple[int, ...]
    order: tuple[int, ...]
    slots: int
    names: dict[int, str]
    verified: bool
    kept: tuple[int, ...] = ()  # confirmed speakers a redraw kept
    commitment: str | None = None  # published before sign-ups; None: nothing was committed

    @property
    def speakers(self) -> frozenset[int]:
        return frozenset(lottery.split_speakers(self.order, self.slots, self.kept)[0])


def latest_draw(ctx: AppContext, meeting_id: int) -> DrawView | None:
    with ctx.session() as session:
        meeting = meetings.load_meeting_board(session, meeting_id)
        if not meeting.lottery_draws:
            return None
        draw = meeting.lottery_draws[-1]
        names = {s.id: s.person.display_name for s in meeting.signups}
        local = draw.drawn_at.astimezone(meetings.local_start(meeting).tzinfo)
        return DrawView(
            seed=draw.seed,
            drawn_at=local_when_text(local),
            entrants=tuple(draw.entrants),
            order=tuple(draw.order),
            slots=draw.slots,
            names=names,
            verified=lottery.verify(draw.entrants, draw.seed, draw.order),
            kept=tuple(draw.kept or ()),
            commitment=draw.commitment,
        )


def verification_text(view: DrawView) -> str:
    ids = ", ".join(str(i) for i in view.entrants)
    first = view.entrants[0] if view.entrants else 1
    return (
        QCoreApplication.translate("lottery", "Seed: {seed}").format(seed=view.seed) + "\n"
        + QCoreApplication.translate("lottery", "Entrants (sign-up numbers): {ids}").format(ids=ids) + "\n"
        + QCoreApplication.translate("lottery", "Speaking slots: {slots}").format(slots=view.slots) + "\n\n"
        + QCoreApplication.translate(
            "lottery",
            "To check the order, take the SHA-256 of the seed, a colon and each sign-up number, "
            "and sort the hashes: the smallest speaks first."
        ) + "\n\n"
        + QCoreApplication.translate("lottery", "In a terminal, for each sign-up number:") + "\n"
        f"    printf '%s' '{view.seed}:{first}' | sha256sum\n\n"
        + QCoreApplication.translate("lottery", "Or in Python:") + "\n"
        "    import hashlib\n"
        f"    ids = [{ids}]\n"
        f"    sorted(ids, key=lambda i: hashlib.sha256(f\"{view.seed}:{{i}}\".encode()).hexdigest())\n"
    )


class LotteryDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id = meeting_id
        self.view: DrawView | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Lottery for the speaking order"))
        self.setAccessibleName(self.windowTitle())

        explain = QLabel(self.tr(
            "More people signed up than the public-comment window holds, and this council "
            "chooses speakers by lottery. Everyone still signed up enters. The seed decides the "
            "order; you may replace it, for example with dice rolled in the room, before drawing."
        ))
        explain.setWordWrap(True)
        self.seed = QLineEdit(lottery.new_seed())
        self.seed.setAccessibleName(self.tr("Lottery seed"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.seed.setFont(mono)
        new_seed = self.new_seed_button = QPushButton(self.tr("New seed"))
        new_seed.setAccessibleName(self.tr("Make a new random seed"))
        new_seed.clicked.connect(lambda: self.seed.setText(lottery.new_seed()))
        self.draw_button = QPushButton(self.tr("Draw the order"))
        self.draw_button.setAccessibleName(self.tr("Draw the speaking order"))
        self.draw_button.setDefault(True)
        self.draw_button.clicked.connect(self.draw)
        seed_row = QHBoxLayout()
        self.seed_label = QLabel(self.tr("Seed:"))
        seed_row.addWidget(self.seed_label)
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new_seed)
        seed_row.addWidget(self.draw_button)

        self.result_box = QGroupBox(self.tr("Result"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Speaker"), self.tr("Result"), self.tr("Ticket (SHA-256)")]
        )
        self.table.setAccessibleName(self.tr("Drawn order"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.how_to_check = QPlainTextEdit()
        self.how_to_check.setReadOnly(True)
        self.how_to_check.setFont(mono)
        self.how_to_check.setAccessibleName(self.tr("How to check the draw"))
        copy = QPushButton(self.tr("Copy how to check"))
        copy.setAccessibleName(self.tr("Copy the instructions for checking the draw"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.how_to_check.toPlainText()))
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.summary)
        result_layout.addWidget(self.table, 2)
        result_layout.addWidget(QLabel(self.tr("How anyone can check this draw:")))
        result_layout.addWidget(self.how_to_check, 1)
        result_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        self.commitment_panel = CommitmentPanel(ctx, meeting_id, self)
        self.commitment_panel.committed.connect(self._show_seed_entry)
        layout.addWidget(self.commitment_panel)
        layout.addLayout(seed_row)
        layout.addWidget(self.result_box, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self._show_seed_entry()
        self.show_draw(latest_draw(ctx, meeting_id))

    def _show_seed_entry(self) -> None:
        """A committed seed is the only one the draw may use: nothing to type or replace."""
        typed = not self.commitment_panel.is_committed
        for widget in (self.seed_label, self.seed, self.new_seed_button):
            widget.setVisible(typed)

    def draw(self) -> None:
        """Draw the order; when one was drawn already, ask before replacing it."""
        if self.view is None:
            self.draw_now()
            return
        if self.confirm_box is not None:
            self.confirm_box.raise_()
            return
        box = ask(
            self, self.tr("Draw again?"),
            self.tr("Replace the order drawn {when} with a new draw?").format(when=self.view.drawn_at),
            self.tr("Draw again"), weakly(self.draw_now),
            informative=self.tr(
                "Who speaks and who waits may change, and this cannot be undone. Anyone told "
                "their place from the first draw would need to be told again."
            ),
        )
        remember_while_open(self, "confirm_box", box)

    def draw_now(self) -> None:
        try:
            with self._ctx.session() as session:
                typed = None if self.commitment_panel.is_committed else self.seed.text().strip()
                signups.draw_lottery(session, self._meeting_id, typed)
        except Exception as exc:  # noqa: BLE001 - every failure is shown
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(SIGNUPS)
        view = latest_draw(self._ctx, self._meeting_id)
        self.commitment_panel.refresh()
        self.show_draw(view)
        if view:
            waiting = len(view.order) - min(view.slots, len(view.order))
            self._ctx.notify(
                self.tr("Lottery drawn with seed {seed}: {waiting} on the waitlist.").format(seed=view.seed, waiting=waiting)
            )

    def show_draw(self, view: DrawView | None) -> None:
        self.view = view
        self.result_box.setVisible(view is not None)
        self.draw_button.setText(self.tr("Draw the order") if view is None else self.tr("Draw again…"))
        # Enter draws only the first time; after that it closes the dialog.
        self.draw_button.setDefault(view is None)
        self.close_button.setDefault(view is not None)
        if view is None:
            return
        speaking = len(view.speakers)
        check = (
            self.tr("The recorded order checks out.") if view.verified
            else self.tr("WARNING: the recorded order does not match its seed.")
        )
        self.summary.setText(self.tr(
            "Drawn {when} with seed {seed}. {speaking} of {total} speak; {waiting} wait. {check}"
        ).format(when=view.drawn_at, seed=view.seed, speaking=speaking, total=len(view.order),
                 waiting=len(view.order) - speaking, check=check) + " " + self._commitment_summary(view))
        self.table.setRowCount(len(view.order))
        for row, signup_id in enumerate(view.order):
            cells = (
                str(row + 1),
                self.tr("{name} (sign-up {number})").format(
                    name=view.names.get(signup_id, self.tr("removed sign-up")), number=signup_id),
                self._result_text(view, signup_id),
                lottery.ticket(view.seed, signup_id),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.how_to_check.setPlainText(verification_text(view) + self._commitment_check_text(view))

    def _result_text(self, view: DrawView, signup_id: int) -> str:
        if signup_id in view.kept:
            return self.tr("Speaks (confirmed, kept)")
        return self.tr("Speaks") if signup_id in view.speakers else self.tr("Waitlist")

    def _commitment_summary(self, view: DrawView) -> str:
        if view.commitment is None:
            return self.tr("No seed was committed in advance: this seed was chosen at the draw.")
        if lottery.commitment(view.seed) == view.commitment:
            return self.tr("The seed is the one committed in advance: its SHA-256 is {hash}.").format(
                hash=view.commitment)
        return self.tr("WARNING: the seed's SHA-256 is not the commitment {hash}.").format(hash=view.commitment)

    def _commitment_check_text(self, view: DrawView) -> str:
        if view.commitment is None:
            return ""
        return (
            "\n" + self.tr("To check the seed is the one committed before sign-ups:") + "\n"
            f"    printf '%s' '{view.seed}' | sha256sum\n"
            + self.tr("must print the published commitment:") + "\n"
            f"    {view.commitment}\n"
        )
