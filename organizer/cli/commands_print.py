"""Printing: speaker packets and the coordinator's printouts for a meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from organizer.exports.pdf.data import PAPER_SIZES, PrintOptions
from organizer.exports.pdf.labels import LANGUAGES
from organizer.i18n import _
from organizer.services import meetings
from organizer.services import packets as packet_service
from organizer.storage.database import Database
from organizer.storage.files import database_files


def register(registry) -> None:  # noqa: ANN001 - organizer.cli.Registry
    p = registry.command("packets", cmd_packets, _("print the speaker packets of a meeting as PDF"))
    p.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help=_("the folder to write the PDFs to"))
    p.add_argument("--combined", action="store_true",
                   help=_("one PDF for the whole meeting, each packet starting on a front side"))
    p.add_argument("--paper", choices=PAPER_SIZES, default="letter", help=_("paper size (default: letter)"))
    p.add_argument("--large-print", action="store_true", help=_("body text at 14 points"))
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help=_("print every packet in this language instead of each speaker's own"))
    p.add_argument("--include-internal", action="store_true",
                   help=_("add an internal page (members' stances, notes): only for packets that stay in the team"))

    o = registry.command("printouts", cmd_printouts, _("print a meeting's run of show and sign-in sheet as PDF"))
    o.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    o.add_argument("--out", required=True, type=Path, metavar="DIR", help=_("the folder to write the PDFs to"))
    o.add_argument("--paper", choices=PAPER_SIZES, default="letter", help=_("paper size (default: letter)"))
    o.add_argument("--large-print", action="store_true", help=_("body text at 14 points"))
    o.add_argument("--lang", choices=LANGUAGES, default="en", help=_("language of the printouts (default: en)"))


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print("\r" + _("Rendering packets: {done} of {total}").format(done=done, total=total),
              end="" if done < total else "\n", file=sys.stderr)


def cmd_packets(args: argparse.Namespace, db: Database) -> int:
    options = PrintOptions(paper=args.paper, large_print=args.large_print)
    # Read everything first and let the session go: rendering many packets takes a while.
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        data = packet_service.meeting_packets(
            session, meeting.id, lang=args.lang, include_internal=args.include_internal
        )
        invitations = packet_service.speaker_invitation_files(session, meeting.id)
    paths = packet_service.write_packets(
        data, args.out, combined=args.combined, options=options, progress=_progress, invitations=invitations,
        protected=database_files(db.path),
    )
    for path in paths:
        print(path)
    if args.include_internal:
        print(_("These packets include internal notes: keep them within the team."), file=sys.stderr)
    return 0


def cmd_printouts(args: argparse.Namespace, db: Database) -> int:
    options = PrintOptions(paper=args.paper, large_print=args.large_print)
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        data = packet_service.run_of_show_data(session, meeting.id, lang=args.lang)
    for path in packet_service.write_printouts(data, args.out, options=options, protected=database_files(db.path)):
        print(path)
    return 0
