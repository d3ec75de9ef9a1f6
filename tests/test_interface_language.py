"""Which language the interface starts in: ORGANIZER_LANG, then the saved choice, then the
system's locale, then English."""

from __future__ import annotations

import pytest

from organizer import config


@pytest.fixture(autouse=True)
def no_language_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.LANGUAGE_ENV_VAR, raising=False)


def test_english_when_nothing_says_otherwise() -> None:
    assert config.interface_language(None, "") == "en"
    assert config.interface_language("", "C") == "en"


def test_the_system_locale_picks_spanish() -> None:
    assert config.interface_language("", "es_MX") == "es"
    assert config.interface_language(None, "es-US") == "es"


def test_a_saved_choice_beats_the_system() -> None:
    assert config.interface_language("en", "es_MX") == "en"
    assert config.interface_language("es", "en_US") == "es"


def test_the_environment_variable_beats_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "es")
    assert config.interface_language("en", "en_US") == "es"
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "EN")
    assert config.interface_language("es", "es_MX") == "en"


def test_a_language_without_a_catalogue_falls_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "fr")
    assert config.interface_language("de", "es_AR") == "es"
