"""Environment errors of the store: shown to the user as messages, never as tracebacks."""

from __future__ import annotations

from desk_app.errors import DeskError


class StoreError(DeskError):
    """The database cannot be used as it is; nothing was written."""


class DatabaseUnavailable(StoreError):
    """The database cannot be reached or opened (path, server, password, lock)."""


class SchemaTooNew(StoreError):
    template = (
        "This database was last used by a newer version of the application "
        "(schema {found}). Update the application before opening it."
    )


class NotADeskDatabase(StoreError):
    template = (
        "{where} already holds tables of another program. "
        "Choose an empty database or one made by this application."
    )


class DatabaseBusy(StoreError):
    """Another connection holds the database's write lock past the busy timeout (SQLite):
    nothing was saved, and the same call may work in a moment."""


RETRYABLE_ERRORS: tuple[type[StoreError], ...] = (DatabaseUnavailable, DatabaseBusy)
"""What a form may retry on its own: the database is gone or busy for now, the input stays."""
