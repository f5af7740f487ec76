"""A car's next service: when it falls due, and which cars are due on a day.

These are the service rules of DOMAIN.md step 6. The other contacts of a day (call-backs,
birthdays, holidays) are found by ``contact_due``, which also gathers every kind into one
list of ``Task``; ``reminders`` turns the tasks into the desk's "To contact" list and
records what the desk did about them. The vocabulary they share (``Task``, the shop's
``Intervals``, the desk's day and zone) lives here, beside its first user.

- **Next service**: the earlier of the last visit plus the shop's interval in months, and
  the day the car is expected to reach the last odometer reading plus the interval in km.
  The expectation is the car's own average km/day between its first and its last visit
  with a reading, so a taxi is reminded long before a weekend car; with fewer than two
  readings (or an odometer that went backwards) only the months count. On the list from a
  week before the day to a month after it, while no order of the car is open; a newer
  visit moves the day.

Visits are handed-over orders, dated by the handover in the desk's time zone. Anonymised
clients are never due anything; a reminder needs the client's consent.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import (
    Client,
    ContactKind,
    ShopSettings,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

SERVICE_LEAD_DAYS = 7
SERVICE_OVERDUE_DAYS = 30
"""A car overdue for longer has left the list: a reminder months late is no reminder, and
a shop's whole history of cars that never came back would bury the day's calls."""
CHUNK = 500
"""Ids per ``IN (...)``: well inside every engine's limit on bound parameters."""


class DueBasis(StrEnum):
    DATE = "date"
    """The months since the last visit run out first."""
    MILEAGE = "mileage"
    """The car is expected to cover the kilometres first."""


@dataclass(frozen=True)
class Intervals:
    """The shop's settings that time the call-back and the next service."""

    call_back_days: int = 3
    months: int = 12
    km: int = 15000


@dataclass(frozen=True)
class Visit:
    day: date
    odometer_km: int
    """0 when nobody wrote the odometer down."""


@dataclass(frozen=True)
class ServiceDue:
    vehicle_id: int
    due: date
    due_km: int | None
    """The odometer reading the service is due at; None without any reading."""
    basis: DueBasis
    last_visit: date


@dataclass(frozen=True)
class Task:
    """One thing to do about one client on a day; ``subject`` makes it occur once."""

    client_id: int
    kind: ContactKind
    subject: str
    due: date
    last_day: date | None
    """The last day the task means something (None: until it is done)."""
    order_id: int | None = None
    order_number: str = ""
    vehicle_id: int | None = None
    due_km: int | None = None
    holiday: str = ""


def intervals_in(session: Session) -> Intervals:
    """The shop's intervals; the defaults when a hand-edited database lacks the row."""
    settings = session.get(ShopSettings, SHOP_SETTINGS_ID)
    if settings is None:
        return Intervals()
    return Intervals(
        settings.call_back_days, settings.service_interval_months, settings.service_interval_km
    )


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; the 31st becomes the month's last day where needed."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def day_start(day: date, tz: tzinfo) -> datetime:
    """Midnight of ``day`` in the desk's zone, as the UTC moment the database compares."""
    return datetime.combine(day, time(), tz).astimezone(UTC)


def desk_zone(tz: tzinfo | None) -> tzinfo:
    """The zone given by the screen, or the machine's own."""
    zone = tz or clock.now().astimezone().tzinfo
    assert zone is not None
    return zone


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


# -- the next service ---------------------------------------------------------------------


def project(vehicle_id: int, visits: Sequence[Visit], intervals: Intervals) -> ServiceDue | None:
    """The next service of a car from its visits (in any order); None without a visit."""
    if not visits:
        return None
    ordered = sorted(visits, key=lambda visit: visit.day)
    last = ordered[-1]
    by_date = add_months(last.day, intervals.months)
    readings = [visit for visit in ordered if visit.odometer_km > 0]
    rate = _km_per_day(readings)
    base_km = last.odometer_km or (readings[-1].odometer_km if readings else 0)
    if rate is not None and not last.odometer_km:  # carry the last reading to the last visit
        base_km += rate[0] * (last.day - readings[-1].day).days // rate[1]
    due_km = base_km + intervals.km if base_km else None
    if rate is not None:
        km, days = rate
        by_km = last.day + timedelta(days=-(-intervals.km * days // km))
        if by_km < by_date:
            return ServiceDue(vehicle_id, by_km, due_km, DueBasis.MILEAGE, last.day)
    return ServiceDue(vehicle_id, by_date, due_km, DueBasis.DATE, last.day)


def _km_per_day(readings: Sequence[Visit]) -> tuple[int, int] | None:
    """The average as an exact fraction (km, days); None when it cannot be known."""
    if len(readings) < 2:
        return None
    km = readings[-1].odometer_km - readings[0].odometer_km
    days = (readings[-1].day - readings[0].day).days
    return (km, days) if km > 0 and days > 0 else None


def _visits_by_vehicle(
    session: Session, condition: ColumnElement[bool], tz: tzinfo
) -> dict[int, list[Visit]]:
    found: dict[int, list[Visit]] = defaultdict(list)
    query = select(WorkOrder.vehicle_id, WorkOrder.closed_at, WorkOrder.odometer_km).where(
        WorkOrder.status == WorkOrderStatus.HANDED_OVER, WorkOrder.closed_at.is_not(None), condition
    )
    for vehicle_id, closed_at, odometer_km in session.execute(query):
        assert closed_at is not None
        found[vehicle_id].append(Visit(closed_at.astimezone(tz).date(), odometer_km or 0))
    return found


def service_due(
    db: Database, actor: Actor, vehicle_ids: Iterable[int], *, tz: tzinfo | None = None
) -> dict[int, ServiceDue]:
    """The next service of each car, for the client card; cars never handed over are left out.

    ``tz`` is the desk's time zone (the machine's by default): it dates the visits.
    """
    actor.require(Action.VIEW_CLIENTS)
    zone = desk_zone(tz)
    with db.transaction() as session:
        intervals = intervals_in(session)
        result: dict[int, ServiceDue] = {}
        for batch in chunks(vehicle_ids):
            visits = _visits_by_vehicle(session, WorkOrder.vehicle_id.in_(batch), zone)
            for vehicle_id, rows in visits.items():
                due = project(vehicle_id, rows, intervals)
                if due is not None:
                    result[vehicle_id] = due
        return result


# -- the cars due a service on a day -------------------------------------------------------


def consenting() -> ColumnElement[bool]:
    """Clients who may get reminders and greetings: consenting and not anonymised."""
    return and_(Client.anonymised_at.is_(None), Client.consent_to_contact.is_(True))


def service_tasks(session: Session, today: date, tz: tzinfo, intervals: Intervals) -> list[Task]:
    """The cars of consenting clients whose service falls within a week, or a month overdue."""
    owned = select(Vehicle.id).join(Client, Client.id == Vehicle.owner_id).where(consenting())
    visits = _visits_by_vehicle(session, WorkOrder.vehicle_id.in_(owned), tz)
    open_orders = set(
        session.scalars(
            select(WorkOrder.vehicle_id).where(
                WorkOrder.status.not_in((WorkOrderStatus.HANDED_OVER, WorkOrderStatus.CANCELLED))
            )
        )
    )
    earliest = today - timedelta(days=SERVICE_OVERDUE_DAYS)
    latest = today + timedelta(days=SERVICE_LEAD_DAYS)
    due = [
        found
        for vehicle_id, rows in visits.items()
        if vehicle_id not in open_orders
        and (found := project(vehicle_id, rows, intervals)) is not None
        and earliest <= found.due <= latest
    ]
    owners: dict[int, int] = {}
    for batch in chunks(found.vehicle_id for found in due):
        query = select(Vehicle.id, Vehicle.owner_id).where(Vehicle.id.in_(batch))
        owners.update((car, owner) for car, owner in session.execute(query) if owner is not None)
    return [
        Task(
            owners[found.vehicle_id],
            ContactKind.SERVICE_DUE,
            f"vehicle:{found.vehicle_id}:{found.due.isoformat()}",
            found.due,
            None,
            vehicle_id=found.vehicle_id,
            due_km=found.due_km,
        )
        for found in due
        if found.vehicle_id in owners
    ]
