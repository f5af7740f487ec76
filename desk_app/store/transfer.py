"""Moving a one-desk shop to a shared PostgreSQL database: every row, its id kept, checked.

The target is an empty PostgreSQL database: one with no tables at all, or one made by this
application in which nobody has worked yet (only the rows its migrations put there:
departments, checklists, the price settings, discount tiers, holidays, service standards).
Anything else is refused, so two shops are never mixed. The source must be at this
application's schema (the app upgrades it at start); it is only read, in one snapshot, so the
desk keeps its own file untouched and may even go on working while the copy runs.

Everything happens in ONE transaction on the target: the schema is migrated to head there
(PostgreSQL's DDL is transactional), the migrations' seed rows are deleted, every table is
copied parents first (``Base.metadata.sorted_tables``, no cycles) with PostgreSQL's COPY in
batches of ``BATCH_ROWS``, then the counts and the sums of the ids are compared with the
source's, and only then are the sequences moved past the copied ids (``setval`` is not undone
by a rollback, so it comes last). A failure, a mismatch or Cancel rolls it all back: the
target is left exactly as it was.

The client search index (``client_search``, revision 0003) is not copied: on PostgreSQL the
triggers on ``clients``, ``client_phones`` and ``vehicles`` fill it as their rows arrive (once
per COPY statement), and the check makes sure it holds one row per client and car.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

import psycopg
from alembic import command
from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from desk_app.models import Base, Client, Vehicle
from desk_app.store.database import Database
from desk_app.store.errors import StoreError
from desk_app.store.schema import alembic_config, check_schema, head_revision

BATCH_ROWS = 2000

SEED_TABLES = frozenset(
    {
        "checklist_items",
        "closed_days",
        "departments",
        "discount_tiers",
        "service_standards",
        "service_windows",
        "shop_settings",
    }
)
"""The tables the migrations fill: a target whose other tables are empty is a new one."""

Progress = Callable[[int, int, str], None]


class Step(StrEnum):
    """What ``progress`` names when it is not copying a table."""

    PREPARING = "(preparing)"
    CHECKING = "(checking)"


class TargetNotPostgres(StoreError):
    template = "The shop can be moved only to a PostgreSQL server; {where} is not one."


class SameDatabase(StoreError):
    template = "This desk already works on {where}; there is nothing to move."


class SourceNotCurrent(StoreError):
    template = (
        "This desk's database is at schema {found}, not {head}. "
        "Restart the application to bring it up to date, then move it."
    )


class TargetNotEmpty(StoreError):
    template = (
        "The database {where} already holds data ({table}: {rows} rows). "
        "Choose an empty database: the shop is never mixed with another one."
    )


class TransferCancelled(StoreError):
    template = "Moving the shop was cancelled; the shared database was left as it was."


class TransferFailed(StoreError):
    template = "Copying {table} failed: {detail}. The shared database was left as it was."


class TransferMismatch(StoreError):
    template = (
        "The copy of {table} does not match: {source_rows} rows here, {target_rows} on the "
        "server (checksum {source_sum} against {target_sum}). "
        "The shared database was left as it was."
    )


class Tally(NamedTuple):
    """A table's rows and the sum of their ids: a cheap check that the same rows arrived."""

    rows: int
    id_sum: int


@dataclass(frozen=True)
class TransferReport:
    tables: int
    rows: int
    seconds: float
    counts: dict[str, int]
    """Rows per table, as found on both sides."""


def transfer(
    source: Database,
    target: Database,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> TransferReport:
    """Copy every row of ``source`` into the empty PostgreSQL ``target``; all or nothing.

    ``progress(done_rows, total_rows, table)`` is called after each batch (``table`` is a
    table name or a ``Step``); ``should_cancel`` is asked before each batch and before the
    commit, and True raises ``TransferCancelled``. Raises a ``StoreError`` for a target that
    is not an empty PostgreSQL database, a source at another schema, a failure or a mismatch.
    """
    started = time.perf_counter()
    _check_pair(source, target)
    target_revision = check_schema(target)
    tables = Base.metadata.sorted_tables
    report = progress or (lambda _done, _total, _step: None)
    with (
        source.engine.connect() as reading,
        target.engine.connect() as writing,
        reading.begin(),
        writing.begin(),
    ):
        _hold_snapshot(reading)
        expected = {table.name: _tally(reading, table) for table in tables}
        total = sum(tally.rows for tally in expected.values())
        report(0, total, Step.PREPARING)
        if target_revision != head_revision():
            command.upgrade(alembic_config(writing), "head")
        _require_empty(writing, target, tables)
        for table in reversed(tables):
            writing.execute(table.delete())
        done = 0
        for table in tables:
            done = _copy_table(reading, writing, table, done, total, report, should_cancel)
        report(total, total, Step.CHECKING)
        _verify(writing, tables, expected)
        _verify_search_index(reading, writing)
        _check_cancel(should_cancel)
        _reset_sequences(writing, tables)
    return TransferReport(
        tables=len(tables),
        rows=total,
        seconds=time.perf_counter() - started,
        counts={name: tally.rows for name, tally in expected.items()},
    )


def _check_pair(source: Database, target: Database) -> None:
    if target.engine.dialect.name != "postgresql":
        raise TargetNotPostgres(where=target.describe())
    if source.url.render_as_string(hide_password=True) == target.url.render_as_string(
        hide_password=True
    ):
        raise SameDatabase(where=target.describe())
    found = check_schema(source)
    if found != head_revision():
        raise SourceNotCurrent(found=found or "—", head=head_revision())


def _hold_snapshot(reading: Connection) -> None:
    """Read every table as of one moment while other desks may go on writing."""
    if reading.dialect.name == "sqlite":
        # pysqlite begins no transaction for a SELECT: without BEGIN each table would be
        # read at its own moment. WAL lets writers go on while this snapshot is held.
        reading.exec_driver_sql("BEGIN")
    else:
        reading.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def _tally(connection: Connection, table: Table) -> Tally:
    query = select(func.count(), func.coalesce(func.sum(table.c.id), 0)).select_from(table)
    rows, id_sum = connection.execute(query).one()
    return Tally(int(rows), int(id_sum))


def _require_empty(writing: Connection, target: Database, tables: Sequence[Table]) -> None:
    for table in tables:
        if table.name in SEED_TABLES:
            continue
        rows = writing.scalar(select(func.count()).select_from(table)) or 0
        if rows:
            raise TargetNotEmpty(where=target.describe(), table=table.name, rows=rows)


def _check_cancel(should_cancel: Callable[[], bool] | None) -> None:
    if should_cancel is not None and should_cancel():
        raise TransferCancelled()


def _copy_table(
    reading: Connection,
    writing: Connection,
    table: Table,
    done: int,
    total: int,
    report: Progress,
    should_cancel: Callable[[], bool] | None,
) -> int:
    """Copy one table in batches; the rows done so far, counting this table's."""
    _check_cancel(should_cancel)
    query = select(table).order_by(table.c.id)
    try:
        result = reading.execute(query.execution_options(yield_per=BATCH_ROWS))
        for batch in result.partitions():
            _check_cancel(should_cancel)
            _copy_rows(writing, table, batch)
            done += len(batch)
            report(done, total, table.name)
    except (SQLAlchemyError, psycopg.Error) as error:
        raise TransferFailed(table=table.name, detail=_first_line(error)) from error
    return done


def _copy_rows(writing: Connection, table: Table, rows: Sequence[Any]) -> None:
    """PostgreSQL's COPY in the open transaction, each value through its column's own bind
    processing (UTC timestamps, money, enumerations, JSON), as the demo shop's writer does:
    an INSERT per row would take three times as long."""
    dialect = writing.dialect
    processors = [
        column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns
    ]
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(column.name) for column in table.columns)
    raw = writing.connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(
                [
                    value if process is None else process(value)
                    for value, process in zip(row, processors, strict=True)
                ]
            )


def _verify(writing: Connection, tables: Sequence[Table], expected: dict[str, Tally]) -> None:
    for table in tables:
        found = _tally(writing, table)
        wanted = expected[table.name]
        if found != wanted:
            raise TransferMismatch(
                table=table.name,
                source_rows=wanted.rows,
                target_rows=found.rows,
                source_sum=wanted.id_sum,
                target_sum=found.id_sum,
            )


def _verify_search_index(reading: Connection, writing: Connection) -> None:
    """One search row per (client, car), or per client without a car, as on the source."""
    clients, cars = Client.__table__, Vehicle.__table__
    pairs = select(func.count(), func.coalesce(func.sum(clients.c.id), 0)).select_from(
        clients.outerjoin(cars, cars.c.owner_id == clients.c.id)
    )
    wanted = Tally(*(int(value) for value in reading.execute(pairs).one()))
    rows, client_sum = writing.execute(
        text("SELECT count(*), coalesce(sum(client_id), 0) FROM client_search")
    ).one()
    found = Tally(int(rows), int(client_sum))
    if found != wanted:
        raise TransferMismatch(
            table="client_search",
            source_rows=wanted.rows,
            target_rows=found.rows,
            source_sum=wanted.id_sum,
            target_sum=found.id_sum,
        )


def _reset_sequences(writing: Connection, tables: Sequence[Table]) -> None:
    """The next row of each table gets the id after the last copied one."""
    quote = writing.dialect.identifier_preparer.quote
    for table in tables:
        writing.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"coalesce(max(id), 0) + 1, false) FROM {quote(table.name)}"
            ),
            {"table": table.name},
        )


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__
