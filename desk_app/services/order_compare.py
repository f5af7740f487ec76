"""What another desk changed on a work order while this one had it open.

When a save is refused as stale, the order window can lay the order as it was loaded beside
the order as it is saved now (both ``order_card.load_order`` results) and list what differs:
the status, the promised time, the discount and the prepayment, works and parts added,
removed or changed (hours, rate, quantity, price, mechanic, done, the client's answer), and
the total that results. Plain values only: the window words and formats them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desk_app.services.order_card import LabourView, OrderCard, PartView


class Aspect(StrEnum):
    """What a change is about; the window has a caption for each."""

    STATUS = "status"
    PROMISED_AT = "promised at"
    BAY = "bay"
    MASTER = "master"
    COMPLAINTS = "complaints"
    DISCOUNT = "discount"
    DISCOUNT_REASON = "discount reason"
    PREPAYMENT = "prepayment"
    WORK_ADDED = "work added"
    WORK_REMOVED = "work removed"
    PART_ADDED = "part added"
    PART_REMOVED = "part removed"
    NAME = "name"
    NORM_HOURS = "norm hours"
    RATE = "rate"
    MECHANIC = "mechanic"
    DONE = "done"
    QUANTITY = "quantity"
    UNIT_PRICE = "unit price"
    SUPPLIED_BY_CLIENT = "supplied by client"
    APPROVAL = "approval"
    TOTAL = "total"


@dataclass(frozen=True)
class Change:
    """One difference: ``before`` as loaded, ``after`` as saved now; ``line`` names the work
    or part it is about ("" for the order itself). An added line has ``before`` None and
    its amount as ``after``; a removed one the other way round."""

    aspect: Aspect
    before: Any
    after: Any
    line: str = ""


_ORDER_FIELDS: tuple[tuple[Aspect, str], ...] = (
    (Aspect.STATUS, "status"),
    (Aspect.PROMISED_AT, "promised_at"),
    (Aspect.BAY, "bay_name"),
    (Aspect.MASTER, "master_name"),
    (Aspect.COMPLAINTS, "complaints"),
    (Aspect.DISCOUNT, "discount_percent"),
    (Aspect.DISCOUNT_REASON, "discount_reason"),
)
_WORK_FIELDS: tuple[tuple[Aspect, str], ...] = (
    (Aspect.NAME, "name"),
    (Aspect.NORM_HOURS, "norm_hours"),
    (Aspect.RATE, "rate"),
    (Aspect.MECHANIC, "mechanic_name"),
    (Aspect.DONE, "done"),
    (Aspect.APPROVAL, "approval"),
)
_PART_FIELDS: tuple[tuple[Aspect, str], ...] = (
    (Aspect.NAME, "name"),
    (Aspect.QUANTITY, "quantity"),
    (Aspect.UNIT_PRICE, "unit_price"),
    (Aspect.SUPPLIED_BY_CLIENT, "supplied_by_client"),
    (Aspect.APPROVAL, "approval"),
)


def compare_orders(before: OrderCard, after: OrderCard) -> list[Change]:
    """Every difference between two loads of one order, the order's own fields first, then
    its works, its parts, and last the total when it moved."""
    if before.id != after.id:
        raise ValueError("compare_orders compares two loads of the same order")
    changes = _fields(before, after, _ORDER_FIELDS)
    if before.money.prepayment != after.money.prepayment:
        changes.append(Change(Aspect.PREPAYMENT, before.money.prepayment, after.money.prepayment))
    changes += _lines(before.labour, after.labour, _WORK_FIELDS, Aspect.WORK_ADDED)
    changes += _lines(before.parts, after.parts, _PART_FIELDS, Aspect.PART_ADDED)
    if before.money.total != after.money.total:
        changes.append(Change(Aspect.TOTAL, before.money.total, after.money.total))
    return changes


def _fields(
    before: object, after: object, fields: Iterable[tuple[Aspect, str]], line: str = ""
) -> list[Change]:
    return [
        Change(aspect, getattr(before, name), getattr(after, name), line)
        for aspect, name in fields
        if getattr(before, name) != getattr(after, name)
    ]


def _lines(
    before: Sequence[LabourView | PartView],
    after: Sequence[LabourView | PartView],
    fields: tuple[tuple[Aspect, str], ...],
    added: Aspect,
) -> list[Change]:
    """Lines matched by id: added, removed, and changed field by field (under the name the
    line has now)."""
    removed = Aspect.WORK_REMOVED if added is Aspect.WORK_ADDED else Aspect.PART_REMOVED
    old = {line.id: line for line in before}
    new = {line.id: line for line in after}
    changes: list[Change] = []
    for line in before:
        if line.id not in new:
            changes.append(Change(removed, line.amount, None, line.name))
    for line in after:
        if line.id not in old:
            changes.append(Change(added, None, line.amount, line.name))
        else:
            changes += _fields(old[line.id], line, fields, line.name)
    return changes
