"""Campaign settings: what the packets print about the campaign and its coordinator."""

from __future__ import annotations

from organizer.gui.context import SETTINGS
from organizer.gui.dialogs.campaign_settings import CampaignSettingsDialog
from organizer.services.campaign import campaign_settings


def test_saving_settings_changes_what_packets_print(qtbot, ctx) -> None:
    changed = []
    ctx.data_changed.connect(changed.append)
    dialog = CampaignSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.coordinator_name.setText("Keisha Brown")
    dialog.coordinator_phone.setText("(309) 555-0199")
    dialog.ask_es.setPlainText("Aprueben la ordenanza, por favor.")
    dialog.accept()
    assert dialog.result() == CampaignSettingsDialog.DialogCode.Accepted
    with ctx.session() as session:
        saved = campaign_settings(session)
        assert (saved.coordinator_name, saved.coordinator_phone) == ("Keisha Brown", "+13095550199")
        assert saved.ask_es == "Aprueben la ordenanza, por favor."
    assert any(SETTINGS in kinds for kinds in changed)


def test_a_bad_email_is_one_sentence_and_saves_nothing(qtbot, ctx, message_boxes) -> None:
    with ctx.session() as session:
        before = campaign_settings(session).coordinator_email
    dialog = CampaignSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.coordinator_email.setText("keisha at example")
    dialog.accept()
    assert dialog.isVisible()  # stays open so nothing typed is lost
    [box] = message_boxes("errorMessage")
    assert "is not an email address" in box.text()
    box.close()
    with ctx.session() as session:
        assert campaign_settings(session).coordinator_email == before
