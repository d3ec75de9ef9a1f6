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
from organizer.i18n import N_, _
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
        _("add volunteers from a CSV file (Action Network, Mobilize, VAN or any spreadsheet)"),
    )
    imp.add_argument("file", metavar="FILE", type=Path, help=_("the CSV or tab-separated file"))
    imp.add_argument("--dry-run", action="store_true", help=_("only report what would happen"))
    imp.add_argument("--format", choices=FORMATS, default="auto", help=_("the tool the file comes from"))
    imp.add_argument("--map", dest="mapping", action="append", default=[], metavar="COLUMN=FIELD",
                     help=_("read COLUMN as FIELD (repeatable); FIELD is one of {fields} or ignore").format(
                         fields=", ".join(MAPPABLE_FIELDS)))
    imp.add_argument("--skip-invalid", action="store_true",
                     help=_("import the good rows and list the bad ones (otherwise a bad row stops the import)"))
    imp.add_argument("--encoding", metavar="NAME", help=_("the file's text encoding, if detection gets it wrong"))

    pexp = registry.subcommand("people", "export", cmd_people_export, _("write everyone to a CSV file"))
    pexp.add_argument("file", metavar="FILE", help=_("where to write (\".csv\"; \"-\" for standard output)"))
    pexp.add_argument("--notes", action="store_true", help=_("include the internal notes"))
    pexp.add_argument("--samples", action="store_true", help=_("include the demo people"))

    registry.group("signups", _("speaker sign-ups"))
    sexp = registry.subcommand("signups", "export", cmd_signups_export, _("write a meeting's speaker list to CSV"))
    sexp.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    sexp.add_argument("file", metavar="FILE", help=_("where to write (\"-\" for standard output)"))
    sexp.add_argument("--notes", action="store_true", help=_("include the internal notes"))

    mexp = registry.subcommand("members", "export", cmd_members_export, _("write council members to CSV"))
    mexp.add_argument("file", metavar="FILE", help=_("where to write (\"-\" for standard output)"))
    mexp.add_argument("--body", metavar="NAME", help=_("only this council"))
    mexp.add_argument("--notes", action="store_true", help=_("include the internal notes"))

    cal = registry.subcommand("meetings", "ics", cmd_meetings_ics, _("write meetings to an iCalendar (.ics) file"))
    cal.add_argument("file", metavar="FILE", help=_("where to write (\".ics\"; \"-\" for standard output)"))
    cal.add_argument("--body", metavar="NAME", help=_("only this council's meetings"))

    ical = registry.subcommand("meetings", "import-ics", cmd_meetings_import_ics,
                               _("add or update a council's meetings from its published .ics calendar"))
    ical.add_argument("file", metavar="FILE", type=Path, help=_("the .ics file"))
    ical.add_argument("--body", metavar="NAME", required=True, help=_("the council the calendar belongs to"))
    ical.add_argument("--dry-run", action="store_true", help=_("only report what would happen"))

    conf = registry.command("confirmations", cmd_confirmations,
                            _("confirmation or reminder messages for a meeting's speakers"))
    conf.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    conf.add_argument("--kind", choices=confirmations.KINDS, default="confirmation")
    conf.add_argument("--out", metavar="DIR", type=Path,
                      help=_("write one text file and one calendar invitation per speaker into DIR"))


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


# A whole sentence for each kind of record, so that each translates with its own grammar.
_WROTE = {
    "people": N_("Wrote {count} people to {target}"),
    "sign-ups": N_("Wrote {count} sign-ups to {target}"),
    "council members": N_("Wrote {count} council members to {target}"),
    "meetings": N_("Wrote {count} meetings to {target}"),
}


def _write(target: str, write: Callable[[BinaryIO], int | None], what: str, db: Database) -> None:
    with output_file(target, protected=database_files(db.path)) as fh:
        count = write(fh)
    if target != "-":
        said = _("Wrote {target}") if count is None else _(_WROTE[what])
        print(said.format(count=count, target=target), file=sys.stderr)


def parse_mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip():
            raise ValidationError(_("“{item}” is not a mapping; write COLUMN=FIELD, for example “Work email=email”.").format(item=item))
        mapping[column.strip()] = target.strip()
    return mapping


def _print_report(report: ImportReport, stream) -> None:  # noqa: ANN001 - a text stream
    print(report.summary(), file=stream)
    for error in report.rejected:
        print("  " + _("rejected {error}").format(error=error), file=stream)
    for warning in report.warnings:
        print("  " + _("note: {warning}").format(warning=warning), file=stream)


def cmd_people_import(args: argparse.Namespace, db: Database) -> int:
    parsed = parse_people_csv(
        read_input_file(args.file), format=args.format, mapping=parse_mapping(args.mapping), encoding=args.encoding
    )
    print(
        _("Read {file} as {format} ({encoding}); columns used: {columns}").format(
            file=args.file.name, format=parsed.format_label, encoding=parsed.encoding,
            columns=", ".join(f"{column} → {field}" for column, field in parsed.mapping.items())),
        file=sys.stderr,
    )
    if parsed.unused_columns:
        print(_("Columns not imported: {columns}").format(columns=", ".join(parsed.unused_columns)),
              file=sys.stderr)
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
            print(_("Left out {count} demo (sample) people; add --samples to include them.").format(count=left_out),
                  file=sys.stderr)
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
        said = _("new: {when} UTC  {summary}") if args.dry_run else _("added: {when} UTC  {summary}")
        print("  " + said.format(when=f"{change.starts_at:%Y-%m-%d %H:%M}", summary=change.summary))
    for change in report.updated:
        print("  " + _("updated ({fields}): {when} UTC  {summary}").format(
            fields=", ".join(change.changed), when=f"{change.starts_at:%Y-%m-%d %H:%M}", summary=change.summary))
    for skipped in report.skipped:
        print("  " + _("skipped {event}: {reason}").format(event=skipped.summary or skipped.uid, reason=skipped.reason))
    return 0


def _message_text(message: confirmations.SpeakerMessage, *, with_link: bool) -> str:
    lines = [f"=== {message.name} ({message.language}) ==="]
    if message.can_email:
        lines += [_("Email to: {address}").format(address=message.email_to),
                  _("Subject: {subject}").format(subject=message.email_subject), "", message.email_body]
        if with_link:
            lines += [_("Open in your mail program:"), message.mailto(), ""]
    if message.can_text:
        lines += [_("Text to: {number} ({length} characters)").format(number=message.sms_to, length=len(message.sms_text)),
                  message.sms_text, ""]
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
        print(_("Wrote {messages} messages and {invitations} invitations to {folder}").format(
            messages=len(batch.messages), invitations=len(invitations), folder=args.out))
    else:
        for message in batch.messages:
            print(_message_text(message, with_link=False))
    if not batch.messages and not batch.unreachable:
        print(_("Nobody is signed up to speak at that meeting yet."))
    if batch.unreachable:
        print(_("Cannot be reached (call them or ask in person):"))
        for person in batch.unreachable:
            print(f"  {person.name}: {person.reason}")
    return 0
