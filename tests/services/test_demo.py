"""The demo shop: all or nothing, every status and role present, believable, repeatable."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from desk_app import clock
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
    Department,
    DepartmentKind,
    InternalRequest,
    JointGoal,
    LabourLine,
    LineApproval,
    PartLine,
    QualityCheck,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
    Role,
    Staff,
    StaffRole,
    StatusChange,
    SurveyCriterion,
    SurveyParticipation,
    SurveyRound,
    SurveyScore,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import auth, demo
from desk_app.services.demo import pace, people
from desk_app.services.demo import requests as demo_requests
from desk_app.services.demo.shop import Shop
from desk_app.services.demo.writer import Progress
from desk_app.services.permissions import Action, Actor
from desk_app.services.service_standards import load_holidays, load_standards, promise
from desk_app.services.staff import create_staff_row
from desk_app.store import schema
from desk_app.store.database import Database

SMALL = demo.DemoSize(clients=40, years=1)
MOSCOW = timezone(timedelta(hours=3))
PLATE = re.compile(r"^[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}\d{2,3}$")
PHONE = re.compile(r"^\+7\d{10}$")
VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
NUMBER = re.compile(r"^\d{2}-\d{6}$")
BIN = re.compile(r"^[A-F]-\d{2}-[1-5]$")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
ANSWERING = (DepartmentKind.PARTS, DepartmentKind.FINANCE, DepartmentKind.WORKSHOP)


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
            *session.execute(
                select(
                    InternalRequest.text,
                    InternalRequest.status,
                    InternalRequest.due_at,
                    InternalRequest.responded_at,
                )
            ),
            *session.execute(select(RequestItem.bin, RequestItem.available)),
            *session.execute(select(SurveyScore.rated_department, SurveyScore.score)),
            *session.execute(select(JointGoal.title, JointGoal.fact)),
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
    assert all(r.id in answered for r in requests if r.status in waiting)
    assert all(
        (r.id in answered)
        == (r.responded_at is not None and r.status is not RequestStatus.REJECTED)
        for r in requests
    )
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


# The internal service: standards, answers, ratings, the survey and the joint goals


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo shop big enough for shares, read (never changed) by the tests below."""
    db = Database.open(tmp_path_factory.mktemp("served") / "demo.sqlite3")
    schema.upgrade(db)
    clock.set_source(lambda: NOW)
    try:
        generate(db, demo.DemoSize(clients=300, years=1))
    finally:
        clock.set_source(None)
    yield db
    db.dispose()


def planning_shop(session) -> Shop:
    shop = Shop(session, SMALL, 1, NOW.astimezone(MOSCOW), Progress(None, None))
    people.hire_staff(shop)
    return shop


def test_requests_are_promised_by_the_shipped_standards_and_answered_in_their_window(
    served: Database,
) -> None:
    with served.transaction() as session:
        standards, holidays = load_standards(session), load_holidays(session)
        requests = list(session.scalars(select(InternalRequest)))
        first_answer = dict(
            session.execute(
                select(RequestAnswer.request_id, func.min(RequestAnswer.answered_at)).group_by(
                    RequestAnswer.request_id
                )
            ).all()
        )
    assert set(standards) == set(RequestKind)
    queued = 0
    for r in requests:
        promised = promise(standards[r.kind], r.created_at, holidays, MOSCOW)
        assert r.due_at is not None
        assert (r.window_opens_at, r.due_at) == (promised.window_opens_at, promised.due_at)
        queued += promised.queued
        if r.responded_at is None:
            assert r.status in (RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.CANCELLED)
            continue
        assert r.created_at <= r.window_opens_at <= r.responded_at
        if r.taken_at is not None:
            assert r.window_opens_at <= r.taken_at <= r.responded_at
        if r.status is RequestStatus.REJECTED:
            assert r.responded_at == r.closed_at
        else:
            assert r.responded_at == first_answer[r.id]
    assert queued > 0.05 * len(requests)


def test_a_request_filed_outside_its_window_waits_for_the_next_one(db: Database) -> None:
    saturday_evening = datetime(2026, 11, 21, 17, 0, tzinfo=MOSCOW)
    tuesday = datetime(2026, 11, 17, 11, 0, tzinfo=MOSCOW)
    with db.transaction() as session:
        shop = planning_shop(session)
        desk = shop.staff[Role.RECEPTIONIST][0]
        parts = demo_requests.request(
            shop, RequestKind.PARTS_AVAILABILITY, saturday_evening, desk, DepartmentKind.PARTS, "?"
        )
        money = demo_requests.request(
            shop, RequestKind.FINANCE_REIMBURSE, tuesday, desk, DepartmentKind.FINANCE, "Мойка"
        )
    assert parts.window_opens == datetime(2026, 11, 23, 9, 0, tzinfo=MOSCOW)
    assert parts.window_opens < parts.taken < parts.answered
    assert (money.window_opens, money.due) == (
        datetime(2026, 11, 23, 10, 0, tzinfo=MOSCOW),
        datetime(2026, 11, 23, 16, 0, tzinfo=MOSCOW),
    )
    assert money.window_opens < money.taken < money.answered


@pytest.mark.parametrize("late", [True, False])
def test_a_late_answer_comes_after_the_deadline_and_a_timely_one_by_it(
    db: Database, late: bool
) -> None:
    friday_evening = datetime(2026, 11, 20, 18, 50, tzinfo=MOSCOW)
    with db.transaction() as session:
        shop = planning_shop(session)
        planned = demo_requests.request(
            shop, RequestKind.PARTS_ISSUE, friday_evening, shop.staff[Role.MASTER][0],
            DepartmentKind.PARTS, "Колодки",
        )  # fmt: skip
        for _ in range(20):
            pace.plan_answer(shop, planned, late=late)
            assert planned.late is late
            assert planned.window_opens <= planned.taken < planned.answered
            local = planned.answered.astimezone(MOSCOW)
            hours = (10, 16) if local.weekday() == 5 else (9, 19)
            assert local.weekday() != 6 and hours[0] <= local.hour + local.minute / 60 <= hours[1]


def test_parts_slip_on_saturdays_and_at_month_end_and_finance_at_the_turn_of_a_month() -> None:
    tuesday, saturday = datetime(2026, 11, 10, 11, 0), datetime(2026, 11, 14, 11, 0)
    month_end, month_start = datetime(2026, 11, 30, 11, 0), datetime(2026, 12, 1, 11, 0)
    parts, invoice = RequestKind.PARTS_AVAILABILITY, RequestKind.FINANCE_INVOICE
    assert pace.late_share(parts, saturday) > 3 * pace.late_share(parts, tuesday)
    assert pace.late_share(parts, month_end) > 3 * pace.late_share(parts, tuesday)
    assert pace.late_share(invoice, month_start) > 3 * pace.late_share(invoice, tuesday)


def test_each_department_answers_mostly_in_time_but_not_always(served: Database) -> None:
    with served.transaction() as session:
        answered = session.execute(
            select(Department.kind, InternalRequest.responded_at, InternalRequest.due_at)
            .join(Department, Department.id == InternalRequest.to_department_id)
            .where(InternalRequest.responded_at.is_not(None))
        ).all()
    late: Counter[DepartmentKind] = Counter()
    in_time: Counter[DepartmentKind] = Counter()
    for department, responded, due in answered:
        (late if responded > due else in_time)[department] += 1
    assert set(late) == set(in_time) == set(ANSWERING)
    assert in_time[DepartmentKind.PARTS] > 4 * late[DepartmentKind.PARTS]
    assert in_time[DepartmentKind.FINANCE] > 4 * late[DepartmentKind.FINANCE]


def test_late_answers_are_rated_not_good_more_often_and_a_bad_rating_says_why(
    served: Database,
) -> None:
    with served.transaction() as session:
        rated = list(
            session.scalars(select(InternalRequest).where(InternalRequest.rating_good.is_not(None)))
        )
    late = [r for r in rated if r.responded_at > r.due_at]
    in_time = [r for r in rated if r.responded_at <= r.due_at]
    assert late and in_time

    def bad_share(requests: list[InternalRequest]) -> float:
        return sum(not r.rating_good for r in requests) / len(requests)

    assert bad_share(late) > 3 * bad_share(in_time) > 0
    assert all(r.rating_comment and r.rating_score <= 3 for r in rated if not r.rating_good)


def test_the_parts_clerk_answers_each_part_and_issues_them_to_the_orders_lines(
    served: Database,
) -> None:
    with served.transaction() as session:
        items = session.execute(
            select(RequestItem, InternalRequest).join(
                InternalRequest, InternalRequest.id == RequestItem.request_id
            )
        ).all()
        lines = {
            (line.work_order_id, line.part_number): line
            for line in session.scalars(select(PartLine))
        }
    bins: dict[str, str] = {}
    kinds: Counter[RequestKind] = Counter()
    for item, request in items:
        if request.responded_at is None or request.status is RequestStatus.REJECTED:
            assert item.in_stock is None and item.unit_price is None and not item.bin
            continue
        kinds[request.kind] += 1
        line = lines[(request.work_order_id, item.part_number)]
        assert item.unit_price == line.unit_price and item.in_stock is not None
        if item.in_stock:
            assert BIN.match(item.bin) and item.available >= item.quantity and item.eta is None
            assert bins.setdefault(item.part_number, item.bin) == item.bin
        else:
            assert item.available == 0 and not item.bin
            assert item.eta is not None and item.eta >= request.responded_at
        if request.kind is RequestKind.PARTS_ISSUE:
            assert (item.issued_at, item.part_line_id) == (request.responded_at, line.id)
        else:
            assert item.issued_at is None and item.part_line_id is None
        if request.kind is RequestKind.PARTS_RESERVE:
            assert item.reserved_at == request.responded_at
    assert set(kinds) == {kind for kind in RequestKind if kind.department is DepartmentKind.PARTS}


def test_the_departments_rate_each_other_anonymously_in_a_closed_round_and_an_open_one(
    served: Database,
) -> None:
    with served.transaction() as session:
        rounds = list(session.scalars(select(SurveyRound).order_by(SurveyRound.opened_at)))
        scores = session.execute(
            select(
                SurveyScore.round_id,
                SurveyScore.rater_department,
                SurveyScore.rated_department,
                SurveyScore.criterion,
                SurveyScore.score,
            )
        ).all()
        took_part = session.execute(
            select(
                SurveyParticipation.round_id, Department.kind, SurveyParticipation.rated_department
            )
            .join(Staff, Staff.id == SurveyParticipation.staff_id)
            .join(Department, Department.id == Staff.department_id)
        ).all()
    closed, current = rounds
    assert closed.closed_at is not None and closed.closed_at < current.opened_at <= NOW
    assert current.closed_at is None
    scored = Counter((round_id, rater, rated) for round_id, rater, rated, _, _ in scores)
    people = Counter(tuple(row) for row in took_part)
    assert scored == Counter({key: 9 * count for key, count in people.items()})
    assert all(rater is not rated for _, rater, rated in people)
    pairs = {(rater, rated) for round_id, rater, rated in people if round_id == closed.id}
    assert pairs == {(a, b) for a in DepartmentKind for b in DepartmentKind if a is not b}
    per_round = Counter(round_id for round_id, _, _ in took_part)
    assert per_round[closed.id] > per_round[current.id] > 0
    marks: dict[DepartmentKind, dict[SurveyCriterion, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for round_id, _, rated, criterion, score in scores:
        if round_id == closed.id:
            marks[rated][criterion].append(score)
    weakest = set()
    for criteria in marks.values():
        means = sorted((sum(s) / len(s), c) for c, s in criteria.items())
        assert means[-1][0] - means[0][0] >= 0.5
        weakest.add(frozenset(c for _, c in means[:3]))
    assert len(weakest) >= 4


def test_past_goals_are_judged_by_the_facts_and_the_next_ones_wait(served: Database) -> None:
    with served.transaction() as session:
        goals = list(session.scalars(select(JointGoal)))
        requests = list(session.scalars(select(InternalRequest)))
    today = NOW.astimezone(MOSCOW).date()
    past = [g for g in goals if g.due_on < today]
    future = [g for g in goals if g.due_on >= today]
    assert past and future
    assert all(g.supplier is not g.customer and g.agreed_at <= NOW for g in goals)
    assert all(g.agreed_at.astimezone(MOSCOW).date() < g.due_on for g in goals)
    for goal in past:
        assert goal.fact is not None and goal.fact_recorded_by_id and goal.comment
        assert goal.due_on < goal.fact_recorded_at.astimezone(MOSCOW).date() < today
    assert any(g.fact >= g.target for g in past) and any(g.fact < g.target for g in past)
    assert all(g.fact is None and g.fact_recorded_at is None for g in future)
    availability = next(g for g in past if "наличии" in g.title)
    judged = [
        r.responded_at <= r.due_at
        for r in requests
        if r.kind is RequestKind.PARTS_AVAILABILITY
        and r.created_at >= availability.agreed_at
        and r.created_at.astimezone(MOSCOW).date() <= availability.due_on
        and r.responded_at is not None
        and r.status is not RequestStatus.CANCELLED
    ]
    assert judged
    assert availability.fact == (Decimal(100 * sum(judged)) / len(judged)).quantize(Decimal("0.1"))
