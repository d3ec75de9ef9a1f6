"""The campaign's settings, as the packets print them."""

from __future__ import annotations

import pytest

from organizer.errors import ConflictError, ValidationError
from organizer.services.campaign import campaign_settings, update_settings


def test_update_settings_normalises_contact_details(session) -> None:
    version = campaign_settings(session).version
    saved = update_settings(
        session,
        {"organization": "Coalición Bienvenida", "coordinator_email": "Ana@Example.org",
         "coordinator_phone": "309 555 0100", "words_per_minute": 120},
        expected_version=version,
    )
    assert (saved.coordinator_email, saved.coordinator_phone) == ("ana@example.org", "+13095550100")
    assert saved.words_per_minute == 120
    with pytest.raises(ConflictError):
        update_settings(session, {"organization": "Other"}, expected_version=version)


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"coordinator_email": "ana at example"}, "not an email address"),
        ({"coordinator_phone": "12"}, "not a complete phone number"),
        ({"words_per_minute": 5}, "between 60 and 250"),
        ({"immigration_status": "x"}, "cannot be changed"),
    ],
)
def test_bad_settings_are_refused_with_a_sentence(session, changes, sentence) -> None:
    before = campaign_settings(session).organization
    with pytest.raises(ValidationError, match=sentence):
        update_settings(session, changes)
    assert campaign_settings(session).organization == before
