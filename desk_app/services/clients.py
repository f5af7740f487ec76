"""Finding clients: one box that takes a name, a phone, a plate, a VIN part or an e-mail.

The matching rules (case, ё/е, phone formats, Latin or Cyrillic plate letters, make and
model words) and the index that makes them fast live in ``client_index``; this module
turns the clients found into the rows of the client list, paged, filtered (regular or
not, people or companies, a given set such as those with reminders due) and sorted by
any column; the queries themselves are built in ``client_list_query``.
"""

from __future__ import annotations

from sqlalchemy import select

from desk_app import clock
from desk_app.models import Client
from desk_app.services import client_list_query as query
from desk_app.services.client_index import fold_plate, fold_text
from desk_app.services.client_list_query import (
    ANYONE,
    ClientFilter,
    ClientPage,
    ClientRow,
    ClientSort,
)
from desk_app.services.errors import NotFound
from desk_app.services.loyalty import regular_client_ids
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

__all__ = [
    "ANYONE",
    "ClientFilter",
    "ClientPage",
    "ClientRow",
    "ClientSort",
    "client_page",
    "count_clients",
    "fold_plate",
    "fold_text",
    "get_client_row",
    "regular_client_ids",
    "search_clients",
]


LIST_CAP = 1000
"""How many clients a typed fragment brings into the list at most. A fragment as short as
"ива" or "916" matches thousands at 100,000 clients; reading them all (to count and sort)
costs 25–130 ms a keystroke, while nobody scrolls past a thousand namesakes: one more letter
or digit narrows the list. Capping keeps every keystroke within a frame (bench_clients)."""


# -- the services ----------------------------------------------------------------------------


def client_page(
    db: Database,
    actor: Actor,
    text: str = "",
    limit: int = 200,
    offset: int = 0,
    *,
    sort: ClientSort = ClientSort.NAME,
    descending: bool = False,
    filters: ClientFilter = ANYONE,
) -> ClientPage:
    """One page of the clients matching ``text`` (all for an empty text) and ``filters``,
    in ``sort`` order, with how many match in all: what the list asks per keystroke."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        return query.page_of(session, text, limit, offset, sort, descending, filters, cap=LIST_CAP)


def search_clients(
    db: Database,
    actor: Actor,
    text: str = "",
    limit: int = 200,
    offset: int = 0,
    *,
    sort: ClientSort = ClientSort.NAME,
    descending: bool = False,
    filters: ClientFilter = ANYONE,
) -> list[ClientRow]:
    """One page of the clients matching ``text`` and ``filters``, by name unless ``sort``
    says otherwise."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        page = query.page_of(session, text, limit, offset, sort, descending, filters, counted=False)
        return page.rows


def count_clients(
    db: Database, actor: Actor, text: str = "", *, filters: ClientFilter = ANYONE
) -> int:
    """How many clients match ``text`` and ``filters``: the "of N" next to a page."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        return query.count_of(session, text, filters)


def get_client_row(db: Database, actor: Actor, client_id: int) -> ClientRow:
    """One client's row, to bring a client into view that the current search left out."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        page = select(Client.id).where(Client.id == client_id).cte("page")
        rows, _found = query.rows_of(session, query.row_query(clock.now(), page))
        if not rows:
            raise NotFound(what="client")
        return rows[0]
