"""Reading a refused save: which field to focus, and whether a card on file is offered.

The service refuses a new client whose phone, or a new car whose VIN, is already on file,
and its error carries the ids of that card (``client_id``, ``vehicle_id``); the form offers
to use it instead of typing the client again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desk_app.services.errors import ValidationError
from desk_app.ui.intake.fields import FieldMessages


@dataclass(frozen=True)
class ExistingCard:
    error: ValidationError
    client_id: int
    vehicle_id: int | None
    hints: tuple[str, ...]
    """Texts that find the card in the intake search (the VIN, the phone, the name)."""


def existing_card(errors: Sequence[ValidationError]) -> ExistingCard | None:
    """The first card on file that an error names, if any."""
    for error in errors:
        client_id = error.params.get("client_id")
        if not isinstance(client_id, int):
            continue
        vehicle_id = error.params.get("vehicle_id")
        hints = tuple(str(error.params.get(key) or "") for key in ("vin", "phone", "name"))
        return ExistingCard(
            error, client_id, vehicle_id if isinstance(vehicle_id, int) else None, hints
        )
    return None


def first_field(
    messages: FieldMessages,
    errors: Sequence[ValidationError],
    chain: Sequence[QWidget],
    within: QWidget,
) -> QWidget | None:
    """The widget of the erroneous field that comes first in the Tab ``chain``."""
    widgets = [messages.widget(error.field) for error in errors]
    placed = [w for w in widgets if w is not None and w.isVisibleTo(within) and w.isEnabled()]
    if not placed:
        return None
    return min(placed, key=lambda w: chain.index(w) if w in chain else len(chain))
