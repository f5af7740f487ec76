"""What every area of the main window shares: who is at the desk and the open database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desk_app.services.permissions import Actor, Area
from desk_app.store.database import Database


@dataclass(frozen=True)
class AreaContext:
    """Passed to each area's constructor: its dependencies, never a global."""

    db: Database
    actor: Actor


class AreaWidget(QWidget):
    """Base of the main window's areas (Intake, Timeline, Clients, Requests, Reports, Admin).

    Subclasses set ``area``, build their widgets in ``__init__`` and load data in
    ``refresh`` (called when the area is shown, and after changes elsewhere).
    """

    area: Area

    sig_status_message = Signal(str)
    """A short message for the main window's status bar (str: the translated text)."""

    sig_attention = Signal(int)
    """How many things wait for this person here (int; 0: none): the navigation shows it."""

    sig_open_record = Signal(str, int)
    """Ask the main window to show a record elsewhere (str: kind, e.g. "client"; int: id)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the area shows from the services."""

    def shop_changed(self) -> None:
        """Another desk (or another window) changed the shop's orders; reload if shown."""

    def search(self, text: str) -> bool:
        """Show what matches the global search box; False if this area does not search."""
        return False

    def show_record(self, kind: str, record_id: int) -> bool:
        """Bring the given record into view; False if this area does not show such records."""
        return False
