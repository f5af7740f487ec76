"""Changing what a work order holds: its works and parts, their prices, the discount and the
prepayment.

While the car is only accepted, the client is at the desk and a new line is agreed with
him there. Once the car is in the shop a new line is *proposed*: it waits for the client's
answer (``extra_works``) and costs nothing until he agrees. A price, quantity or line that
changes after it was agreed is written to the audit log with who changed it, old and new.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import (
    LabourLine,
    LineApproval,
    PartLine,
    Role,
    Staff,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import audit, loyalty
from desk_app.services.errors import DomainError, NotFound, ValidationError
from desk_app.services.form_fields import (
    Collector,
    amount,
    column_length,
    one_line,
    quantity,
    row_to_edit,
)
from desk_app.services.order_touch import WHAT, touch
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

MAX_HOURS = Decimal("99999.99")
MAX_QUANTITY = Decimal("9999999.999")
MAX_WARRANTY_MONTHS = 120


@dataclass(frozen=True)
class LabourInput:
    name: str
    norm_hours: Decimal | str
    rate: Decimal | str
    operation_code: str = ""
    mechanic_id: int | None = None
    warranty_months: int = 0


@dataclass(frozen=True)
class PartInput:
    name: str
    quantity: Decimal | str
    unit_price: Decimal | str
    part_number: str = ""
    supplied_by_client: bool = False


def _order_to_change(
    session: Session,
    actor: Actor,
    order_id: int,
    expected_version: int,
    action: Action = Action.EDIT_PRICES,
) -> WorkOrder:
    actor.require(action)
    order = row_to_edit(session, WorkOrder, order_id, expected_version, WHAT)
    if not order.status.is_open:
        raise DomainError(
            "Order {number} is closed; its works and prices no longer change.",
            number=order.number,
        )
    return order


def new_line_approval(status: WorkOrderStatus) -> LineApproval:
    """Agreed at the desk while the car is only accepted; proposed once it is in the shop."""
    return LineApproval.AGREED if status is WorkOrderStatus.ACCEPTED else LineApproval.PROPOSED


def _clean_labour(session: Session, data: LabourInput) -> dict[str, object]:
    problems = Collector()
    values: dict[str, object] = {}
    with problems.check():
        values["name"] = one_line(
            "name",
            data.name,
            column_length(LabourLine.name),
            required="Name the work.",
        )
    with problems.check():
        values["operation_code"] = one_line(
            "operation_code", data.operation_code, column_length(LabourLine.operation_code)
        )
    with problems.check():
        values["norm_hours"] = quantity("norm_hours", data.norm_hours, places=2, maximum=MAX_HOURS)
    with problems.check():
        values["rate"] = amount("rate", data.rate)
    if not 0 <= data.warranty_months <= MAX_WARRANTY_MONTHS:
        problems.add(
            "warranty_months",
            "A warranty is from 0 to {limit} months.",
            limit=MAX_WARRANTY_MONTHS,
        )
    values["warranty_months"] = data.warranty_months
    if data.mechanic_id is not None:
        mechanic = session.get(Staff, data.mechanic_id)
        if mechanic is None or not mechanic.active or Role.MECHANIC not in mechanic.roles:
            problems.add("mechanic_id", "Choose a mechanic who works here.")
    values["mechanic_id"] = data.mechanic_id
    problems.raise_if_any()
    return values


def _clean_part(data: PartInput) -> dict[str, object]:
    problems = Collector()
    values: dict[str, object] = {"supplied_by_client": data.supplied_by_client}
    with problems.check():
        values["name"] = one_line(
            "name", data.name, column_length(PartLine.name), required="Name the part."
        )
    with problems.check():
        values["part_number"] = one_line(
            "part_number", data.part_number, column_length(PartLine.part_number)
        )
    with problems.check():
        values["quantity"] = quantity(
            "quantity", data.quantity, places=3, maximum=MAX_QUANTITY, allow_zero=False
        )
    with problems.check():
        values["unit_price"] = amount("unit_price", data.unit_price)
    problems.raise_if_any()
    return values


def add_labour_line(
    db: Database, actor: Actor, order_id: int, data: LabourInput, *, expected_version: int
) -> int:
    """Add a work; agreed while the car is only accepted, proposed afterwards."""
    with db.transaction() as session:
        order = _order_to_change(session, actor, order_id, expected_version)
        values = _clean_labour(session, data)
        if values["mechanic_id"] is not None:
            actor.require(Action.ASSIGN_WORK)
        line = LabourLine(
            position=len(order.labour_lines) + 1,
            approval=new_line_approval(order.status),
            **values,
        )
        order.labour_lines.append(line)
        audit.record(session, actor, "work_order", order.id, "line added", line=line.name)
        touch(session, order)
        return line.id


def add_part_line(
    db: Database, actor: Actor, order_id: int, data: PartInput, *, expected_version: int
) -> int:
    """Add a part; agreed while the car is only accepted, proposed afterwards."""
    with db.transaction() as session:
        order = _order_to_change(session, actor, order_id, expected_version)
        line = PartLine(
            position=len(order.part_lines) + 1,
            approval=new_line_approval(order.status),
            **_clean_part(data),
        )
        order.part_lines.append(line)
        audit.record(session, actor, "work_order", order.id, "line added", line=line.name)
        touch(session, order)
        return line.id


def update_labour_line(
    db: Database,
    actor: Actor,
    order_id: int,
    line_id: int,
    data: LabourInput,
    *,
    expected_version: int,
) -> None:
    with db.transaction() as session:
        order = _order_to_change(session, actor, order_id, expected_version)
        line = _line(order.labour_lines, line_id, "work")
        values = _clean_labour(session, data)
        if values["mechanic_id"] != line.mechanic_id:
            actor.require(Action.ASSIGN_WORK)
        _apply(session, actor, order, line, values, priced=("norm_hours", "rate"))


def update_part_line(
    db: Database,
    actor: Actor,
    order_id: int,
    line_id: int,
    data: PartInput,
    *,
    expected_version: int,
) -> None:
    with db.transaction() as session:
        order = _order_to_change(session, actor, order_id, expected_version)
        line = _line(order.part_lines, line_id, "part")
        _apply(
            session,
            actor,
            order,
            line,
            _clean_part(data),
            priced=("quantity", "unit_price", "supplied_by_client"),
        )


def remove_line(
    db: Database,
    actor: Actor,
    order_id: int,
    *,
    labour_id: int | None = None,
    part_id: int | None = None,
    expected_version: int,
) -> None:
    """Take a line off the order; a work already done stays, as the record of what was done."""
    with db.transaction() as session:
        order = _order_to_change(session, actor, order_id, expected_version)
        line: LabourLine | PartLine
        if labour_id is not None:
            work: LabourLine = _line(order.labour_lines, labour_id, "work")
            if work.done_at is not None:
                raise DomainError("A work already done stays on the order; change its price.")
            order.labour_lines.remove(work)
            line = work
        else:
            part: PartLine = _line(order.part_lines, part_id, "part")
            order.part_lines.remove(part)
            line = part
        # only an agreed line's removal is on the order's history; any removal is a save
        action = "line removed" if line.approval is LineApproval.AGREED else "proposal removed"
        audit.record(session, actor, "work_order", order.id, action, line=line.name)
        touch(session, order)


def _line(lines: list, line_id: int | None, what: str):  # type: ignore[no-untyped-def]
    for line in lines:
        if line.id == line_id:
            return line
    raise NotFound(what=what)


def _apply(
    session: Session,
    actor: Actor,
    order: WorkOrder,
    line: LabourLine | PartLine,
    values: dict[str, object],
    *,
    priced: tuple[str, ...],
) -> None:
    """Write the new values; an agreed line's money change goes to the audit log."""
    changes = {
        field: (str(getattr(line, field)), str(value))
        for field, value in values.items()
        if field in priced and getattr(line, field) != value
    }
    for field, value in values.items():
        setattr(line, field, value)
    if changes and line.approval is LineApproval.AGREED:
        audit.record(
            session,
            actor,
            "work_order",
            order.id,
            "price changed",
            line=line.name,
            changes=changes,
        )
    else:
        audit.record(session, actor, "work_order", order.id, "line changed", line=line.name)
    touch(session, order)


def set_discount(
    db: Database,
    actor: Actor,
    order_id: int,
    percent: Decimal | str,
    reason: str,
    *,
    expected_version: int,
) -> None:
    """The order's discount and why; a discount without a reason is refused.

    Above the regular-client rule only the manager goes (others ask finance to approve)."""
    problems = Collector()
    value = Decimal(0)
    with problems.check():
        value = quantity("discount_percent", percent, places=2, maximum=Decimal(100))
    text = ""
    with problems.check():
        text = one_line("discount_reason", reason, column_length(WorkOrder.discount_reason))
        if value and not text:
            problems.add("discount_reason", "Say why the discount is given.")
    problems.raise_if_any()
    with db.transaction() as session:
        order = _order_to_change(session, actor, order_id, expected_version)
        if value > order.discount_percent and not actor.can(Action.MANAGE_SETTINGS):
            allowed = loyalty.advise_order(session, order).percent
            if value > allowed:
                raise ValidationError(
                    "discount_percent",
                    "The rule gives this client {allowed} %; a larger discount needs the "
                    "finance department's approval.",
                    allowed=allowed,
                )
        if order.discount_percent != value or order.discount_reason != text:
            audit.record(
                session,
                actor,
                "work_order",
                order.id,
                "discount changed",
                old=str(order.discount_percent),
                new=str(value),
                reason=text,
            )
        order.discount_percent = value
        order.discount_reason = text
        touch(session, order)


def record_prepayment(
    db: Database, actor: Actor, order_id: int, paid: Decimal | str, *, expected_version: int
) -> None:
    """The prepayment taken so far (replaces the earlier figure; the audit keeps both)."""
    value = amount("prepayment", paid)
    with db.transaction() as session:
        order = _order_to_change(session, actor, order_id, expected_version, Action.TAKE_PAYMENT)
        audit.record(
            session,
            actor,
            "work_order",
            order.id,
            "prepayment recorded",
            old=str(order.prepayment),
            new=str(value),
            at=clock.now().isoformat(),
        )
        order.prepayment = value
        touch(session, order)
