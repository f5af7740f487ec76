"""The odometer reading: whole kilometres, and never silently lower than the last visit.

A lower reading happens for honest reasons (a replaced instrument cluster, a typo at the
last visit) and dishonest ones (a wound-back odometer), so it is not refused: the person
at the desk must confirm it, and the work order keeps what was confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from desk_app.models import WorkOrder
from desk_app.services.permissions import Action, Actor
from desk_app.services.validation.problems import CheckResult, Problem, error, warning
from desk_app.services.validation.text import shown, without_spaces
from desk_app.store.database import Database

MAX_ODOMETER_KM = 2_000_000
"""Beyond any car's life (lorries reach about 1.5 million): more is a typo."""

_ROLLBACK = (
    "The odometer shows {value} km, less than the {last} km recorded at the last visit. "
    "Check the reading and confirm it if it is right."
)


@dataclass(frozen=True, kw_only=True)
class OdometerCheck(CheckResult):
    value: int | None
    """The reading in km; None when the text was not a number."""
    last_km: int | None = None
    """The last recorded reading it was compared with."""
    needs_confirmation: bool = False
    """The reading is lower than the last one: the form asks for a confirmation."""


def check_odometer(
    value: int | str,
    last_km: int | None = None,
    *,
    confirmed: bool = False,
    field: str = "odometer_km",
) -> OdometerCheck:
    """Check a reading against ``last_km`` (see ``last_odometer``).

    A rollback is a warning that blocks saving until the check is repeated with
    ``confirmed=True``; equal readings are fine (the car may not have moved).
    """
    km, problem = _parse(value, field)
    if problem is not None:
        return OdometerCheck(value=km, last_km=last_km, problems=(problem,))
    assert km is not None
    if last_km is None or km >= last_km:
        return OdometerCheck(value=km, last_km=last_km)
    rollback = replace(
        warning(field, _ROLLBACK, value=km, last=last_km), needs_confirmation=not confirmed
    )
    return OdometerCheck(value=km, last_km=last_km, needs_confirmation=True, problems=(rollback,))


def last_odometer(db: Database, actor: Actor, vehicle_id: int) -> int | None:
    """The reading on the vehicle's latest work order, None before its first visit."""
    actor.require(Action.ACCEPT_VEHICLE)
    with db.transaction() as session:
        return session.scalar(
            select(WorkOrder.odometer_km)
            .where(WorkOrder.vehicle_id == vehicle_id)
            .order_by(WorkOrder.accepted_at.desc(), WorkOrder.id.desc())
            .limit(1)
        )


def _parse(value: int | str, field: str) -> tuple[int | None, Problem | None]:
    if isinstance(value, str):
        return _parse_text(value, field)
    if value < 0:
        return None, error(field, "The odometer reading cannot be negative.")
    if value > MAX_ODOMETER_KM:
        return None, _too_high(field, value)
    return value, None


def _parse_text(value: str, field: str) -> tuple[int | None, Problem | None]:
    text = without_spaces(value)  # "123 456", as people group the thousands
    if not text:
        return None, error(field, "Enter the odometer reading in kilometres.")
    digits = text.removeprefix("-")
    if not (digits.isascii() and digits.isdecimal()):
        return None, error(
            field,
            "Enter the odometer reading as a whole number of kilometres, not “{text}”.",
            text=shown(value),
        )
    if digits != text:
        return None, error(field, "The odometer reading cannot be negative.")
    if len(digits.lstrip("0")) > len(str(MAX_ODOMETER_KM)):
        return None, _too_high(field, shown(digits))  # int() of a pasted page is slow
    return _parse(int(digits), field)


def _too_high(field: str, value: int | str) -> Problem:
    return error(
        field,
        "{value} km is more than any car drives ({limit} km at most): check the reading.",
        value=value,
        limit=MAX_ODOMETER_KM,
    )
