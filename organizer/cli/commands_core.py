"""The foundation's commands: demo, whip, the list commands, signup and backup."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from organizer.cli.output import print_json, print_rows
from organizer.domain.enums import STANCE_ORDER
from organizer.errors import DatabaseError
from organizer.exports.ics import active_speaker_count, speaker_number
from organizer.exports.local_time import format_when
from organizer.i18n import _, language, ngettext
from organizer.services import council, meetings, people, points, signups
from organizer.services.serialize import meeting_dict, member_dict, person_dict, point_dict
from organizer.services.validation import format_phone
from organizer.storage import backup as backups
from organizer.storage.database import Database
from organizer.storage.files import database_files


def register(registry) -> None:  # noqa: ANN001 - organizer.cli.Registry
    registry.command("demo", cmd_demo, _("load the demo campaign (sample data); running it twice changes nothing"),
                     create_db=True)

    whip = registry.command("whip", cmd_whip, _("the whip count for each council"))
    whip.add_argument("--json", action="store_true", help=_("print JSON"))
    whip.add_argument("--pdf", metavar="FILE", type=Path, help=_("write a printable whip-count report"))
    whip.add_argument("--paper", choices=("letter", "a4"), default="letter", help=_("paper size for --pdf"))

    members = registry.subcommand("members", "list", cmd_members_list, _("council members and where they stand"))
    members.add_argument("--json", action="store_true", help=_("print JSON"))

    mlist = registry.subcommand("meetings", "list", cmd_meetings_list, _("meetings of both councils"))
    mlist.add_argument("--json", action="store_true", help=_("print JSON"))
    mlist.add_argument("--upcoming", action="store_true", help=_("only meetings still to come"))

    plist = registry.subcommand("people", "list", cmd_people_list, _("volunteers, speakers and team"))
    plist.add_argument("--json", action="store_true", help=_("print JSON"))
    plist.add_argument("--filter", default="", metavar="TEXT", help=_("only people matching TEXT"))

    tlist = registry.subcommand("points", "list", cmd_points_list, _("the talking-point library"))
    tlist.add_argument("--json", action="store_true", help=_("print JSON"))

    signup = registry.command("signup", cmd_signup, _("sign a person up to speak at a meeting"))
    signup.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    signup.add_argument("person", metavar="PERSON", help=_("a person's id or email address"))
    signup.add_argument("--point", dest="points", type=int, action="append", default=[], metavar="ID",
                        help=_("a talking point to give (repeat, in order)"))

    bk = registry.command("backup", cmd_backup, _("write a consistent copy of the campaign file"))
    bk.add_argument("file", metavar="FILE", type=Path, help=_("where to write the copy"))


def cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from organizer.services.demo import load_demo

    with db.session() as session:
        summary = load_demo(session)
    print(summary if isinstance(summary, str) else _describe_demo(summary))
    return 0


def _describe_demo(summary) -> str:  # noqa: ANN001 - DemoSummary
    if hasattr(summary, "describe"):
        return summary.describe()
    return str(summary)


def cmd_whip(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        counts = council.whip_counts(session)
        if args.pdf:
            from organizer.services.packets import write_whip_report

            write_whip_report(session, args.pdf, paper=args.paper, protected=database_files(db.path))
            print(_("Wrote {pdf}").format(pdf=args.pdf))
            return 0
    if args.json:
        print_json([c.to_dict() for c in counts])
        return 0
    for count in counts:
        print(_("{body}: {needed} votes needed of {seats} seats").format(
            body=count.body, needed=count.votes_needed, seats=count.seats))
        print("  " + ", ".join(f"{_(s.label)}: {count.counts[s]}" for s in STANCE_ORDER))
        needed = ngettext("Public yes: {public}, private yes: {private}; {more} more firm yes needed",
                          "Public yes: {public}, private yes: {private}; {more} more firm yes needed",
                          count.more_needed)
        print("  " + needed.format(public=count.yes_public, private=count.yes_private, more=count.more_needed))
        if count.tie_breaker is not None:
            tb = count.tie_breaker
            print("  " + _("Breaks a tie: {name} ({seat}, {stance})").format(
                name=tb.name, seat=tb.seat, stance=_(tb.stance.label).lower()))
        if count.tie_possible:
            if count.passes_with_tie_breaker:
                tie = _("Or {yes} yes with the mayor breaking the tie: the mayor says yes, so it passes")
            else:
                tie = _("Or {yes} yes with the mayor breaking the tie")
            print("  " + tie.format(yes=count.votes_needed - 1))
        if count.targets:
            print("  " + _("Talk to next: {targets}").format(targets="; ".join(_target_text(t) for t in count.targets)))
        print()
    return 0


def _target_text(target) -> str:  # noqa: ANN001 - WhipTarget
    if target.reason == "firm_up":
        return _("{name} ({seat}, yes in private: ask for a public commitment)").format(
            name=target.name, seat=target.seat)
    return f"{target.name} ({target.seat}, {_(target.stance.label).lower()})"


def cmd_members_list(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        rows = [member_dict(m) for m in council.list_members(session)]
    print_rows(
        rows, args.json, [_("ID"), _("Council"), _("Seat"), _("Name"), _("Stance"), _("Since"), _("Concerns")],
        lambda r: [r["id"], r["body"], r["seat"], r["name"] + (" " + _("(sample)") if r["sample"] else ""),
                   r["stance"], r["stance_date"] or "", ", ".join(r["concerns"])],
    )
    return 0


def cmd_meetings_list(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        found = meetings.list_meetings(session, upcoming=args.upcoming)
        rows = [meeting_dict(m) for m in found]
        counts = signups.signup_counts(session)
    print_rows(
        rows, args.json, [_("ID"), _("Council"), _("Local start"), _("Status"), _("Agenda item"), _("Speakers")],
        lambda r: [r["id"], r["body"], r["local_start"][:16].replace("T", " "), r["status"],
                   r["agenda_item"], counts.get(r["id"], 0)],
    )
    return 0


def cmd_people_list(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        rows = [person_dict(p) for p in people.list_people(session, args.filter)]
    print_rows(
        rows, args.json, [_("ID"), _("Name"), _("Email"), _("Phone"), _("ZIP"), _("Packet")],
        lambda r: [r["id"], r["display_name"], r["email"] or "", format_phone(r["phone"]), r["zip_code"],
                   r["packet_language"]],
    )
    return 0


def cmd_points_list(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        rows = [point_dict(p) for p in points.list_points(session)]
    print_rows(
        rows, args.json, [_("ID"), _("Category"), _("Title"), _("Translations"), _("Active")],
        lambda r: [r["id"], r["category"], r["title"], ", ".join(r["translations"]),
                   _("yes") if r["active"] else _("no")],
    )
    return 0


def cmd_signup(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        person = people.find_person(session, args.person)
        signup = signups.add_signup(session, meeting.id, person.id, args.points)
        local = meetings.local_start(meeting)
        # Numbered as the packet, messages and invitation will number them.
        number, total = speaker_number(signup), active_speaker_count(meeting)
        if number:
            place = _("as speaker {number} of {total}").format(number=number, total=total)
        else:
            place = _("on the waiting list")
        message = _("Signed up {name} to speak at {council} on {when}, {place} (sign-up {id}).").format(
            name=person.display_name, council=meeting.body.name, when=_spoken_when(local), place=place,
            id=signup.id)
    print(message)
    return 0


def _spoken_when(local: datetime.datetime) -> str:
    """The meeting's local start in the words of the interface language (strftime's are English)."""
    if language() == "es":
        return f"{format_when(local, 'es')} {local:%Z}"
    return f"{local:%A, %B %d, %Y at %I:%M %p %Z}"


def cmd_backup(args: argparse.Namespace, db: Database) -> int:
    if db.path is None:
        raise DatabaseError(_("Backups here are for campaign files; back up a database server "
                              "with its own tools (for PostgreSQL, pg_dump)."))
    target = backups.backup_to(db.path, args.file)
    print(_("Backed up {path} to {target}").format(path=db.path, target=target))
    return 0
