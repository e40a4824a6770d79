"""The storage errors the window handles, importable without loading SQLAlchemy."""

from desktop_app.problems import ProblemError


class DatabaseDamaged(ProblemError):
    """The file is not a usable SQLite database of ours; the problem says which file and why."""


class UserDataUnavailable(DatabaseDamaged):
    """user.sqlite could not be created or opened for writing (a full disk, a stick taken
    out): not damaged, and nothing of it changed; handled where damage is."""


class UserDataTooNew(ProblemError):
    """user.sqlite was written by a newer Field Reference; we leave it alone."""
