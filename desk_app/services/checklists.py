"""The two editable lists of the intake form: completeness and inspection.

The migration seeds them with ``DEFAULT_NAMES`` in English; the UI translates those names
it knows and shows the ones the manager added as typed. An item is retired, not deleted,
and a retired name added again comes back at the end of the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import ChecklistItem, ChecklistKind
from desk_app.services import audit
from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.services.form_fields import (
    column_length,
    flush_versioned,
    fold,
    one_line,
    row_to_edit,
)
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

DEFAULT_NAMES: dict[ChecklistKind, tuple[str, ...]] = {
    ChecklistKind.COMPLETENESS: (
        "Spare wheel",
        "Jack",
        "Tools",
        "First-aid kit",
        "Warning triangle",
        "Fire extinguisher",
        "Documents",
        "Valuables",
    ),
    ChecklistKind.INSPECTION: (
        "Lights",
        "Tyres",
        "Brakes",
        "Fluids",
        "Battery",
        "Wipers",
        "Windscreen",
        "Dashboard warning lights",
    ),
}
"""The names the shop starts with (the same as migration 0002 writes)."""


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    kind: ChecklistKind
    name: str
    position: int
    active: bool
    version: int


def _row(item: ChecklistItem) -> ChecklistRow:
    return ChecklistRow(item.id, item.kind, item.name, item.position, item.active, item.version)


def _items(session: Session, kind: ChecklistKind, *, retired: bool) -> list[ChecklistItem]:
    """The items of one list in the manager's order; retired ones too if ``retired``."""
    query = select(ChecklistItem).where(ChecklistItem.kind == kind)
    if not retired:
        query = query.where(ChecklistItem.active.is_(True))
    return list(session.scalars(query.order_by(ChecklistItem.position, ChecklistItem.id)))


def active_names(session: Session, kind: ChecklistKind) -> list[str]:
    """The names the intake form offers, in the manager's order."""
    return [item.name for item in _items(session, kind, retired=False)]


def list_items(
    db: Database, actor: Actor, kind: ChecklistKind, *, include_retired: bool = False
) -> list[ChecklistRow]:
    if not (actor.can(Action.ACCEPT_VEHICLE) or actor.can(Action.MANAGE_SETTINGS)):
        raise PermissionDenied(action=Action.ACCEPT_VEHICLE.value)
    with db.transaction() as session:
        return [_row(item) for item in _items(session, kind, retired=include_retired)]


def _clean_name(name: str) -> str:
    return one_line(
        "name", name, column_length(ChecklistItem.name), required="Enter the item's name."
    )


def _same_name(session: Session, kind: ChecklistKind, name: str) -> ChecklistItem | None:
    """An item of ``kind`` with this name, ignoring case (in Python: SQLite folds ASCII only)."""
    wanted = fold(name)
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.kind == kind))
    return next((item for item in items if fold(item.name) == wanted), None)


def _next_position(session: Session, kind: ChecklistKind) -> int:
    last = session.scalar(
        select(func.max(ChecklistItem.position)).where(ChecklistItem.kind == kind)
    )
    return (last or 0) + 1


def add_item(db: Database, actor: Actor, kind: ChecklistKind, name: str) -> ChecklistRow:
    """Add a name at the end of the list; a retired item of that name comes back instead."""
    actor.require(Action.MANAGE_SETTINGS)
    cleaned = _clean_name(name)
    with db.transaction() as session:
        item = _same_name(session, kind, cleaned)
        if item is not None and item.active:
            raise ValidationError("name", "“{name}” is already on the list.", name=item.name)
        if item is None:
            item = ChecklistItem(kind=kind, name=cleaned, active=True)
            session.add(item)
        item.active = True
        item.position = _next_position(session, kind)
        session.flush()
        audit.record(
            session, actor, "checklist_item", item.id, "add", kind=kind.value, name=item.name
        )
        return _row(item)


def _get(session: Session, item_id: int, expected_version: int) -> ChecklistItem:
    return row_to_edit(session, ChecklistItem, item_id, expected_version, "checklist item")


def rename_item(
    db: Database, actor: Actor, item_id: int, expected_version: int, name: str
) -> ChecklistRow:
    actor.require(Action.MANAGE_SETTINGS)
    cleaned = _clean_name(name)
    with db.transaction() as session:
        item = _get(session, item_id, expected_version)
        other = _same_name(session, item.kind, cleaned)
        if other is not None and other.id != item.id:
            raise ValidationError("name", "“{name}” is already on the list.", name=other.name)
        before, item.name = item.name, cleaned
        flush_versioned(session, "checklist item")
        audit.record(
            session, actor, "checklist_item", item.id, "rename", before=before, name=cleaned
        )
        return _row(item)


def set_item_active(
    db: Database, actor: Actor, item_id: int, active: bool, expected_version: int
) -> ChecklistRow:
    """Retire an item (no longer on the form) or bring it back; orders keep their records."""
    actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        item = _get(session, item_id, expected_version)
        item.active = active
        flush_versioned(session, "checklist item")
        audit.record(session, actor, "checklist_item", item.id, "restore" if active else "retire")
        return _row(item)


def move_item(
    db: Database, actor: Actor, item_id: int, expected_version: int, step: int
) -> list[ChecklistRow]:
    """Move an item ``step`` places up (negative) or down among the active ones.

    Returns the active list in its new order. Moving past either end stops at the end.
    """
    actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        item = _get(session, item_id, expected_version)
        if not item.active:
            raise ValidationError("name", "Bring the item back before moving it.")
        items = _items(session, item.kind, retired=False)
        index = items.index(item)
        items.insert(min(max(0, index + step), len(items) - 1), items.pop(index))
        for position, each in enumerate(items, start=1):
            if each.position != position:
                each.position = position
        flush_versioned(session, "checklist item")
        return [_row(each) for each in items]
