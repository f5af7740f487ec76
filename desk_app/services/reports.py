"""The manager's summary of the shop: orders, money, speed, and how departments serve each other.

Days and months are the shop's local ones (the caller passes its time zone); everything
is counted in SQL so the summary stays quick on years of work orders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import ColumnElement, Float, case, cast, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from desk_app import clock
from desk_app.models import Department, DepartmentKind, InternalRequest, WorkOrder, WorkOrderStatus
from desk_app.services.order_money import cents_to_money, order_amounts
from desk_app.services.permissions import Action, Actor
from desk_app.services.requests import OPEN_STATUSES
from desk_app.store.database import Database

RECENT_DAYS = 90
"""Speed and ratings are judged over this many days, so old history does not hide a change."""

ALWAYS_SHOWN = (DepartmentKind.PARTS, DepartmentKind.FINANCE)
"""Departments that answer requests every day: listed even when they have none open."""

OPEN_ORDER_STATUSES = tuple(status for status in WorkOrderStatus if status.is_open)


@dataclass(frozen=True)
class Periods:
    """The local day and months of ``now`` as UTC bounds (start inclusive, end exclusive)."""

    today_start: datetime
    tomorrow_start: datetime
    month_start: datetime
    next_month_start: datetime
    last_month_start: datetime
    month: date
    """The first day of the current local month (for its name on screen)."""
    last_month: date


@dataclass(frozen=True)
class DepartmentRequests:
    """Requests addressed to one department: its open queue and what its customers said."""

    department: DepartmentKind
    open: int
    overdue: int
    rated: int
    """Answers rated good / not good in the last ``RECENT_DAYS`` days."""
    good: int

    @property
    def good_share(self) -> float | None:
        return self.good / self.rated if self.rated else None


@dataclass(frozen=True)
class ShopSummary:
    open_orders: dict[WorkOrderStatus, int]
    """Every open status, in the order of the workflow, zero included."""
    accepted_today: int
    accepted_this_month: int
    handed_over_this_month: int
    handed_over_last_month: int
    revenue_this_month: Decimal
    revenue_last_month: Decimal
    average_turnaround_hours: float | None
    """Accepted → handed over, over the orders handed over in the last ``RECENT_DAYS`` days."""
    turnaround_orders: int
    requests: tuple[DepartmentRequests, ...]
    periods: Periods

    @property
    def open_orders_total(self) -> int:
        return sum(self.open_orders.values())


def _local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def _month_before(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


def _month_after(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1)


def periods(now: datetime, tz: tzinfo) -> Periods:
    today = now.astimezone(tz).date()
    month = today.replace(day=1)
    last_month = _month_before(month)
    return Periods(
        today_start=_local_midnight(today, tz),
        tomorrow_start=_local_midnight(today + timedelta(days=1), tz),
        month_start=_local_midnight(month, tz),
        next_month_start=_local_midnight(_month_after(month), tz),
        last_month_start=_local_midnight(last_month, tz),
        month=month,
        last_month=last_month,
    )


def shop_summary(db: Database, actor: Actor, tz: tzinfo) -> ShopSummary:
    actor.require(Action.VIEW_REPORTS)
    now = clock.now()
    bounds = periods(now, tz)
    with db.transaction() as session:
        this_month, last_month, handed_over, handed_over_before = _revenue(session, bounds)
        average, turnaround_orders = _turnaround(session, db.engine.dialect.name, now)
        return ShopSummary(
            open_orders=_open_orders(session),
            accepted_today=_accepted(session, bounds.today_start, bounds.tomorrow_start),
            accepted_this_month=_accepted(session, bounds.month_start, bounds.next_month_start),
            handed_over_this_month=handed_over,
            handed_over_last_month=handed_over_before,
            revenue_this_month=this_month,
            revenue_last_month=last_month,
            average_turnaround_hours=average,
            turnaround_orders=turnaround_orders,
            requests=_requests(session, now),
            periods=bounds,
        )


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _open_orders(session: Session) -> dict[WorkOrderStatus, int]:
    query = (
        select(WorkOrder.status, func.count())
        .where(WorkOrder.status.in_(OPEN_ORDER_STATUSES))
        .group_by(WorkOrder.status)
    )
    counts: dict[WorkOrderStatus, int] = {status: count for status, count in session.execute(query)}
    return {status: counts.get(status, 0) for status in OPEN_ORDER_STATUSES}


def _accepted(session: Session, start: datetime, end: datetime) -> int:
    query = select(func.count()).where(WorkOrder.accepted_at >= start, WorkOrder.accepted_at < end)
    return session.scalar(query) or 0


def _revenue(session: Session, bounds: Periods) -> tuple[Decimal, Decimal, int, int]:
    """Money handed over this month and last month, and how many orders in each.

    An order's hand-over moment is its ``closed_at`` (set when the car leaves).
    """
    amounts = order_amounts(
        WorkOrder.status == WorkOrderStatus.HANDED_OVER,
        WorkOrder.closed_at >= bounds.last_month_start,
        WorkOrder.closed_at < bounds.next_month_start,
    )
    in_this_month = WorkOrder.closed_at >= bounds.month_start
    query = select(
        func.sum(case((in_this_month, amounts.c.total_cents), else_=0)),
        func.sum(case((in_this_month, 0), else_=amounts.c.total_cents)),
        _count_if(in_this_month),
        func.count(),
    ).join_from(amounts, WorkOrder, WorkOrder.id == amounts.c.work_order_id)
    this_month, last_month, count, both = session.execute(query).one()
    return (
        cents_to_money(this_month),
        cents_to_money(last_month),
        int(count),
        int(both) - int(count),
    )


Moment = ColumnElement[datetime | None] | QueryableAttribute[datetime | None]
"""A timestamp column or expression; mapped attributes such as ``WorkOrder.closed_at`` included."""


def _hours_between(dialect: str, start: Moment, end: Moment) -> ColumnElement[float | Decimal]:
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 24.0
    return func.extract("epoch", end - start) / 3600.0


def _turnaround(session: Session, dialect: str, now: datetime) -> tuple[float | None, int]:
    hours = _hours_between(dialect, WorkOrder.accepted_at, WorkOrder.closed_at)
    query = select(func.avg(cast(hours, Float)), func.count()).where(
        WorkOrder.status == WorkOrderStatus.HANDED_OVER,
        WorkOrder.closed_at >= now - timedelta(days=RECENT_DAYS),
        WorkOrder.closed_at <= now,
    )
    average, count = session.execute(query).one()
    return (float(average) if average is not None else None), int(count)


def _requests(session: Session, now: datetime) -> tuple[DepartmentRequests, ...]:
    is_open = InternalRequest.status.in_(OPEN_STATUSES)
    recently_rated = InternalRequest.rating_good.is_not(None) & (
        InternalRequest.closed_at >= now - timedelta(days=RECENT_DAYS)
    )
    query = (
        select(
            Department.kind,
            _count_if(is_open),
            _count_if(is_open & (InternalRequest.needed_by < now)),
            _count_if(recently_rated),
            _count_if(recently_rated & InternalRequest.rating_good.is_(True)),
        )
        .join(InternalRequest, InternalRequest.to_department_id == Department.id)
        .where(is_open | recently_rated)
        .group_by(Department.kind)
    )
    found = {
        kind: DepartmentRequests(kind, int(opened), int(overdue), int(rated), int(good))
        for kind, opened, overdue, rated, good in session.execute(query)
    }
    return tuple(
        found.get(kind, DepartmentRequests(kind, 0, 0, 0, 0))
        for kind in DepartmentKind
        if kind in found or kind in ALWAYS_SHOWN
    )
