"""Writing the demo shop fast and all or nothing: progress, Cancel, bulk inserts with our ids.

Rows go in as Core bulk inserts (COPY on PostgreSQL) with ids chosen here, parents before
children, inside the caller's one transaction; PostgreSQL's sequences are moved past those
ids at the end. The progress bar is one scale of ``PROGRESS_STEPS`` shared by the stages,
and every report first asks whether the person pressed Cancel.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from desk_app.models import Base
from desk_app.services.errors import DomainError

PROGRESS_STEPS = 1000
CHUNK_ROWS = 5000


class DemoStage(StrEnum):
    STAFF = "staff"
    CLIENTS = "clients"
    VEHICLES = "vehicles"
    WORK_ORDERS = "work_orders"
    APPOINTMENTS = "appointments"
    REQUESTS = "requests"
    DONE = "done"


_STAGE_WEIGHTS = {
    DemoStage.STAFF: 10,
    DemoStage.CLIENTS: 120,
    DemoStage.VEHICLES: 80,
    DemoStage.WORK_ORDERS: 650,
    DemoStage.APPOINTMENTS: 40,
    DemoStage.REQUESTS: 100,
}


class DemoCancelled(DomainError):
    template = "Loading the demo shop was cancelled; nothing was added."


class Progress:
    """Maps each stage's own fraction onto one bar of ``PROGRESS_STEPS`` and checks Cancel."""

    def __init__(
        self,
        report: Callable[[int, int, DemoStage], None] | None,
        should_cancel: Callable[[], bool] | None,
    ) -> None:
        self.report = report
        self.should_cancel = should_cancel
        self.starts: dict[DemoStage, int] = {}
        start = 0
        for stage, weight in _STAGE_WEIGHTS.items():
            self.starts[stage] = start
            start += weight

    def __call__(self, stage: DemoStage, fraction: float = 0.0) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise DemoCancelled()
        if self.report is not None:
            share = int(_STAGE_WEIGHTS[stage] * min(max(fraction, 0.0), 1.0))
            self.report(self.starts[stage] + share, PROGRESS_STEPS, stage)

    def done(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise DemoCancelled()
        if self.report is not None:
            self.report(PROGRESS_STEPS, PROGRESS_STEPS, DemoStage.DONE)


class Writer:
    """Buffers rows and inserts them in chunks, parents before children, with our own ids."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        self.last_id: dict[Table, int] = {}
        self.buffered = 0

    def add(self, model: type[Base], /, **values: Any) -> int:
        table: Table = model.__table__  # type: ignore[assignment]
        if table not in self.last_id:
            self.last_id[table] = self.session.scalar(select(func.max(table.c.id))) or 0
        self.last_id[table] += 1
        values["id"] = self.last_id[table]
        if "version" in table.c:
            values["version"] = 1
        self.rows[table].append(values)
        self.buffered += 1
        if self.buffered >= CHUNK_ROWS:
            self.flush()
        return values["id"]

    def flush(self) -> None:
        postgres = self.session.get_bind().dialect.name == "postgresql"
        for table in Base.metadata.sorted_tables:
            rows = self.rows.pop(table, None)
            if rows and postgres:
                self.copy(table, rows)
            elif rows:
                self.session.execute(insert(table), rows)
        self.buffered = 0

    def copy(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """PostgreSQL's COPY, in the session's transaction: executemany there sends one
        statement per row and takes three times as long. Values still go through each
        column's own bind processing (UTC timestamps, money, enumerations, JSON)."""
        dialect = self.session.get_bind().dialect
        names = list(rows[0])
        processors = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        ]
        quote = dialect.identifier_preparer.quote
        columns = ", ".join(quote(name) for name in names)
        raw = self.session.connection().connection.driver_connection
        assert raw is not None
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY {quote(table.name)} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(
                    [
                        row[n] if p is None else p(row[n])
                        for n, p in zip(names, processors, strict=True)
                    ]
                )

    def reset_sequences(self) -> None:
        """After explicit ids, PostgreSQL's sequences must continue past them."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for table, last in self.last_id.items():
            self.session.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
                {"table": table.name, "last": last},
            )
