"""Finding clients: one box that takes a name, a phone, a plate, a VIN part or an e-mail.

A car's make or model matches too, so "Иванов Kia" tells two Ivanovs apart.

Matching ignores case and the ё/е difference, phones match however they are typed
("+7 916 123-45-67", "8 916 ...", "916123"), and plates match in Latin or Cyrillic
letters, with or without spaces. The same query runs on SQLite and PostgreSQL: SQLite
cannot lower-case Cyrillic, so there a small Python function does the folding.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from desk_app.models import Client, ClientKind, ClientPhone, Vehicle, WorkOrder, WorkOrderStatus
from desk_app.services.errors import NotFound
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

PLATE_LATIN = "abekmhopctyx"
PLATE_CYRILLIC = "авекмнорстух"
"""Russian plates use only the letters that look Latin; people type either alphabet."""

PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")
MIN_PHONE_DIGITS = 3
SQLITE_FOLD = "desk_fold"
SQLITE_FOLD_PLATE = "desk_fold_plate"

TextColumn = ColumnElement[str | None] | QueryableAttribute[str | None]
"""A text column or expression to fold; mapped attributes such as ``Vehicle.vin`` included."""
Fold = Callable[[TextColumn], ColumnElement[str]]


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


def fold_text(value: str | None) -> str | None:
    """Lower-case and ё → е: how both the stored text and the typed text are compared."""
    return None if value is None else value.casefold().replace("ё", "е")


def fold_plate(value: str | None) -> str | None:
    """A plate without spaces, lower-case, with Latin look-alike letters made Cyrillic."""
    if value is None:
        return None
    folded = "".join(value.split()).casefold()
    return folded.translate(str.maketrans(PLATE_LATIN, PLATE_CYRILLIC))


def _folders(session: Session) -> tuple[Fold, Fold]:
    """SQL expressions that fold a column as ``fold_text`` and ``fold_plate`` do."""
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)  # Database always picks pysqlite
        raw.create_function(SQLITE_FOLD, 1, fold_text, deterministic=True)
        raw.create_function(SQLITE_FOLD_PLATE, 1, fold_plate, deterministic=True)
        return getattr(func, SQLITE_FOLD), getattr(func, SQLITE_FOLD_PLATE)

    # lower() folds Cyrillic on the UTF-8 locales PostgreSQL is installed with (not on a
    # database created with the bare "C" locale); translate() would cover that too, but
    # it is five times slower and search-as-you-type runs on every pause in typing.
    def text(column: TextColumn) -> ColumnElement[str]:
        return func.replace(func.lower(column), "ё", "е")

    def plate(column: TextColumn) -> ColumnElement[str]:
        return func.translate(text(func.replace(column, " ", "")), PLATE_LATIN, PLATE_CYRILLIC)

    return text, plate


def _contains(needle: str) -> str:
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phone_condition(digits: str) -> ColumnElement[bool]:
    """Digits anywhere in the number; a leading 8 is also read as Russia's +7."""
    patterns = [ClientPhone.number.like(_contains(digits), escape="\\")]
    if digits.startswith("8") and len(digits) > 1:
        patterns.append(ClientPhone.number.like(f"+7{digits[1:]}%"))
    return exists().where(ClientPhone.client_id == Client.id, or_(*patterns))


def _vehicle_condition(
    token: str, text: Fold, plate: Fold, *, by_model: bool = True
) -> ColumnElement[bool]:
    """The client owns a car whose plate or VIN (or make or model) contains ``token``."""
    words = _contains(fold_text(token) or "")
    fields: list[ColumnElement[bool]] = [
        plate(Vehicle.plate).like(_contains(fold_plate(token) or ""), escape="\\"),
        text(Vehicle.vin).like(words, escape="\\"),
    ]
    if by_model:
        fields += [text(c).like(words, escape="\\") for c in (Vehicle.make, Vehicle.model)]
    return exists().where(Vehicle.owner_id == Client.id, or_(*fields))


def _match(session: Session, search: str) -> ColumnElement[bool] | None:
    """The condition for clients matching ``search``; None when nothing was typed.

    A text made of digits and phone punctuation is one phone number (or a plate or VIN
    fragment); otherwise every word must match some field of the client.
    """
    search = search.strip()
    if not search:
        return None
    text, plate = _folders(session)
    digits = re.sub(r"\D", "", search)
    if PHONE_LIKE.match(search) and len(digits) >= MIN_PHONE_DIGITS:
        return or_(
            _phone_condition(digits),
            _vehicle_condition(digits, text, plate, by_model=False),
        )
    conditions = []
    for token in search.split():
        pattern = _contains(fold_text(token) or "")
        fields: list[ColumnElement[bool]] = [
            text(column).like(pattern, escape="\\")
            for column in (
                Client.last_name,
                Client.first_name,
                Client.middle_name,
                Client.company_name,
                Client.email,
            )
        ]
        fields.append(_vehicle_condition(token, text, plate))
        token_digits = re.sub(r"\D", "", token)
        if PHONE_LIKE.match(token) and len(token_digits) >= MIN_PHONE_DIGITS:
            fields.append(_phone_condition(token_digits))
        conditions.append(or_(*fields))
    return and_(*conditions)


def _visits() -> ColumnElement[bool]:
    """Work orders that count as visits: all but the cancelled ones."""
    return and_(WorkOrder.client_id == Client.id, WorkOrder.status != WorkOrderStatus.CANCELLED)


def _row_query() -> Select:
    visits = select(func.count(WorkOrder.id)).where(_visits()).scalar_subquery()
    last_visit = select(func.max(WorkOrder.accepted_at)).where(_visits()).scalar_subquery()
    sort_name = case(
        (Client.kind == ClientKind.COMPANY, Client.company_name), else_=Client.last_name
    )
    return select(Client, visits, last_visit).order_by(
        sort_name, Client.first_name, Client.middle_name, Client.id
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
        condition = _match(session, text)
        if condition is not None:
            query = query.where(condition)
        return _rows(session, query)


def count_clients(db: Database, actor: Actor, text: str = "") -> int:
    """How many clients match ``text``: the "of N" next to a page of results."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        query = select(func.count(Client.id))
        condition = _match(session, text)
        if condition is not None:
            query = query.where(condition)
        return session.scalar(query) or 0


def get_client_row(db: Database, actor: Actor, client_id: int) -> ClientRow:
    """One client's row, to bring a client into view that the current search left out."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        rows = _rows(session, _row_query().where(Client.id == client_id))
        if not rows:
            raise NotFound(what="client")
        return rows[0]
