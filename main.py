"""Start organizer: `python main.py` does the same as the `organizer` command."""

from organizer.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
