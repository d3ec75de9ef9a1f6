"""Record where a council member stands: pick the stance, say how we know, press Enter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import STANCE_ORDER, Stance, StanceSource
from organizer.gui.context import MEMBERS, STANCES, AppContext
from organizer.gui.dialogs.buttons import save_cancel_buttons
from organizer.gui.dialogs.fields import RadioChoice, date_edit, to_date
from organizer.gui.models.labels import SOURCE_LABELS, stance_label
from organizer.gui.widgets.stance import stance_icon
from organizer.services import council

# Sources that are on the record; the "public" box follows the source until the user sets it.
PUBLIC_SOURCES = {StanceSource.PUBLIC_STATEMENT, StanceSource.NEWS, StanceSource.VOTE}
SOURCE_HINTS = {  # translated where they are shown
    StanceSource.PUBLIC_STATEMENT: QT_TRANSLATE_NOOP(
        "RecordStanceDialog", "Where they said it, e.g. “Council meeting, March 9” or a link"),
    StanceSource.PRIVATE_MEETING: QT_TRANSLATE_NOOP(
        "RecordStanceDialog", "What they told us, e.g. “Wants the data on 911 calls first”"),
    StanceSource.VOTE: QT_TRANSLATE_NOOP("RecordStanceDialog", "The vote, e.g. “Voted yes on first reading”"),
    StanceSource.NEWS: QT_TRANSLATE_NOOP("RecordStanceDialog", "The story, e.g. a link to the Pantagraph article"),
    StanceSource.INFERRED: QT_TRANSLATE_NOOP("RecordStanceDialog", "Why we think so"),
}


class RecordStanceDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        member_id: int,
        member_name: str,
        current: Stance = Stance.UNKNOWN,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._member_id = member_id
        self._public_touched = False
        self.saved_record_id: int | None = None
        self.setWindowTitle(self.tr("Record stance — {name}").format(name=member_name))
        self.setAccessibleName(self.tr("Record the stance of {name}").format(name=member_name))

        intro = QLabel(self.tr("Where does {name} stand now?").format(name=member_name))
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.stance_group = RadioChoice(STANCE_ORDER, stance_label, self.tr("Stance"), self, icon=stance_icon)
        self.stance_buttons = self.stance_group.buttons_by_value
        stances = QGridLayout()
        for n, button in enumerate(self.stance_buttons.values()):
            stances.addWidget(button, n // 3, n % 3)
        self.stance_group.select(current)

        self.source_kind = QComboBox()
        self.source_kind.setAccessibleName(self.tr("How we know"))
        for source in StanceSource:
            self.source_kind.addItem(SOURCE_LABELS[source], source.value)
        self.source_kind.setCurrentIndex(self.source_kind.findData(StanceSource.PRIVATE_MEETING.value))
        self.source_kind.currentIndexChanged.connect(self._source_changed)

        self.is_public = QCheckBox(self.tr("Said in public or in writing"))
        self.is_public.setAccessibleName(self.tr("Said in public or in writing"))
        self.is_public.clicked.connect(self._public_clicked)

        self.recorded_on = date_edit(self.tr("Date"))

        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source or note"))
        self.source.setClearButtonEnabled(True)

        form = QFormLayout()
        form.addRow(self.tr("How we know:"), self.source_kind)
        form.addRow("", self.is_public)
        form.addRow(self.tr("Source or note:"), self.source)
        form.addRow(self.tr("Date:"), self.recorded_on)

        buttons = save_cancel_buttons(self, save_is_default=True)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(stances)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._source_changed()
        self.source.setFocus()
        self.resize(520, self.sizeHint().height())

    def selected_stance(self) -> Stance:
        return self.stance_group.selected()

    def set_stance(self, stance: Stance) -> None:
        self.stance_group.select(stance)

    def selected_source_kind(self) -> StanceSource:
        return StanceSource(self.source_kind.currentData())

    def _public_clicked(self) -> None:
        self._public_touched = True

    def _source_changed(self) -> None:
        kind = self.selected_source_kind()
        if not self._public_touched:
            self.is_public.setChecked(kind in PUBLIC_SOURCES)
        self.source.setPlaceholderText(self.tr(SOURCE_HINTS[kind]))

    def accept(self) -> None:
        try:
            with self._ctx.session() as session:
                record = council.record_stance(
                    session,
                    self._member_id,
                    self.selected_stance(),
                    source_kind=self.selected_source_kind(),
                    source=self.source.text(),
                    is_public=self.is_public.isChecked(),
                    recorded_on=to_date(self.recorded_on.date()),
                )
                self.saved_record_id = record.id
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(STANCES, MEMBERS)
        self._ctx.notify(self.tr("Recorded: {stance}.").format(stance=stance_label(self.selected_stance())))
        super().accept()

