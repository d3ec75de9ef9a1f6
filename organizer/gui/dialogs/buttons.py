"""The button rows at the foot of the app's dialogs, wired to accept and reject, and the two
questions an editing dialog asks before it drops what was typed: "Discard your changes?"
when it is closed, and "Reload or keep mine?" when someone else saved the record first."""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from organizer.errors import OrganizerError
from organizer.gui.dialogs.confirm import ask


def save_cancel_buttons(dialog: QDialog, *, save_is_default: bool = False) -> QDialogButtonBox:
    """Save (accept) and Cancel (reject).

    ``save_is_default``: Enter saves even from a field that would otherwise take it, for the
    quick "pick, type a sentence, press Enter" dialogs.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    if save_is_default:
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_cancel_buttons(dialog: QDialog, action_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A named action (accept, the default button) and Cancel (reject); returns both."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    action = buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action


def weakly(callback: Callable[[], None]) -> Callable[..., None]:
    """``callback`` (arguments a signal passes are dropped), holding a bound method's
    object only weakly.

    A question box is a child of the widget whose method it calls back. If the box's
    connection held the last reference to that widget's Python wrapper, deleting the box
    would delete its parent too, from inside the box's own destructor (a crash).
    """
    if not inspect.ismethod(callback):
        return callback
    method = weakref.WeakMethod(callback)

    def call(*_signal_arguments: object) -> None:
        alive = method()
        if alive is not None:
            alive()

    return call


def remember_while_open(owner: QWidget, attribute: str, box: QMessageBox) -> None:
    """``owner.<attribute>`` is ``box`` until the box closes, then None."""
    setattr(owner, attribute, box)
    owner_ref = weakref.ref(owner)

    def forget(_result: int) -> None:
        alive = owner_ref()
        if alive is not None:
            setattr(alive, attribute, None)

    box.finished.connect(forget)


def close_unless_edited(dialog: QDialog, edited: bool) -> QMessageBox | None:
    """For a dialog's ``reject()`` (Esc, Cancel, the title bar's close): close at once when
    nothing was edited, else ask first; Cancel keeps the dialog open with the edits.

    Returns the question (``dialog.discard_box`` while it is open), or None.
    """
    box: QMessageBox | None = getattr(dialog, "discard_box", None)
    if box is not None:
        box.raise_()  # already asking: Esc pressed twice
        return box
    if not edited:
        QDialog.reject(dialog)
        return None
    dialog_ref = weakref.ref(dialog)

    def discard() -> None:
        alive = dialog_ref()
        if alive is not None:
            QDialog.reject(alive)  # the plain reject, not the override that asks

    box = ask(
        dialog,
        QCoreApplication.translate("buttons", "Unsaved changes"),
        QCoreApplication.translate("buttons", "Discard your changes?"),
        QCoreApplication.translate("buttons", "Discard changes"),
        discard,
        informative=QCoreApplication.translate("buttons", "Choose Cancel to go back to the form and save them."),
    )
    remember_while_open(dialog, "discard_box", box)
    return box


def ask_after_conflict(
    parent: QWidget,
    error: Exception,
    on_reload: Callable[[], None],
    on_keep_mine: Callable[[], None],
) -> QMessageBox:
    """Someone else saved the record first: reload theirs, keep mine, or keep editing.

    Non-blocking like ``confirm.ask``; Enter and Esc keep editing, so nothing is lost by
    accident. While it is open the box is ``parent.conflict_box`` and asking again only
    raises it (each save attempt of a stuck editor would otherwise stack another). Tests
    answer with ``box.reload_button`` / ``box.keep_button`` / ``box.cancel_button``.
    """
    asking: QMessageBox | None = getattr(parent, "conflict_box", None)
    if asking is not None:
        asking.raise_()
        return asking
    on_reload, on_keep_mine = weakly(on_reload), weakly(on_keep_mine)
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("buttons", "Someone else saved this first"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(str(error))
    box.setInformativeText(QCoreApplication.translate(
        "buttons",
        "Reload shows their version and drops your changes. Keep mine saves what you changed "
        "over their version; what you did not change keeps their version.",
    ))
    reload_button = box.addButton(
        QCoreApplication.translate("buttons", "Reload their version"), QMessageBox.ButtonRole.AcceptRole
    )
    keep_button = box.addButton(QCoreApplication.translate("buttons", "Keep mine"), QMessageBox.ButtonRole.DestructiveRole)
    cancel_button = box.addButton(QCoreApplication.translate("buttons", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel_button)
    box.setEscapeButton(cancel_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.reload_button, box.keep_button, box.cancel_button = (  # type: ignore[attr-defined]
        reload_button, keep_button, cancel_button,
    )

    def finished(_result: int) -> None:
        if box.clickedButton() is reload_button:
            on_reload()
        elif box.clickedButton() is keep_button:
            on_keep_mine()

    remember_while_open(parent, "conflict_box", box)  # first: a retry from finished may ask anew
    box.finished.connect(finished)
    box.open()
    return box


class EditsKeptOnConflict:
    """For editor dialogs with ``self.form`` (a FormState), ``self._ctx`` and ``load()``:
    after a conflicting save, Reload or Keep mine; Esc asks before discarding edits."""

    def reload(self) -> None:
        """Show the saved version, dropping the edits (after a conflict)."""
        try:
            self.load()
        except OrganizerError as exc:
            self._ctx.show_error(self, exc)

    def keep_mine(self) -> None:
        """After a conflict: the saved version with this form's edits on top, saved."""
        mine = self.form.changed()
        try:
            self.load()
        except OrganizerError as exc:  # deleted meanwhile: the form keeps what was typed
            self._ctx.show_error(self, exc)
            return
        self.form.restore(mine)
        self.accept()

    def ask_after_conflict(self, error: Exception) -> None:
        ask_after_conflict(self, error, on_reload=self.reload, on_keep_mine=self.keep_mine)

    def reject(self) -> None:
        """Esc, Cancel or the title bar: ask before throwing edits away."""
        close_unless_edited(self, self.form.is_edited())
