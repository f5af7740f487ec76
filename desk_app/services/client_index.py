"""How a typed text becomes a query on the client search index of migration 0003.

The index has one row per client and car (FTS5 trigrams on SQLite, ``pg_trgm`` on
PostgreSQL), kept by triggers, so a keystroke costs a few index lookups however large the
card file. Matching ignores case and the ё/е difference; phones match however they are
typed ("+7 916 123-45-67", "8 916 ...", "916123"); plates match in Latin or Cyrillic
letters, with or without spaces; a car's make or model matches too, so "Иванов Kia"
picks out one of two Ivanovs. Each word must match one row; a plate or VIN typed in
pieces ("А 123 ВС 77") also matches as a whole.

Trigrams need three characters: a word of one or two letters means "a last name, first
name or company begins with it" — a fragment that short occurs in a third of all cards
and picks out nobody, while "Ли" or "Ан" is a whole surname. A query is a ``Plan`` of
``Probe`` s, read three ways: as an FTS5 query, as ``LIKE`` conditions that pg_trgm's
index answers, and in Python (``Probe.hits``) to rank the hits and say what matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    Table,
    Text,
    and_,
    false,
    literal_column,
    or_,
    select,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

PLATE_LATIN = "abekmhopctyx"
PLATE_CYRILLIC = "авекмнорстух"
"""Russian plates use only the letters that look Latin; people type either alphabet."""
_TO_CYRILLIC = str.maketrans(PLATE_LATIN, PLATE_CYRILLIC)

PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")
MIN_PHONE_DIGITS = 3
TRIGRAM = 3
PAD = "  "
"""SQLite's index starts each column but the phones with this: "  ив" begins a field."""

NAMES = ("last_name", "first_name", "middle_name", "company_name")
NAMED_BY = ("last_name", "first_name", "company_name")
"""What people call a client by: a patronymic begins too many names to rank them first."""
WORDS = (*NAMES, "email", "vin", "make", "model")
BEGINNINGS = (*NAMED_BY, "email", "vin", "make", "model")
TEXT_COLUMNS = (*NAMES, "phones", "plate", "vin", "email", "make", "model")
SEARCH = Table(
    "client_search",
    MetaData(),  # not Base.metadata: the migration and its triggers own this index
    Column("client_id", Integer),
    Column("vehicle_id", Integer),
    *(Column(name, Text) for name in TEXT_COLUMNS),
)


def fold_text(value: str | None) -> str | None:
    """Lower-case and ё → е: how both the stored text and the typed text are compared."""
    return None if value is None else value.casefold().replace("ё", "е")


def fold_plate(value: str | None) -> str | None:
    """A plate without spaces, lower-case, with Latin look-alike letters made Cyrillic."""
    if value is None:
        return None
    return "".join(value.split()).casefold().translate(_TO_CYRILLIC)


# -- the plan of a query -----------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """``value`` occurs in (or, ``at_start``, begins) one of ``columns`` of a search row."""

    columns: tuple[str, ...]
    value: str
    at_start: bool = False

    def implies(self, other: Probe) -> bool:
        """Every row that ``other`` matches, this probe matches too."""
        if not set(other.columns) <= set(self.columns) or (self.at_start and not other.at_start):
            return False
        return other.value.startswith(self.value) if self.at_start else self.value in other.value

    def hits(self, row: dict[str, str]) -> set[str]:
        """The columns of ``row`` (as ``fold_row`` gives it) that this probe matches."""
        if self.at_start:
            return {c for c in self.columns if row[c].startswith(self.value)}
        return {c for c in self.columns if self.value in row[c]}


@dataclass(frozen=True)
class Term:
    """What one typed word may match (any probe), begin (for the ranking) or equal."""

    contains: tuple[Probe, ...]
    starts: tuple[Probe, ...]
    exact: tuple[Probe, ...] = ()


@dataclass(frozen=True)
class Plan:
    """A row matches when every term matches, or when the ``whole`` text does."""

    terms: tuple[Term, ...]
    whole: Term | None = None

    @property
    def has_fragments(self) -> bool:
        return any(term.contains != term.starts for term in self.all_terms)

    @property
    def all_terms(self) -> tuple[Term, ...]:
        return (*self.terms, self.whole) if self.whole else self.terms


def _simplest(probes: Iterable[Probe]) -> tuple[Probe, ...]:
    """The same condition in fewer probes, each one phrase for the index to look up: one
    probe per value, and none that a wider one implies ("+7916…" in "916…")."""
    columns: dict[tuple[str, bool], list[str]] = {}
    for probe in probes:
        known = columns.setdefault((probe.value, probe.at_start), [])
        known += [column for column in probe.columns if column not in known]
    merged = [Probe(tuple(cols), value, start) for (value, start), cols in columns.items() if cols]
    return tuple(p for p in merged if not any(q != p and q.implies(p) for q in merged))


def _phone_forms(typed: str, digits: str) -> tuple[Probe, ...]:
    """How a number's beginning may look in E.164: as typed, national (+7…), or 8… as +7…."""
    forms = ["+" + digits]
    if not typed.lstrip().startswith("+"):
        forms.append("+7" + digits)
        if digits.startswith("8") and len(digits) > 1:
            forms.append("+7" + digits[1:])
    return tuple(Probe(("phones",), form) for form in forms)


def _number_term(typed: str, digits: str, columns: tuple[str, ...] = ()) -> Term:
    """Digits typed as a phone; ``columns`` (plate, VIN) may hold them too."""
    forms = _phone_forms(typed, digits)
    return Term(
        contains=_simplest([Probe(("phones", *columns), digits), *forms]),
        starts=_simplest([*forms, Probe(columns, digits, at_start=True)]),
        exact=forms + tuple(Probe((column,), digits) for column in columns),
    )


def _word_term(token: str) -> Term:
    text, plate = fold_text(token) or "", fold_plate(token) or ""
    if len(text) < TRIGRAM:
        names = (Probe(NAMED_BY, text, at_start=True),)
        return Term(contains=names, starts=names)
    # No plate has three letters in a row: a word without digits is no part of one.
    plates = ("plate",) if any(c.isdigit() for c in token) else ()
    contains = [Probe(WORDS, text), Probe(plates, plate)]
    starts = [Probe(BEGINNINGS, text, at_start=True), Probe(plates, plate, at_start=True)]
    exact: tuple[Probe, ...] = (Probe(("plate",), plate), Probe(("vin",), text))
    digits = re.sub(r"\D", "", token)
    if PHONE_LIKE.match(token) and len(digits) >= MIN_PHONE_DIGITS:
        phone = _number_term(token, digits)
        contains += phone.contains
        starts += phone.starts
        exact += phone.exact
    return Term(_simplest(contains), _simplest(starts), exact)


def _whole_term(tokens: list[str]) -> Term | None:
    """A plate or VIN typed with spaces: "А 123 ВС 77", "XTA GFK 330"."""
    joined = "".join(tokens)
    if len(tokens) < 2 or len(joined) < TRIGRAM or not any(c.isdigit() for c in joined):
        return None
    plate, vin = fold_plate(joined) or "", fold_text(joined) or ""
    return Term(
        contains=(Probe(("plate",), plate), Probe(("vin",), vin)),
        starts=(Probe(("plate",), plate, at_start=True), Probe(("vin",), vin, at_start=True)),
        exact=(Probe(("plate",), plate), Probe(("vin",), vin)),
    )


def plan(text: str) -> Plan | None:
    """How ``text`` is searched; None when nothing was typed.

    A text of digits and phone punctuation is one phone number (or a plate or VIN
    fragment); otherwise each word is a term of its own. None too for a text with
    nothing to look for: no letter, no digit.
    """
    text = text.strip()
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if PHONE_LIKE.match(text) and len(digits) >= MIN_PHONE_DIGITS:
        return Plan((_number_term(text, digits, ("plate", "vin")),))
    # A word without a letter or digit ("+", "-", "«") says nothing to look for.
    tokens = [token for token in text.split() if any(c.isalnum() for c in token)]
    if not tokens:
        return None
    return Plan(tuple(_word_term(token) for token in tokens), _whole_term(tokens))


# -- the plan as SQL -------------------------------------------------------------------


def _fts_phrase(probe: Probe, loose: bool) -> str:
    """A probe as FTS5 query text: a beginning is the value after the columns' pad.

    ``loose`` drops the "+" that anchors a number's beginning: "+79" begins every Russian
    mobile number, and walking its list of rows costs more than the rest of the search;
    without it a rare number holding the digits further on slips in, for the caller to
    check.
    """
    value = PAD + probe.value if probe.at_start else probe.value
    if loose and probe.columns == ("phones",):
        value = value.lstrip("+")
    quoted = value.replace('"', '""')
    return f'{{{" ".join(probe.columns)}}}: "{quoted}"'


def _fts_query(search: Plan, starts: bool, loose: bool) -> str:
    def any_of(term: Term) -> str:
        probes = term.starts if starts else term.contains
        return "(" + " OR ".join(_fts_phrase(p, loose) for p in probes) + ")"

    query = "(" + " AND ".join(any_of(term) for term in search.terms) + ")"
    return f"{query} OR {any_of(search.whole)}" if search.whole else query


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_WORDS = literal_column("client_search.words", Text)
"""PostgreSQL's one text of the word fields, each after a line break (the patronymic
after a tab, as it begins no name people call a client by); see migration 0003."""


def _pg_probe(probe: Probe) -> ColumnElement[bool]:
    """A probe as ``LIKE`` conditions, the word fields through ``words`` in one scan."""
    value = _like(probe.value)
    alone = list(probe.columns)
    conditions = []
    together = BEGINNINGS if probe.at_start else WORDS
    if set(together) <= set(alone) and len(probe.value) >= TRIGRAM:
        conditions.append(_WORDS.like(f"%\n{value}%" if probe.at_start else f"%{value}%"))
        alone = [c for c in alone if c not in together]
    pattern = f"{value}%" if probe.at_start else f"%{value}%"
    conditions += [SEARCH.c[c].like(pattern) for c in alone]
    return or_(*conditions)


def _pg_condition(search: Plan, starts: bool) -> ColumnElement[bool]:
    def any_of(term: Term) -> ColumnElement[bool]:
        return or_(false(), *(_pg_probe(p) for p in (term.starts if starts else term.contains)))

    condition = and_(*(any_of(term) for term in search.terms))
    return or_(condition, any_of(search.whole)) if search.whole else condition


def condition(
    session: Session, search: Plan, starts: bool = False, loose: bool = False
) -> ColumnElement[bool]:
    """Search rows that match (``starts``: that match at the beginning of a field).

    ``loose`` lets a few rows that do not match through, for a caller that checks each
    row with ``Probe.hits``; PostgreSQL checks its index's answers itself.
    """
    if session.get_bind().dialect.name == "sqlite":
        query = _fts_query(search, starts, loose)
        return literal_column("client_search").op("MATCH")(query)
    return _pg_condition(search, starts)


def matching(
    session: Session, search: Plan, starts: bool = False, loose: bool = False
) -> Select[Any]:
    """The matching search rows, in the index's order: sorting them all would cost more
    than the search (FTS5 even reads a whole list to walk it backwards)."""
    return select(SEARCH).where(condition(session, search, starts, loose))


def steer(session: Session) -> None:
    """Keep PostgreSQL on the trigram index for the rest of this transaction.

    Its guess of how many rows a ``LIKE '%…%'`` matches is rough; with a ``LIMIT`` it
    then bets on reading the table from the start until enough rows turned up, and a
    rare text makes that read all 100,000 (0.1 s instead of 1 ms).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sql("SET LOCAL enable_seqscan = off"))


def matching_client_ids(session: Session, text: str) -> Select[Any] | None:
    """The ids of the clients matching ``text``, as a subquery; None when nothing was typed."""
    search = plan(text)
    if search is None:
        return None
    return select(SEARCH.c.client_id).where(condition(session, search))


def fold_row(row: Any) -> dict[str, str]:
    """A search row as the probes compare it (SQLite keeps case and the pads)."""
    values = row._mapping
    folded = {name: values[name].strip().casefold().replace("ё", "е") for name in TEXT_COLUMNS}
    folded["plate"] = folded["plate"].replace(" ", "").translate(_TO_CYRILLIC)
    return folded
