"""The storage errors the window handles, importable without loading SQLAlchemy."""

from desktop_app.problems import ProblemError


class DatabaseDamaged(ProblemError):
    """The file is not a usable SQLite database of ours; the problem says which file and why."""


class UserDataTooNew(ProblemError):
    """user.sqlite was written by a newer Field Reference; we leave it alone."""
