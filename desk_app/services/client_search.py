"""The intake search box: a client and his car from a name, a phone, a plate, a VIN or an
e-mail, as one line per car, best matches first, saying which field matched.

What matches is ``client_index``'s business; this module ranks the rows the index gives
and dresses them for the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from sqlalchemy import Connection, and_, select

from desk_app.models import Client, Vehicle
from desk_app.services.client_index import (
    NAMES,
    Plan,
    Probe,
    Term,
    fold_row,
    matching,
    plan,
    steer,
)
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

_DISPLAY_NAME: Callable[[Any], str] = vars(Client)["display_name"].fget
_TITLE: Callable[[Any], str] = vars(Vehicle)["title"].fget
"""The models' own rules, applied to plain rows: ORM objects cost a millisecond a search."""


class SearchField(StrEnum):
    """What a hit matched on, so the list can show it in bold."""

    NAME = "name"
    PHONE = "phone"
    PLATE = "plate"
    VIN = "vin"
    EMAIL = "email"
    MAKE_MODEL = "make_model"


FIELD_OF = {
    **dict.fromkeys(NAMES, SearchField.NAME),
    "phones": SearchField.PHONE,
    "plate": SearchField.PLATE,
    "vin": SearchField.VIN,
    "email": SearchField.EMAIL,
    "make": SearchField.MAKE_MODEL,
    "model": SearchField.MAKE_MODEL,
}


class MatchRank(IntEnum):
    """Hits are listed best first: the very plate, phone or VIN, then beginnings, then the rest."""

    EXACT = 0
    PREFIX = 1
    PARTIAL = 2


@dataclass(frozen=True)
class IntakeHit:
    """One line of the intake search: a client with one of his cars, or without a car."""

    client_id: int
    vehicle_id: int | None
    display_name: str
    phone: str
    """The phone that matched, else the client's first one, in E.164; "" when none."""
    vehicle_title: str
    plate: str
    vin: str
    matched: frozenset[SearchField]
    rank: MatchRank


def _rank(terms: tuple[Term, ...], row: dict[str, str]) -> MatchRank:
    """Exact when a word is the whole plate, phone or VIN; a beginning when every word
    begins a field (the end of a VIN counts: people read out the serial number there)."""

    def equals(probe: Probe) -> bool:
        return any(
            probe.value in (row[c].split() if c == "phones" else [row[c]]) for c in probe.columns
        )

    def begins(term: Term) -> bool:
        vin = row["vin"]
        tail = any(vin.endswith(p.value) for p in term.contains if vin and "vin" in p.columns)
        return tail or any(p.hits(row) for p in term.starts)

    if any(equals(probe) for term in terms for probe in term.exact):
        return MatchRank.EXACT
    return MatchRank.PREFIX if all(begins(term) for term in terms) else MatchRank.PARTIAL


@dataclass
class _Candidate:
    """A search row that matched, folded, with the ways it matched and its rank."""

    row: Any
    folded: dict[str, str]
    ways: list[tuple[Term, ...]]
    """All the words, or the whole text as a plate or VIN, or both: what matched."""
    rank: MatchRank

    @classmethod
    def of(cls, search: Plan, row: Any) -> _Candidate | None:
        """The row as a candidate; None if it does not match after all (a loose query)."""
        folded = fold_row(row)
        ways = [search.terms] if all(_matches(t, folded) for t in search.terms) else []
        if search.whole and _matches(search.whole, folded):
            ways.append((search.whole,))
        if not ways:
            return None
        return cls(row, folded, ways, min(_rank(terms, folded) for terms in ways))

    def key(self) -> tuple[MatchRank, tuple[str, ...]]:
        """Best first, then by name: as the names sort, without building them."""
        f = self.folded
        name = (f["company_name"] or f["last_name"], f["first_name"], f["middle_name"])
        return self.rank, (*name, f["make"], f["model"], f["plate"])

    def matched(self) -> tuple[frozenset[SearchField], list[str]]:
        """The fields that matched, and the client's numbers with the matched ones first."""
        columns: set[str] = set()
        phones: set[str] = set()
        probes = (p for terms in self.ways for term in terms for p in term.contains)
        for probe in probes:
            hit = probe.hits(self.folded)
            columns |= hit
            if "phones" in hit:
                phones |= {n for n in self.folded["phones"].split() if probe.value in n}
        numbers = sorted(self.row.phones.split(), key=lambda number: number not in phones)
        return frozenset(FIELD_OF[c] for c in columns), numbers


def _matches(term: Term, row: dict[str, str]) -> bool:
    return any(probe.hits(row) for probe in term.contains)


def find_for_intake(db: Database, actor: Actor, text: str, limit: int = 20) -> list[IntakeHit]:
    """The clients and cars matching ``text``, best first: one line per car.

    At most ``limit`` lines, ranked here from a few rows of the index: the rows that
    match at a field's beginning (they rank first, so they must not be left out) and up
    to ``3 * limit`` rows that match anywhere; each query stops after its rows, so a
    keystroke costs about the same on a card file of any size. Lines of one rank are in
    the order of the names.
    """
    actor.require(Action.ACCEPT_VEHICLE)
    search = plan(text)
    if search is None or limit <= 0:
        return []
    with db.transaction() as session:
        steer(session)
        connection = session.connection()  # Core all the way: the ORM costs a millisecond

        def fetch(starts: bool, size: int) -> list[Any]:
            query = matching(session, search, starts=starts, loose=True).limit(size)
            return list(connection.execute(query))

        if session.get_bind().dialect.name == "sqlite":
            # FTS5 stops at the LIMIT: a wide net first costs little, and most keystrokes
            # narrow the search to a few rows that it holds all. When it comes back full
            # it may have missed rows that match at a beginning; those are fetched too.
            rows = fetch(False, 3 * limit)
            if len(rows) == 3 * limit and search.has_fragments:
                rows += fetch(True, limit)
        else:
            # A GIN index finds every match before the LIMIT, and a wide net on the first
            # keystrokes is a big one: the beginnings first, the rest only if room is left.
            rows = fetch(True, limit)
            if len(rows) < limit and search.has_fragments:
                rows += fetch(False, 3 * limit)
        found = {(row.client_id, row.vehicle_id): row for row in rows}
        candidates = (_Candidate.of(search, row) for row in found.values())
        ranked = sorted((c for c in candidates if c is not None), key=_Candidate.key)
        return _hits(connection, ranked[:limit])


def _hits(connection: Connection, found: list[_Candidate]) -> list[IntakeHit]:
    """Dress the rows with the names, cars and plates as they are written on the cards."""
    clients, cars = Client.__table__, Vehicle.__table__
    wanted = {c.row.vehicle_id for c in found if c.row.vehicle_id is not None}
    query = (
        select(
            clients.c.id,
            clients.c.kind,
            *(clients.c[name] for name in NAMES),
            cars.c.id.label("vehicle_id"),
            *(cars.c[name] for name in ("make", "model", "plate", "vin")),
        )
        .select_from(
            clients.outerjoin(cars, and_(cars.c.owner_id == clients.c.id, cars.c.id.in_(wanted)))
        )
        .where(clients.c.id.in_({c.row.client_id for c in found}))
    )
    cards = {(card.id, card.vehicle_id): card for card in connection.execute(query)}
    hits = []
    for candidate in found:
        card = cards.get((candidate.row.client_id, candidate.row.vehicle_id))
        if card is None:  # changed by another desk between the two reads: not shown
            continue
        fields, numbers = candidate.matched()
        car = card.vehicle_id is not None
        hits.append(
            IntakeHit(
                client_id=card.id,
                vehicle_id=card.vehicle_id,
                display_name=_DISPLAY_NAME(card),
                phone=numbers[0] if numbers else "",
                vehicle_title=_TITLE(card) if car else "",
                plate=card.plate if car else "",
                vin=(card.vin or "") if car else "",
                matched=fields,
                rank=candidate.rank,
            )
        )
    return hits
