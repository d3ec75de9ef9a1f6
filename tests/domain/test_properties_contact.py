"""Properties of email, phone and ZIP normalisation: whatever is typed or imported, the app
stores one form, saving again changes nothing, and bad text gets a sentence, never a crash."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from organizer.domain.contact import (
    EMAIL_MAX_LENGTH,
    clean_email,
    clean_phone,
    clean_zip,
    format_phone,
)
from organizer.errors import ValidationError

# Text as volunteers paste it: any characters, often around something address-like.
junk = st.text(max_size=40)
emailish = st.builds(
    lambda prefix, local, domain, tld, suffix: f"{prefix}{local}@{domain}.{tld}{suffix}",
    st.sampled_from(["", " ", "mailto:", "MAILTO:", "mailto:mailto:", "\t"]),
    st.text(min_size=1, max_size=20),
    st.text(min_size=1, max_size=20),
    st.text(min_size=2, max_size=6),
    st.sampled_from(["", " ", "\n"]),
)
phoneish = st.one_of(
    junk,
    st.from_regex(r"\A\+?1?[ .(-]{0,2}[2-9]\d{2}[ .)-]{0,2}[2-9]\d{2}[ .-]?\d{4}( ?(x|ext\.?) ?\d{1,5})?\Z"),
    st.from_regex(r"\A\+(44|52|33|91|234|63|84) ?\d{6,12}\Z"),
)
zipish = st.one_of(junk, st.from_regex(r"\A\s*\d{5}(-\d{4})?\s*\Z"), st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९-", max_size=10))


def _clean_or_none(clean, text: str) -> str | None:  # noqa: ANN001
    try:
        return clean(text)
    except ValidationError as exc:
        message = str(exc)
        assert message and message.endswith(".") and "\n" not in message.strip("“”")
        return None


@given(st.one_of(junk, emailish))
@example("mailto:mailto:ana@example.org")
@example("ana\x00@example.org")
@example("İ" * 300 + "@example.org")
def test_an_email_is_stored_in_one_form_that_cleaning_again_keeps(text) -> None:
    cleaned = _clean_or_none(clean_email, text)
    if cleaned is None:
        return
    assert clean_email(cleaned) == cleaned  # saving the person again changes nothing
    assert cleaned == cleaned.strip() and cleaned == cleaned.lower() and cleaned.count("@") == 1
    assert not cleaned.startswith("mailto:")
    assert len(cleaned) <= EMAIL_MAX_LENGTH  # fits the column on every database
    assert not any(unicodedata.category(c) == "Cc" for c in cleaned)  # PostgreSQL refuses NUL


@given(st.from_regex(r"\A[a-zA-Z0-9._%+-]{1,20}@[a-zA-Z0-9-]{1,20}\.[a-zA-Z]{2,6}\Z"), st.randoms())
def test_case_and_spacing_never_make_a_different_address(text, random) -> None:
    cleaned = _clean_or_none(clean_email, text)
    if cleaned is None:
        return
    retyped = "".join(c.upper() if random.random() < 0.5 else c.lower() for c in text)
    assert clean_email(f"  {retyped}\t") == cleaned  # the same volunteer, not a duplicate


@given(phoneish)
@example("(309) 555-0123")
@example("٣٠٩٥٥٥٠١٢٣")  # Arabic-Indic digits, as a phone keyboard may type them
def test_a_phone_is_stored_as_e164_that_cleaning_again_and_showing_keep(text) -> None:
    cleaned = _clean_or_none(clean_phone, text)
    if cleaned is None:
        return
    assert cleaned.startswith("+") and cleaned[1:].isascii() and cleaned[1:].isdigit()
    assert clean_phone(cleaned) == cleaned
    shown = format_phone(cleaned)
    assert clean_phone(shown) == cleaned  # what the app shows can be typed back in


@given(junk)
def test_showing_any_stored_phone_text_never_fails(text) -> None:
    assert isinstance(format_phone(text), str)


@given(zipish)
@example("٦١٧٠١")  # Arabic-Indic digits
def test_a_zip_code_is_stored_in_ascii_digits(text) -> None:
    cleaned = _clean_or_none(clean_zip, text)
    if cleaned is None:
        return
    assert cleaned.isascii() and len(cleaned) in (5, 10)
    assert clean_zip(cleaned) == cleaned
