"""One work order as reception and the master see it: the car, the client, every line with
its money, the sums, and what the person at the desk may do with it next.

The money is summed here in memory by the rule of ``order_money`` (one rule, two forms;
``tests/services/test_order_money.py`` holds them together). The mechanic never gets this
card: his view is ``work_orders.list_my_work``, which has no client and no money.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import selectinload

from desk_app import clock
from desk_app.models import LineApproval, WorkOrder, WorkOrderStatus
from desk_app.services.errors import NotFound
from desk_app.services.order_money import discount_amount, line_amount
from desk_app.services.order_status import moves_now, pending_proposals
from desk_app.services.permissions import Action, Actor
from desk_app.services.work_orders import is_overdue
from desk_app.store.database import Database

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LabourView:
    id: int
    operation_code: str
    name: str
    norm_hours: Decimal
    rate: Decimal
    amount: Decimal
    mechanic_id: int | None
    mechanic_name: str
    done: bool
    approval: LineApproval
    warranty_months: int


@dataclass(frozen=True)
class PartView:
    id: int
    part_number: str
    name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    """What the client pays for the line: zero for parts he brought himself."""
    supplied_by_client: bool
    approval: LineApproval


@dataclass(frozen=True)
class OrderMoney:
    labour: Decimal
    parts: Decimal
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    prepayment: Decimal
    balance_due: Decimal
    """Total minus prepayment; negative when the shop owes the client a refund."""
    proposed: Decimal
    """What the extra works waiting for the client's answer would add (before discount)."""


@dataclass(frozen=True)
class OrderCard:
    id: int
    version: int
    number: str
    status: WorkOrderStatus
    client_id: int
    client_name: str
    client_phone: str
    vehicle_title: str
    plate: str
    vin: str
    odometer_km: int
    accepted_at: datetime
    accepted_by: str
    promised_at: datetime | None
    overdue: bool
    bay_name: str
    master_name: str
    complaints: str
    discount_percent: Decimal
    discount_reason: str
    cancel_reason: str
    labour: tuple[LabourView, ...]
    parts: tuple[PartView, ...]
    money: OrderMoney
    pending_proposals: int
    moves: tuple[WorkOrderStatus, ...]
    """The plain moves this person may make now (moves with a form of their own excluded)."""


def load_order(db: Database, actor: Actor, order_id: int) -> OrderCard:
    actor.require(Action.VIEW_TIMELINE)
    with db.transaction() as session:
        order = session.get(
            WorkOrder,
            order_id,
            options=[
                selectinload(WorkOrder.labour_lines),
                selectinload(WorkOrder.part_lines),
            ],
        )
        if order is None:
            raise NotFound(what="work order")
        labour = tuple(_labour(order))
        parts = tuple(_parts(order))
        phones = order.client.phones
        return OrderCard(
            id=order.id,
            version=order.version,
            number=order.number,
            status=order.status,
            client_id=order.client_id,
            client_name=order.client.display_name,
            client_phone=phones[0].number if phones else "",
            vehicle_title=order.vehicle.title,
            plate=order.vehicle.plate,
            vin=order.vehicle.vin or "",
            odometer_km=order.odometer_km,
            accepted_at=order.accepted_at,
            accepted_by=order.accepted_by.full_name,
            promised_at=order.promised_at,
            overdue=order.status.is_open and is_overdue(order.promised_at, clock.now()),
            bay_name=order.bay.name if order.bay else "",
            master_name=order.master.full_name if order.master else "",
            complaints=order.complaints,
            discount_percent=order.discount_percent,
            discount_reason=order.discount_reason,
            cancel_reason=order.cancel_reason,
            labour=labour,
            parts=parts,
            money=order_money(labour, parts, order.discount_percent, order.prepayment),
            pending_proposals=pending_proposals(order),
            moves=tuple(moves_now(actor, order)),
        )


def _labour(order: WorkOrder) -> list[LabourView]:
    return [
        LabourView(
            id=line.id,
            operation_code=line.operation_code,
            name=line.name,
            norm_hours=line.norm_hours,
            rate=line.rate,
            amount=line_amount(line.norm_hours, line.rate),
            mechanic_id=line.mechanic_id,
            mechanic_name=line.mechanic.full_name if line.mechanic else "",
            done=line.done_at is not None,
            approval=line.approval,
            warranty_months=line.warranty_months,
        )
        for line in order.labour_lines
    ]


def _parts(order: WorkOrder) -> list[PartView]:
    return [
        PartView(
            id=line.id,
            part_number=line.part_number,
            name=line.name,
            quantity=line.quantity,
            unit_price=line.unit_price,
            amount=ZERO if line.supplied_by_client else line_amount(line.quantity, line.unit_price),
            supplied_by_client=line.supplied_by_client,
            approval=line.approval,
        )
        for line in order.part_lines
    ]


def money_of(order: WorkOrder) -> OrderMoney:
    """An order's sums by the money rule (its lines loaded)."""
    labour, parts = tuple(_labour(order)), tuple(_parts(order))
    return order_money(labour, parts, order.discount_percent, order.prepayment)


def order_money(
    labour: tuple[LabourView, ...],
    parts: tuple[PartView, ...],
    discount_percent: Decimal,
    prepayment: Decimal,
) -> OrderMoney:
    """The sums of an order's lines by the money rule; only agreed lines are charged."""
    agreed = LineApproval.AGREED
    labour_sum = sum((line.amount for line in labour if line.approval is agreed), ZERO)
    parts_sum = sum((line.amount for line in parts if line.approval is agreed), ZERO)
    subtotal = labour_sum + parts_sum
    discount = discount_amount(subtotal, discount_percent)
    total = subtotal - discount
    lines: list[LabourView | PartView] = [*labour, *parts]
    proposed = sum((line.amount for line in lines if line.approval is LineApproval.PROPOSED), ZERO)
    return OrderMoney(
        labour=labour_sum,
        parts=parts_sum,
        subtotal=subtotal,
        discount=discount,
        total=total,
        prepayment=prepayment,
        balance_due=total - prepayment,
        proposed=proposed,
    )
