"""The speaking-order lottery: commit to a seed before sign-ups, draw, and let anyone verify."""

from __future__ import annotations

import argparse
import sys

from organizer.cli.output import print_json, print_table
from organizer.i18n import N_, _, ngettext
from organizer.services import lottery as lottery_service
from organizer.services import meetings, signups
from organizer.services.lottery import LotteryCheck
from organizer.storage.database import Database

NO_COMMITMENT = N_(
    "No seed was committed before sign-ups, so this draw cannot show its seed was fixed in advance."
)


def register(registry) -> None:  # noqa: ANN001 - organizer.cli.Registry
    c = registry.subcommand(
        "lottery", "commit", cmd_commit,
        _("fix a secret seed for a meeting's lottery now and print its SHA-256 to publish"),
    )
    c.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    c.add_argument("--replace", action="store_true",
                   help=_("replace the committed seed (only while nobody has signed up since)"))
    c.add_argument("--json", action="store_true", help=_("print JSON"))

    d = registry.subcommand("lottery", "draw", cmd_draw,
                            _("draw the speaking order, revealing the committed seed"))
    d.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    d.add_argument("--seed", metavar="TEXT",
                   help=_("the seed to use when none was committed (for example dice rolled in the room)"))
    d.add_argument("--json", action="store_true", help=_("print JSON"))

    f = registry.subcommand("lottery", "verify", cmd_verify,
                            _("check the recorded draw against its seed and the published commitment"))
    f.add_argument("meeting", metavar="MEETING", help=_("a meeting id, or \"next\""))
    f.add_argument("--json", action="store_true", help=_("print JSON"))


def cmd_commit(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        before = lottery_service.current_commitment(meetings.load_meeting_board(session, meeting.id))
        committed = lottery_service.commit_lottery(session, meeting.id, replace=args.replace)
        is_new = before is None or before.id != committed.id
        check = lottery_service.check_lottery(meetings.load_meeting_board(session, meeting.id))
    if args.json:
        print_json({**check.to_dict(), "new": is_new})
        return 0
    said = _("Committed the lottery of meeting {id}.") if is_new else _("Already committed the lottery of meeting {id}.")
    print(said.format(id=check.meeting_id))
    print(_("Commitment (SHA-256 of the seed): {commitment}").format(commitment=check.commitment))
    print(_("Publish it now; the sign-in sheet and run of show print it too. The draw reveals the seed."))
    if check.signed_up_before_commitment:
        count = check.signed_up_before_commitment
        print(ngettext("Note: {count} person had already signed up when it was committed.",
                       "Note: {count} people had already signed up when it was committed.", count).format(count=count))
    return 0


def cmd_draw(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        signups.draw_lottery(session, meeting.id, args.seed)
        board = meetings.load_meeting_board(session, meeting.id)
        check = lottery_service.check_lottery(board)
        names = {s.id: s.person.display_name for s in board.signups}
    if args.json:
        print_json({**check.to_dict(), "names": {str(k): v for k, v in names.items()}})
        return 0
    _print_check(check, names)
    return 0


def cmd_verify(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        board = meetings.load_meeting_board(session, meeting.id)
        check = lottery_service.check_lottery(board)
        names = {s.id: s.person.display_name for s in board.signups}
    if args.json:
        print_json(check.to_dict())
    elif not check.drawn:
        if check.commitment:
            print(_("Not drawn yet. Commitment (SHA-256 of the seed): {commitment}").format(
                commitment=check.commitment))
        else:
            print(_("Not drawn yet, and no seed has been committed."))
        return 0
    else:
        _print_check(check, names)
    if check.drawn and not check.checks_out:
        print(_("organizer: the recorded draw does not match its seed or its commitment."), file=sys.stderr)
        return 1
    return 0


def _print_check(check: LotteryCheck, names: dict[int, str]) -> None:
    print(_("Seed: {seed}").format(seed=check.seed))
    if check.drawn_with_commitment:
        if check.seed_matches_commitment:
            said = _("Commitment: {commitment} (matches the seed's SHA-256)")
        else:
            said = _("Commitment: {commitment} (DOES NOT MATCH the seed's SHA-256)")
        print(said.format(commitment=check.commitment))
        if check.signed_up_before_commitment:
            print(ngettext(
                "{n} person had already signed up when the seed was committed.",
                "{n} people had already signed up when the seed was committed.",
                check.signed_up_before_commitment,
            ).format(n=check.signed_up_before_commitment))
    else:
        print(_(NO_COMMITMENT))
    print(_("The order follows from the seed.") if check.order_matches_seed
          else _("WARNING: the recorded order does not follow from the seed."))
    if check.kept:
        print(_("Kept their slot as confirmed speakers: {signups}").format(
            signups=", ".join(str(i) for i in check.kept)))
    speaking = set(check.speakers)
    rows = [
        [place, signup_id, names.get(signup_id, _("removed sign-up")),
         _("speaks") if signup_id in speaking else _("waitlist")]
        for place, signup_id in enumerate(check.speakers + check.waitlist, start=1)
    ]
    print_table([_("Place"), _("Sign-up"), _("Name"), _("Result")], rows)
