"""Export every packet of a meeting (and the coordinator's printouts) to a folder.

The packets are meant to be sent to the speakers. The run of show and the sign-in sheet list
phone numbers and internal notes, so they are left out unless asked for, and then go into a
subfolder of their own (``COORDINATOR_FOLDER``), never beside the packets.

The packets' contents are read from the database here, on the GUI thread, in one short
session; only the rendering, which takes seconds, runs in the background task.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from organizer.errors import ValidationError
from organizer.exports.pdf.batch import BatchCancelled
from organizer.exports.pdf.data import PrintOptions
from organizer.gui.context import AppContext
from organizer.gui.dialogs.buttons import action_cancel_buttons
from organizer.gui.dialogs.files import FilePathField
from organizer.gui.tasks import TaskCancelled
from organizer.services import packets

FOLDER_SETTING = "meetings/packet_folder"
COORDINATOR_FOLDER = "coordinator-only"


class ExportPacketsDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Export all packets"))
        self.setAccessibleName(self.windowTitle())

        default = ctx.settings.value(FOLDER_SETTING, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = FilePathField(
            kind="folder", title=self.tr("Save the packets in"), accessible_name=self.tr("Folder to save the packets in"),
            parent=self,
        )
        self.folder.set_path(str(default))

        self.separate = QRadioButton(self.tr("One file per speaker (to email or text)"))
        self.combined = QRadioButton(self.tr("One file for printing (each packet starts on a new sheet)"))
        self.separate.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.separate)
        group.addButton(self.combined)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Packet language"))
        self.language.addItem(self.tr("Each speaker's own language"), None)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.large_print = QCheckBox(self.tr("Large print (body text 14 pt)"))
        self.printouts = QCheckBox(self.tr(
            "Also the run of show and the sign-in sheet, in a “{folder}” folder "
            "(they list phone numbers and internal notes: not for sending)"
        ).format(folder=COORDINATOR_FOLDER))
        self.printouts.setAccessibleName(self.tr("Also export the coordinator's run of show and sign-in sheet"))
        self.printouts.setChecked(False)

        form = QFormLayout()
        form.addRow(self.tr("Save in:"), self.folder)
        form.addRow(self.tr("Files:"), self.separate)
        form.addRow("", self.combined)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow("", self.large_print)
        form.addRow("", self.printouts)

        buttons, self.export_button = action_cancel_buttons(self, self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.start_export()
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        super().accept()

    def start_export(self, on_done: Callable[[list[Path]], None] | None = None) -> None:
        target = self.folder.path()
        if target is None:
            raise ValidationError(self.tr("Choose a folder to save the packets in."))
        options = PrintOptions(paper=self.paper.currentData(), large_print=self.large_print.isChecked())
        combined = self.combined.isChecked()
        with self._ctx.session() as session:
            data = packets.meeting_packets(session, self._meeting_id, lang=self.language.currentData())
            run_of_show = (
                packets.run_of_show_data(session, self._meeting_id) if self.printouts.isChecked() else None
            )
            invitations = packets.speaker_invitation_files(session, self._meeting_id)
        if not data:
            raise ValidationError(self.tr("There is no one signed up to speak at this meeting yet."))
        self._ctx.settings.setValue(FOLDER_SETTING, str(target))
        ctx = self._ctx
        parent = self.parentWidget()
        # Translated here, on the GUI thread: the background work only formats it.
        rendered = self.tr("Rendered {done} of {total} packets…")
        saved_one, saved_many = self.tr("Saved {count} file in {folder}."), self.tr("Saved {count} files in {folder}.")

        def work(progress, is_cancelled) -> list[Path]:
            total = len(data)

            def report(done: int, _total: int) -> None:
                progress(done, total, rendered.format(done=done, total=total))

            try:
                written = packets.write_packets(
                    data, target, combined=combined, options=options, progress=report, cancelled=is_cancelled,
                    invitations=invitations,
                )
            except BatchCancelled as exc:
                raise TaskCancelled() from exc
            if run_of_show is not None and not is_cancelled():
                written += packets.write_printouts(run_of_show, target / COORDINATOR_FOLDER, options=options)
            return written

        # The dialog has closed by the time this runs: it touches only the context.
        def done(written: list[Path]) -> None:
            ctx.notify((saved_one if len(written) == 1 else saved_many).format(count=len(written), folder=target))
            if on_done is not None:
                on_done(written)

        ctx.run_task(parent or self, self.tr("Exporting packets"), work, done)
