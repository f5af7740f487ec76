"""What the generator keeps in memory between stages, beside the rows it has written.

A later stage refers back to what an earlier one made (a visit's client, an order's parts);
these records carry exactly that, with the ids of the rows already written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from desk_app.models import DamageKind, DepartmentKind, RequestKind, RequestStatus, WorkOrderStatus
from desk_app.services.demo.catalogue.cars import CarModel
from desk_app.services.demo.catalogue.works import Reason


@dataclass(slots=True, eq=False)
class ShopClient:
    id: int
    company: bool
    name: str
    tax_id: str
    created_at: datetime
    visits: list[datetime]
    vehicles: list[ShopVehicle] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class ShopVehicle:
    id: int
    owner: ShopClient
    visits: list[datetime]
    make: str
    model: CarModel
    title: str
    vin: str
    created_at: datetime
    bought_here: bool
    yearly_km: int
    built: date
    odometer: int = 0
    last_seen: datetime | None = None
    marks: list[tuple[DamageKind, float, float, str]] = field(default_factory=list)


class Event(NamedTuple):
    status: WorkOrderStatus
    at: datetime
    who: str
    """"desk", "master" or "mechanic": resolved to a person when the order is written."""
    comment: str = ""


@dataclass(slots=True, eq=False)
class Visit:
    accepted: datetime
    client: ShopClient
    vehicle: ShopVehicle
    reasons: list[Reason]
    ops: list[str]
    extras: list[str]
    parts_wait: float = 0.0
    cancel_at: WorkOrderStatus | None = None
    rework: bool = False
    booked: bool = False
    forced: WorkOrderStatus | None = None
    bay: int | None = None
    """Where an order still in the shop stands now (None: in the yard)."""
    plan: list[Event] = field(default_factory=list)
    """The whole life of the order as it would go; ``events`` is the part already past."""
    events: list[Event] = field(default_factory=list)

    @property
    def status(self) -> WorkOrderStatus:
        return self.events[-1].status

    def first(
        self, status: WorkOrderStatus, events: Sequence[Event] | None = None
    ) -> datetime | None:
        return next((e.at for e in (events or self.plan) if e.status is status), None)


@dataclass(slots=True, eq=False)
class Part:
    key: str
    number: str
    name: str
    quantity: Decimal
    price: Decimal
    stocked: bool
    ops: set[str]
    supplied: bool = False
    line_id: int | None = None
    """The order's part line it was written as (requests that issue it link to it)."""


class Order(NamedTuple):
    """A written work order, as its internal requests refer to it."""

    id: int
    number: str
    visit: Visit
    desk: int
    master: int
    parts: list[Part]
    estimate: Decimal
    prepayment: Decimal
    percent: int
    why: str


@dataclass(slots=True, eq=False)
class Request:
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
    parts: list[Part] = field(default_factory=list)
    window_opens: datetime | None = None
    """When the answering department's window opens for it (the standard's promise)."""
    due: datetime | None = None
    """The answer the standard promised; answered after it is late."""
    taken: datetime | None = None
    answered: datetime | None = None
    closed: datetime | None = None
    answer: str = ""
    answer_fields: dict[str, Any] = field(default_factory=dict)
    outcome: str = "close"
    """"close", "reject" (at ``answered``) or "cancel" (at ``cancelled``)."""
    reason: str = ""
    cancelled: datetime | None = None

    @property
    def late(self) -> bool:
        """Answered (or rejected) after the standard's deadline."""
        return bool(self.due and self.answered and self.answered > self.due)

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
