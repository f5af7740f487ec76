"""Builders for the requests, reports and admin tests: internal requests and priced orders.

Like ``tests/factories.py`` each builder writes through the ORM in its own unit of work
and returns the new row's id; the defaults read like a real Russian shop.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from desk_app import clock
from desk_app.models import (
    Department,
    DepartmentKind,
    InternalRequest,
    LabourLine,
    PartLine,
    RequestKind,
    RequestStatus,
    Role,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.auth import actor_of
from desk_app.services.permissions import Actor
from desk_app.services.staff import create_staff_row
from desk_app.store.database import Database
from tests.factories import make_client, make_vehicle

_numbers = itertools.count(1)

Labour = tuple[str, str]
"""(norm hours, rate) as decimal text."""
Part = tuple[str, str, bool]
"""(quantity, unit price, supplied by the client)."""


def make_request(
    db: Database,
    requester_id: int,
    *,
    from_department: DepartmentKind = DepartmentKind.RECEPTION,
    to_department: DepartmentKind = DepartmentKind.PARTS,
    kind: RequestKind = RequestKind.PARTS_AVAILABILITY,
    text: str = "Колодки тормозные передние, есть в наличии?",
    work_order_id: int | None = None,
    created_at: datetime | None = None,
    needed_by: datetime | None = None,
    status: RequestStatus = RequestStatus.NEW,
    closed_at: datetime | None = None,
    rating_good: bool | None = None,
    rating_score: int | None = None,
) -> int:
    with db.transaction() as session:

        def department(kind: DepartmentKind) -> int:
            found = session.scalar(select(Department.id).where(Department.kind == kind))
            assert found is not None, f"the migration creates the {kind} department"
            return found

        request = InternalRequest(
            from_department_id=department(from_department),
            to_department_id=department(to_department),
            requester_id=requester_id,
            kind=kind,
            work_order_id=work_order_id,
            text=text,
            created_at=created_at or clock.now() - timedelta(hours=2),
            needed_by=needed_by,
            status=status,
            closed_at=closed_at,
            rating_good=rating_good,
            rating_score=rating_score,
        )
        session.add(request)
        session.flush()
        return request.id


def make_priced_order(
    db: Database,
    accepted_by_id: int,
    *,
    labour: Iterable[Labour] = (),
    parts: Iterable[Part] = (),
    discount_percent: str = "0",
    status: WorkOrderStatus = WorkOrderStatus.HANDED_OVER,
    accepted_at: datetime | None = None,
    closed_at: datetime | None = None,
    client_id: int | None = None,
    vehicle_id: int | None = None,
) -> int:
    """A work order with priced lines; handed over an hour after acceptance by default."""
    if client_id is None:
        client_id = make_client(db)
    if vehicle_id is None:
        vehicle_id = make_vehicle(db, client_id, plate="", vin=None)
    accepted = accepted_at or clock.now() - timedelta(hours=5)
    if closed_at is None and status is WorkOrderStatus.HANDED_OVER:
        closed_at = accepted + timedelta(hours=1)
    with db.transaction() as session:
        order = WorkOrder(
            number=f"Р-{next(_numbers):06d}",
            client_id=client_id,
            vehicle_id=vehicle_id,
            status=status,
            accepted_at=accepted,
            accepted_by_id=accepted_by_id,
            closed_at=closed_at,
            discount_percent=Decimal(discount_percent),
            labour_lines=[
                LabourLine(
                    position=position,
                    name="Работа",
                    norm_hours=Decimal(hours),
                    rate=Decimal(rate),
                )
                for position, (hours, rate) in enumerate(labour, start=1)
            ],
            part_lines=[
                PartLine(
                    position=position,
                    name="Запчасть",
                    quantity=Decimal(quantity),
                    unit_price=Decimal(price),
                    supplied_by_client=supplied,
                )
                for position, (quantity, price, supplied) in enumerate(parts, start=1)
            ],
        )
        session.add(order)
        session.flush()
        return order.id


def make_person(db: Database, *roles: Role, name: str | None = None) -> Actor:
    """A staff member on any database (no manager needed), as the actor he logs in as."""
    with db.transaction() as session:
        staff = create_staff_row(
            session,
            name or "Сотрудник " + "+".join(role.value for role in roles),
            frozenset(roles),
            "secret1",
        )
        return actor_of(staff)
