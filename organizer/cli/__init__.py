"""The command line: `organizer [--db PATH_OR_URL] [COMMAND]`.

Exit codes: 0 success, 2 bad usage (argparse), 1 a known error explained in one sentence on
stderr. Commands are registered by small modules (``commands_*.py``), each with a
``register(registry)`` function; a handler takes ``(args, db)`` and returns the exit code.
The GUI is imported only when no command is given.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from organizer import __version__, config
from organizer.applog import setup_logging
from organizer.errors import OrganizerError
from organizer.i18n import _, translate_argparse

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, "object"], int]


@dataclass
class Registry:
    """Where command modules add their commands; groups are `people`, `meetings`, ..."""

    top: argparse._SubParsersAction
    groups: dict[str, argparse._SubParsersAction] = field(default_factory=dict)

    def command(self, name: str, handler: Handler, help: str, *, needs_db: bool = True,
                create_db: bool = False) -> argparse.ArgumentParser:
        parser = self.top.add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler, needs_db=needs_db, create_db=create_db)
        return parser

    def group(self, name: str, help: str = "") -> argparse._SubParsersAction:
        if name not in self.groups:
            parser = self.top.add_parser(name, help=help, description=help)
            parser.set_defaults(handler=None, group_parser=parser)
            self.groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="SUBCOMMAND")
        return self.groups[name]

    def subcommand(self, group: str, name: str, handler: Handler, help: str, *,
                   needs_db: bool = True, create_db: bool = False) -> argparse.ArgumentParser:
        parser = self.group(group).add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler, needs_db=needs_db, create_db=create_db)
        return parser


def build_parser() -> argparse.ArgumentParser:
    translate_argparse()  # "usage:", "error:" and the rest of argparse's words, in the same language
    parser = argparse.ArgumentParser(
        prog="organizer",
        description=_("Plan public comment at city council meetings: speakers, packets and the whip count."),
        epilog=_("With no command, the desktop app opens. {variable} also sets the database.").format(
            variable=config.DB_ENV_VAR),
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help=_(
        "the campaign file or database URL (default: {file} in your data folder)").format(
            file=config.DEFAULT_DB_FILENAME))
    parser.add_argument("--version", action="version", version=f"organizer {__version__}",
                        help=_("show the version number and exit"))
    registry = Registry(top=parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in _command_modules():
        module.register(registry)
    return parser


def _command_modules() -> list:
    import importlib

    modules = []
    for name in ("commands_core", "commands_print", "commands_exchange", "commands_lottery"):
        try:
            modules.append(importlib.import_module(f"organizer.cli.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"organizer.cli.{name}":
                raise
    return modules


def _no_screen() -> bool:
    """On Linux and BSD, Qt aborts the process when it finds no display: say so first."""
    import os

    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _desktop_app_arguments(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, the --db value) when the arguments give no command, only ``--db``.

    Then the desktop app opens without building the full parser, whose command modules
    import the PDF, CSV and calendar libraries: most of a second before the first window.
    Anything else (a command, --help, an abbreviation) goes through the full parser.
    """
    db, rest = None, list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--db" and rest and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif token.startswith("--db="):
            db = token.removeprefix("--db=")
        else:
            return False, None
    return True, db


def _open_desktop_app(db_target: str | None) -> int:
    if _no_screen():
        print(_("organizer: there is no screen to open the desktop app on (DISPLAY is not set); "
                "the commands (organizer --help) still work."), file=sys.stderr)
        return 1
    try:
        from organizer.gui.app import run_app
    except ImportError as exc:
        log.exception("the desktop app could not start")
        print(_("organizer: the desktop app could not start because a library is missing ({exc}); "
                "the commands (organizer --help) still work.").format(exc=exc), file=sys.stderr)
        return 1
    return run_app(db_target=db_target)


def main(argv: Sequence[str] | None = None) -> int:
    log_path = setup_logging()
    argv = list(sys.argv[1:] if argv is None else argv)
    no_command, db_target = _desktop_app_arguments(argv)
    if no_command:
        return _open_desktop_app(db_target)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_desktop_app(args.db)
    handler = getattr(args, "handler", None)
    if handler is None:
        args.group_parser.print_help(sys.stderr)
        return 2
    try:
        if not args.needs_db:
            return handler(args, None)
        import os

        from organizer.services.campaign import open_campaign

        # The default file is created on first run; a file the user named must exist,
        # except for commands that set up a campaign.
        uses_default = not args.db and not os.environ.get(config.DB_ENV_VAR)
        db = open_campaign(args.db, create=args.create_db or uses_default)
        try:
            return handler(args, db)
        finally:
            db.dispose()
    except OrganizerError as exc:
        print(_("organizer: {exc}").format(exc=exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("organizer: stopped; nothing half-done was saved."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(_("organizer: something went wrong that we did not expect; nothing half-done was "
                "saved. Details are in {log_path}.").format(log_path=log_path), file=sys.stderr)
        return 1
