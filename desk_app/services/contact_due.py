"""Whom the desk is to contact on a day: the tasks that fall due and the list made of them.

The finders here apply the timing rules of DOMAIN.md step 6 besides the next service (which
is ``service_due``'s); ``due_tasks`` gathers every kind. ``contact_list`` meets each task
with its ``ContactLog`` row, keyed by (client, kind, subject): done or given up it leaves
the list, postponed it comes back on its day. What the desk does about a task is recorded
by ``reminders``.

- **Call-back**: ``call_back_days`` after the handover, for 30 days, every client (it is
  service, not marketing).
- **Birthday** and **holiday**: on the day or up to two days before; holidays for regular
  clients only (4+ visits accepted within 365 days). 29 February is kept on the 28th.
  Greetings need the client's consent; anonymised clients are never due anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from sqlalchemy import and_, extract, or_, select
from sqlalchemy.orm import Session

from desk_app.models import (
    Client,
    ClientPhone,
    ContactChannel,
    ContactKind,
    ContactLog,
    ContactState,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import loyalty
from desk_app.services.permissions import Action, Actor
from desk_app.services.service_due import (
    Intervals,
    Task,
    chunks,
    consenting,
    day_start,
    desk_zone,
    intervals_in,
    service_tasks,
)
from desk_app.store.database import Database

CALL_BACK_WINDOW_DAYS = 30
GREETING_LEAD_DAYS = 2
HOLIDAYS: tuple[tuple[int, int, str], ...] = (
    (1, 1, "New Year's Day"),
    (2, 23, "Defender of the Fatherland Day"),
    (3, 8, "International Women's Day"),
    (5, 9, "Victory Day"),
    (6, 12, "Russia Day"),
    (11, 4, "Unity Day"),
)
"""The shop's holidays (Russia): month, day and English name (the screens translate it)."""
TaskKey = tuple[int, ContactKind, str]
"""What makes a task occur once: (client, kind, subject), the unique key of ``ContactLog``."""


@dataclass(frozen=True)
class ContactItem:
    """A task on the list with what the desk needs to make the call or send the letter."""

    task: Task
    name: str
    phone: str
    """The first phone number in E.164, or ""."""
    email: str
    address: str
    channel: ContactChannel
    consent: bool
    vehicle: str = ""
    plate: str = ""
    attempts: int = 0
    last_satisfaction: int | None = None
    """The score of the client's latest call-back, if he gave one."""
    log_version: int | None = None
    """The version of the task's ``ContactLog`` when listed (None: nobody acted on it yet)."""

    @property
    def client_id(self) -> int:
        return self.task.client_id

    @property
    def kind(self) -> ContactKind:
        return self.task.kind

    @property
    def due(self) -> date:
        return self.task.due


def contact_list(
    db: Database,
    actor: Actor,
    today: date,
    kinds: Iterable[ContactKind] | None = None,
    *,
    tz: tzinfo | None = None,
) -> list[ContactItem]:
    """Whom to contact on ``today`` (the desk's date; ``tz`` its zone): call-backs first."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        tasks = due_tasks(session, today, desk_zone(tz), ContactKind if kinds is None else kinds)
        items = _items(session, tasks, today)
    return sorted(items, key=lambda i: (i.kind is not ContactKind.CALL_BACK, i.due, i.name))


def _items(session: Session, tasks: Sequence[Task], today: date) -> list[ContactItem]:
    """The tasks still to do today, with the clients' details: five queries per 500 clients."""
    logs = logs_of(session, tasks)
    clients: dict[int, Client] = {}
    phones: dict[int, str] = {}
    scores: dict[int, int] = {}
    for batch in chunks(task.client_id for task in tasks):
        in_batch = ContactLog.client_id.in_(batch)
        clients.update(
            (c.id, c) for c in session.scalars(select(Client).where(Client.id.in_(batch)))
        )
        numbers = select(ClientPhone.client_id, ClientPhone.number).where(
            ClientPhone.client_id.in_(batch)
        )
        for client_id, number in session.execute(numbers.order_by(ClientPhone.id)):
            phones.setdefault(client_id, number)
        scored = select(ContactLog.client_id, ContactLog.satisfaction).where(
            in_batch, ContactLog.kind == ContactKind.CALL_BACK, ContactLog.satisfaction.is_not(None)
        )
        for client_id, score in session.execute(
            scored.order_by(ContactLog.updated_at, ContactLog.id)
        ):
            if score is not None:
                scores[client_id] = score
    cars: dict[int, Vehicle] = {}
    for batch in chunks(task.vehicle_id for task in tasks if task.vehicle_id is not None):
        cars.update(
            (v.id, v) for v in session.scalars(select(Vehicle).where(Vehicle.id.in_(batch)))
        )
    items = []
    for task in tasks:
        log = logs.get(task_key(task))
        if log is not None and not _due_again(log, today):
            continue
        client, car = clients.get(task.client_id), cars.get(task.vehicle_id or 0)
        if client is None:  # removed by another desk while the list was being read
            continue
        items.append(
            ContactItem(
                task,
                client.display_name,
                phones.get(client.id, ""),
                client.email,
                client.address,
                client.preferred_channel,
                client.consent_to_contact,
                vehicle=car.title if car else "",
                plate=car.plate if car else "",
                attempts=log.attempts if log else 0,
                last_satisfaction=scores.get(client.id),
                log_version=log.version if log else None,
            )
        )
    return items


def task_key(task: Task) -> TaskKey:
    return (task.client_id, task.kind, task.subject)


def logs_of(session: Session, tasks: Sequence[Task]) -> dict[TaskKey, ContactLog]:
    """The records kept about the tasks' clients of the tasks' kinds: a query per 500 clients."""
    kinds = {task.kind for task in tasks}
    logs: dict[TaskKey, ContactLog] = {}
    for batch in chunks(task.client_id for task in tasks):
        query = select(ContactLog).where(
            ContactLog.client_id.in_(batch), ContactLog.kind.in_(kinds)
        )
        logs.update((_key_of(log), log) for log in session.scalars(query))
    return logs


def _key_of(log: ContactLog) -> TaskKey:
    return (log.client_id, log.kind, log.subject)


def _due_again(log: ContactLog, today: date) -> bool:
    return log.state is ContactState.POSTPONED and (
        log.postponed_to is None or log.postponed_to <= today
    )


# -- the tasks of a day --------------------------------------------------------------------


def due_tasks(
    session: Session, today: date, tz: tzinfo, kinds: Iterable[ContactKind]
) -> list[Task]:
    """Every task of the given kinds that falls on ``today``, whatever was done about it."""
    intervals = intervals_in(session)
    finders = {
        ContactKind.CALL_BACK: lambda: _call_backs(session, today, tz, intervals),
        ContactKind.SERVICE_DUE: lambda: service_tasks(session, today, tz, intervals),
        ContactKind.BIRTHDAY: lambda: _birthdays(session, today),
        ContactKind.HOLIDAY: lambda: _holidays(session, today, tz),
    }
    wanted = set(kinds)
    return [task for kind in ContactKind if kind in wanted for task in finders[kind]()]


def _call_backs(session: Session, today: date, tz: tzinfo, intervals: Intervals) -> list[Task]:
    first = today - timedelta(days=CALL_BACK_WINDOW_DAYS)
    last = today - timedelta(days=intervals.call_back_days)
    query = (
        select(WorkOrder.id, WorkOrder.number, WorkOrder.client_id, WorkOrder.closed_at)
        .add_columns(WorkOrder.vehicle_id)
        .join(Client, Client.id == WorkOrder.client_id)
        .where(
            WorkOrder.status == WorkOrderStatus.HANDED_OVER,
            WorkOrder.closed_at >= day_start(first, tz),
            WorkOrder.closed_at < day_start(last + timedelta(days=1), tz),
            Client.anonymised_at.is_(None),
        )
    )
    tasks = []
    for order_id, number, client_id, closed_at, vehicle_id in session.execute(query):
        handed = closed_at.astimezone(tz).date()
        call_on = handed + timedelta(days=intervals.call_back_days)
        give_up_after = handed + timedelta(days=CALL_BACK_WINDOW_DAYS)
        tasks.append(
            Task(
                client_id,
                ContactKind.CALL_BACK,
                f"order:{order_id}",
                call_on,
                give_up_after,
                order_id=order_id,
                order_number=number,
                vehicle_id=vehicle_id,
            )
        )
    return tasks


def _window(today: date) -> list[date]:
    return [today + timedelta(days=ahead) for ahead in range(GREETING_LEAD_DAYS + 1)]


def birthday_in(birthday: date, year: int) -> date:
    """The birthday in ``year``: 29 February is kept on the 28th in other years."""
    try:
        return birthday.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def _birthdays(session: Session, today: date) -> list[Task]:
    days = _window(today)
    pairs = {(day.month, day.day) for day in days}
    if (2, 28) in pairs:
        pairs.add((2, 29))
    month, day_of = extract("month", Client.birthday), extract("day", Client.birthday)
    query = select(Client.id, Client.birthday).where(
        consenting(),
        Client.birthday.is_not(None),
        or_(*(and_(month == m, day_of == d) for m, d in sorted(pairs))),
    )
    return [
        Task(client_id, ContactKind.BIRTHDAY, f"birthday:{day.year}", day, day)
        for client_id, birthday in session.execute(query)
        for day in days
        if birthday is not None and birthday_in(birthday, day.year) == day
    ]


def _holidays(session: Session, today: date, tz: tzinfo) -> list[Task]:
    coming = [
        (day, name)
        for day in _window(today)
        for month, day_of, name in HOLIDAYS
        if (month, day_of) == (day.month, day.day)
    ]
    if not coming:
        return []
    return [
        Task(client_id, ContactKind.HOLIDAY, f"holiday:{day.isoformat()}", day, day, holiday=name)
        for client_id in sorted(_regular_clients(session, today, tz))
        for day, name in coming
    ]


def _regular_clients(session: Session, today: date, tz: tzinfo) -> set[int]:
    """Consenting clients regular by the end of ``today`` (``loyalty``'s rule)."""
    end_of_day = day_start(today + timedelta(days=1), tz) - timedelta(microseconds=1)
    query = select(Client.id).where(
        consenting(), Client.id.in_(loyalty.regular_client_ids(end_of_day))
    )
    return set(session.scalars(query))
