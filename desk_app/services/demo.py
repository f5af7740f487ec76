"""The demo shop: an empty database filled with three years of a believable car service.

``main.py --demo`` calls ``generate_demo`` so that a newcomer sees the desk at work: staff in
every role, clients with their cars, work orders in every status with their history,
appointments and internal requests. Everything is written in one transaction, so a cancel
or an error leaves the database empty. Rows go in as Core bulk inserts (COPY on
PostgreSQL) with ids chosen here, and PostgreSQL's sequences are moved past them at the end.
The same seed, clock and time zone give the same shop; the reference data (cars, works,
parts, words) is in ``demo_catalogue``.

The generator plans each visit's whole life first (``_Visit.plan``: intake, diagnosis,
approval, parts, work, quality check, handover, in the shop's working hours), keeps what
has happened by now (``_Visit.events``), and only then writes the order, its lines and its
history; requests and appointments follow from the orders.
"""

from __future__ import annotations

import bisect
import functools
import random
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    AuditEntry,
    Base,
    Bay,
    Client,
    ClientKind,
    ClientPhone,
    ContactChannel,
    DamageKind,
    DamageMark,
    Department,
    DepartmentKind,
    InspectionItem,
    InspectionState,
    InternalRequest,
    LabourLine,
    PartLine,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
    Role,
    Staff,
    StaffRole,
    StatusChange,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
    to_money,
)
from desk_app.services import demo_catalogue as cat
from desk_app.services import passwords
from desk_app.services.errors import DomainError
from desk_app.services.staff import home_department
from desk_app.store.database import Database

DEMO_PASSWORD = "demo"
PROGRESS_STEPS = 1000
CHUNK_ROWS = 5000
OPEN_AT, CLOSE_AT = time(9, 0), time(20, 0)
DAY = timedelta(days=1)
W = WorkOrderStatus


class DemoStage(StrEnum):
    STAFF = "staff"
    CLIENTS = "clients"
    VEHICLES = "vehicles"
    WORK_ORDERS = "work_orders"
    APPOINTMENTS = "appointments"
    REQUESTS = "requests"
    DONE = "done"


_STAGE_WEIGHTS = {
    DemoStage.STAFF: 10,
    DemoStage.CLIENTS: 120,
    DemoStage.VEHICLES: 80,
    DemoStage.WORK_ORDERS: 650,
    DemoStage.APPOINTMENTS: 40,
    DemoStage.REQUESTS: 100,
}


@dataclass(frozen=True)
class DemoSize:
    clients: int = 3000
    years: int = 3

    def __post_init__(self) -> None:
        if self.clients < 1 or self.years < 1:
            raise ValueError("the demo shop needs at least one client and one year")


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    clients: int
    vehicles: int
    work_orders: int
    appointments: int
    requests: int


class DemoNotEmpty(DomainError):
    template = "Demo data goes only into an empty database; this one already has data."


class DemoCancelled(DomainError):
    template = "Loading the demo shop was cancelled; nothing was added."


def database_is_empty(db: Database) -> bool:
    """No staff and no clients: nobody has started working in this database yet."""
    with db.transaction() as session:
        return _is_empty(session)


def generate_demo(
    db: Database,
    size: DemoSize = DemoSize(),
    *,
    seed: int = 2026,
    progress: Callable[[int, int, DemoStage], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    tz: tzinfo | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo shop; all or nothing.

    ``progress(done, total, stage)`` is called often, and so is ``should_cancel``: when it
    answers True, ``DemoCancelled`` is raised and nothing is kept. ``tz`` is the shop's time
    zone (opening hours, days); by default the workstation's.
    """
    now = clock.now()
    zone = tz or now.astimezone().tzinfo
    assert zone is not None
    with db.transaction() as session:
        if not _is_empty(session):
            raise DemoNotEmpty()
        shop = _DemoShop(
            session, size, seed, now.astimezone(zone), _Progress(progress, should_cancel)
        )
        summary = shop.build()
        shop.writer.flush()
        shop.writer.reset_sequences()
        shop.progress.done()
    return summary


def _is_empty(session: Session) -> bool:
    return (
        session.scalar(select(Staff.id).limit(1)) is None
        and session.scalar(select(Client.id).limit(1)) is None
    )


# -- plumbing: progress, bulk writing, random picks, shop hours --------------------------


class _Progress:
    """Maps each stage's own fraction onto one bar of ``PROGRESS_STEPS`` and checks Cancel."""

    def __init__(
        self,
        report: Callable[[int, int, DemoStage], None] | None,
        should_cancel: Callable[[], bool] | None,
    ) -> None:
        self.report = report
        self.should_cancel = should_cancel
        self.starts: dict[DemoStage, int] = {}
        start = 0
        for stage, weight in _STAGE_WEIGHTS.items():
            self.starts[stage] = start
            start += weight

    def __call__(self, stage: DemoStage, fraction: float = 0.0) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise DemoCancelled()
        if self.report is not None:
            share = int(_STAGE_WEIGHTS[stage] * min(max(fraction, 0.0), 1.0))
            self.report(self.starts[stage] + share, PROGRESS_STEPS, stage)

    def done(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise DemoCancelled()
        if self.report is not None:
            self.report(PROGRESS_STEPS, PROGRESS_STEPS, DemoStage.DONE)


class _Writer:
    """Buffers rows and inserts them in chunks, parents before children, with our own ids."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        self.last_id: dict[Table, int] = {}
        self.buffered = 0

    def add(self, model: type[Base], /, **values: Any) -> int:
        table: Table = model.__table__  # type: ignore[assignment]
        if table not in self.last_id:
            self.last_id[table] = self.session.scalar(select(func.max(table.c.id))) or 0
        self.last_id[table] += 1
        values["id"] = self.last_id[table]
        if "version" in table.c:
            values["version"] = 1
        self.rows[table].append(values)
        self.buffered += 1
        if self.buffered >= CHUNK_ROWS:
            self.flush()
        return values["id"]

    def flush(self) -> None:
        postgres = self.session.get_bind().dialect.name == "postgresql"
        for table in Base.metadata.sorted_tables:
            rows = self.rows.pop(table, None)
            if rows and postgres:
                self.copy(table, rows)
            elif rows:
                self.session.execute(insert(table), rows)
        self.buffered = 0

    def copy(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """PostgreSQL's COPY, in the session's transaction: executemany there sends one
        statement per row and takes three times as long. Values still go through each
        column's own bind processing (UTC timestamps, money, enumerations, JSON)."""
        dialect = self.session.get_bind().dialect
        names = list(rows[0])
        processors = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        ]
        quote = dialect.identifier_preparer.quote
        columns = ", ".join(quote(name) for name in names)
        raw = self.session.connection().connection.driver_connection
        with (
            raw.cursor() as cursor,
            cursor.copy(  # type: ignore[union-attr]
                f"COPY {quote(table.name)} ({columns}) FROM STDIN"
            ) as copy,
        ):
            for row in rows:
                copy.write_row(
                    [
                        row[n] if p is None else p(row[n])
                        for n, p in zip(names, processors, strict=True)
                    ]
                )

    def reset_sequences(self) -> None:
        """After explicit ids, PostgreSQL's sequences must continue past them."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for table, last in self.last_id.items():
            self.session.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
                {"table": table.name, "last": last},
            )


@functools.cache
def _picker(pairs: tuple[tuple[Any, float], ...]) -> _Pick:
    """The prepared weighted choice for a table of the catalogue."""
    return _Pick(pairs)


class _Pick:
    """A weighted choice prepared once: ``pick(rng)``."""

    def __init__(self, pairs: Iterable[tuple[Any, float]]) -> None:
        self.values, weights = zip(*pairs, strict=True)
        self.cumulative = []
        total = 0.0
        for weight in weights:
            total += weight
            self.cumulative.append(total)

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


def _is_workday(day: date) -> bool:
    return day.weekday() != 6 and (day.month, day.day) not in ((1, 1), (1, 2))


def _opening(day: date, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, OPEN_AT, tzinfo=tz)


def _closing(day: date, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, CLOSE_AT, tzinfo=tz)


def _open_from(moment: datetime) -> datetime:
    """The first moment at or after ``moment`` when the shop is open."""
    day, tz = moment.date(), moment.tzinfo
    if _is_workday(day) and moment < _closing(day, tz):
        return max(moment, _opening(day, tz))
    day += DAY
    while not _is_workday(day):
        day += DAY
    return _opening(day, tz)


def _open_until(moment: datetime) -> datetime:
    """The last moment at or before ``moment`` when the shop is open."""
    day, tz = moment.date(), moment.tzinfo
    if _is_workday(day) and moment > _opening(day, tz):
        return min(moment, _closing(day, tz))
    day -= DAY
    while not _is_workday(day):
        day -= DAY
    return _closing(day, tz)


def _later(moment: datetime, minutes: float) -> datetime:
    """``minutes`` of the shop's working time after ``moment``."""
    current = _open_from(moment)
    while True:
        room = (_closing(current.date(), current.tzinfo) - current).total_seconds() / 60
        if minutes <= room:
            return current + timedelta(minutes=minutes)
        minutes -= room
        current = _open_from(_closing(current.date(), current.tzinfo) + timedelta(seconds=1))


def _earlier(moment: datetime, minutes: float) -> datetime:
    """``minutes`` of the shop's working time before ``moment``."""
    current = _open_until(moment)
    while True:
        room = (current - _opening(current.date(), current.tzinfo)).total_seconds() / 60
        if minutes <= room:
            return current - timedelta(minutes=minutes)
        minutes -= room
        current = _open_until(_opening(current.date(), current.tzinfo) - timedelta(seconds=1))


def _working_minutes(start: datetime, end: datetime) -> float:
    """How many minutes the shop is open between two moments."""
    total = 0.0
    current = _open_from(start)
    while current < end:
        closing = _closing(current.date(), current.tzinfo)
        total += (min(closing, end) - current).total_seconds() / 60
        current = _open_from(closing + timedelta(seconds=1))
    return total


def _ceil_half_hour(moment: datetime) -> datetime:
    extra = (30 - moment.minute % 30) % 30
    return (moment + timedelta(minutes=extra)).replace(second=0, microsecond=0)


def _rub(amount: Decimal) -> str:
    return f"{amount:,.0f}".replace(",", " ")


def _qty(amount: Decimal) -> str:
    return f"{amount.normalize():f}".replace(".", ",")


def _short_name(full_name: str) -> str:
    last, *given = full_name.split()
    return " ".join([last, *(f"{name[0]}." for name in given)])


def _translit(words: str) -> str:
    return "".join(cat.TRANSLIT.get(ch, ch) for ch in words.lower() if ch.isalnum())


# -- what the generator keeps in memory between stages -----------------------------------


@dataclass(slots=True, eq=False)
class _Client:
    id: int
    company: bool
    name: str
    tax_id: str
    created_at: datetime
    visits: list[datetime]
    vehicles: list[_Vehicle] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class _Vehicle:
    id: int
    owner: _Client
    visits: list[datetime]
    make: str
    model: cat.CarModel
    title: str
    vin: str
    created_at: datetime
    bought_here: bool
    yearly_km: int
    built: date
    odometer: int = 0
    last_seen: datetime | None = None
    marks: list[tuple[DamageKind, float, float, str]] = field(default_factory=list)


class _Event(NamedTuple):
    status: WorkOrderStatus
    at: datetime
    who: str
    """"desk", "master" or "mechanic": resolved to a person when the order is written."""
    comment: str = ""


@dataclass(slots=True, eq=False)
class _Visit:
    accepted: datetime
    client: _Client
    vehicle: _Vehicle
    reasons: list[cat.Reason]
    ops: list[str]
    extras: list[str]
    parts_wait: float = 0.0
    cancel_at: WorkOrderStatus | None = None
    rework: bool = False
    booked: bool = False
    forced: WorkOrderStatus | None = None
    bay: int | None = None
    """Where an order still in the shop stands now (None: in the yard)."""
    plan: list[_Event] = field(default_factory=list)
    """The whole life of the order as it would go; ``events`` is the part already past."""
    events: list[_Event] = field(default_factory=list)

    @property
    def status(self) -> WorkOrderStatus:
        return self.events[-1].status

    def first(
        self, status: WorkOrderStatus, events: Sequence[_Event] | None = None
    ) -> datetime | None:
        return next((e.at for e in (events or self.plan) if e.status is status), None)


class _Roster:
    """Which bay or mechanic is busy when: a stretch of work goes to a free one if any."""

    def __init__(self, ids: Iterable[int]) -> None:
        self.busy: dict[int, list[tuple[datetime, datetime]]] = {i: [] for i in ids}

    def take(
        self, candidates: Sequence[int], start: datetime, end: datetime, rng: random.Random
    ) -> int:
        free = [c for c in candidates if all(e <= start or s >= end for s, e in self.busy[c])]
        if free:
            chosen = rng.choice(free)
        else:
            chosen = min(candidates, key=lambda c: sum(1 for _, e in self.busy[c] if e > start))
        self.busy[chosen].append((start, end))
        return chosen

    def forget_before(self, moment: datetime) -> None:
        for key, stretches in self.busy.items():
            self.busy[key] = [(s, e) for s, e in stretches if e >= moment]


@dataclass(slots=True, eq=False)
class _Request:
    """An internal request planned with its whole life; its status depends on ``now``."""

    kind: RequestKind
    created: datetime
    requester: int
    from_dept: DepartmentKind
    to_dept: DepartmentKind
    answerer: int
    text: str
    order_id: int | None = None
    needed_by: datetime | None = None
    items: list[tuple[str, str, Decimal]] = field(default_factory=list)
    taken: datetime | None = None
    answered: datetime | None = None
    closed: datetime | None = None
    answer: str = ""
    answer_fields: dict[str, Any] = field(default_factory=dict)
    outcome: str = "close"
    """"close", "reject" (at ``answered``) or "cancel" (at ``cancelled``)."""
    reason: str = ""
    cancelled: datetime | None = None

    def status_at(self, now: datetime) -> RequestStatus:
        if self.outcome == "cancel" and self.cancelled is not None and self.cancelled <= now:
            return RequestStatus.CANCELLED
        if self.answered is not None and self.answered <= now:
            if self.outcome == "reject":
                return RequestStatus.REJECTED
            if self.closed is not None and self.closed <= now:
                return RequestStatus.CLOSED
            return RequestStatus.ANSWERED
        if self.taken is not None and self.taken <= now:
            return RequestStatus.TAKEN
        return RequestStatus.NEW


# -- the shop -----------------------------------------------------------------------------


class _DemoShop:
    """Builds the shop stage by stage; each stage keeps what the later ones refer to."""

    def __init__(
        self, session: Session, size: DemoSize, seed: int, now: datetime, progress: _Progress
    ) -> None:
        self.session = session
        self.size = size
        self.now = now
        self.shop_now = _open_until(now)
        self.start = now - timedelta(days=365 * size.years)
        self.tz = now.tzinfo
        self.rng = random.Random(seed)
        from faker import Faker  # here, not at the top: every start-up imports this module

        self.fake = Faker("ru_RU")
        self.fake.seed_instance(seed)
        self.progress = progress
        self.writer = _Writer(session)
        self.staff: dict[Role, list[int]] = defaultdict(list)
        self.names: dict[int, str] = {}
        self.department_of: dict[int, DepartmentKind] = {}
        self.specialists: dict[str, int] = {}
        self.departments: dict[DepartmentKind, int] = {}
        self.bays: list[int] = []
        self.clients: list[_Client] = []
        self.vehicles: list[_Vehicle] = []
        self.visits: list[_Visit] = []
        self.requests: list[_Request] = []
        self.hours: dict[tuple[int, int], dict[int, Decimal]] = defaultdict(
            lambda: defaultdict(Decimal)
        )
        self.part_numbers: dict[tuple[str, str, str], str] = {}
        self.plates: set[str] = set()
        self.vins: set[str] = set()
        self.phones: set[str] = set()
        self.appointments = 0
        self.models = _Pick(
            ((make.name, model), make.weight * model.weight / sum(m.weight for m in make.models))
            for make in cat.MAKES
            for model in make.models
        )
        self.reason_by_month = {
            month: _Pick((r, r.weight * (4 if month in r.months else 1)) for r in cat.REASONS)
            for month in range(1, 13)
        }
        self.price_levels = [Decimal(cat.YEARLY_PRICE_RISE) ** k for k in range(size.years + 2)]

    def build(self) -> DemoSummary:
        self.hire_staff()
        self.write_clients()
        self.write_vehicles()
        self.write_work_orders()
        self.write_appointments()
        self.write_requests()
        self.writer.add(
            AuditEntry,
            at=self.now,
            staff_id=None,
            entity="database",
            entity_id=None,
            action="load_demo",
            details={"clients": self.size.clients, "years": self.size.years},
        )
        return DemoSummary(
            staff=len(self.names),
            clients=len(self.clients),
            vehicles=len(self.vehicles),
            work_orders=len(self.visits),
            appointments=self.appointments,
            requests=len(self.requests),
        )

    # -- small helpers of the shop --------------------------------------------------------

    def uniform_time(self, low: datetime, high: datetime) -> datetime:
        return low + (high - low) * self.rng.random()

    def on_shift(self, role: Role, moment: datetime) -> int:
        """Receptionists and masters work two days on, two days off, in turn."""
        people = self.staff[role]
        return people[(moment.toordinal() // 2) % len(people)]

    def price(self, base: int | Decimal, moment: datetime, step: int) -> Decimal:
        """Today's ``base`` price as it was at ``moment``: prices rise once a year."""
        years_back = min((self.now - moment).days // 365, len(self.price_levels) - 1)
        value = Decimal(base) / self.price_levels[years_back] / step
        return to_money(value.to_integral_value(ROUND_HALF_UP) * step)

    def unique(self, taken: set[str], make: Callable[[], str]) -> str:
        while (value := make()) in taken:
            pass
        taken.add(value)
        return value

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    # -- staff and bays --------------------------------------------------------------------

    def hire_staff(self) -> None:
        self.progress(DemoStage.STAFF)
        w = self.writer
        for kind, dept_id in self.session.execute(select(Department.kind, Department.id)):
            self.departments[kind] = dept_id
        for kind in DepartmentKind:
            if kind not in self.departments:
                self.departments[kind] = w.add(Department, kind=kind, name=kind.value.title())
        password_hash = passwords.hash_password(DEMO_PASSWORD)
        used: set[str] = set()
        for member in cat.STAFF:
            role = Role(member.role)
            name = self.unique(used, lambda m=member: self.person_name(m.female))
            staff_id = w.add(
                Staff,
                full_name=name,
                position=member.position,
                department_id=self.departments[home_department([role])],
                password_hash=password_hash,
                active=True,
                created_at=self.start - timedelta(days=self.rng.randint(30, 2500)),
            )
            w.add(StaffRole, staff_id=staff_id, role=role)
            self.staff[role].append(staff_id)
            self.names[staff_id] = name
            self.department_of[staff_id] = home_department([role])
            if member.position == "Автоэлектрик-диагност":
                self.specialists["diag"] = staff_id
            elif member.position == "Шиномонтажник":
                self.specialists["tyre"] = staff_id
        existing = set(self.session.scalars(select(Bay.name)))
        for name in cat.BAY_NAMES:
            if name not in existing:
                self.bays.append(w.add(Bay, name=name, active=True))
        self.bays = self.bays or list(self.session.scalars(select(Bay.id).where(Bay.active)))
        self.progress(DemoStage.STAFF, 1.0)

    def person_name(self, female: bool) -> str:
        """Faker's surnames; first names and patronymics from the common ones."""
        fake = self.fake
        patronymic = fake.random_element(cat.PATRONYMICS)
        patronymic = patronymic[:-2] + "на" if female else patronymic
        if female:
            return f"{fake.last_name_female()} {fake.random_element(cat.FEMALE_NAMES)} {patronymic}"
        return f"{fake.last_name_male()} {fake.random_element(cat.MALE_NAMES)} {patronymic}"

    # -- clients ---------------------------------------------------------------------------

    def write_clients(self) -> None:
        rng, total = self.rng, self.size.clients
        for index in range(total):
            if index % 100 == 0:
                self.progress(DemoStage.CLIENTS, index / total)
            company = rng.random() < 0.07
            regular = rng.random() < (0.6 if company else 0.15)
            joined, visits = self.visit_times(regular, company)
            self.clients.append(self.write_client(company, joined, visits))
        self.progress(DemoStage.CLIENTS, 1.0)

    def visit_times(self, regular: bool, company: bool) -> tuple[datetime, list[datetime]]:
        """When a client comes: regulars 4+ times a year, the others now and then."""
        rng = self.rng
        joined = self.start - timedelta(days=rng.uniform(-365 * self.size.years, 1000))
        first = max(joined, self.start)
        days: list[datetime] = []
        if regular:
            per_year = rng.uniform(6, 12) if company else rng.uniform(4.3, 7)
            gap = 365 / per_year
            moment = first + timedelta(days=rng.uniform(0, gap))
            while moment < self.now:
                days.append(moment)
                moment += timedelta(days=max(7.0, gap * rng.uniform(0.6, 1.4)))
        elif rng.random() > 0.05:
            moment = first + timedelta(days=rng.uniform(0, 200))
            if moment > self.now:
                moment = self.uniform_time(first, self.now)
            limit = rng.choice((1, 1, 2, 2, 3, 4))
            while moment < self.now and len(days) < limit:
                days.append(moment)
                moment += timedelta(days=rng.uniform(130, 600))
        times = [t for t in (self.visit_time(day) for day in days) if t <= self.shop_now]
        return joined, sorted(times)

    def visit_time(self, moment: datetime) -> datetime:
        """A believable arrival time on that day (or the next working one)."""
        day = _open_from(moment.replace(hour=0, minute=0)).date()
        hour = self.rng.choices((9, 10, 11, 12, 14, 16, 18), (18, 16, 12, 10, 14, 12, 6))[0]
        return _opening(day, self.tz).replace(hour=hour) + timedelta(
            minutes=self.rng.uniform(0, 110 if hour < 18 else 55)
        )

    def write_client(self, company: bool, joined: datetime, visits: list[datetime]) -> _Client:
        """A card made at the first visit (or the phone call before it), or long ago."""
        rng, fake = self.rng, self.fake
        created = min(self.visit_time(joined), self.shop_now)
        if visits and joined >= self.start:
            early = timedelta(days=rng.uniform(1, 10)) if rng.random() < 0.4 else timedelta()
            created = visits[0] - early - timedelta(minutes=rng.uniform(3, 15))
        values: dict[str, Any] = {
            "last_name": "",
            "first_name": "",
            "middle_name": "",
            "company_name": "",
            "tax_id": "",
            "email": "",
            "address": "",
            "birthday": None,
            "notes": "",
        }
        if company:
            form = _picker(cat.COMPANY_FORMS)(rng)
            if form == "ИП":
                values["company_name"] = "ИП " + self.person_name(rng.random() < 0.2)
                values["tax_id"] = fake.individuals_inn()
            else:
                stem = rng.choice(cat.COMPANY_STEMS) + rng.choice(cat.COMPANY_TAILS).lower()
                values["company_name"] = f"{form} «{stem}»"
                values["tax_id"] = fake.businesses_inn()
                values["email"] = f"info@{_translit(stem)}.ru"
            values["address"] = self.address()
            contact = self.person_name(rng.random() < 0.3).split()
            role = rng.choice(cat.FLEET_ROLES)
            values["notes"] = f"Контактное лицо: {contact[0]} {contact[1]}, {role}"
            name, channel = values["company_name"], ContactChannel.EMAIL
        else:
            female = rng.random() < 0.28
            last, first_name, middle = self.person_name(female).split()
            values.update(last_name=last, first_name=first_name, middle_name=middle)
            if rng.random() < 0.85:
                values["birthday"] = self.now.date() - timedelta(
                    days=rng.randint(19 * 365, 75 * 365)
                )
            if rng.random() < 0.35:
                values["email"] = self.email(last, first_name, values["birthday"])
            if rng.random() < 0.25:
                values["address"] = self.address()
            if rng.random() < 0.08:
                values["notes"] = rng.choice(cat.CLIENT_NOTES)
            name = f"{last} {first_name} {middle}"
            channel = self.channel(bool(values["email"]), bool(values["address"]))
        client_id = self.writer.add(
            Client,
            kind=ClientKind.COMPANY if company else ClientKind.PERSON,
            consent_to_contact=company or rng.random() < 0.85,
            preferred_channel=channel,
            referral_source=_picker(cat.REFERRALS)(rng),
            created_at=created,
            anonymised_at=None,
            **values,
        )
        self.write_phones(client_id, company)
        return _Client(client_id, company, name, values["tax_id"], created, visits)

    def write_phones(self, client_id: int, company: bool) -> None:
        rng = self.rng
        numbers = []
        if company:
            landline = self.unique(
                self.phones, lambda: "+7" + rng.choice(cat.LANDLINE_CODES) + self.digits(7)
            )
            numbers.append((landline, "офис"))
            numbers.append((self.mobile(), rng.choice(cat.COMPANY_PHONE_LABELS[1:])))
        else:
            numbers.append((self.mobile(), "мобильный"))
            if rng.random() < 0.2:
                numbers.append((self.mobile(), rng.choice(cat.EXTRA_PHONE_LABELS)))
        for number, label in numbers:
            self.writer.add(ClientPhone, client_id=client_id, number=number, label=label)

    def mobile(self) -> str:
        return self.unique(
            self.phones, lambda: "+79" + self.rng.choice(cat.MOBILE_CODES)[1:] + self.digits(7)
        )

    def email(self, last: str, first: str, birthday: date | None) -> str:
        rng = self.rng
        shape = rng.randint(0, 3)
        login = {
            0: f"{_translit(first)}.{_translit(last)}",
            1: f"{_translit(first)[0]}{_translit(last)}",
            2: f"{_translit(last)}{birthday.year if birthday else rng.randint(70, 99)}",
            3: f"{_translit(last)}_{_translit(first)[:3]}{rng.randint(1, 99)}",
        }[shape]
        return f"{login}@{rng.choice(cat.EMAIL_DOMAINS)}"

    def address(self) -> str:
        city = _picker(cat.CITIES)(self.rng)
        return f"{self.fake.postcode()}, г. {city}, {self.fake.street_address()}"

    def channel(self, email: bool, address: bool) -> ContactChannel:
        roll = self.rng.random()
        if roll < 0.45:
            return ContactChannel.PHONE
        if roll < 0.82 or (roll < 0.96 and not email):
            return ContactChannel.SMS
        if roll < 0.96:
            return ContactChannel.EMAIL
        return ContactChannel.POST if address else ContactChannel.PHONE

    # -- vehicles --------------------------------------------------------------------------

    def write_vehicles(self) -> None:
        rng, total = self.rng, len(self.clients)
        for index, client in enumerate(self.clients):
            if index % 100 == 0:
                self.progress(DemoStage.VEHICLES, index / total)
            if client.company:
                count = rng.choice((2, 2, 3, 3, 4, 5, 6, 8))
            else:
                count = rng.choices((1, 2, 3), (83, 15, 2))[0]
            which = rng.choices(range(count), [3] + [1] * (count - 1), k=len(client.visits))
            client.vehicles = [
                self.write_vehicle(
                    client, [t for t, w in zip(client.visits, which, strict=True) if w == i], i
                )
                for i in range(count)
            ]
        self.progress(DemoStage.VEHICLES, 1.0)

    def write_vehicle(self, client: _Client, visits: list[datetime], index: int) -> _Vehicle:
        rng = self.rng
        make, model = self.models(rng)
        newest = min(model.years[1], self.now.year)
        age = int(rng.expovariate(1 / (3 if client.company else 6)))
        year = max(model.years[0], min(newest, self.now.year - age))
        built = date(year, rng.randint(1, 12), rng.randint(1, 28))
        if built > self.now.date():
            built = self.now.date() - timedelta(days=30)
        bought_here = make in cat.DEALER_MAKES and year >= self.now.year - 6 and rng.random() < 0.35
        created = (
            client.created_at if index == 0 else self.uniform_time(client.created_at, self.now)
        )
        if visits:
            created = max(client.created_at, min(created, visits[0] - timedelta(minutes=2)))
        vin = self.unique(self.vins, lambda: self.vin(model, year))
        plate = self.unique(self.plates, self.plate)
        engine = rng.choice(model.engines) + " " + self.engine_serial(model.tier == 0)
        vehicle_id = self.writer.add(
            Vehicle,
            owner_id=client.id,
            make=make,
            model=model.name,
            year=year,
            plate=plate,
            vin=vin,
            engine_number=engine,
            colour=_picker(cat.COLOURS)(rng),
            bought_here=bought_here,
            created_at=created,
        )
        km = rng.randint(25_000, 60_000) if client.company else rng.randint(7_000, 24_000)
        vehicle = _Vehicle(
            vehicle_id, client, visits, make, model, f"{make} {model.name} {plate}", vin,
            created, bought_here, km, built,
        )  # fmt: skip
        self.vehicles.append(vehicle)
        return vehicle

    def vin(self, model: cat.CarModel, year: int) -> str:
        """WMI and model code from the catalogue, a correct check digit, the year's code."""
        rng, letters = self.rng, cat.VIN_LETTERS
        plant = "0" if model.wmi == "XTA" else rng.choice(letters)
        year_code = cat.VIN_YEAR_CODES[(year - 1980) % 30]
        body = model.wmi + model.vds + "0" + year_code + plant + self.digits(6)
        return body[:8] + _vin_check_digit(body) + body[9:]

    def plate(self) -> str:
        letters = cat.PLATE_LETTERS
        rng = self.rng
        region = _picker(cat.PLATE_REGIONS)(rng)
        number = rng.randint(1, 999)
        return (
            f"{rng.choice(letters)}{number:03d}{rng.choice(letters)}{rng.choice(letters)}{region}"
        )

    def engine_serial(self, domestic: bool) -> str:
        if domestic:
            return self.digits(7)
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + self.digits(
            6
        )

    # -- work orders: planning -------------------------------------------------------------

    def write_work_orders(self) -> None:
        self.progress(DemoStage.WORK_ORDERS)
        for index, vehicle in enumerate(self.vehicles):
            if index % 200 == 0:
                self.progress(DemoStage.WORK_ORDERS, 0.1 * index / len(self.vehicles))
            for moment in vehicle.visits:
                self.visits.append(self.new_visit(vehicle, moment))
        self.top_up()
        self.visits.sort(key=lambda visit: visit.accepted)
        self.place_cars_today()
        self.progress(DemoStage.WORK_ORDERS, 0.1)
        general = [m for m in self.staff[Role.MECHANIC] if m not in self.specialists.values()]
        self.general = general or self.staff[Role.MECHANIC]
        self.bay_roster = _Roster(self.bays)
        self.mechanic_roster = _Roster(self.staff[Role.MECHANIC])
        self.arrivals: list[tuple[_Visit, int, int]] = []
        self.open_orders: list[_Order] = []
        running: dict[int, int] = defaultdict(int)
        total = len(self.visits)
        for index, visit in enumerate(self.visits):
            if index % 100 == 0:
                self.progress(DemoStage.WORK_ORDERS, 0.1 + 0.9 * index / total)
                self.bay_roster.forget_before(visit.accepted - DAY)
                self.mechanic_roster.forget_before(visit.accepted - DAY)
            year = visit.accepted.year
            running[year] += 1
            self.write_order(visit, f"{year % 100:02d}-{running[year]:06d}")
        self.progress(DemoStage.WORK_ORDERS, 1.0)

    def place_cars_today(self) -> None:
        """One car per bay today, the work in hand first; the others wait in the yard."""
        free = self.rng.sample(self.bays, len(self.bays))
        for status in (W.IN_PROGRESS, W.QUALITY_CHECK, W.AWAITING_APPROVAL, W.DIAGNOSIS, W.READY):
            for visit in self.visits:
                if visit.status is status and free:
                    visit.bay = free.pop()

    def new_visit(
        self, vehicle: _Vehicle, moment: datetime, forced: WorkOrderStatus | None = None
    ) -> _Visit:
        """What the car comes for, what diagnosis finds, and how its order will go."""
        rng = self.rng
        reasons = [self.reason_by_month[moment.month](rng)]
        if rng.random() < 0.2:
            second = self.reason_by_month[moment.month](rng)
            if second is not reasons[0]:
                reasons.append(second)
        ops: list[str] = []
        for reason in reasons:
            for position, (code, chance) in enumerate(reason.operations):
                if (position == 0 or rng.random() * 100 < chance) and code not in ops:
                    ops.append(code)
        pool = list(dict.fromkeys(c for r in reasons for c in r.extras if c not in ops))
        searching = any(r.key in ("suspension", "engine", "electrics", "trip") for r in reasons)
        extras: list[str] = []
        if forced is W.AWAITING_APPROVAL or (pool and rng.random() < (0.45 if searching else 0.2)):
            pool = pool or [c for c in ("ТМ-01", "ПР-01", "ХЧ-07") if c not in ops]
            extras = rng.sample(pool, min(len(pool), rng.choice((1, 1, 2))))
        if forced is W.AWAITING_PARTS and "ТМ-03" not in ops:
            ops.append("ТМ-03")
        tier = vehicle.model.tier
        parts = [
            cat.PARTS[_part_key(k, tier)] for c in ops + extras for k, _ in cat.OPERATIONS[c].parts
        ]
        waits = any(not part.stocked for part in parts) and rng.random() < (
            0.3 if tier == 0 else 0.65
        )
        visit = _Visit(moment, vehicle.owner, vehicle, reasons, ops, extras, forced=forced)
        if forced is W.AWAITING_PARTS or waits:
            long_wait = rng.random() < 0.1
            visit.parts_wait = rng.uniform(2000, 4500) if long_wait else rng.uniform(120, 1800)
        if forced is None and rng.random() < 0.025:
            stages = [(W.ACCEPTED, 1), (W.DIAGNOSIS, 4)]
            stages += [(W.AWAITING_APPROVAL, 4)] if extras else []
            stages += [(W.AWAITING_PARTS, 2)] if visit.parts_wait else []
            visit.cancel_at = _Pick(stages)(rng)
        visit.rework = forced is None and visit.cancel_at is None and rng.random() < 0.03
        visit.booked = rng.random() < 0.5
        visit.plan = self.timeline(visit)
        visit.events = self.past(visit)
        return visit

    def timeline(self, visit: _Visit) -> list[_Event]:
        """The order's whole life from intake to handover, in the shop's working hours."""
        rng = self.rng
        moment = visit.accepted
        plan = [_Event(W.ACCEPTED, moment, "desk")]

        def cancel(at: datetime) -> list[_Event]:
            plan.append(_Event(W.CANCELLED, at, "desk", rng.choice(cat.CANCEL_REASONS)))
            return plan

        if visit.cancel_at is W.ACCEPTED:
            return cancel(_later(moment, rng.uniform(15, 90)))
        moment = _later(moment, rng.uniform(10, 50))
        plan.append(_Event(W.DIAGNOSIS, moment, "master"))
        codes = visit.ops + visit.extras
        diagnosis = sum(_hours(c) for c in codes if c.startswith("ДГ"))
        moment = _later(moment, rng.uniform(10, 30) + 60 * diagnosis * rng.uniform(0.8, 1.4))
        if visit.cancel_at is W.DIAGNOSIS:
            return cancel(_later(moment, rng.uniform(20, 120)))
        approved = ""
        if visit.extras:
            found = ", ".join(_lower_first(cat.OPERATIONS[c].name) for c in visit.extras)
            comment = f"Найдено при диагностике, нужно согласие клиента: {found}"
            plan.append(_Event(W.AWAITING_APPROVAL, moment, "master", comment))
            moment = _later(moment, rng.uniform(20, 300))
            if visit.cancel_at is W.AWAITING_APPROVAL:
                return cancel(moment)
            approved = rng.choice(cat.APPROVED)
        if visit.parts_wait:
            comment = f"{approved}; ждём запчасти" if approved else "Запчасти заказаны"
            plan.append(_Event(W.AWAITING_PARTS, moment, "desk" if approved else "master", comment))
            moment = _later(moment, visit.parts_wait)
            if visit.cancel_at is W.AWAITING_PARTS:
                return cancel(moment)
            plan.append(_Event(W.IN_PROGRESS, moment, "master", "Запчасти получены"))
        else:
            plan.append(_Event(W.IN_PROGRESS, moment, "desk" if approved else "master", approved))
        work = sum(_hours(c) for c in codes if not c.startswith("ДГ"))
        moment = _later(moment, 10 + 60 * work * rng.uniform(0.7, 1.3))
        plan.append(_Event(W.QUALITY_CHECK, moment, "mechanic"))
        if visit.rework:
            moment = _later(moment, rng.uniform(10, 30))
            plan.append(_Event(W.IN_PROGRESS, moment, "master", rng.choice(cat.QC_FAILURES)))
            moment = _later(moment, rng.uniform(30, 90))
            plan.append(_Event(W.QUALITY_CHECK, moment, "mechanic"))
        moment = _later(moment, rng.uniform(10, 40))
        plan.append(_Event(W.READY, moment, "master", rng.choice(("", "Проверено, замечаний нет"))))
        same_day = rng.random() < 0.75  # most owners come the evening they are called
        moment = _later(moment, rng.uniform(20, 240) if same_day else rng.uniform(300, 900))
        plan.append(_Event(W.HANDED_OVER, moment, "desk", rng.choice(cat.HANDOVER_NOTES)))
        return plan

    def past(self, visit: _Visit) -> list[_Event]:
        """The part of the plan already lived; a forced order stops at its status in time."""
        if visit.forced is None:
            return [event for event in visit.plan if event.at <= self.now]
        cut = next(i for i, e in enumerate(visit.plan) if e.status is visit.forced)
        events = visit.plan[: cut + 1]
        limit = min(self.shop_now, self.now) - timedelta(minutes=2)
        span = events[-1].at - visit.accepted
        if events[-1].at > limit and span > timedelta():
            scale = max(limit - visit.accepted, timedelta()) / span
            events = [
                e._replace(at=visit.accepted + (e.at - visit.accepted) * scale) for e in events
            ]
        return events

    def top_up(self) -> None:
        """However small the shop, today's workshop has an order in every open status."""
        rng = self.rng
        counts = Counter(visit.status for visit in self.visits)
        month_ago = self.now - timedelta(days=30)
        cars = [v for v in self.vehicles if v.created_at < month_ago] or self.vehicles
        minimum = 1
        for status, (low, high) in _FORCED_AGO.items():
            for _ in range(minimum - counts[status]):
                vehicle = rng.choice(cars)
                accepted = _earlier(self.shop_now, rng.uniform(low, high))
                bisect.insort(vehicle.owner.visits, accepted)
                self.visits.append(self.new_visit(vehicle, accepted, forced=status))
        for status in (W.CANCELLED, W.HANDED_OVER):
            handed_over = [v for v in self.visits if v.status is W.HANDED_OVER]
            if any(v.status is status for v in self.visits):
                continue
            if status is W.CANCELLED and len(handed_over) > 1:
                visit = rng.choice(handed_over)
            else:
                vehicle = rng.choice(cars)
                accepted = _earlier(self.shop_now, rng.uniform(3000, 6000))
                bisect.insort(vehicle.owner.visits, accepted)
                visit = self.new_visit(vehicle, accepted)
                self.visits.append(visit)
            visit.parts_wait, visit.rework = 0.0, False
            visit.cancel_at = W.DIAGNOSIS if status is W.CANCELLED else None
            visit.plan = self.timeline(visit)
            visit.events = self.past(visit)

    # -- work orders: writing --------------------------------------------------------------

    def write_order(self, visit: _Visit, number: str) -> None:
        rng, w = self.rng, self.writer
        vehicle, client, status = visit.vehicle, visit.client, visit.status
        tier = vehicle.model.tier
        reached = [event.status for event in visit.events]
        desk = self.on_shift(Role.RECEPTIONIST, visit.accepted)
        master = self.on_shift(Role.MASTER, visit.accepted)
        accepted_by = desk if rng.random() < 0.9 else master
        asked = reached.index(W.AWAITING_APPROVAL) if W.AWAITING_APPROVAL in reached else -1
        approved = 0 <= asked < len(reached) - 1 and reached[asked + 1] is not W.CANCELLED
        codes = visit.ops + (visit.extras if approved else [])
        mechanic = bay = None
        if stretch := self.occupancy(visit):
            skills = {cat.OPERATIONS[code].skill for code in codes}
            only = next(iter(skills)) if len(skills) == 1 else ""
            team = [self.specialists[only]] if only in self.specialists else self.general
            mechanic = self.mechanic_roster.take(team, *stretch, rng)
            if not status.is_open:
                bay = self.bay_roster.take(self.bays, *stretch, rng)
        bay = visit.bay if status.is_open else bay
        rate = self.price(cat.RATE_NOW[tier], visit.accepted, 50)
        labour = self.labour(visit, codes, mechanic)
        parts = self.parts(vehicle, codes, visit.accepted)
        requested = set(visit.ops)
        estimate = sum(
            (Decimal(cat.OPERATIONS[c].hours) * rate for c in visit.ops), Decimal("0")
        ) + sum(
            (p.quantity * p.price for p in parts if p.ops & requested and not p.supplied),
            Decimal("0"),
        )
        estimate = to_money((estimate / 100).to_integral_value(ROUND_CEILING) * 100)
        planned = 60 + 72 * sum(_hours(c) for c in visit.ops) + (480 if visit.parts_wait else 0)
        promised = _ceil_half_hour(_later(visit.accepted, planned))
        prepayment = Decimal("0")
        if visit.parts_wait and estimate >= 10_000 and rng.random() < 0.7:
            prepayment = (estimate / 2 / 1000).to_integral_value() * 1000
        percent, why = self.discount(visit, estimate, promised)
        first_visit = vehicle.last_seen is None
        odometer = self.odometer(vehicle, visit.accepted)
        complaints = "\n".join(
            rng.choice(reason.complaints).format(km=max(15, round(odometer / 15_000) * 15))
            for reason in visit.reasons
        )
        inspection = self.inspection()
        note = ""
        if status is W.HANDED_OVER:
            if "ТО-01" in codes:
                due = f"{odometer + cat.NEXT_SERVICE_KM:,}".replace(",", " ")
                note = f"Следующее ТО при пробеге {due} км или через 12 месяцев"
            elif watch := [
                name for name, state, _ in inspection if state is not InspectionState.OK
            ]:
                note = f"При следующем визите проверить: {_lower_first(watch[0])}"
        order_id = w.add(
            WorkOrder,
            number=number,
            client_id=client.id,
            vehicle_id=vehicle.id,
            status=status,
            accepted_at=visit.accepted,
            accepted_by_id=accepted_by,
            master_id=master,
            bay_id=bay,
            promised_at=promised,
            closed_at=None if status.is_open else visit.events[-1].at,
            odometer_km=odometer,
            fuel_level=_picker(cat.FUEL_LEVELS)(rng),
            complaints=complaints,
            completeness=[name for name, share in cat.COMPLETENESS if rng.random() * 100 < share],
            estimate=estimate,
            prepayment=to_money(prepayment),
            discount_percent=Decimal(percent),
            discount_reason=cat.DISCOUNT_REASONS.get(why, ""),
            cancel_reason=visit.events[-1].comment if status is W.CANCELLED else "",
            next_visit_note=note,
        )
        people = {"desk": desk, "master": master, "mechanic": mechanic or master}
        previous: WorkOrderStatus | None = None
        for event in visit.events:
            who = accepted_by if previous is None else people[event.who]
            if event.who == "desk" and previous is not None:
                who = self.on_shift(Role.RECEPTIONIST, event.at)
            w.add(
                StatusChange,
                work_order_id=order_id,
                from_status=previous,
                to_status=event.status,
                changed_at=event.at,
                changed_by_id=who,
                comment=event.comment,
            )
            previous = event.status
        for position, (code, hours, done, by) in enumerate(labour, 1):
            op = cat.OPERATIONS[code]
            w.add(
                LabourLine,
                work_order_id=order_id,
                position=position,
                operation_code=code,
                name=op.name,
                norm_hours=hours,
                rate=rate,
                mechanic_id=by,
                done_at=done,
                warranty_months=op.warranty_months,
            )
            if done is not None and by is not None:
                self.hours[(done.year, done.month)][by] += hours
        for position, part in enumerate(parts, 1):
            w.add(
                PartLine,
                work_order_id=order_id,
                position=position,
                part_number=part.number,
                name=part.name,
                quantity=part.quantity,
                unit_price=Decimal("0.00") if part.supplied else part.price,
                supplied_by_client=part.supplied,
            )
        for name, state, remark in inspection:
            w.add(InspectionItem, work_order_id=order_id, name=name, state=state, note=remark)
        for kind, x, y, remark in self.damage(vehicle, first_visit):
            w.add(DamageMark, work_order_id=order_id, kind=kind, x=x, y=y, note=remark)
        order = _Order(
            order_id, number, visit, desk, master, parts, estimate, prepayment, percent, why
        )
        self.plan_requests(order)
        if visit.booked and visit.accepted >= self.now - _BOOKING_HISTORY:
            self.arrivals.append((visit, order_id, _duration(visit.ops)))
        if status.is_open:
            self.open_orders.append(order)

    def occupancy(self, visit: _Visit) -> tuple[datetime, datetime] | None:
        """When the car stands on a bay with its mechanic: from diagnosis or the start of
        the work to the end of the work; an order still in the shop holds it until now."""
        events, status = visit.events, visit.status
        diagnosed = visit.first(W.DIAGNOSIS, events)
        if diagnosed is None:
            return None
        if status in (W.DIAGNOSIS, W.AWAITING_APPROVAL):
            return diagnosed, self.now + timedelta(hours=1)
        if status is W.AWAITING_PARTS:
            start, end = visit.first(W.IN_PROGRESS), visit.first(W.READY)
            return (start, end) if start and end else None
        start = visit.first(W.IN_PROGRESS, events) or diagnosed
        end = visit.first(W.READY, events) or visit.first(W.READY) or start + timedelta(hours=1)
        if status in (W.IN_PROGRESS, W.QUALITY_CHECK):
            end = max(end, self.now + timedelta(minutes=30))
        return start, end

    def labour(
        self, visit: _Visit, codes: list[str], mechanic: int | None
    ) -> list[tuple[str, Decimal, datetime | None, int | None]]:
        """Each work with its norm-hours, when it was done (if yet) and by whom."""
        events, status = visit.events, visit.status
        after = [i + 1 for i, e in enumerate(events[:-1]) if e.status is W.DIAGNOSIS]
        diagnosed = events[after[0]].at if after else None
        started = visit.first(W.IN_PROGRESS, events)
        finished = visit.first(W.QUALITY_CHECK, events)
        if started is not None and finished is None and status is W.IN_PROGRESS:
            finished = visit.first(W.QUALITY_CHECK)
        total = sum(
            (Decimal(cat.OPERATIONS[c].hours) for c in codes if not c.startswith("ДГ")),
            Decimal("0"),
        )
        lines = []
        so_far = Decimal("0")
        for code in codes:
            op = cat.OPERATIONS[code]
            hours = Decimal(op.hours)
            done: datetime | None = None
            if code.startswith("ДГ"):
                done = diagnosed
            else:
                so_far += hours
                if started and finished and status is not W.CANCELLED and total:
                    share = float(so_far / total)
                    done = _later(started, _working_minutes(started, finished) * share)
            if done is not None and done > self.now:
                done = None
            by = (self.specialists.get(op.skill) or mechanic) if mechanic else None
            lines.append((code, hours, done, by))
        if status is W.IN_PROGRESS and lines and all(line[2] for line in lines):
            lines[-1] = (*lines[-1][:2], None, lines[-1][3])
        return lines

    def parts(self, vehicle: _Vehicle, codes: list[str], moment: datetime) -> list[_Part]:
        """The parts of these works, merged by part, priced as they were then."""
        tier = vehicle.model.tier
        merged: dict[str, _Part] = {}
        for code in codes:
            for raw_key, amount in cat.OPERATIONS[code].parts:
                key = _part_key(raw_key, tier)
                quantity = Decimal(cat.OIL_LITRES[tier] if amount == "oil" else amount)
                if key in merged:
                    merged[key].quantity += quantity
                    merged[key].ops.add(code)
                    continue
                part = cat.PARTS[key]
                price = self.price(
                    Decimal(part.price) * cat.TIER_PRICE_PERCENT[tier] / 100, moment, 10
                )
                number = self.part_number(vehicle, key)
                merged[key] = _Part(key, number, part.name, quantity, price, part.stocked, {code})
        lines = list(merged.values())
        if lines and self.rng.random() < 0.06:
            self.rng.choice(lines).supplied = True
        return lines

    def part_number(self, vehicle: _Vehicle, key: str) -> str:
        """The make's catalogue number, or a steady aftermarket one for this model."""
        cache_key = (vehicle.make, vehicle.model.name, key)
        if cache_key not in self.part_numbers:
            part = cat.PARTS[key]
            number = part.numbers.get(vehicle.make)
            if number is None:
                local = random.Random(zlib.crc32("|".join(cache_key).encode()))
                shape = "".join(
                    local.choice("0123456789") if ch == "#" else
                    local.choice("ABCDEFGHKLMNPRSTUVWXYZ") if ch == "@" else ch
                    for ch in part.pattern
                )  # fmt: skip
                number = f"{part.brand} {shape}"
            self.part_numbers[cache_key] = number
        return self.part_numbers[cache_key]

    def discount(self, visit: _Visit, estimate: Decimal, promised: datetime) -> tuple[int, str]:
        """Regulars (4+ visits in the year before) get the graded discount; late cars, a gift."""
        visits = visit.client.visits
        since = bisect.bisect_left(visits, visit.accepted - timedelta(days=365))
        regular = bisect.bisect_left(visits, visit.accepted) - since >= 4
        domestic = visit.vehicle.model.tier == 0
        bought = visit.vehicle.bought_here
        if regular:
            steps = (
                ((10_000, 10), (30_000, 20), (60_000, 30))
                if domestic
                else ((20_000, 10), (50_000, 15))
            )
            percent = next((p for limit, p in steps if estimate < limit), 40 if domestic else 20)
            if bought:
                return min(percent + 5, 40 if domestic else 20), "regular_bought"
            return percent, "regular"
        if bought:
            return 5, "bought"
        ready = visit.first(W.READY, visit.events)
        if ready and ready > promised + timedelta(hours=2) and self.rng.random() < 0.3:
            return self.rng.choice((5, 10)), "delay"
        return 0, ""

    def odometer(self, vehicle: _Vehicle, moment: datetime) -> int:
        """The first visit reads what the car's age suggests; later ones add what it drove."""
        rng = self.rng
        if vehicle.last_seen is None:
            years = max((moment.date() - vehicle.built).days, 20) / 365
            km = int(years * vehicle.yearly_km * rng.uniform(0.75, 1.25))
            km = min(max(km, rng.randint(300, 3000)), rng.randint(280_000, 360_000))
        else:
            days = (moment - vehicle.last_seen).total_seconds() / 86_400
            km = vehicle.odometer + int(days * vehicle.yearly_km / 365 * rng.uniform(0.7, 1.3))
            km += rng.randint(5, 80)
        vehicle.odometer, vehicle.last_seen = km, moment
        return km

    def inspection(self) -> list[tuple[str, InspectionState, str]]:
        rng = self.rng
        chosen = sorted(rng.sample(range(len(cat.INSPECTION)), 8))
        items = []
        for index in chosen:
            name, attention, urgent = cat.INSPECTION[index]
            roll = rng.random()
            if roll < 0.82:
                items.append((name, InspectionState.OK, ""))
            elif roll < 0.96:
                items.append((name, InspectionState.ATTENTION, attention))
            else:
                items.append((name, InspectionState.URGENT, urgent))
        return items

    def damage(
        self, vehicle: _Vehicle, first_visit: bool
    ) -> list[tuple[DamageKind, float, float, str]]:
        """Marks stay on the car from visit to visit; now and then a new one appears."""
        rng = self.rng
        if first_visit:
            count = rng.choice((1, 1, 2)) if rng.random() < 0.25 else 0
        else:
            count = int(rng.random() < 0.05)
        for _ in range(count):
            kind = DamageKind(_picker(cat.DAMAGE_KINDS)(rng))
            if kind is DamageKind.MISSING:
                x, y = rng.choice((0.1, 0.9)), rng.choice((0.25, 0.75))
                remark = cat.DAMAGE_WORDS[kind.value]
            else:
                place, x, y = rng.choice(cat.DAMAGE_PLACES)
                remark = f"{cat.DAMAGE_WORDS[kind.value]}: {place}"
            jitter = rng.uniform(-0.03, 0.03)
            vehicle.marks.append((kind, round(x + jitter, 3), round(y - jitter, 3), remark))
        return vehicle.marks

    # -- internal requests -----------------------------------------------------------------

    def plan_requests(self, order: _Order) -> None:
        """The requests an order makes between departments, as its life goes."""
        rng, visit = self.rng, order.visit
        events = visit.events

        def when(status: WorkOrderStatus) -> datetime | None:
            return visit.first(status, events) or visit.first(status)

        charged = [p for p in order.parts if not p.supplied]
        about = {"number": order.number, "vehicle": visit.vehicle.title, "vin": visit.vehicle.vin}
        made: list[_Request] = []
        if charged and rng.random() < 0.12:
            asked = rng.sample(charged, min(len(charged), rng.choice((1, 1, 2))))
            in_stock = all(p.stocked for p in asked) or rng.random() < 0.3
            created = _later(visit.accepted, rng.uniform(2, 25))
            eta = _later(created, rng.uniform(480, 2400))
            answer = cat.ANSWERS["parts_availability"][0 if in_stock else 1]
            made.append(self.request(
                RequestKind.PARTS_AVAILABILITY, created, order.desk, DepartmentKind.PARTS,
                cat.REQUEST_TEXTS["parts_availability"].format(parts=_parts_text(asked), **about),
                order=order, items=asked, needed_minutes=60, answer=answer, in_stock=in_stock,
                eta=None if in_stock else eta,
            ))  # fmt: skip
        ordered = when(W.AWAITING_PARTS)
        if ordered is not None and charged:
            wanted = [p for p in charged if not p.stocked] or charged[:1]
            arrived = next(
                (e.at for e in visit.plan if e.status is W.IN_PROGRESS and e.at > ordered), None
            )
            who = next(e.who for e in visit.plan if e.status is W.AWAITING_PARTS)
            requester = order.desk if who == "desk" else order.master
            made.append(self.request(
                RequestKind.PARTS_ORDER, _later(ordered, rng.uniform(3, 20)), requester,
                DepartmentKind.PARTS,
                cat.REQUEST_TEXTS["parts_order"].format(parts=_parts_text(wanted), **about),
                order=order, items=wanted, answer=cat.ANSWERS["parts_order"][0], in_stock=False,
                eta=arrived, closes=arrived, reject_share=0.04, reasons=cat.REJECT_REASONS["parts"],
            ))  # fmt: skip
        if charged and rng.random() < 0.06:
            made.append(self.request(
                RequestKind.PARTS_RESERVE, _later(visit.accepted, rng.uniform(5, 30)), order.desk,
                DepartmentKind.PARTS,
                cat.REQUEST_TEXTS["parts_reserve"].format(parts=_parts_text(charged), **about),
                order=order, items=charged, answer=cat.ANSWERS["parts_reserve"][0], in_stock=True,
            ))  # fmt: skip
        started = when(W.IN_PROGRESS)
        if started is not None and charged and rng.random() < 0.1:
            made.append(self.request(
                RequestKind.PARTS_ISSUE, started, order.master, DepartmentKind.PARTS,
                cat.REQUEST_TEXTS["parts_issue"].format(parts=_parts_text(charged), **about),
                order=order, items=charged, needed_minutes=30,
                answer=cat.ANSWERS["parts_issue"][0], in_stock=True,
            ))  # fmt: skip
        self.plan_finance_requests(order, when, about, made)
        cancelled = events[-1].at if visit.status is W.CANCELLED else None
        for request in made:
            if request.created > self.now:
                continue
            if cancelled and (request.closed is None or request.closed > cancelled):
                request.outcome, request.cancelled = "cancel", max(cancelled, request.created)
                request.reason = cat.REQUEST_CANCEL_REASONS[0]
            self.requests.append(request)

    def plan_finance_requests(
        self,
        order: _Order,
        when: Callable[[WorkOrderStatus], datetime | None],
        about: dict[str, str],
        made: list[_Request],
    ) -> None:
        rng, visit = self.rng, order.visit
        finance = DepartmentKind.FINANCE
        texts = cat.REQUEST_TEXTS
        if order.prepayment:
            made.append(self.request(
                RequestKind.FINANCE_PREPAYMENT, _later(visit.accepted, rng.uniform(10, 60)),
                order.desk, finance,
                texts["finance_prepayment"].format(amount=_rub(order.prepayment), **about),
                order=order, needed_minutes=120,
                answer=rng.choice(cat.ANSWERS["finance_prepayment"]),
            ))  # fmt: skip
        if order.percent >= 30 or order.why == "delay":
            why = _lower_first(cat.DISCOUNT_REASONS[order.why])
            made.append(self.request(
                RequestKind.FINANCE_DISCOUNT, _later(visit.accepted, rng.uniform(15, 120)),
                order.desk, finance,
                texts["finance_discount"].format(percent=order.percent, why=why, **about),
                order=order, needed_minutes=240, answer=rng.choice(cat.ANSWERS["finance_discount"]),
                reject_share=0.12, reasons=cat.REJECT_REASONS["finance_discount"],
            ))  # fmt: skip
        ready = when(W.READY)
        if visit.client.company and ready is not None and rng.random() < 0.8:
            invoice = cat.ANSWERS["finance_invoice"][0].format(invoice=order.id)
            made.append(self.request(
                RequestKind.FINANCE_INVOICE, _later(ready, rng.uniform(5, 60)), order.desk, finance,
                texts["finance_invoice"].format(
                    company=visit.client.name, inn=visit.client.tax_id, **about
                ),
                order=order, needed_minutes=660, answer=invoice,
            ))  # fmt: skip
        if visit.status is W.CANCELLED and order.prepayment:
            made.append(self.request(
                RequestKind.FINANCE_REFUND, _later(visit.events[-1].at, rng.uniform(10, 60)),
                order.desk, finance,
                texts["finance_refund"].format(amount=_rub(order.prepayment), **about),
                order=order, needed_minutes=660, answer=cat.ANSWERS["finance_refund"][0],
                reject_share=0.05, reasons=cat.REJECT_REASONS["finance"],
            ))  # fmt: skip

    def request(
        self,
        kind: RequestKind,
        created: datetime,
        requester: int,
        to: DepartmentKind,
        text: str,
        *,
        order: _Order | None = None,
        items: Sequence[_Part] = (),
        needed_minutes: float | None = None,
        needed_by: datetime | None = None,
        answer: str = "",
        in_stock: bool | None = None,
        eta: datetime | None = None,
        closes: datetime | None = None,
        taken: datetime | None = None,
        reject_share: float = 0.0,
        reasons: Sequence[str] = (),
    ) -> _Request:
        """A request with its whole life planned: taken, answered, closed (or not)."""
        rng = self.rng
        taken = taken or _later(created, rng.uniform(3, 30))
        answered = _later(taken, rng.uniform(5, 45))
        closed = closes if closes and closes > answered else _later(answered, rng.uniform(10, 240))
        fields: dict[str, Any] = {"in_stock": in_stock, "eta": eta}
        if items:
            fields["quantity"] = items[0].quantity
            fields["price"] = items[0].price
            fields["bin"] = f"{rng.choice('АБВГДЕ')}-{rng.randint(1, 24):02d}-{rng.randint(1, 5)}"
        local_eta = eta.strftime("%d.%m к %H:%M") if eta else ""
        request = _Request(
            kind=kind,
            created=created,
            requester=requester,
            from_dept=self.department_of[requester],
            to_dept=to,
            answerer=self.answerer(to, created),
            text=text,
            order_id=order.id if order else None,
            needed_by=_later(created, needed_minutes) if needed_minutes else needed_by,
            items=[(p.number, p.name, p.quantity) for p in items],
            taken=taken,
            answered=answered,
            closed=closed,
            answer=answer.format(bin=fields.get("bin", ""), eta=local_eta),
            answer_fields=fields,
        )
        if rng.random() < reject_share:
            request.outcome, request.reason = "reject", rng.choice(reasons)
        elif rng.random() < 0.03:
            request.outcome, request.reason = "cancel", rng.choice(cat.REQUEST_CANCEL_REASONS)
            request.cancelled = created + (taken - created) * rng.uniform(0.2, 0.9)
        return request

    def answerer(self, department: DepartmentKind, moment: datetime) -> int:
        if department is DepartmentKind.PARTS:
            return self.staff[Role.PARTS_CLERK][0]
        if department is DepartmentKind.FINANCE:
            return self.staff[Role.FINANCE][0]
        return self.on_shift(Role.MASTER, moment)

    def write_requests(self) -> None:
        """Order requests planned earlier, plus the routine ones: expenses and figures."""
        rng = self.rng
        self.progress(DemoStage.REQUESTS)
        moment = self.visit_time(self.start + timedelta(days=rng.uniform(1, 14)))
        while moment < self.shop_now:
            requester = rng.choice(self.staff[Role.MASTER] + self.staff[Role.RECEPTIONIST])
            what, amount = rng.choice(cat.REIMBURSE_TEXTS)
            monday = _open_from(
                _opening(moment.date() + timedelta(days=7 - moment.weekday()), self.tz)
            )
            self.requests.append(self.request(
                RequestKind.FINANCE_REIMBURSE, moment, requester, DepartmentKind.FINANCE,
                f"{what}: {_rub(self.price(amount, moment, 10))} ₽",
                needed_by=_later(monday, 240),
                answer=cat.ANSWERS["finance_reimburse"][0],
                taken=_later(monday, rng.uniform(30, 180)), reject_share=0.05,
                reasons=cat.REJECT_REASONS["finance"],
            ))  # fmt: skip
            moment = self.visit_time(moment + timedelta(days=rng.uniform(7, 21)))
        month = date(self.start.year, self.start.month, 1)
        while (month := _next_month(month)) <= self.now.date():
            created = _later(_opening(month, self.tz), rng.uniform(30, 120))
            if created > self.shop_now:
                break
            previous = _next_month(month, -1)
            name = f"{cat.MONTHS[previous.month - 1]} {previous.year}"
            hours = self.hours.get((previous.year, previous.month), {})
            figures = "; ".join(
                f"{_short_name(self.names[m])} — {_qty(h)} н/ч" for m, h in sorted(hours.items())
            )
            self.requests.append(self.request(
                RequestKind.INFO_FIGURES, created, self.staff[Role.FINANCE][0],
                DepartmentKind.WORKSHOP, cat.FIGURES_TEXT.format(month=name),
                needed_minutes=3 * 660,
                answer=cat.ANSWERS["info_figures"][0].format(month=name, figures=figures or "нет"),
            ))  # fmt: skip
        self.top_up_requests()
        self.requests.sort(key=lambda request: request.created)
        total = len(self.requests)
        for index, request in enumerate(self.requests):
            if index % 200 == 0:
                self.progress(DemoStage.REQUESTS, index / total)
            self.write_request(request)
        self.progress(DemoStage.REQUESTS, 1.0)

    def top_up_requests(self) -> None:
        """However small the shop, every status occurs, everyone at the desk has a request
        under way and the parts and finance departments have something to answer."""
        now, staff = self.now, self.staff
        present = {request.status_at(now) for request in self.requests}
        for status in RequestStatus:
            if status not in present:
                self.requests.append(self.forced_request(status))
        under_way = [r for r in self.requests if r.status_at(now).is_open]
        waiting = (RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.ANSWERED)
        filers = staff[Role.RECEPTIONIST] + staff[Role.MASTER] + staff[Role.FINANCE]
        for index, person in enumerate(filers):
            if all(r.requester != person for r in under_way):
                status = waiting[index % len(waiting)]
                to = (
                    DepartmentKind.WORKSHOP
                    if person in staff[Role.FINANCE]
                    else DepartmentKind.PARTS
                )
                self.requests.append(self.forced_request(status, requester=person, to=to))
        for department in (DepartmentKind.PARTS, DepartmentKind.FINANCE):
            if all(r.to_dept is not department for r in under_way):
                self.requests.append(self.forced_request(RequestStatus.NEW, to=department))

    def forced_request(
        self,
        status: RequestStatus,
        requester: int | None = None,
        to: DepartmentKind = DepartmentKind.PARTS,
    ) -> _Request:
        """A question to parts (or finance) about one of today's open orders, in ``status``."""
        rng = self.rng
        minutes = {
            RequestStatus.NEW: (10, None, None, None),
            RequestStatus.TAKEN: (45, 25, None, None),
            RequestStatus.ANSWERED: (180, 150, 120, None),
        }.get(status, (1500, 1470, 1440, 1400))
        stretch = rng.uniform(0.5, 2.0)
        created, taken, answered, closed = (
            None if m is None else _earlier(self.shop_now, m * stretch) for m in minutes
        )
        assert created is not None
        order = rng.choice(self.open_orders) if self.open_orders else None
        requester = requester or self.on_shift(Role.RECEPTIONIST, created)
        about = {"number": "—", "vehicle": "—", "vin": "—"}
        if order is not None:
            vehicle = order.visit.vehicle
            about = {"number": order.number, "vehicle": vehicle.title, "vin": vehicle.vin}
        if to is DepartmentKind.FINANCE:
            amount = _rub(max(order.estimate / 2 if order else Decimal(0), Decimal(3000)))
            request = self.request(
                RequestKind.FINANCE_PREPAYMENT, created, requester, to,
                cat.REQUEST_TEXTS["finance_prepayment"].format(amount=amount, **about),
                order=order, needed_minutes=120, answer=cat.ANSWERS["finance_prepayment"][0],
            )  # fmt: skip
        elif to is DepartmentKind.WORKSHOP:
            request = self.request(
                RequestKind.INFO_FIGURES, created, requester, to, cat.WEEK_FIGURES[0],
                needed_minutes=240, answer=cat.WEEK_FIGURES[1],
            )  # fmt: skip
        else:
            parts = (
                sorted((p for p in order.parts if not p.supplied), key=lambda p: p.stocked)[:2]
                if order
                else []
            )
            text = cat.REQUEST_TEXTS["parts_availability"].format(
                parts=_parts_text(parts) or cat.PARTS["oil_filter"].name, **about
            )
            request = self.request(
                RequestKind.PARTS_AVAILABILITY, created, requester, to, text, order=order,
                items=parts, needed_minutes=60, answer=cat.ANSWERS["parts_availability"][0],
                in_stock=True,
            )  # fmt: skip
        request.taken, request.answered, request.closed = taken, answered, closed
        request.outcome = {RequestStatus.REJECTED: "reject", RequestStatus.CANCELLED: "cancel"}.get(
            status, "close"
        )
        request.reason = {
            RequestStatus.REJECTED: cat.REJECT_REASONS["parts"][0],
            RequestStatus.CANCELLED: cat.REQUEST_CANCEL_REASONS[1],
        }.get(status, "")
        if status is RequestStatus.CANCELLED:
            request.cancelled = _later(created, 10)
            request.taken = request.answered = request.closed = None
        return request

    def write_request(self, request: _Request) -> None:
        rng, w, now = self.rng, self.writer, self.now
        status = request.status_at(now)
        taken = request.taken if request.taken and request.taken <= now else None
        closed_at = {
            RequestStatus.CLOSED: request.closed,
            RequestStatus.REJECTED: request.answered,
            RequestStatus.CANCELLED: request.cancelled,
        }.get(status)
        if status is RequestStatus.CANCELLED and taken and closed_at and taken > closed_at:
            taken = None
        good = score = None
        comment = ""
        if status is RequestStatus.CLOSED and rng.random() < 0.85:
            late = bool(
                request.needed_by and request.answered and request.answered > request.needed_by
            )
            if rng.random() < (0.3 if late else 0.03):
                good, score = False, rng.choice((1, 2, 2, 3))
                comment = rng.choice(cat.BAD_COMMENTS[:1] if late else cat.BAD_COMMENTS[1:])
            else:
                good, score = True, rng.choices((5, 4, 3), (60, 32, 8))[0]
                comment = rng.choice(cat.GOOD_COMMENTS)
        request_id = w.add(
            InternalRequest,
            from_department_id=self.departments[request.from_dept],
            to_department_id=self.departments[request.to_dept],
            requester_id=request.requester,
            kind=request.kind,
            work_order_id=request.order_id,
            text=request.text,
            created_at=request.created,
            needed_by=request.needed_by,
            status=status,
            taken_by_id=request.answerer if taken else None,
            taken_at=taken,
            closed_at=closed_at,
            reject_reason=request.reason if status is RequestStatus.REJECTED else "",
            rating_good=good,
            rating_score=score,
            rating_comment=comment,
        )
        for number, name, quantity in request.items:
            w.add(
                RequestItem, request_id=request_id, part_number=number, name=name, quantity=quantity
            )
        if status in (RequestStatus.ANSWERED, RequestStatus.CLOSED):
            fields = request.answer_fields
            w.add(
                RequestAnswer,
                request_id=request_id,
                answered_by_id=request.answerer,
                answered_at=request.answered,
                text=request.answer,
                in_stock=fields.get("in_stock"),
                quantity=fields.get("quantity"),
                price=fields.get("price"),
                bin=fields.get("bin", ""),
                eta=fields.get("eta"),
            )

    # -- appointments ----------------------------------------------------------------------

    def write_appointments(self) -> None:
        """Who came by appointment lately, who did not, and the book for two weeks ahead."""
        rng = self.rng
        self.progress(DemoStage.APPOINTMENTS)
        for visit, order_id, minutes in self.arrivals:
            starts = _floor_half_hour(visit.accepted + timedelta(minutes=rng.uniform(0, 15)))
            if visit.client.created_at > starts - timedelta(hours=2):
                continue  # a new client walked in: no appointment before his card existed
            self.appointment(
                visit.vehicle, starts, minutes, visit.reasons, AppointmentStatus.ARRIVED, order_id
            )
        self.progress(DemoStage.APPOINTMENTS, 0.4)
        missed = max(1, len(self.arrivals) // 10)
        for status in (AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED):
            made = 0
            for _ in range(missed * 20):
                day = _open_from(self.now - timedelta(days=rng.uniform(1, 56))).date()
                made += self.book(day, status)
                if made == missed:
                    break
        self.progress(DemoStage.APPOINTMENTS, 0.6)
        per_day = max(1.0, len(self.arrivals) / 48)
        booked_before = self.appointments
        day = self.now.date()
        for ahead in range(15):
            if _is_workday(day):
                for _ in range(round(per_day * max(0.2, 1 - ahead / 15) * rng.uniform(0.7, 1.2))):
                    self.book(day, AppointmentStatus.BOOKED)
            day += DAY
        for _ in range(60):
            if self.appointments - booked_before >= 3:
                break
            self.book(_open_from(self.now + DAY).date(), AppointmentStatus.BOOKED)
        self.progress(DemoStage.APPOINTMENTS, 1.0)

    def book(self, day: date, status: AppointmentStatus) -> bool:
        """Book a random client's car on ``day``; False when the slot does not fit."""
        rng = self.rng
        slot = _opening(day, self.tz).replace(hour=rng.randint(9, 17), minute=rng.choice((0, 30)))
        if status is AppointmentStatus.BOOKED and slot <= self.now:
            slot = _ceil_half_hour(self.now + timedelta(minutes=30))
            if slot >= _closing(slot.date(), self.tz) - timedelta(minutes=30):
                return False
        elif status is not AppointmentStatus.BOOKED and slot > self.now:
            return False
        vehicle = rng.choice(self.vehicles)
        if vehicle.created_at > slot:
            return False
        reasons = [self.reason_by_month[slot.month](rng)]
        ops = [code for code, _ in reasons[0].operations[:2]]
        self.appointment(vehicle, slot, _duration(ops), reasons, status, None)
        return True

    def appointment(
        self,
        vehicle: _Vehicle,
        starts: datetime,
        minutes: int,
        reasons: list[cat.Reason],
        status: AppointmentStatus,
        order_id: int | None,
    ) -> None:
        rng = self.rng
        client = vehicle.owner
        booked = _open_until(min(starts - timedelta(hours=rng.uniform(2, 240)), self.now))
        created = max(client.created_at, booked)
        note = {
            AppointmentStatus.CANCELLED: cat.APPOINTMENT_CANCELLED,
            AppointmentStatus.NO_SHOW: cat.APPOINTMENT_NO_SHOW,
        }.get(status, cat.APPOINTMENT_NOTES)
        self.writer.add(
            Appointment,
            client_id=client.id,
            vehicle_id=vehicle.id,
            starts_at=starts,
            duration_minutes=minutes,
            reason=", ".join(reason.booking for reason in reasons),
            status=status,
            work_order_id=order_id,
            booked_by_id=self.on_shift(Role.RECEPTIONIST, created),
            created_at=created,
            note=rng.choice(note),
        )
        self.appointments += 1


_VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin_check_digit(vin: str) -> str:
    """ISO 3779 check digit (position 9), as North American VINs carry it."""
    total = sum(
        (int(ch) if ch.isdigit() else _VIN_VALUES[ch]) * weight
        for ch, weight in zip(vin, _VIN_WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


_FORCED_AGO: dict[WorkOrderStatus, tuple[float, float]] = {
    W.ACCEPTED: (5, 40),
    W.DIAGNOSIS: (30, 90),
    W.AWAITING_APPROVAL: (90, 240),
    W.AWAITING_PARTS: (300, 2400),
    W.IN_PROGRESS: (150, 420),
    W.QUALITY_CHECK: (240, 600),
    W.READY: (300, 900),
}
"""How many working minutes ago an order that must be in each open status was accepted."""
_BOOKING_HISTORY = timedelta(days=56)
"""How far back the appointment book is kept."""


@dataclass(slots=True, eq=False)
class _Part:
    key: str
    number: str
    name: str
    quantity: Decimal
    price: Decimal
    stocked: bool
    ops: set[str]
    supplied: bool = False


class _Order(NamedTuple):
    """A written work order, as its internal requests refer to it."""

    id: int
    number: str
    visit: _Visit
    desk: int
    master: int
    parts: list[_Part]
    estimate: Decimal
    prepayment: Decimal
    percent: int
    why: str


def _part_key(key: str, tier: int) -> str:
    """Some parts (engine oil) differ by the car's class: ``oil`` → ``oil_1``."""
    tiered = f"{key}_{tier}"
    return tiered if tiered in cat.PARTS else key


def _hours(code: str) -> float:
    return float(cat.OPERATIONS[code].hours)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _parts_text(parts: Iterable[_Part]) -> str:
    return ", ".join(f"{p.name} ({p.number}) × {_qty(p.quantity)}" for p in parts)


def _duration(codes: Iterable[str]) -> int:
    """An appointment's length: the norm-hours rounded up to half-hours, 30 min to 8 h."""
    halves = int(Decimal(str(sum(_hours(c) for c in codes) * 2)).to_integral_value(ROUND_CEILING))
    return min(max(30 * halves, 30), 480)


def _floor_half_hour(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 30, second=0, microsecond=0)


def _next_month(month: date, step: int = 1) -> date:
    index = month.year * 12 + month.month - 1 + step
    return date(index // 12, index % 12 + 1, 1)
