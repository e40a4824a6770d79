"""The storage errors the window handles, importable without loading SQLAlchemy."""


class DatabaseDamaged(Exception):
    """The file is not a usable SQLite database of ours; the message says which file and why."""


class UserDataTooNew(Exception):
    """user.sqlite was written by a newer Field Reference; we leave it alone."""
