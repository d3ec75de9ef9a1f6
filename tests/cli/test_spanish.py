"""The command line in Spanish: ORGANIZER_LANG=es (or a Spanish system locale) translates its
help, results, known errors and argparse's own words; English stays the default; the data
(names, JSON keys) is never translated; and no sentence escapes the catalogue."""

from __future__ import annotations

import ast
import gettext
import json
import re
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from organizer import config, i18n
from tests.cli_helpers import run

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "organizer"
LOCALE_DIR = config.translations_dir() / "es" / "LC_MESSAGES"
LOCALE_VARIABLES = (config.LANGUAGE_ENV_VAR, "LANGUAGE", *i18n.LOCALE_VARIABLES)


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the machine running the tests says, each test sets the language itself."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    i18n.set_language(None)


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "es")


def exit_code(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Like ``run``, for the arguments argparse answers itself (--help, bad usage)."""
    with pytest.raises(SystemExit) as exited:
        run(capsys, *args)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


# --- what a Spanish-speaking coordinator sees ----------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_help_is_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = exit_code(capsys, "--help")
    assert code == 0
    assert out.startswith("uso: organizer")
    assert "argumentos posicionales" in out and "opciones:" in out
    assert "carga la campaña de demostración" in out
    assert "muestra este mensaje de ayuda y termina" in out
    assert "usage:" not in out and "the whip count" not in out


@pytest.mark.usefixtures("spanish")
def test_a_list_has_spanish_headings_and_untranslated_data(
    demo_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", demo_file, "members", "list")
    assert code == 0, err
    heading = out.splitlines()[0].split()
    assert heading[:4] == ["ID", "Concejo", "Escaño", "Nombre"]
    assert "Bloomington City Council" in out  # a name, not a sentence
    assert "(de ejemplo)" in out


@pytest.mark.usefixtures("spanish")
def test_the_whip_count_speaks_spanish(demo_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", demo_file, "whip")
    assert code == 0, err
    assert "votos de" in out and "Sí en público:" in out and "Se inclina al sí:" in out
    assert "votes needed" not in out


def test_json_is_the_same_in_both_languages(
    demo_file: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = run(capsys, "--db", demo_file, "meetings", "list", "--json")[1]
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "es")
    spanish = run(capsys, "--db", demo_file, "meetings", "list", "--json")[1]
    assert json.loads(spanish) == json.loads(english)
    assert "local_start" in json.loads(spanish)[0]


@pytest.mark.usefixtures("spanish")
def test_a_known_error_is_one_spanish_sentence_and_exit_1(
    demo_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", demo_file, "signup", "9999", "nobody@example.org")
    assert code == 1
    assert out == ""
    assert err == "organizer: No se encontró la sesión con el id 9999.\n"


@pytest.mark.usefixtures("spanish")
def test_a_validation_error_from_the_services_is_in_spanish(
    demo_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", demo_file, "signup", "next", "nobody@example.org")
    assert code == 1
    assert err == "organizer: No hay nadie en la campaña con el correo electrónico nobody@example.org.\n"


@pytest.mark.usefixtures("spanish")
def test_bad_usage_is_argparse_in_spanish_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = exit_code(capsys, "meetings", "list", "--bogus")
    assert code == 2
    assert out == ""
    assert err.startswith("uso: organizer ")
    assert err.rstrip().endswith("organizer: error: argumentos no reconocidos: --bogus")


@pytest.mark.usefixtures("spanish")
def test_a_missing_argument_is_named_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = exit_code(capsys, "backup")
    assert code == 2
    assert "faltan estos argumentos obligatorios: FILE" in err


def test_a_spanish_system_locale_is_enough(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_US.UTF-8")
    assert exit_code(capsys, "--help")[1].startswith("uso: organizer")


def test_lc_all_comes_before_lang_and_organizer_lang_before_both(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert exit_code(capsys, "--help")[1].startswith("usage: organizer")
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "es")
    assert exit_code(capsys, "--help")[1].startswith("uso: organizer")


def test_english_stays_the_default(demo_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = exit_code(capsys, "--help")[1]
    assert out.startswith("usage: organizer") and "positional arguments" in out
    code, _, err = run(capsys, "--db", demo_file, "signup", "9999", "nobody@example.org")
    assert (code, err) == (1, "organizer: There is no meeting with id 9999.\n")
    assert exit_code(capsys, "meetings", "list", "--bogus")[2].rstrip().endswith(
        "organizer: error: unrecognized arguments: --bogus"
    )


def test_the_gui_choice_applies_unless_organizer_lang_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    i18n.set_language("es")
    assert i18n._("There is no meeting with id {meeting_id}.") == "No hay ninguna sesión con el id {meeting_id}."
    monkeypatch.setenv(config.LANGUAGE_ENV_VAR, "en")
    assert i18n._("There is no meeting with id {meeting_id}.") == "There is no meeting with id {meeting_id}."
    i18n.set_language(None)


# --- the catalogues ------------------------------------------------------------------------

BRACE_FIELD = re.compile(r"(?<!\{)\{([^{}!:]*)[^{}]*\}(?!\})")
PERCENT_FIELD = re.compile(r"%(?:\([a-z_]+\))?[rsd]")


def catalogue(domain: str):  # noqa: ANN201 - a babel Catalog
    with open(LOCALE_DIR / f"{domain}.po", "rb") as fh:
        return read_po(fh)


def fields(text: str) -> list[str]:
    return sorted(BRACE_FIELD.findall(text) + PERCENT_FIELD.findall(text))


@pytest.mark.parametrize("domain", [i18n.DOMAIN, i18n.ARGPARSE_DOMAIN])
def test_every_sentence_is_translated_with_the_same_placeholders(domain: str) -> None:
    entries = [m for m in catalogue(domain) if m.id]
    assert entries
    for message in entries:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings), f"not translated: {ids[0]!r}"
        assert "fuzzy" not in message.flags, f"needs checking after a change: {ids[0]!r}"
        for string in strings:
            assert fields(string) == fields(ids[-1]), f"placeholders differ in {string!r}"


@pytest.mark.parametrize("domain", [i18n.DOMAIN, i18n.ARGPARSE_DOMAIN])
def test_the_compiled_catalogue_matches_the_po(domain: str) -> None:
    with open(LOCALE_DIR / f"{domain}.mo", "rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for message in (m for m in catalogue(domain) if m.id):
        if isinstance(message.id, tuple):
            assert compiled.ngettext(*message.id, 1) == message.string[0]
            assert compiled.ngettext(*message.id, 2) == message.string[2]
        else:
            assert compiled.gettext(message.id) == message.string, f"recompile: {message.id!r}"


def test_the_catalogue_has_every_sentence_of_the_source() -> None:
    """A sentence added or reworded in the code needs tools/update_cli_translations.py."""
    in_source = set()
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for _line, message, _comments, _context in extract_from_file("python", str(path)):
            in_source.add(message)
    in_catalogue = {m.id for m in catalogue(i18n.DOMAIN) if m.id}
    assert sorted(map(str, in_source - in_catalogue)) == []


# --- no sentence escapes _() ---------------------------------------------------------------

def known_error_classes() -> set[str]:
    """OrganizerError and every class defined under organizer/ that derives from one."""
    bases: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                bases.setdefault(node.name, set()).update(names)
    known = {"OrganizerError"}
    while True:
        more = {name for name, parents in bases.items() if parents & known} - known
        if not more:
            return known
        known |= more


def has_words(node: ast.expr) -> bool:
    """A string literal (or an f-string) with a letter in its text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(has_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def untranslated_sentences() -> list[str]:
    errors = known_error_classes()
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "gui":
            continue
        in_cli = parts[0] == "cli"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = called_name(node)
            suspects = []
            if name in errors:
                suspects += node.args[:1]
            if in_cli and name == "print":
                suspects += node.args[:1]
            if in_cli:
                suspects += [k.value for k in node.keywords if k.arg in ("help", "description", "epilog")]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found += [f"{where}: {ast.unparse(s)[:60]}" for s in suspects if has_words(s)]
    return found


def test_every_known_error_and_printed_sentence_goes_through_gettext() -> None:
    assert untranslated_sentences() == []


def test_the_scan_finds_an_untranslated_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan above can fail: a raise with a bare literal is found."""
    package = tmp_path / "organizer"
    (package / "cli").mkdir(parents=True)
    (package / "errors.py").write_text("class OrganizerError(Exception):\n    pass\n")
    (package / "cli" / "x.py").write_text(
        'raise OrganizerError(f"No {thing}.")\nprint(_("Fine."))\nprint("Not fine.")\n'
        'raise OrganizerError(_("Fine {x}.").format(x=1))\n'
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", package)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    found = untranslated_sentences()
    assert [f.split(":")[1] for f in found] == ["1", "3"]
