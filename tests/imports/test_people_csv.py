"""Volunteer lists as the organizing tools and spreadsheets really write them."""

from __future__ import annotations

import codecs

import pytest

from organizer.errors import ValidationError
from organizer.imports.csv_text import detect_encoding, sniff_delimiter
from organizer.imports.people_csv import (
    detect_format,
    inspect_people_csv,
    normalize_header,
    parse_languages,
    parse_people_csv,
)


def crlf(*lines: str) -> str:
    return "\r\n".join(lines) + "\r\n"


ACTION_NETWORK = crlf(
    "uuid,first_name,last_name,email,zip_code,can2_country,can2_phone,can2_user_tags,"
    "can2_subscription_status,can2_sms_status,created_at",
    'a1b2c3d4-0001,Ana,Pérez,Ana.Perez@Example.ORG,61701,US,(309) 555-0101,"volunteer,speaker",'
    "subscribed,subscribed,2026-01-05 10:00:00 UTC",
    "a1b2c3d4-0002,Tom,Becker,tom.becker@example.org,61761,US,,volunteer,subscribed,,2026-01-06 11:00:00 UTC",
)

MOBILIZE_API = (
    "id,given_name,family_name,email_address,phone_number,postal_code,event_id,timeslot_start,attended\n"
    "901,Lin,Zhang,lin.zhang@example.org,+1 309 555 0103,61704,4411,2026-03-09T18:00:00-05:00,true\n"
    "902,Omar,Haddad,omar.h@example.org,309.555.0104,61701,4411,2026-03-09T18:00:00-05:00,false\n"
)

MOBILIZE_DASHBOARD = crlf(
    "Event ID,Event name,Timeslot start,First name,Last name,Email,Phone,Zip,Status,SMS opt-in",
    "4411,Speak up for a Welcoming City,03/09/2026 6:00 PM,Grace,Wang,grace.w@example.org,3095550105,61761,Registered,Yes",
    "4411,Speak up for a Welcoming City,03/09/2026 6:00 PM,Sam,Ortiz,sam.o@example.org,,61704,Registered,No",
)

VAN_ROWS = [
    "VANID\tLastName\tFirstName\tAddress\tCity\tState\tZip5\tZip4\tPreferred Phone\tPreferredEmail\tLanguage Preference",
    "100234\tNguyễn\tThu\t12 Elm St\tNormal\tIL\t61761\t2290\t3095550106\tthu.nguyen@example.org\tVietnamese",
    "100235\tMuñoz\tJuan Carlos\t400 Oak Ave\tBloomington\tIL\t61701\t\t(309) 555-0107\t\tSpanish",
]


def test_action_network_export_is_recognised_and_cleaned():
    result = parse_people_csv(ACTION_NETWORK.encode("utf-8"))
    assert result.format == "action-network"
    assert result.delimiter == ","
    assert result.errors == []
    ana, tom = result.rows
    assert ana.line == 2 and tom.line == 3
    assert ana.fields == {
        "first_name": "Ana",
        "last_name": "Pérez",
        "email": "ana.perez@example.org",
        "zip_code": "61701",
        "phone": "+13095550101",
        "may_text": True,
    }
    assert tom.fields["email"] == "tom.becker@example.org" and "phone" not in tom.fields
    assert "can2_user_tags" in result.unused_columns


def test_mobilize_api_style_export():
    result = parse_people_csv(MOBILIZE_API.encode("utf-8"))
    assert result.format == "mobilize"
    assert [r.fields["phone"] for r in result.rows] == ["+13095550103", "+13095550104"]
    assert result.rows[0].fields["first_name"] == "Lin"
    assert result.rows[0].fields["last_name"] == "Zhang"
    assert result.rows[1].fields["zip_code"] == "61701"
    assert result.mapping["email_address"] == "email"


def test_mobilize_dashboard_style_export():
    result = parse_people_csv(MOBILIZE_DASHBOARD.encode("utf-8"))
    assert result.format == "mobilize"
    grace, sam = result.rows
    assert grace.fields["may_text"] is True and sam.fields["may_text"] is False
    assert grace.fields["phone"] == "+13095550105"
    # "Event name" is not a person's name.
    assert "Event name" in result.unused_columns
    assert sam.fields["first_name"] == "Sam"


def test_van_export_in_utf16_with_bom_and_tabs():
    data = crlf(*VAN_ROWS).encode("utf-16")  # Python writes the BOM, as VAN does
    result = parse_people_csv(data)
    assert result.format == "van"
    assert result.encoding == "utf-16"
    assert result.delimiter == "\t"
    thu, juan = result.rows
    assert thu.fields["last_name"] == "Nguyễn"
    assert thu.fields["email"] == "thu.nguyen@example.org"
    assert thu.fields["zip_code"] == "61761"  # Zip5, not Zip4
    assert thu.fields["languages"] == ["vi"]
    assert juan.fields["first_name"] == "Juan Carlos"
    assert juan.fields["phone"] == "+13095550107"
    assert "languages" not in juan.fields
    assert juan.fields["packet_language"] == "es"
    assert "packet_language" not in thu.fields  # packets come in English or Spanish


def test_utf16_without_bom_is_detected():
    data = crlf(*VAN_ROWS).encode("utf-16-le")
    assert detect_encoding(data) == "utf-16-le"
    result = parse_people_csv(data)
    assert [r.fields["first_name"] for r in result.rows] == ["Thu", "Juan Carlos"]


def test_semicolon_sheet_in_windows_1252_with_accents():
    text = crlf(
        "Nombre;Apellido;E-mail;Móvil;Código postal;Idioma",
        "José;Muñoz;jose.munoz@example.org;309-555-0108;61701;Español",
        "Zoë;Bélanger;zoe@example.org;;61704;Français, English",
        "Ángel;Ibáñez;angel@example.org;(309) 555-0109;61761;",
    )
    data = text.encode("cp1252")
    result = parse_people_csv(data)
    assert result.encoding == "cp1252"
    assert result.delimiter == ";"
    assert result.format == "generic"
    assert [r.fields["last_name"] for r in result.rows] == ["Muñoz", "Bélanger", "Ibáñez"]
    assert result.rows[0].fields["phone"] == "+13095550108"
    assert result.rows[1].fields["languages"] == ["fr", "en"]
    assert result.rows[0].fields["languages"] == ["es"]


def test_utf8_bom_quoted_newlines_and_crlf_keep_source_line_numbers():
    text = crlf(
        '"Given name","Surname","E-mail address","Cell","Postal code","Pronouns"',
        '"Maya","Ross","maya@example.org","309 555 0110","61701","she/her"',
        '"Priya","Shah',
        'Kapoor","not-an-email","","61701",""',
        '"Lee","Kim","lee@example.org","309-555-0111","1234","they/them"',
    )
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    result = parse_people_csv(data)
    assert result.encoding == "utf-8-sig"
    assert result.headers[0] == "Given name"  # no BOM glued to the first header
    assert [r.line for r in result.rows] == [2, 5]
    assert result.rows[0].fields["pronouns"] == "she/her"
    # Excel drops the leading zero of ZIP codes like 01234; it is put back.
    assert result.rows[1].fields["zip_code"] == "01234"
    [error] = result.errors
    assert error.line == 3
    assert "not-an-email" in error.reason


def test_unix_line_ends_and_tab_delimiter():
    text = "First Name\tLast Name\tEmail\n\nRosa\tDíaz\trosa@example.org\n"
    result = parse_people_csv(text.encode("utf-8"))
    assert result.delimiter == "\t"
    [rosa] = result.rows
    assert rosa.line == 3  # the blank line is counted, not read
    assert rosa.fields["email"] == "rosa@example.org"


def test_each_problem_of_a_row_is_reported_with_its_line():
    text = crlf(
        "first_name,last_name,email,phone,zip",
        "Ok,Person,ok@example.org,,61701",
        "Bad,Email,someone@,,61701",
        "Bad,Phone,,555-0101,61701",
        "Bad,Zip,zip@example.org,,ABCDE",
        "Only,Name,,,",
        ",,,,",
        "Two,Problems,x@y,12,1",
    )
    result = parse_people_csv(text.encode())
    assert [r.line for r in result.rows] == [2]
    reasons = {e.line: e.reason for e in result.errors}
    assert set(reasons) == {3, 4, 5, 6, 8}
    assert "someone@" in reasons[3]
    assert "555-0101" in reasons[4]  # a local number has no area code
    assert "ABCDE" in reasons[5]
    assert "neither an email address nor a phone number" in reasons[6]
    assert "x@y" in reasons[8] and "12" in reasons[8] and "ZIP" in reasons[8]


def test_explicit_mapping_overrides_recognition():
    text = crlf(
        "Name,Work mail,Email,Notes,Txt",
        "Rosa Díaz,rosa@work.example.org,rosa@home.example.org,Drives others,(309) 555-0112",
    )
    result = parse_people_csv(
        text.encode(), mapping={"work mail": "email", "txt": "phone", "Notes": "notes"}
    )
    [row] = result.rows
    assert row.fields["email"] == "rosa@work.example.org"
    assert row.fields["phone"] == "+13095550112"
    assert row.fields["notes"] == "Drives others"
    assert row.fields["first_name"] == "Rosa" and row.fields["last_name"] == "Díaz"
    assert "Email" in result.unused_columns


def test_notes_columns_are_not_imported_unless_mapped():
    text = crlf("Email,Notes", "a@example.org,private")
    result = parse_people_csv(text.encode())
    assert "notes" not in result.rows[0].fields
    assert result.unused_columns == ["Notes"]


def test_mapping_a_column_to_ignore_drops_it():
    text = crlf("Email,Phone", "a@example.org,not a phone")
    result = parse_people_csv(text.encode(), mapping={"Phone": "ignore"})
    assert result.errors == [] and "phone" not in result.rows[0].fields


def test_mapping_errors_are_sentences():
    text = crlf("Email", "a@example.org").encode()
    with pytest.raises(ValidationError, match="no column named “Mail”"):
        parse_people_csv(text, mapping={"Mail": "email"})
    with pytest.raises(ValidationError, match="not a field"):
        parse_people_csv(text, mapping={"Email": "immigration_status"})


def test_a_file_without_email_or_phone_columns_asks_for_a_mapping():
    with pytest.raises(ValidationError, match="No email or phone column"):
        parse_people_csv(crlf("Vorname,Nachname", "Jürgen,Maier").encode())


def test_forced_format_must_match_the_headers():
    with pytest.raises(ValidationError, match="does not look like a VAN export"):
        parse_people_csv(ACTION_NETWORK.encode(), format="van")
    assert parse_people_csv(ACTION_NETWORK.encode(), format="generic").format == "generic"
    with pytest.raises(ValidationError, match="not a format"):
        parse_people_csv(ACTION_NETWORK.encode(), format="salesforce")


def test_empty_file_and_unclosed_quote_are_refused_with_a_sentence():
    with pytest.raises(ValidationError, match="empty"):
        parse_people_csv(b"")
    with pytest.raises(ValidationError, match="Line 3"):
        parse_people_csv(crlf("email,first_name", "a@example.org,Ann", 'b@example.org,"Bo', "c@example.org,Cy").encode())


def test_wrong_encoding_override_is_a_sentence():
    data = "email,first_name\r\nz@example.org,Zoë\r\n".encode("cp1252")
    with pytest.raises(ValidationError, match="not valid utf-8"):
        parse_people_csv(data, encoding="utf-8")
    assert parse_people_csv(data, encoding="cp1252").rows[0].fields["first_name"] == "Zoë"


def test_own_export_guards_and_excel_text_formulas_are_undone():
    text = crlf("email,first_name,zip_code", "a@example.org,'=Ann,=\"01234\"")
    [row] = parse_people_csv(text.encode()).rows
    assert row.fields["first_name"] == "=Ann"
    assert row.fields["zip_code"] == "01234"


def test_languages_and_packet_language():
    text = crlf(
        "email,languages,preferred language",
        "a@example.org,Spanish y English,Español",
        "b@example.org,Klingon; fr,Arabic",
    )
    result = parse_people_csv(text.encode())
    first, second = result.rows
    assert first.fields["languages"] == ["es", "en"]
    assert first.fields["packet_language"] == "es"
    assert "languages" not in parse_people_csv(crlf("email,packet_language", "c@example.org,es").encode()).rows[0].fields
    # Packets are printed in English or Spanish only; Arabic is still a language they speak.
    assert "packet_language" not in second.fields
    assert second.fields["languages"] == ["fr", "ar"]
    assert [w.line for w in result.warnings] == [3]
    assert "Klingon" in result.warnings[0].reason


def test_header_normalisation_and_format_detection():
    assert normalize_header(" E-Mail_Address ") == "emailaddress"
    assert normalize_header("Código Postal") == "codigopostal"
    assert detect_format(["FirstName", "LastName", "PreferredEmail"]) == "van"
    assert detect_format(["given_name", "family_name", "email_address"]) == "mobilize"
    assert detect_format(["first_name", "email", "can2_phone"]) == "action-network"
    assert detect_format(["First", "Last", "Email"]) == "generic"


def test_delimiter_sniffing_ignores_quoted_delimiters():
    assert sniff_delimiter('"Name, full";"Email";"Phone"\r\n') == ";"
    assert sniff_delimiter("a,b\tc,d\n") == ","
    assert sniff_delimiter("only\n") == ","


def test_parse_languages_reports_unknown_words():
    assert parse_languages("English, Tagalog and ASL") == (["en", "tl", "sgn"], [])
    assert parse_languages("Elvish") == ([], ["Elvish"])


def test_inspect_shows_columns_of_a_file_nobody_recognised_yet():
    data = crlf("Vorname,Nachname,Kontakt", "Jürgen,Maier,j@example.org", "Eva,Roth,e@example.org").encode("cp1252")
    layout = inspect_people_csv(data)
    assert layout.headers == ["Vorname", "Nachname", "Kontakt"]
    assert layout.suggested == {}
    assert layout.format == "generic" and layout.encoding == "cp1252"
    assert layout.sample_rows[0] == ["Jürgen", "Maier", "j@example.org"]
    assert inspect_people_csv(ACTION_NETWORK.encode()).suggested["can2_phone"] == "phone"
