"""Known errors: each carries one sentence a volunteer can understand.

The GUI shows ``str(error)`` in a message box and the command line prints it to stderr
and exits 1. Anything that is *not* an ``OrganizerError`` is a bug: the GUI opens the
crash dialog and the command line prints a short notice with the log file's path.
"""


class OrganizerError(Exception):
    """A known problem, explained in one sentence."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(OrganizerError):
    """The record the user asked for does not exist."""


class ValidationError(OrganizerError):
    """Input that cannot be saved as it is; ``field`` names the offending field if known."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ConflictError(OrganizerError):
    """Someone else changed or deleted the record since it was loaded."""


class DatabaseError(OrganizerError):
    """The database cannot be opened or written: missing, corrupt, too new, locked, disk full."""
