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
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
    Role,
    ServiceStandard,
    ServiceWindow,
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


def make_timed_request(
    db: Database,
    requester_id: int,
    *,
    window_opens_at: datetime | None = None,
    due_at: datetime | None = None,
    responded_at: datetime | None = None,
    taken_by_id: int | None = None,
    reject_reason: str = "",
    **request: object,
) -> int:
    """``make_request`` with the standard's promise and the first response's moment."""
    request_id = make_request(db, requester_id, **request)  # type: ignore[arg-type]
    with db.transaction() as session:
        row = session.get(InternalRequest, request_id)
        assert row is not None
        row.window_opens_at = window_opens_at or row.created_at
        row.due_at = due_at
        row.responded_at = responded_at
        row.taken_by_id = taken_by_id
        row.reject_reason = reject_reason
    return request_id


def add_request_item(
    db: Database,
    request_id: int,
    name: str = "Колодки тормозные передние",
    *,
    part_number: str = "",
    quantity: str = "1",
    in_stock: bool | None = None,
    available: str | None = None,
    unit_price: str | None = None,
    bin: str = "",
    eta: datetime | None = None,
    reserved_at: datetime | None = None,
    issued_at: datetime | None = None,
    part_line_id: int | None = None,
) -> int:
    """A line of a request, with the parts clerk's answer on it when given."""
    with db.transaction() as session:
        item = RequestItem(
            request_id=request_id,
            part_number=part_number,
            name=name,
            quantity=Decimal(quantity),
            in_stock=in_stock,
            available=None if available is None else Decimal(available),
            unit_price=None if unit_price is None else Decimal(unit_price),
            bin=bin,
            eta=eta,
            reserved_at=reserved_at,
            issued_at=issued_at,
            part_line_id=part_line_id,
        )
        session.add(item)
        session.flush()
        return item.id


def add_request_answer(
    db: Database,
    request_id: int,
    answered_by_id: int,
    *,
    text: str = "Есть в наличии",
    answered_at: datetime | None = None,
    price: str | None = None,
) -> int:
    """An answer on record (the request's status and responded_at are the caller's)."""
    with db.transaction() as session:
        answer = RequestAnswer(
            request_id=request_id,
            answered_by_id=answered_by_id,
            answered_at=answered_at or clock.now(),
            text=text,
            price=None if price is None else Decimal(price),
        )
        session.add(answer)
        session.flush()
        return answer.id


def make_judged_request(
    db: Database,
    requester_id: int,
    *,
    to_department: DepartmentKind = DepartmentKind.PARTS,
    from_department: DepartmentKind = DepartmentKind.RECEPTION,
    kind: RequestKind | None = None,
    created_at: datetime | None = None,
    window_opens_at: datetime | None = None,
    due_in: timedelta | None = timedelta(minutes=30),
    answered_in: timedelta | None = timedelta(minutes=20),
    status: RequestStatus | None = None,
    rating_good: bool | None = None,
    rating_score: int | None = None,
    rating_comment: str = "",
    work_order_id: int | None = None,
) -> int:
    """A request with its standard's deadline and its first answer, for the scorecards.

    ``due_in`` and ``answered_in`` count from the window's opening (the filing moment when
    no window is given); None leaves ``due_at`` or ``responded_at`` empty. A rated request
    is closed an hour after its answer; the status follows from the answer unless given.
    """
    filed = created_at or clock.now() - timedelta(hours=2)
    opens = window_opens_at or filed
    responded = opens + answered_in if answered_in is not None else None
    rated = rating_good is not None or rating_score is not None
    closed = responded + timedelta(hours=1) if rated and responded is not None else None
    if status is None:
        status = (
            RequestStatus.CLOSED
            if closed
            else RequestStatus.ANSWERED
            if responded
            else RequestStatus.NEW
        )
    request_id = make_request(
        db,
        requester_id,
        from_department=from_department,
        to_department=to_department,
        kind=kind or _KIND_OF[to_department],
        work_order_id=work_order_id,
        created_at=filed,
        status=status,
        closed_at=closed,
        rating_good=rating_good,
        rating_score=rating_score,
    )
    with db.transaction() as session:
        request = session.get_one(InternalRequest, request_id)
        request.window_opens_at = window_opens_at
        request.due_at = opens + due_in if due_in is not None else None
        request.responded_at = responded
        request.rating_comment = rating_comment
    return request_id


_KIND_OF = {
    DepartmentKind.PARTS: RequestKind.PARTS_AVAILABILITY,
    DepartmentKind.FINANCE: RequestKind.FINANCE_PREPAYMENT,
    DepartmentKind.WORKSHOP: RequestKind.INFO_FIGURES,
    DepartmentKind.RECEPTION: RequestKind.INFO_FIGURES,
    DepartmentKind.MANAGEMENT: RequestKind.INFO_FIGURES,
}


def make_promised_order(
    db: Database,
    accepted_by_id: int,
    *,
    promised_at: datetime,
    ready_at: datetime | None = None,
    status: WorkOrderStatus | None = None,
    accepted_at: datetime | None = None,
) -> int:
    """A work order promised for ``promised_at``; with ``ready_at`` it moved to "ready" then
    (a status change is recorded), without it the car is still in work."""
    from desk_app.models import StatusChange  # here, so that this file only grows at its end

    accepted = accepted_at or promised_at - timedelta(hours=6)
    if status is None:
        status = WorkOrderStatus.READY if ready_at else WorkOrderStatus.IN_PROGRESS
    order_id = make_priced_order(
        db,
        accepted_by_id,
        labour=[("1.5", "2400")],
        status=status,
        accepted_at=accepted,
        closed_at=ready_at + timedelta(hours=2)
        if ready_at and status is WorkOrderStatus.HANDED_OVER
        else None,
    )
    with db.transaction() as session:
        order = session.get_one(WorkOrder, order_id)
        order.promised_at = promised_at
        if ready_at is not None:
            session.add(
                StatusChange(
                    work_order_id=order_id,
                    from_status=WorkOrderStatus.QUALITY_CHECK,
                    to_status=WorkOrderStatus.READY,
                    changed_at=ready_at,
                    changed_by_id=accepted_by_id,
                )
            )
    return order_id


def make_standard(
    db: Database,
    kind: RequestKind,
    response_minutes: int,
    windows: Iterable[tuple[int, int, int]],
) -> int:
    """The kind's agreed standard, replacing the migration's default; windows are
    (weekday, opens, closes) in minutes of local time."""
    with db.transaction() as session:
        old = session.scalar(select(ServiceStandard).where(ServiceStandard.kind == kind))
        if old is not None:
            session.delete(old)
            session.flush()
        standard = ServiceStandard(
            kind=kind,
            response_minutes=response_minutes,
            windows=[
                ServiceWindow(weekday=weekday, opens=opens, closes=closes)
                for weekday, opens, closes in windows
            ],
        )
        session.add(standard)
        session.flush()
        return standard.id


NOT_GOOD_COMMENTS = (
    "Сказали, что колодки есть, а на складе их не оказалось — клиент ждал час",
    "Ответили через три часа, хотя стандарт — 15 минут",
    "Цену не назвали, пришлось звонить самому",
    "Предоплату подтвердили только к вечеру, машину не могли отдать",
    "",
)


def make_scorecard_shop(db: Database, days: int = 90, seed: int = 4) -> Actor:
    """A quarter of requests between the desk, parts, finance and the workshop, as the
    scorecards show them: mostly quick and good, some late, a few "not good" with comments,
    and some cars promised to clients that late answers held up. Returns the manager."""
    import random

    rng = random.Random(seed)
    manager = make_person(db, Role.MANAGER, name="Орлова Анна Викторовна")
    desk = make_person(db, Role.RECEPTIONIST, name="Смирнова Ольга Петровна")
    master = make_person(db, Role.MASTER, name="Кузнецов Игорь Сергеевич")
    now = clock.now()
    plans = [  # department, requests a day, usual answer in minutes, standard, share good
        (DepartmentKind.PARTS, 1.2, 12, 15, 0.93),
        (DepartmentKind.FINANCE, 0.6, 50, 60, 0.85),
        (DepartmentKind.WORKSHOP, 0.25, 150, 240, 0.97),
    ]
    for department, per_day, usual, standard, good_share in plans:
        for _ in range(int(days * per_day)):
            filed = now - timedelta(days=rng.uniform(0.2, days))
            answered = rng.lognormvariate(0, 0.6) * usual
            good = rng.random() < good_share
            make_judged_request(
                db,
                rng.choice((desk, master)).id,
                to_department=department,
                from_department=DepartmentKind.RECEPTION,
                created_at=filed,
                due_in=timedelta(minutes=standard),
                answered_in=timedelta(minutes=answered),
                rating_good=good if rng.random() < 0.7 else None,
                rating_score=rng.randint(4, 5) if good else rng.randint(1, 3),
                rating_comment="" if good else rng.choice(NOT_GOOD_COMMENTS),
            )
    for number, department in enumerate([DepartmentKind.PARTS] * 4 + [DepartmentKind.FINANCE]):
        promised = now - timedelta(days=3 + 9 * number, hours=2)
        order = make_promised_order(
            db, master.id, promised_at=promised, ready_at=promised + timedelta(hours=3)
        )
        make_judged_request(
            db,
            desk.id,
            to_department=department,
            created_at=promised - timedelta(hours=5),
            due_in=timedelta(minutes=30),
            answered_in=timedelta(hours=2 + number),
            work_order_id=order,
        )
    return manager
