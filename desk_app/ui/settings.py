"""The workstation's settings, declared once with type and default (an INI file underneath).

Only what belongs to this computer lives here (window layout, language, last user);
what belongs to the shop lives in the database.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


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

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def sync(self) -> None:
        self.store.sync()
