"""How the appointment calendar lays out a week: who booked what, what overlaps, which hours.

``appointments`` books and lists the slots; this module only reads and arranges them, so
the calendar's rules (which bookings sit side by side, which hours the grid spans, whose
column a booking goes to) are decided once, without a window, and tested the same way.
Appointments carry no bay or advisor of their own: the person who booked the slot is the
one who meets the car, so a day's columns are the people who booked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import select

from desk_app.models import Client, ClientPhone, Vehicle
from desk_app.services.appointments import CalendarEntry
from desk_app.services.errors import NotFound
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

SHOP_OPENS_HOUR = 8
SHOP_CLOSES_HOUR = 20
"""The hours a calendar shows when no booking falls outside them."""
MINUTES_PER_HOUR = 60
HOURS_PER_DAY = 24


@dataclass(frozen=True)
class VehicleChoice:
    id: int
    title: str
    plate: str


@dataclass(frozen=True)
class BookingClient:
    """What the booking form shows of a client once he is picked: name, phone, his cars."""

    id: int
    display_name: str
    phone: str
    """The first phone in E.164, or ""."""
    vehicles: tuple[VehicleChoice, ...]


@dataclass(frozen=True)
class Placement:
    """A booking's place across its column: from lane ``lane`` of ``lanes``, ``span`` wide."""

    entry: CalendarEntry
    lane: int
    lanes: int
    span: int = 1
    """Lanes to its right that stay free all through its time widen it (its text shows)."""


def booking_client(db: Database, actor: Actor, client_id: int) -> BookingClient:
    """The client a slot is being booked for, with the cars he owns (oldest card first)."""
    actor.require(Action.BOOK_APPOINTMENT)
    with db.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound(what="client")
        phone = session.scalar(
            select(ClientPhone.number)
            .where(ClientPhone.client_id == client_id)
            .order_by(ClientPhone.id)
            .limit(1)
        )
        cars = session.scalars(
            select(Vehicle).where(Vehicle.owner_id == client_id).order_by(Vehicle.id)
        )
        return BookingClient(
            id=client.id,
            display_name=client.display_name,
            phone=phone or "",
            vehicles=tuple(VehicleChoice(car.id, car.title, car.plate) for car in cars),
        )


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def side_by_side(entries: Iterable[CalendarEntry]) -> list[Placement]:
    """Lanes for one column: bookings that share time sit side by side, the rest full width.

    Bookings that overlap directly or through a chain form a group; each takes the first
    lane free at its start, and the whole group divides the width by its number of lanes,
    so blocks of one group line up; a booking then stretches over the lanes to its right
    that nothing else uses during its time. Touching slots (one ends as the next starts)
    do not overlap.
    """
    ordered = sorted(entries, key=lambda e: (e.starts_at, -e.ends_at.timestamp(), e.id))
    placed: list[Placement] = []
    group: list[tuple[CalendarEntry, int]] = []
    lane_ends: list[datetime] = []
    group_ends: datetime | None = None

    def close_group() -> None:
        lanes = len(lane_ends)
        for entry, lane in group:
            span = 1
            while lane + span < lanes and not any(
                other_lane == lane + span and _overlap(entry, other) for other, other_lane in group
            ):
                span += 1
            placed.append(Placement(entry, lane, lanes, span))

    for entry in ordered:
        if group_ends is not None and entry.starts_at >= group_ends:
            close_group()
            group, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end <= entry.starts_at), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(entry.ends_at)
        else:
            lane_ends[lane] = entry.ends_at
        group.append((entry, lane))
        group_ends = entry.ends_at if group_ends is None else max(group_ends, entry.ends_at)
    close_group()
    return placed


def _overlap(one: CalendarEntry, other: CalendarEntry) -> bool:
    return one.starts_at < other.ends_at and other.starts_at < one.ends_at


def by_booker(entries: Iterable[CalendarEntry]) -> list[tuple[str, tuple[CalendarEntry, ...]]]:
    """A day's bookings per person who booked them, by name; each list in time order."""
    people: dict[str, list[CalendarEntry]] = {}
    for entry in sorted(entries, key=lambda e: (e.starts_at, e.id)):
        people.setdefault(entry.booked_by, []).append(entry)
    return [(name, tuple(people[name])) for name in sorted(people, key=str.casefold)]


def hour_span(
    entries: Sequence[CalendarEntry],
    tz: tzinfo,
    opens: int = SHOP_OPENS_HOUR,
    closes: int = SHOP_CLOSES_HOUR,
) -> tuple[int, int]:
    """The first and the last hour the grid shows: the shop's hours, widened to every booking.

    A booking running past midnight widens the grid to the end of its first day only.
    """
    first, last = opens, closes
    for entry in entries:
        start = entry.starts_at.astimezone(tz)
        end = entry.ends_at.astimezone(tz)
        first = min(first, start.hour)
        if end.date() > start.date():
            last = HOURS_PER_DAY
        else:
            last = max(last, end.hour + (1 if end.minute or end.second else 0))
    return first, min(last, HOURS_PER_DAY)


def minute_of_day(moment: datetime, tz: tzinfo, day: date) -> int:
    """Minutes from the local midnight that starts ``day`` (past the day's end: clipped)."""
    local = moment.astimezone(tz)
    if local.date() < day:
        return 0
    if local.date() > day:
        return HOURS_PER_DAY * MINUTES_PER_HOUR
    return local.hour * MINUTES_PER_HOUR + local.minute
