"""The price list: labour operations with their norm-hours, and the shop's labour rate.

The desk picks operations while filling the intake form (``search_operations`` feeds its
completer); the manager keeps the list. Operations are retired rather than deleted, so the
orders that used them keep making sense. A work order copies the code, name, hours and rate
onto its lines, so later price changes never rewrite an accepted order.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import LabourOperation, ShopSettings
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services import audit
from desk_app.services.errors import PermissionDenied, StaleEdit, ValidationError
from desk_app.services.form_fields import (
    Collector,
    amount,
    column_length,
    flush_versioned,
    fold,
    one_line,
    quantity,
    row_to_edit,
)
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

MAX_NORM_HOURS = Decimal("999.99")
HOURS_PLACES = 2
"""``norm_hours`` columns are NUMERIC(7, 2)."""
MAX_WARRANTY_MONTHS = 120
MAX_PROMISE_HOURS = 24 * 30
SEARCH_LIMIT = 20
_READERS = (
    Action.ACCEPT_VEHICLE,
    Action.BOOK_APPOINTMENT,
    Action.EDIT_PRICES,
    Action.MANAGE_SETTINGS,
)


@dataclass(frozen=True)
class OperationRow:
    id: int
    code: str
    name: str
    group_name: str
    norm_hours: Decimal
    warranty_months: int
    active: bool
    version: int


@dataclass(frozen=True)
class OperationInput:
    """What the manager types for an operation, checked before it is saved."""

    code: str
    name: str
    norm_hours: Decimal | int | str
    group_name: str = ""
    warranty_months: int = 0


@dataclass(frozen=True)
class ShopRates:
    labour_rate: Decimal
    """The price of one norm-hour."""
    promise_hours: int
    """The default time from intake to the promised completion."""
    version: int


def _require_reader(actor: Actor) -> None:
    if not any(actor.can(action) for action in _READERS):
        raise PermissionDenied(action=Action.ACCEPT_VEHICLE.value)


def _row(operation: LabourOperation) -> OperationRow:
    return OperationRow(
        id=operation.id,
        code=operation.code,
        name=operation.name,
        group_name=operation.group_name,
        norm_hours=Decimal(operation.norm_hours),
        warranty_months=operation.warranty_months,
        active=operation.active,
        version=operation.version,
    )


def list_operations(
    db: Database, actor: Actor, *, include_retired: bool = False
) -> list[OperationRow]:
    """The price list by group and code; retired operations only when asked for."""
    _require_reader(actor)
    with db.transaction() as session:
        query = select(LabourOperation)
        if not include_retired:
            query = query.where(LabourOperation.active.is_(True))
        rows = [_row(operation) for operation in session.scalars(query)]
    # Sorted here: the engines' collations order Cyrillic differently.
    return sorted(rows, key=lambda row: (fold(row.group_name), fold(row.code)))


def search_operations(
    db: Database, actor: Actor, text: str, limit: int = SEARCH_LIMIT
) -> list[OperationRow]:
    """Active operations whose code, name or group contain every word typed.

    Codes that start with the text come first, then names that start with it. The list is
    a few hundred rows, so it is matched in Python: the same folding (case, ё/е) on both
    engines, with no SQL of its own to keep fast.
    """
    words = fold(text).split()
    rows = list_operations(db, actor)
    if not words:
        return rows[: max(limit, 0)]
    query = " ".join(words)

    def rank(row: OperationRow) -> tuple[int, str]:
        code, name = fold(row.code), fold(row.name)
        if code.startswith(query):
            return (0, row.code)
        return (1 if name.startswith(query) else 2, row.code)

    found = [
        row
        for row in rows
        if all(word in fold(f"{row.code} {row.name} {row.group_name}") for word in words)
    ]
    return sorted(found, key=rank)[: max(limit, 0)]


def _checked(session: Session, data: OperationInput, operation_id: int | None) -> dict[str, object]:
    errors = Collector()
    values: dict[str, object] = {}
    with errors.check():
        code = one_line(
            "code",
            data.code,
            column_length(LabourOperation.code),
            required="Enter the operation's code.",
        )
        # Compared in Python: SQLite's upper() leaves Cyrillic codes (ТО-01) as they are.
        others = session.execute(
            select(LabourOperation.code, LabourOperation.name).where(
                LabourOperation.id != (operation_id or 0)
            )
        )
        taken = next((name for other, name in others if fold(other) == fold(code)), None)
        if taken is not None:
            raise ValidationError(
                "code", "The code {code} is already used by “{name}”.", code=code, name=taken
            )
        values["code"] = code
    with errors.check():
        values["name"] = one_line(
            "name",
            data.name,
            column_length(LabourOperation.name),
            required="Enter the operation's name.",
        )
    with errors.check():
        values["group_name"] = one_line(
            "group_name", data.group_name, column_length(LabourOperation.group_name)
        )
    with errors.check():
        values["norm_hours"] = quantity(
            "norm_hours", data.norm_hours, places=HOURS_PLACES, maximum=MAX_NORM_HOURS
        )
    with errors.check():
        if not 0 <= data.warranty_months <= MAX_WARRANTY_MONTHS:
            raise ValidationError(
                "warranty_months",
                "The warranty is from 0 to {limit} months.",
                limit=MAX_WARRANTY_MONTHS,
            )
        values["warranty_months"] = data.warranty_months
    errors.raise_if_any()
    return values


def add_operation(db: Database, actor: Actor, data: OperationInput) -> OperationRow:
    actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        operation = LabourOperation(active=True, **_checked(session, data, None))
        session.add(operation)
        session.flush()
        audit.record(
            session, actor, "labour_operation", operation.id, "create", code=operation.code
        )
        return _row(operation)


def _get(session: Session, operation_id: int, expected_version: int) -> LabourOperation:
    return row_to_edit(session, LabourOperation, operation_id, expected_version, "labour operation")


def update_operation(
    db: Database, actor: Actor, operation_id: int, expected_version: int, data: OperationInput
) -> OperationRow:
    """Change an operation; orders already accepted keep the values they were given."""
    actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        operation = _get(session, operation_id, expected_version)
        before = _row(operation)
        for name, value in _checked(session, data, operation_id).items():
            setattr(operation, name, value)
        flush_versioned(session, "labour operation")
        after = _row(operation)
        audit.record(
            session,
            actor,
            "labour_operation",
            operation.id,
            "update",
            code=after.code,
            norm_hours_before=str(before.norm_hours),
            norm_hours=str(after.norm_hours),
        )
        return after


def set_operation_active(
    db: Database, actor: Actor, operation_id: int, active: bool, expected_version: int
) -> OperationRow:
    """Retire an operation (no longer offered at intake), or bring it back."""
    actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        operation = _get(session, operation_id, expected_version)
        operation.active = active
        flush_versioned(session, "labour operation")
        audit.record(
            session, actor, "labour_operation", operation.id, "restore" if active else "retire"
        )
        return _row(operation)


def rates_in(session: Session) -> ShopRates:
    """The shop's rates inside the caller's unit of work."""
    settings = session.get(ShopSettings, SHOP_SETTINGS_ID)
    if settings is None:  # the migration seeds the row; a database edited by hand may lack it
        settings = ShopSettings(id=SHOP_SETTINGS_ID, labour_rate=Decimal("0.00"), promise_hours=24)
        session.add(settings)
        session.flush()
    return ShopRates(settings.labour_rate, settings.promise_hours, settings.version)


def shop_rates(db: Database, actor: Actor) -> ShopRates:
    _require_reader(actor)
    with db.transaction() as session:
        return rates_in(session)


def update_shop_rates(
    db: Database,
    actor: Actor,
    expected_version: int,
    *,
    labour_rate: Decimal | int | str,
    promise_hours: int,
) -> ShopRates:
    actor.require(Action.MANAGE_SETTINGS)
    errors = Collector()
    with errors.check():
        rate = amount("labour_rate", labour_rate)
    with errors.check():
        if not 1 <= promise_hours <= MAX_PROMISE_HOURS:
            raise ValidationError(
                "promise_hours",
                "The promised time is from 1 to {limit} hours after intake.",
                limit=MAX_PROMISE_HOURS,
            )
    errors.raise_if_any()
    with db.transaction() as session:
        current = rates_in(session)
        if current.version != expected_version:
            raise StaleEdit(what="labour rate")
        settings = session.get(ShopSettings, SHOP_SETTINGS_ID)
        assert settings is not None
        settings.labour_rate = rate
        settings.promise_hours = promise_hours
        flush_versioned(session, "labour rate")
        audit.record(
            session,
            actor,
            "shop_settings",
            settings.id,
            "update",
            labour_rate_before=str(current.labour_rate),
            labour_rate=str(rate),
            promise_hours=promise_hours,
        )
        return ShopRates(settings.labour_rate, settings.promise_hours, settings.version)
