"""The workstation's settings, declared once with type and default (an INI file underneath).

Only what belongs to this computer lives here (window layout, language, last user, which
database this desk opens); what belongs to the shop lives in the database. The shared
database's password is never kept here: see ``desk_app.store.secrets``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desk_app.store.connection_check import DEFAULT_PORT, SharedServer

T = TypeVar("T")

LOCAL = "local"
"""``Settings.database_mode``: the SQLite file in the data folder."""
SHARED = "shared"
"""``Settings.database_mode``: the PostgreSQL server of ``Settings.shared_server()``."""


class Option(Generic[T]):
    """A typed setting: ``settings.language`` reads it, assignment writes it."""

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key = key
        self.kind = kind
        self.default = default

    def __get__(self, owner: Settings | None, _type: Any = None) -> T:
        if owner is None:
            return self  # type: ignore[return-value]
        value = owner.store.value(self.key, self.default)
        if self.kind is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        if isinstance(value, self.kind):
            return value
        try:
            return self.kind(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def __set__(self, owner: Settings, value: T) -> None:
        owner.store.setValue(self.key, value)


class Settings:
    language = Option("ui/language", str, "")
    last_user = Option("login/last_user", str, "")
    last_area = Option("window/last_area", str, "")
    window_geometry = Option("window/geometry", QByteArray, QByteArray())
    window_state = Option("window/state", QByteArray, QByteArray())
    database_mode = Option("database/mode", str, "")
    """LOCAL, SHARED, or "" before the first choice."""
    database_host = Option("database/host", str, "")
    database_port = Option("database/port", int, DEFAULT_PORT)
    database_name = Option("database/name", str, "")
    database_user = Option("database/user", str, "")

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def shared_server(self) -> SharedServer | None:
        """The saved shared database (kept while "this computer" is chosen, to switch back)."""
        if not self.database_host:
            return None
        return SharedServer(
            self.database_host, self.database_port, self.database_name, self.database_user
        )

    def choose_local(self) -> None:
        self.database_mode = LOCAL

    def choose_shared(self, server: SharedServer) -> None:
        self.database_mode = SHARED
        self.database_host = server.host
        self.database_port = server.port
        self.database_name = server.database
        self.database_user = server.user

    def sync(self) -> None:
        self.store.sync()
