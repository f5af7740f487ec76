"""The demo shop: an empty database filled with three years of a believable car service.

``main.py --demo`` calls ``generate_demo`` so that a newcomer sees the desk at work: staff in
every role, clients with their cars, work orders in every status with their history,
appointments and internal requests. Everything is written in one transaction, so a cancel
or an error leaves the database empty. The same seed, clock and time zone give the same shop.

The stages, each in its module, run in this order and hand on a ``shop.Shop``: ``people``
(staff, bays, clients), ``price_list`` (operations and the labour rate), ``vehicles``,
``orders`` (``visits`` plans each visit's whole life first; then the order is written with
its lines, history and what the desk noted at ``intake``, and ``order_requests`` plans the
requests it makes), ``appointments``, ``requests`` (answered at the ``pace`` of each
department's agreed standard, written by ``request_rows``), and ``internal_service`` (the
departments' survey and joint goals). ``records`` are what the stages keep for each other,
``writer`` does the fast all-or-nothing writing with progress and Cancel, ``calendar`` the
shop's hours, and ``catalogue`` holds the reference data (cars, names, works and parts,
words).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import AuditEntry, Client, Staff
from desk_app.services.demo import (
    appointments,
    contacts,
    internal_service,
    orders,
    people,
    price_list,
    requests,
    vehicles,
)
from desk_app.services.demo.people import DEMO_PASSWORD
from desk_app.services.demo.shop import Shop
from desk_app.services.demo.writer import DemoCancelled, DemoStage, Progress
from desk_app.services.errors import DomainError
from desk_app.store.database import Database

__all__ = [
    "DEMO_PASSWORD",
    "DemoCancelled",
    "DemoNotEmpty",
    "DemoSize",
    "DemoStage",
    "DemoSummary",
    "database_is_empty",
    "generate_demo",
]


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
        shop = Shop(session, size, seed, now.astimezone(zone), Progress(progress, should_cancel))
        summary = _build(shop)
        shop.writer.flush()
        shop.writer.reset_sequences()
        shop.progress.done()
    return summary


def _build(shop: Shop) -> DemoSummary:
    """The stages in order: each refers to what the earlier ones made."""
    people.hire_staff(shop)
    people.write_clients(shop)
    price_list.write_price_list(shop)
    vehicles.write_vehicles(shop)
    orders.write_work_orders(shop)
    contacts.write_contact_logs(shop)
    appointments.write_appointments(shop)
    requests.write_requests(shop)
    internal_service.write_survey(shop)
    internal_service.write_goals(shop)
    shop.writer.add(
        AuditEntry,
        at=shop.now,
        staff_id=None,
        entity="database",
        entity_id=None,
        action="load_demo",
        details={"clients": shop.size.clients, "years": shop.size.years},
    )
    return DemoSummary(
        staff=len(shop.names),
        clients=len(shop.clients),
        vehicles=len(shop.vehicles),
        work_orders=len(shop.visits),
        appointments=shop.appointments,
        requests=len(shop.requests),
    )


def _is_empty(session: Session) -> bool:
    return (
        session.scalar(select(Staff.id).limit(1)) is None
        and session.scalar(select(Client.id).limit(1)) is None
    )
