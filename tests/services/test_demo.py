"""The demo shop: all or nothing, every status and role present, believable, repeatable."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from desk_app.models import (
    Appointment,
    AppointmentStatus,
    Base,
    Client,
    ClientApproval,
    ClientKind,
    ClientPhone,
    ContactLog,
    ContactState,
    DamageMark,
    DepartmentKind,
    InternalRequest,
    LabourLine,
    LineApproval,
    PartLine,
    QualityCheck,
    RequestAnswer,
    RequestKind,
    RequestStatus,
    Role,
    Staff,
    StaffRole,
    StatusChange,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import auth, demo
from desk_app.services.demo import people
from desk_app.services.demo import requests as demo_requests
from desk_app.services.demo.shop import Shop
from desk_app.services.demo.writer import Progress
from desk_app.services.permissions import Action, Actor
from desk_app.services.staff import create_staff_row
from desk_app.store import schema
from desk_app.store.database import Database

SMALL = demo.DemoSize(clients=40, years=1)
MOSCOW = timezone(timedelta(hours=3))
PLATE = re.compile(r"^[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}\d{2,3}$")
PHONE = re.compile(r"^\+7\d{10}$")
VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
NUMBER = re.compile(r"^\d{2}-\d{6}$")


def generate(db: Database, size: demo.DemoSize = SMALL, **options) -> demo.DemoSummary:
    return demo.generate_demo(db, size, tz=MOSCOW, **options)


def row_counts(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }


def test_a_new_database_is_empty_and_a_used_one_is_refused(db: Database) -> None:
    assert demo.database_is_empty(db)
    auth.create_first_manager(db, "Anna Manager", "secret1")
    assert not demo.database_is_empty(db)
    before = row_counts(db)
    with pytest.raises(demo.DemoNotEmpty):
        generate(db)
    assert row_counts(db) == before


def test_a_size_needs_clients_and_years() -> None:
    with pytest.raises(ValueError):
        demo.DemoSize(clients=0)
    with pytest.raises(ValueError):
        demo.DemoSize(years=0)


def test_the_summary_counts_what_was_written(db: Database) -> None:
    summary = generate(db)
    counts = row_counts(db)
    assert summary == demo.DemoSummary(
        staff=counts["staff"],
        clients=counts["clients"],
        vehicles=counts["vehicles"],
        work_orders=counts["work_orders"],
        appointments=counts["appointments"],
        requests=counts["internal_requests"],
    )
    assert summary.clients == SMALL.clients
    assert not demo.database_is_empty(db)


def test_every_role_is_staffed_and_logs_in_with_the_demo_password(any_db: Database) -> None:
    generate(any_db)
    with any_db.transaction() as session:
        people = [(s.full_name, s.roles, s.position) for s in session.scalars(select(Staff))]
    per_role = defaultdict(list)
    for name, roles, position in people:
        assert len(name.split()) == 3 and position
        for role in roles:
            per_role[role].append(name)
    assert {role: len(names) for role, names in per_role.items()} == {
        Role.RECEPTIONIST: 2,
        Role.MASTER: 2,
        Role.MECHANIC: 6,
        Role.PARTS_CLERK: 1,
        Role.FINANCE: 1,
        Role.MANAGER: 1,
    }
    for role, names in per_role.items():
        actor = auth.log_in(any_db, names[0], demo.DEMO_PASSWORD)
        assert role in actor.roles


def test_every_work_order_and_request_status_occurs(any_db: Database) -> None:
    generate(any_db)
    with any_db.transaction() as session:
        order_statuses = set(session.scalars(select(WorkOrder.status)))
        request_statuses = set(session.scalars(select(InternalRequest.status)))
        appointment_statuses = set(session.scalars(select(Appointment.status)))
    assert order_statuses == set(WorkOrderStatus)
    assert request_statuses == set(RequestStatus)
    assert appointment_statuses == set(AppointmentStatus)


def test_status_histories_run_forward_and_end_in_the_current_status(db: Database) -> None:
    generate(db)
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    with db.transaction() as session:
        orders = {order.id: order for order in session.scalars(select(WorkOrder))}
        changes = defaultdict(list)
        for change in session.scalars(select(StatusChange).order_by(StatusChange.id)):
            changes[change.work_order_id].append(change)
    assert orders
    for order_id, order in orders.items():
        history = changes[order_id]
        assert history[0].from_status is None
        assert history[0].to_status is WorkOrderStatus.ACCEPTED
        assert history[0].changed_at == order.accepted_at
        for before, after in pairwise(history):
            assert after.from_status is before.to_status
            assert after.changed_at >= before.changed_at
        assert history[-1].to_status is order.status
        assert history[-1].changed_at <= now
        if order.status.is_open:
            assert order.closed_at is None
        else:
            assert order.closed_at == history[-1].changed_at
        if order.status is WorkOrderStatus.CANCELLED:
            assert order.cancel_reason


def test_every_handed_over_or_cancelled_order_has_its_closing_time(any_db: Database) -> None:
    """The reports count an order by its ``closed_at``: it is the last status change."""
    generate(any_db)
    with any_db.transaction() as session:
        last_change = dict(
            session.execute(
                select(StatusChange.work_order_id, func.max(StatusChange.changed_at)).group_by(
                    StatusChange.work_order_id
                )
            ).all()
        )
        orders = list(session.scalars(select(WorkOrder)))
    closed = [o for o in orders if not o.status.is_open]
    assert {o.status for o in closed} == {WorkOrderStatus.HANDED_OVER, WorkOrderStatus.CANCELLED}
    assert all(o.closed_at is not None and o.closed_at == last_change[o.id] for o in closed)
    assert all(o.closed_at is None for o in orders if o.status.is_open)


def test_only_people_allowed_to_file_requests_file_them(any_db: Database) -> None:
    generate(any_db)
    with any_db.transaction() as session:
        roles = defaultdict(set)
        for staff_id, role in session.execute(select(StaffRole.staff_id, StaffRole.role)):
            roles[staff_id].add(role)
        requesters = set(session.scalars(select(InternalRequest.requester_id)))
    assert requesters
    for staff_id in requesters:
        assert Actor(staff_id, "", frozenset(roles[staff_id])).can(Action.FILE_REQUEST)
        assert Role.MECHANIC not in roles[staff_id]


def test_what_a_mechanic_needs_is_asked_for_by_the_master_on_shift(db: Database) -> None:
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC).astimezone(MOSCOW)
    with db.transaction() as session:
        shop = Shop(session, SMALL, 1, now, Progress(None, None))
        people.hire_staff(shop)
        mechanic = shop.staff[Role.MECHANIC][0]
        planned = demo_requests.request(
            shop, RequestKind.PARTS_ISSUE, now, mechanic, DepartmentKind.PARTS, "Колодки"
        )
    assert planned.requester == shop.on_shift(Role.MASTER, now)
    assert planned.from_dept is DepartmentKind.WORKSHOP


def test_money_is_decimal_with_two_places(any_db: Database) -> None:
    generate(any_db)
    with any_db.transaction() as session:
        rates = list(session.scalars(select(LabourLine.rate)))
        prices = list(session.scalars(select(PartLine.unit_price)))
        estimates = list(session.scalars(select(WorkOrder.estimate)))
        prepayments = list(session.scalars(select(WorkOrder.prepayment)))
    assert rates and prices and estimates
    for amount in rates + prices + estimates + prepayments:
        assert isinstance(amount, Decimal)
        assert amount.as_tuple().exponent == -2
    assert all(Decimal("1500") <= rate <= Decimal("3500") for rate in rates)


def test_a_cancel_leaves_the_database_exactly_as_it_was(any_db: Database) -> None:
    before = row_counts(any_db)
    stages: list[demo.DemoStage] = []

    def report(done: int, total: int, stage: demo.DemoStage) -> None:
        stages.append(stage)

    def cancel() -> bool:
        return demo.DemoStage.REQUESTS in stages

    with pytest.raises(demo.DemoCancelled):
        generate(any_db, progress=report, should_cancel=cancel)
    assert row_counts(any_db) == before
    assert demo.database_is_empty(any_db)


def test_progress_moves_forward_to_done(db: Database) -> None:
    calls: list[tuple[int, int, demo.DemoStage]] = []
    generate(db, progress=lambda *call: calls.append(call))
    assert len(calls) > 10
    assert all(total == calls[0][1] for _, total, _ in calls)
    done = [step for step, _, _ in calls]
    assert done == sorted(done)
    assert calls[-1] == (calls[0][1], calls[0][1], demo.DemoStage.DONE)
    stage_order = list(demo.DemoStage)
    seen = [stage_order.index(stage) for _, _, stage in calls]
    assert seen == sorted(seen) and set(seen) == set(range(len(stage_order)))


def snapshot(db: Database) -> list[tuple]:
    with db.transaction() as session:
        return [
            *session.execute(select(Client.last_name, Client.company_name, Client.email)),
            *session.execute(select(Vehicle.vin, Vehicle.plate, Vehicle.model)),
            *session.execute(
                select(
                    WorkOrder.number, WorkOrder.status, WorkOrder.accepted_at, WorkOrder.estimate
                )
            ),
            *session.execute(select(PartLine.part_number, PartLine.quantity, PartLine.unit_price)),
            *session.execute(select(InternalRequest.text, InternalRequest.status)),
            *session.execute(select(Appointment.starts_at, Appointment.status)),
        ]


def test_the_same_seed_gives_the_same_shop(tmp_path) -> None:
    shops = []
    for name, seed in (("one", 7), ("two", 7), ("three", 8)):
        db = Database.open(tmp_path / f"{name}.sqlite3")
        schema.upgrade(db)
        generate(db, seed=seed)
        shops.append(snapshot(db))
        db.dispose()
    assert shops[0] == shops[1]
    assert shops[0] != shops[2]


def test_regulars_come_four_times_a_year(db: Database) -> None:
    generate(db, demo.DemoSize(clients=120, years=2))
    with db.transaction() as session:
        visits = defaultdict(list)
        for client_id, accepted in session.execute(
            select(WorkOrder.client_id, WorkOrder.accepted_at).order_by(WorkOrder.accepted_at)
        ):
            visits[client_id].append(accepted)
        clients = session.scalar(select(func.count(Client.id)))
    regulars = [
        client_id
        for client_id, times in visits.items()
        if any(
            later - first <= timedelta(days=365)
            for first, later in zip(times, times[3:], strict=False)
        )
    ]
    assert 0.08 * clients <= len(regulars) <= 0.4 * clients
    assert any(len(times) == 1 for times in visits.values())


def test_the_details_look_real(db: Database) -> None:
    generate(db, demo.DemoSize(clients=150, years=1))
    with db.transaction() as session:
        phones = list(session.scalars(select(ClientPhone.number)))
        vehicles = list(session.scalars(select(Vehicle)))
        companies = list(session.scalars(select(Client).where(Client.kind == ClientKind.COMPANY)))
        people = list(session.scalars(select(Client).where(Client.kind == ClientKind.PERSON)))
        orders = list(session.scalars(select(WorkOrder).order_by(WorkOrder.accepted_at)))
        supplied = session.scalar(select(func.count()).where(PartLine.supplied_by_client))
        marks = session.scalar(select(func.count(DamageMark.id)))
    assert all(PHONE.match(number) for number in phones)
    assert len(set(phones)) == len(phones)
    assert all(PLATE.match(v.plate) and VIN.match(v.vin or "") for v in vehicles)
    assert all(v.vin.startswith("XTA") for v in vehicles if v.make == "Lada")
    assert {"Lada", "GAZ", "UAZ"} & {v.make for v in vehicles}
    assert all(c.company_name and len(c.tax_id) in (10, 12) for c in companies)
    assert all(p.last_name and p.first_name and p.middle_name for p in people)
    assert all(p.middle_name.endswith(("ич", "на")) for p in people)
    odometer: dict[int, int] = {}
    for order in orders:
        assert NUMBER.match(order.number)
        assert order.number[:2] == f"{order.accepted_at.astimezone(MOSCOW).year % 100:02d}"
        assert order.odometer_km >= odometer.get(order.vehicle_id, 0)
        odometer[order.vehicle_id] = order.odometer_km
        assert order.complaints and order.completeness is not None
    assert len({order.number for order in orders}) == len(orders)
    assert supplied and marks and any(v.bought_here for v in vehicles)
    assert any(c.company_name.startswith("ООО «") for c in companies)
    assert any(p.email for p in people) and any(not p.email for p in people)


def test_closed_requests_are_rated_and_a_few_badly(db: Database) -> None:
    generate(db, demo.DemoSize(clients=150, years=1))
    with db.transaction() as session:
        requests = list(session.scalars(select(InternalRequest)))
        answered = set(session.scalars(select(RequestAnswer.request_id)))
    closed = [r for r in requests if r.status is RequestStatus.CLOSED]
    rated = [r for r in closed if r.rating_good is not None]
    assert len(rated) > 0.7 * len(closed)
    assert all(1 <= r.rating_score <= 5 for r in rated)
    assert 0 < sum(not r.rating_good for r in rated) < 0.2 * len(rated)
    assert any(r.rating_comment for r in rated)
    assert all(r.rating_good is None for r in requests if r.status is not RequestStatus.CLOSED)
    assert all(r.reject_reason for r in requests if r.status is RequestStatus.REJECTED)
    waiting = (RequestStatus.ANSWERED, RequestStatus.CLOSED)
    assert all((r.id in answered) == (r.status in waiting) for r in requests)
    assert all(r.taken_at and r.closed_at for r in closed)
    assert all(r.from_department_id != r.to_department_id for r in requests)


def test_today_the_shop_is_busy_and_the_book_is_open(db: Database) -> None:
    generate(db)
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    with db.transaction() as session:
        open_orders = list(
            session.scalars(
                select(WorkOrder).where(
                    WorkOrder.status.not_in(
                        [WorkOrderStatus.HANDED_OVER, WorkOrderStatus.CANCELLED]
                    )
                )
            )
        )
        booked = list(
            session.scalars(
                select(Appointment).where(Appointment.status == AppointmentStatus.BOOKED)
            )
        )
        arrived = list(
            session.scalars(
                select(Appointment).where(Appointment.status == AppointmentStatus.ARRIVED)
            )
        )
    on_bays = [o.bay_id for o in open_orders if o.bay_id is not None]
    assert len(on_bays) == len(set(on_bays))
    working = [o for o in open_orders if o.status is WorkOrderStatus.IN_PROGRESS]
    assert all(o.bay_id is not None and o.master_id is not None for o in working)
    assert all(now - o.accepted_at < timedelta(days=14) for o in open_orders)
    assert booked and all(now < a.starts_at < now + timedelta(days=15) for a in booked)
    assert all(a.work_order_id is not None and a.starts_at <= now for a in arrived)


def test_ordinary_inserts_work_after_the_demo(any_db: Database) -> None:
    generate(any_db)
    with any_db.transaction() as session:
        last_client = session.scalar(select(func.max(Client.id)))
        client = Client(
            kind=ClientKind.PERSON,
            last_name="Новиков",
            first_name="Пётр",
            created_at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC),
            phones=[ClientPhone(number="+79160000000")],
        )
        session.add(client)
        staff = create_staff_row(session, "Новый Сотрудник", frozenset({Role.MECHANIC}), "secret1")
        session.flush()
        assert client.id > last_client
        assert staff.id and client.phones[0].id


def test_extra_works_and_quality_checks_follow_each_orders_history(db: Database) -> None:
    """Waiting for the client means proposed lines; going on means his recorded answer;
    every exit from the quality check is a check record, passed exactly when it led to ready."""
    generate(db)
    with db.transaction() as session:
        waiting = session.scalars(
            select(WorkOrder).where(WorkOrder.status == WorkOrderStatus.AWAITING_APPROVAL)
        ).all()
        assert waiting
        for order in waiting:
            assert any(line.approval is LineApproval.PROPOSED for line in order.labour_lines)
        approved = session.scalars(select(ClientApproval)).all()
        assert approved
        for approval in approved:
            lines = session.scalars(
                select(LabourLine).where(LabourLine.approval_id == approval.id)
            ).all()
            assert lines and all(line.approval is LineApproval.AGREED for line in lines)
        checks = session.scalars(select(QualityCheck)).all()
        assert any(check.passed for check in checks)
        assert any(not check.passed and check.reason for check in checks)
        for check in checks:
            assert check.passed == all(item["ok"] for item in check.items)


def test_clients_were_called_back_and_the_latest_handovers_wait(db: Database) -> None:
    generate(db)
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    with db.transaction() as session:
        logs = session.scalars(select(ContactLog)).all()
        assert logs
        assert {log.state for log in logs} == {ContactState.DONE, ContactState.GAVE_UP}
        assert all(log.satisfaction in {1, 2, 3, 4, 5} for log in logs if log.reached)
        called = {log.work_order_id for log in logs}
        recent = session.scalars(
            select(WorkOrder.id).where(
                WorkOrder.status == WorkOrderStatus.HANDED_OVER,
                WorkOrder.closed_at >= now - timedelta(days=2),
            )
        ).all()
        assert not called & set(recent)
