"""Finding clients: one box that takes a name, a phone, a plate, a VIN part or an e-mail.

The matching rules (case, ё/е, phone formats, Latin or Cyrillic plate letters, make and
model words) and the index that makes them fast live in ``client_search``; this module
turns the clients found into the rows of the Clients area, paged and sorted by name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from desk_app.models import Client, ClientKind, ClientPhone, Vehicle, WorkOrder, WorkOrderStatus
from desk_app.models.client import client_sort_name
from desk_app.services.client_index import fold_plate, fold_text, matching_client_ids
from desk_app.services.errors import NotFound
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

__all__ = [
    "ClientRow",
    "count_clients",
    "fold_plate",
    "fold_text",
    "get_client_row",
    "search_clients",
]


@dataclass(frozen=True)
class ClientRow:
    id: int
    display_name: str
    kind: ClientKind
    phone: str
    """The first phone number in E.164, or "" when the client left none."""
    email: str
    vehicles: str
    """The client's cars, e.g. "Lada Vesta А123ВС77, Kia Rio М456ОР199"."""
    visits: int
    last_visit: datetime | None


def _visits() -> ColumnElement[bool]:
    """Work orders that count as visits: all but the cancelled ones."""
    return and_(WorkOrder.client_id == Client.id, WorkOrder.status != WorkOrderStatus.CANCELLED)


def _row_query() -> Select:
    visits = select(func.count(WorkOrder.id)).where(_visits()).scalar_subquery()
    last_visit = select(func.max(WorkOrder.accepted_at)).where(_visits()).scalar_subquery()
    return select(Client, visits, last_visit).order_by(
        client_sort_name(), Client.first_name, Client.middle_name, Client.id
    )


def _rows(session: Session, query: Select) -> list[ClientRow]:
    """Turn (client, visits, last visit) results into rows: two more queries for the page."""
    found = session.execute(query).all()
    ids = [client.id for client, _visits, _last in found]
    phones: dict[int, str] = {}
    for client_id, number in session.execute(
        select(ClientPhone.client_id, ClientPhone.number)
        .where(ClientPhone.client_id.in_(ids))
        .order_by(ClientPhone.id)
    ):
        phones.setdefault(client_id, number)
    cars: dict[int, list[str]] = defaultdict(list)
    for vehicle in session.scalars(
        select(Vehicle).where(Vehicle.owner_id.in_(ids)).order_by(Vehicle.id)
    ):
        if vehicle.owner_id is not None:
            cars[vehicle.owner_id].append(" ".join(p for p in (vehicle.title, vehicle.plate) if p))
    return [
        ClientRow(
            id=client.id,
            display_name=client.display_name,
            kind=client.kind,
            phone=phones.get(client.id, ""),
            email=client.email,
            vehicles=", ".join(cars[client.id]),
            visits=visits or 0,
            last_visit=last_visit,
        )
        for client, visits, last_visit in found
    ]


def search_clients(
    db: Database, actor: Actor, text: str = "", limit: int = 200, offset: int = 0
) -> list[ClientRow]:
    """One page of the clients matching ``text`` (all clients for an empty text), by name."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        query = _row_query().limit(max(limit, 0)).offset(max(offset, 0))
        found = matching_client_ids(session, text)
        if found is not None:
            query = query.where(Client.id.in_(found))
        return _rows(session, query)


def count_clients(db: Database, actor: Actor, text: str = "") -> int:
    """How many clients match ``text``: the "of N" next to a page of results."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        query = select(func.count(Client.id))
        found = matching_client_ids(session, text)
        if found is not None:
            query = query.where(Client.id.in_(found))
        return session.scalar(query) or 0


def get_client_row(db: Database, actor: Actor, client_id: int) -> ClientRow:
    """One client's row, to bring a client into view that the current search left out."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        rows = _rows(session, _row_query().where(Client.id == client_id))
        if not rows:
            raise NotFound(what="client")
        return rows[0]
