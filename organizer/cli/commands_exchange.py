"""Data in and out: people import/export, sign-up and member lists, calendars, messages."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from organizer.errors import ValidationError
from organizer.imports.people_csv import FORMATS, MAPPABLE_FIELDS, parse_people_csv
from organizer.services import confirmations, exchange
from organizer.services.people_import import ImportRejected, ImportReport, import_people
from organizer.storage.database import Database
from organizer.storage.files import (
    Protected,
    database_files,
    private_file,
    read_input_file,
    write_private_files,
)


def register(registry) -> None:  # noqa: ANN001 - organizer.cli.Registry
    imp = registry.subcommand(
        "people", "import", cmd_people_import,
        "add volunteers from a CSV file (Action Network, Mobilize, VAN or any spreadsheet)",
    )
    imp.add_argument("file", metavar="FILE", type=Path, help="the CSV or tab-separated file")
    imp.add_argument("--dry-run", action="store_true", help="only report what would happen")
    imp.add_argument("--format", choices=FORMATS, default="auto", help="the tool the file comes from")
    imp.add_argument("--map", dest="mapping", action="append", default=[], metavar="COLUMN=FIELD",
                     help=f"read COLUMN as FIELD (repeatable); FIELD is one of {', '.join(MAPPABLE_FIELDS)} or ignore")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the good rows and list the bad ones (otherwise a bad row stops the import)")
    imp.add_argument("--encoding", metavar="NAME", help="the file's text encoding, if detection gets it wrong")

    pexp = registry.subcommand("people", "export", cmd_people_export, "write everyone to a CSV file")
    pexp.add_argument("file", metavar="FILE", help='where to write (".csv"; "-" for standard output)')
    pexp.add_argument("--notes", action="store_true", help="include the internal notes")
    pexp.add_argument("--samples", action="store_true", help="include the demo people")

    registry.group("signups", "speaker sign-ups")
    sexp = registry.subcommand("signups", "export", cmd_signups_export, "write a meeting's speaker list to CSV")
    sexp.add_argument("meeting", metavar="MEETING", help='a meeting id, or "next"')
    sexp.add_argument("file", metavar="FILE", help='where to write ("-" for standard output)')
    sexp.add_argument("--notes", action="store_true", help="include the internal notes")

    mexp = registry.subcommand("members", "export", cmd_members_export, "write council members to CSV")
    mexp.add_argument("file", metavar="FILE", help='where to write ("-" for standard output)')
    mexp.add_argument("--body", metavar="NAME", help="only this council")
    mexp.add_argument("--notes", action="store_true", help="include the internal notes")

    cal = registry.subcommand("meetings", "ics", cmd_meetings_ics, "write meetings to an iCalendar (.ics) file")
    cal.add_argument("file", metavar="FILE", help='where to write (".ics"; "-" for standard output)')
    cal.add_argument("--body", metavar="NAME", help="only this council's meetings")

    ical = registry.subcommand("meetings", "import-ics", cmd_meetings_import_ics,
                               "add or update a council's meetings from its published .ics calendar")
    ical.add_argument("file", metavar="FILE", type=Path, help="the .ics file")
    ical.add_argument("--body", metavar="NAME", required=True, help="the council the calendar belongs to")
    ical.add_argument("--dry-run", action="store_true", help="only report what would happen")

    conf = registry.command("confirmations", cmd_confirmations,
                            "confirmation or reminder messages for a meeting's speakers")
    conf.add_argument("meeting", metavar="MEETING", help='a meeting id, or "next"')
    conf.add_argument("--kind", choices=confirmations.KINDS, default="confirmation")
    conf.add_argument("--out", metavar="DIR", type=Path,
                      help="write one text file and one calendar invitation per speaker into DIR")


@contextlib.contextmanager
def output_file(target: str, *, protected: Protected = ()) -> Iterator[BinaryIO]:
    """A binary file that appears complete, owner-only, or not at all ("-" is standard output).

    Never the campaign's own database (``protected``) or any other; the folder must exist.
    """
    if target == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with private_file(target, protected=protected, make_folders=False) as fh:
        yield fh


def _write(target: str, write: Callable[[BinaryIO], int | None], what: str, db: Database) -> None:
    with output_file(target, protected=database_files(db.path)) as fh:
        count = write(fh)
    if target != "-":
        print(f"Wrote {count} {what} to {target}" if count is not None else f"Wrote {target}", file=sys.stderr)


def parse_mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip():
            raise ValidationError(f"“{item}” is not a mapping; write COLUMN=FIELD, for example “Work email=email”.")
        mapping[column.strip()] = target.strip()
    return mapping


def _print_report(report: ImportReport, stream) -> None:  # noqa: ANN001 - a text stream
    print(report.summary(), file=stream)
    for error in report.rejected:
        print(f"  rejected {error}", file=stream)
    for warning in report.warnings:
        print(f"  note: {warning}", file=stream)


def cmd_people_import(args: argparse.Namespace, db: Database) -> int:
    parsed = parse_people_csv(
        read_input_file(args.file), format=args.format, mapping=parse_mapping(args.mapping), encoding=args.encoding
    )
    print(
        f"Read {args.file.name} as {parsed.format_label} ({parsed.encoding}); columns used: "
        + ", ".join(f"{column} → {field}" for column, field in parsed.mapping.items()),
        file=sys.stderr,
    )
    if parsed.unused_columns:
        print("Columns not imported: " + ", ".join(parsed.unused_columns), file=sys.stderr)
    try:
        with db.session() as session:
            report = import_people(session, parsed, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    except ImportRejected as exc:
        _print_report(exc.report, sys.stderr)
        raise
    _print_report(report, sys.stdout)
    return 0


def _export(db: Database, target: str, what: str, export: Callable[[Session, BinaryIO], int]) -> int:
    """Write what ``export`` writes within one session to ``target``; say how many ``what``."""
    with db.session() as session:
        _write(target, lambda fh: export(session, fh), what, db)
    return 0


def cmd_people_export(args: argparse.Namespace, db: Database) -> int:
    code = _export(db, args.file, "people", lambda session, fh: exchange.export_people_csv(
        session, fh, include_notes=args.notes, include_samples=args.samples))
    if not args.samples:
        with db.session() as session:
            left_out = exchange.count_sample_people(session)
        if left_out:
            print(f"Left out {left_out} demo (sample) people; add --samples to include them.", file=sys.stderr)
    return code


def cmd_signups_export(args: argparse.Namespace, db: Database) -> int:
    return _export(db, args.file, "sign-ups", lambda session, fh: exchange.export_signups_csv(
        session, args.meeting, fh, include_notes=args.notes))


def cmd_members_export(args: argparse.Namespace, db: Database) -> int:
    return _export(db, args.file, "council members", lambda session, fh: exchange.export_members_csv(
        session, fh, body_ref=args.body, include_notes=args.notes))


def cmd_meetings_ics(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        data = exchange.meetings_ics(session, body_ref=args.body)

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    _write(args.file, write, "meetings", db)
    return 0


def cmd_meetings_import_ics(args: argparse.Namespace, db: Database) -> int:
    data = read_input_file(args.file)
    with db.session() as session:
        report = exchange.import_council_ics(session, data, args.body, dry_run=args.dry_run)
    print(report.summary())
    for change in report.added:
        print(f"  {'new' if args.dry_run else 'added'}: {change.starts_at:%Y-%m-%d %H:%M} UTC  {change.summary}")
    for change in report.updated:
        print(f"  updated ({', '.join(change.changed)}): {change.starts_at:%Y-%m-%d %H:%M} UTC  {change.summary}")
    for skipped in report.skipped:
        print(f"  skipped {skipped.summary or skipped.uid}: {skipped.reason}")
    return 0


def _message_text(message: confirmations.SpeakerMessage, *, with_link: bool) -> str:
    lines = [f"=== {message.name} ({message.language}) ==="]
    if message.can_email:
        lines += [f"Email to: {message.email_to}", f"Subject: {message.email_subject}", "", message.email_body]
        if with_link:
            lines += ["Open in your mail program:", message.mailto(), ""]
    if message.can_text:
        lines += [f"Text to: {message.sms_to} ({len(message.sms_text)} characters)", message.sms_text, ""]
    return "\n".join(lines)


def cmd_confirmations(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        batch = confirmations.speaker_messages(session, args.meeting, args.kind)
        invitations = confirmations.speaker_invitations(session, args.meeting) if args.out else []
    if args.out:
        names = {i.signup_id: i.filename.removesuffix(".ics") for i in invitations}
        files = [(i.filename, i.data) for i in invitations]
        for message in batch.messages:
            stem = names.get(message.signup_id) or f"signup-{message.signup_id}"
            files.append((f"{stem}.txt", _message_text(message, with_link=True).encode("utf-8")))
        write_private_files(args.out, files, protected=database_files(db.path))
        print(f"Wrote {len(batch.messages)} messages and {len(invitations)} invitations to {args.out}")
    else:
        for message in batch.messages:
            print(_message_text(message, with_link=False))
    if not batch.messages and not batch.unreachable:
        print("Nobody is signed up to speak at that meeting yet.")
    if batch.unreachable:
        print("Cannot be reached (call them or ask in person):")
        for person in batch.unreachable:
            print(f"  {person.name}: {person.reason}")
    return 0
