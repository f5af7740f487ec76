"""The money rule of a work order, decided once for every screen, sheet and report.

- a line's amount is quantity × price (norm hours × rate for labour), rounded to the cent,
  halves away from zero, as it is printed on the handover sheet;
- parts the client brought himself are not charged, nor are lines the client has not
  agreed to (proposed extra works still waiting for his answer, or declined);
- the subtotal is the sum of the line amounts; the discount is subtotal × discount % / 100,
  rounded the same way; the total is the subtotal minus the discount.

In SQL the rule is worked in whole cents with integer arithmetic: SQLite keeps NUMERIC
values as binary floats, and integers are the one arithmetic both engines do exactly
alike. The Python functions below are the same rule for amounts already in memory (a form
being filled in); a test holds the two to the same results.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Subquery, case, cast, func, select
from sqlalchemy.orm import Session

from desk_app.models import LabourLine, LineApproval, PartLine, WorkOrder, to_money

MONEY_DECIMALS = 2
HOURS_DECIMALS = 2  # LabourLine.norm_hours is NUMERIC(7, 2)
QUANTITY_DECIMALS = 3  # PartLine.quantity is NUMERIC(10, 3)
PERCENT_DECIMALS = 2  # WorkOrder.discount_percent is NUMERIC(5, 2)


# -- in memory ---------------------------------------------------------------------------


def line_amount(quantity: Decimal, price: Decimal) -> Decimal:
    """What one line costs: quantity × price, rounded to the cent."""
    return to_money(quantity * price)


def discount_amount(subtotal: Decimal, discount_percent: Decimal) -> Decimal:
    return to_money(subtotal * discount_percent / 100)


def order_total(line_amounts: Iterable[Decimal], discount_percent: Decimal) -> Decimal:
    """The total of chargeable line amounts (client-supplied parts already left out)."""
    subtotal = sum(line_amounts, Decimal("0.00"))
    return to_money(subtotal - discount_amount(subtotal, discount_percent))


# -- in SQL ------------------------------------------------------------------------------


def _scaled(value: Any, decimals: int) -> ColumnElement[int]:
    """A decimal column as an exact integer count of its smallest unit (e.g. cents)."""
    return cast(func.round(value * 10**decimals), BigInteger)


def _round_div(numerator: ColumnElement[int], divisor: int) -> ColumnElement[int]:
    """numerator / divisor rounded to an integer, halves away from zero, in integers."""
    half = divisor // 2
    return case(
        (numerator >= 0, (numerator + half) // divisor),
        else_=-((-numerator + half) // divisor),
    )


def line_cents(quantity: Any, quantity_decimals: int, price: Any) -> ColumnElement[int]:
    """One line's amount in cents: the product is exact, then rounded once."""
    product = _scaled(quantity, quantity_decimals) * _scaled(price, MONEY_DECIMALS)
    return _round_div(product, 10**quantity_decimals)


def _sum_cents(amount: ColumnElement[int]) -> ColumnElement[int]:
    """SUM of cents kept an integer (PostgreSQL widens a bigint SUM to NUMERIC)."""
    return cast(func.coalesce(func.sum(amount), 0), BigInteger)


def labour_cents() -> ColumnElement[int]:
    """The labour of the enclosing query's ``WorkOrder``, in cents."""
    amount = line_cents(LabourLine.norm_hours, HOURS_DECIMALS, LabourLine.rate)
    return (
        select(_sum_cents(amount))
        .where(
            LabourLine.work_order_id == WorkOrder.id,
            LabourLine.approval == LineApproval.AGREED,
        )
        .correlate(WorkOrder)
        .scalar_subquery()
    )


def parts_cents() -> ColumnElement[int]:
    """The charged parts of the enclosing query's ``WorkOrder``, in cents."""
    amount = line_cents(PartLine.quantity, QUANTITY_DECIMALS, PartLine.unit_price)
    return (
        select(_sum_cents(amount))
        .where(
            PartLine.work_order_id == WorkOrder.id,
            PartLine.supplied_by_client.is_(False),
            PartLine.approval == LineApproval.AGREED,
        )
        .correlate(WorkOrder)
        .scalar_subquery()
    )


def order_amounts(*where: ColumnElement[bool]) -> Subquery:
    """Per work order matching ``where``: ``work_order_id``, ``subtotal_cents``,
    ``discount_cents`` and ``total_cents``; join it to what needs the money."""
    inner = (
        select(
            WorkOrder.id.label("work_order_id"),
            (labour_cents() + parts_cents()).label("subtotal_cents"),
            _scaled(WorkOrder.discount_percent, PERCENT_DECIMALS).label("discount_units"),
        )
        .where(*where)
        .subquery("order_subtotals")
    )
    discount = _round_div(
        inner.c.subtotal_cents * inner.c.discount_units, 100 * 10**PERCENT_DECIMALS
    )
    return select(
        inner.c.work_order_id,
        inner.c.subtotal_cents,
        discount.label("discount_cents"),
        (inner.c.subtotal_cents - discount).label("total_cents"),
    ).subquery("order_amounts")


def cents_to_money(cents: int | Decimal | None) -> Decimal:
    """An integer count of cents (as SUM returns it on either engine) as money."""
    return to_money(Decimal(int(cents or 0)) / 100)


def order_totals(session: Session, work_order_ids: Iterable[int]) -> dict[int, Decimal]:
    """The totals of the given work orders, read from their lines by the rule above."""
    ids = list(work_order_ids)
    if not ids:
        return {}
    amounts = order_amounts(WorkOrder.id.in_(ids))
    rows = session.execute(select(amounts.c.work_order_id, amounts.c.total_cents))
    return {order_id: cents_to_money(cents) for order_id, cents in rows}
