"""Building the client list's queries: which clients match, in which order, one page of
them dressed with their phones, cars and visits (``clients`` offers them as services).

In name order the first page of the whole card file walks ``ix_clients_sort`` and stops,
so it costs the same at 100 clients as at 100,000; other orders sort what matched. A page
is picked by ids first and dressed after, so visits and cars are counted for the rows
shown only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import Client, ClientKind, ClientPhone, Vehicle, WorkOrder, WorkOrderStatus
from desk_app.models.client import client_sort_name
from desk_app.services.client_index import SEARCH, condition, plan
from desk_app.services.loyalty import (
    REGULAR_VISITS,
    counted_visit,
    regular_client_ids,
    regular_since,
)


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
    regular: bool = False
    """Regular today by ``loyalty``'s rule (4 visits within 365 days)."""


@dataclass(frozen=True)
class ClientPage:
    rows: list[ClientRow]
    matched: int
    """How many clients match in all, of which ``rows`` is one page (at most ``LIST_CAP``
    for a typed text: see ``capped``)."""
    capped: bool = False
    """More than ``LIST_CAP`` clients match the text: the list holds the first ``LIST_CAP``
    the index found, in order, and asks the user to type more."""


class ClientSort(StrEnum):
    """The orders of the client list, one per column; ties go by name."""

    NAME = "name"
    KIND = "kind"
    PHONE = "phone"
    EMAIL = "email"
    VEHICLES = "vehicles"
    VISITS = "visits"
    LAST_VISIT = "last_visit"
    REGULAR = "regular"


@dataclass(frozen=True)
class ClientFilter:
    """Which clients the list shows besides what was typed; None: no condition."""

    regular: bool | None = None
    """True: regular clients only; False: all but the regular ones."""
    kind: ClientKind | None = None
    only_ids: Collection[int] | None = None
    """Only these clients (e.g. those with reminders due, whom ``reminders`` names)."""


ANYONE = ClientFilter()


# -- regular clients, as SQL -----------------------------------------------------------------


def _recent_visits(moment: datetime) -> Any:
    """How many of the client's visits count towards being regular at ``moment``."""
    return (
        select(func.count(WorkOrder.id))
        .where(WorkOrder.client_id == Client.id, counted_visit(moment))
        .scalar_subquery()
    )


def _regular(moment: datetime, regular: bool, walk: bool) -> ColumnElement[bool]:
    """Regular (or not) clients only. ``walk``: the query looks at few clients (those
    matching a text or given ids, or a page in name order, which stops once full), so each
    one's visits are counted through the index on the client; else the set is made once."""
    if walk:
        recent = _recent_visits(moment)
        return recent >= REGULAR_VISITS if regular else recent < REGULAR_VISITS
    ids = regular_client_ids(moment)
    return Client.id.in_(ids) if regular else Client.id.not_in(ids)


# -- which clients, in which order -----------------------------------------------------------


def matching_ids(session: Session, text: str, limit: int | None = None) -> Select[Any] | None:
    """The ids of the clients matching ``text`` (``client_index``'s rules); None: no text.

    Looked up first, on their own (a materialised CTE): left to plan the whole query,
    PostgreSQL walks the clients by name and tries each against the search rows (0.6 s)
    instead of asking the trigram index. On SQLite the client's id is a stored column of
    the FTS5 table, and reading it reads each matching row's whole text (30 ms for a
    common fragment at 100,000 clients); the rowid says the same (migration 0003: the
    car's id, or minus the client's id) for a fifth of that.
    """
    search = plan(text)
    if search is None:
        return None
    if session.get_bind().dialect.name == "sqlite":
        rowid = literal_column("client_search.rowid", Integer)
        found = select(func.coalesce(Vehicle.owner_id, -rowid).label("id")).select_from(
            SEARCH.outerjoin(Vehicle, Vehicle.id == rowid)
        )
    else:
        found = select(SEARCH.c.client_id.label("id"))
    found = found.where(condition(session, search))
    if limit is not None:
        found = found.limit(limit)
    ids = found.cte("found").prefix_with("MATERIALIZED")
    return select(ids.c.id)


def where_of(
    found: Select[Any] | None, filters: ClientFilter, walk: bool, sqlite: bool
) -> list[ColumnElement[bool]]:
    """``walk``: see ``_regular``; on PostgreSQL the set is always made, as its plan for
    one client's year of visits reads the whole year's index (4 ms a client)."""
    conditions: list[ColumnElement[bool]] = []
    if found is not None:
        conditions.append(Client.id.in_(found))
    if filters.kind is not None:
        conditions.append(Client.kind == filters.kind)
    if filters.only_ids is not None:
        # Written into the SQL, not bound one by one: SQLite allows 32,766 parameters.
        ids: Any = bindparam("only_ids", sorted(set(filters.only_ids)), expanding=True)
        conditions.append(Client.id.in_(ids.render_literal_execute()))
    if filters.regular is not None:
        walk = sqlite and (walk or found is not None or filters.only_ids is not None)
        conditions.append(_regular(clock.now(), filters.regular, walk))
    return conditions


def _visit_totals(moment: datetime, only: Select[Any] | None = None) -> Any:
    """Each client's visits (orders but the cancelled ones), last visit and visits that
    count towards being regular, in one grouped pass (``only``: over those clients).

    Not a subquery per client: PostgreSQL answers such a ``max()`` by walking the index on
    ``accepted_at`` backwards, misjudges how far, and takes 16 s for a page of 200.
    """
    year = and_(WorkOrder.accepted_at >= regular_since(moment), WorkOrder.accepted_at <= moment)
    query = (
        select(
            WorkOrder.client_id,
            func.count(WorkOrder.id).label("visits"),
            func.max(WorkOrder.accepted_at).label("last_visit"),
            func.sum(case((year, 1), else_=0)).label("recent"),
        )
        .where(WorkOrder.status != WorkOrderStatus.CANCELLED)
        .group_by(WorkOrder.client_id)
    )
    if only is not None:
        query = query.where(WorkOrder.client_id.in_(only))
    return query.subquery("visit_totals")


def _first(value: Any, order_by: Any, where: ColumnElement[bool]) -> Any:
    return select(value).where(where).order_by(order_by).limit(1).scalar_subquery()


def _sort_key(sort: ClientSort, totals: Any) -> Any:
    """The value a column sorts by, None for the name (empty values are NULL: last)."""
    return {
        ClientSort.NAME: lambda: None,
        ClientSort.KIND: lambda: Client.kind,
        ClientSort.PHONE: lambda: _first(
            ClientPhone.number, ClientPhone.id, ClientPhone.client_id == Client.id
        ),
        ClientSort.EMAIL: lambda: func.nullif(Client.email, ""),
        ClientSort.VEHICLES: lambda: _first(
            Vehicle.make + " " + Vehicle.model, Vehicle.id, Vehicle.owner_id == Client.id
        ),
        ClientSort.VISITS: lambda: func.coalesce(totals.c.visits, 0),
        ClientSort.LAST_VISIT: lambda: totals.c.last_visit,
        ClientSort.REGULAR: lambda: func.coalesce(totals.c.recent, 0) >= REGULAR_VISITS,
    }[sort]()


_BY_NAME = ("sort_name", "first_name", "middle_name", "id")


def _by_name() -> list[Any]:
    """The card file's order, as ``ix_clients_sort`` holds it (labelled as the page has it)."""
    keys = (client_sort_name(), Client.first_name, Client.middle_name, Client.id)
    return [key.label(name) for key, name in zip(keys, _BY_NAME, strict=True)]


def _order(key: Any, descending: bool, by_name: list[Any]) -> list[Any]:
    """ORDER BY of the list: the column's ``key`` (empty values last), then the name."""
    if key is None:
        return [name.desc() for name in by_name] if descending else by_name
    return [(key.desc() if descending else key.asc()).nulls_last(), *by_name]


# -- rows ------------------------------------------------------------------------------------


def row_query(moment: datetime, page: Any) -> Select[Any]:
    """The clients of ``page`` (a CTE of ids) with their visits, last visit and regular
    flag: columns, not ORM objects, which would double a page's cost."""
    totals = _visit_totals(moment, select(page.c.id))
    return (
        select(
            Client.id,
            Client.kind,
            Client.company_name,
            Client.last_name,
            Client.first_name,
            Client.middle_name,
            Client.email,
            func.coalesce(totals.c.visits, 0).label("visits"),
            totals.c.last_visit,
            (func.coalesce(totals.c.recent, 0) >= REGULAR_VISITS).label("regular"),
        )
        .join(page, page.c.id == Client.id)
        .outerjoin(totals, totals.c.client_id == Client.id)
    )


def rows_of(session: Session, query: Select[Any]) -> tuple[list[ClientRow], Sequence[Any]]:
    """The rows of the query's clients, two more queries for phones and cars; and the
    query's results, for what else it selected."""
    found = session.execute(query).all()
    ids = [client.id for client in found]
    phones: dict[int, str] = {}
    for client_id, number in session.execute(
        select(ClientPhone.client_id, ClientPhone.number)
        .where(ClientPhone.client_id.in_(ids))
        .order_by(ClientPhone.id)
    ):
        phones.setdefault(client_id, number)
    cars: dict[int | None, list[str]] = defaultdict(list)
    for owner_id, make, model, plate in session.execute(
        select(Vehicle.owner_id, Vehicle.make, Vehicle.model, Vehicle.plate)
        .where(Vehicle.owner_id.in_(ids))
        .order_by(Vehicle.id)
    ):
        cars[owner_id].append(" ".join(p for p in (Vehicle.compose_title(make, model), plate) if p))
    names = (Client.compose_name(c.kind, c.company_name, *c[3:6]) for c in found)
    rows = [
        ClientRow(
            id=c.id,
            display_name=name,
            kind=c.kind,
            phone=phones.get(c.id, ""),
            email=c.email,
            vehicles=", ".join(cars[c.id]),
            visits=c.visits or 0,
            last_visit=c.last_visit,
            regular=bool(c.regular),
        )
        for c, name in zip(found, names, strict=True)
    ]
    return rows, found


def count_of(session: Session, text: str, filters: ClientFilter) -> int:
    # count(*), not count(id): SQLite counts a table from its smallest index (0.7 ms for
    # 100,000 clients, against 5 ms reading every row).
    sqlite = session.get_bind().dialect.name == "sqlite"
    conditions = where_of(matching_ids(session, text), filters, False, sqlite)
    return session.scalar(select(func.count()).select_from(Client).where(*conditions)) or 0


def page_of(
    session: Session,
    text: str,
    limit: int,
    offset: int,
    sort: ClientSort,
    descending: bool,
    filters: ClientFilter,
    counted: bool = True,
    cap: int | None = None,
) -> ClientPage:
    """The ids of the page are picked first (in name order by walking the index, for a
    text along with the count of all matches, so the index is asked once), then dressed;
    the page carries its sort key, so the rows are sorted again without working it out."""
    moment = clock.now()
    found = matching_ids(session, text, None if cap is None else cap + 1)
    totals = _visit_totals(moment)
    key = _sort_key(sort, totals)
    sqlite = session.get_bind().dialect.name == "sqlite"
    walk = sqlite and sort is ClientSort.NAME
    ids = select(*_by_name()).where(*where_of(found, filters, walk, sqlite))
    if key is not None:
        ids = ids.add_columns(key.label("sort_key"))
    if sort in (ClientSort.VISITS, ClientSort.LAST_VISIT, ClientSort.REGULAR):
        ids = ids.outerjoin(totals, totals.c.client_id == Client.id)
    window = counted and found is not None
    if window:
        ids = ids.add_columns(func.count().over().label("matched"))
    capping = cap is not None and found is not None
    if capping:
        assert found is not None
        candidates = select(func.count()).select_from(found.subquery()).scalar_subquery()
        ids = ids.add_columns(candidates.label("candidates"))
    names = [client_sort_name(), Client.first_name, Client.middle_name, Client.id]
    page = ids.order_by(*_order(key, descending, names)).limit(max(limit, 0))
    picked = page.offset(max(offset, 0)).cte("page")
    # Sorted again by the page's copy of the keys: by the clients' own columns, SQLite
    # would walk the whole name index to pick out the page's 200.
    again = None if key is None else picked.c.sort_key
    by_name = [picked.c[name] for name in _BY_NAME]
    query = row_query(moment, picked).order_by(*_order(again, descending, by_name))
    if window:
        query = query.add_columns(picked.c.matched)
    if capping:
        query = query.add_columns(picked.c.candidates)
    rows, results = rows_of(session, query)
    if window and results:
        matched = results[0].matched
    elif not counted or (len(rows) < limit and (rows or offset == 0)):
        matched = offset + len(rows)  # not counted: the caller wants the rows only
    else:
        matched = count_of(session, text, filters)
    if capping and cap is not None and _over_cap(session, text, cap, results):
        return ClientPage(rows, min(matched, cap), capped=True)
    return ClientPage(rows, matched)


def _over_cap(session: Session, text: str, cap: int, results: Sequence[Any]) -> bool:
    """Whether the search index holds more than ``cap`` rows for ``text``: the page says
    (its ``candidates``); a page past the end asks the index again, which stops at
    ``cap`` + 1, so a common fragment costs no more than a rare one."""
    if results:
        return bool(results[0].candidates > cap)
    found = matching_ids(session, text, cap + 1)
    assert found is not None
    return (session.scalar(select(func.count()).select_from(found.subquery())) or 0) > cap
