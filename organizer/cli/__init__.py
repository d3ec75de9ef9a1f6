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
    parser = argparse.ArgumentParser(
        prog="organizer",
        description="Plan public comment at city council meetings: speakers, packets and the whip count.",
        epilog=f"With no command, the desktop app opens. {config.DB_ENV_VAR} also sets the database.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="the campaign file or database URL "
                        f"(default: {config.DEFAULT_DB_FILENAME} in your data folder)")
    parser.add_argument("--version", action="version", version=f"organizer {__version__}")
    registry = Registry(top=parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in _command_modules():
        module.register(registry)
    return parser


def _command_modules() -> list:
    import importlib

    modules = []
    for name in ("commands_core", "commands_print", "commands_exchange"):
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


def main(argv: Sequence[str] | None = None) -> int:
    log_path = setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if _no_screen():
            print("organizer: there is no screen to open the desktop app on (DISPLAY is not set); "
                  "the commands (organizer --help) still work.", file=sys.stderr)
            return 1
        try:
            from organizer.gui.app import run_app
        except ImportError as exc:
            log.exception("the desktop app could not start")
            print(f"organizer: the desktop app could not start because a library is missing ({exc}); "
                  "the commands (organizer --help) still work.", file=sys.stderr)
            return 1
        return run_app(db_target=args.db)
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
        print(f"organizer: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("organizer: stopped; nothing half-done was saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(f"organizer: something went wrong that we did not expect; nothing half-done was saved. "
              f"Details are in {log_path}.", file=sys.stderr)
        return 1
