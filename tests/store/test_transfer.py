"""A one-desk SQLite shop moves to an empty PostgreSQL database whole, checked, or not at all."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from desk_app import clock
from desk_app.models import (
    AuditEntry,
    Base,
    Client,
    ClientKind,
    ClientPhone,
    ClosedDay,
    Department,
    Role,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import client_search, demo
from desk_app.services.permissions import Actor
from desk_app.store import schema, transfer
from desk_app.store.database import Database
from desk_app.store.errors import NotADeskDatabase
from desk_app.store.transfer import (
    SourceNotCurrent,
    Step,
    TargetNotEmpty,
    TargetNotPostgres,
    TransferCancelled,
    TransferMismatch,
)
from tests.conftest import FIXED_NOW, postgres_admin_url
from tests.factories import make_client

pytestmark = pytest.mark.postgres

DEMO_SIZE = demo.DemoSize(clients=40, years=1)
RECEPTIONIST = Actor(id=1, full_name="Смирнова Ольга", roles=frozenset({Role.RECEPTIONIST}))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo shop on SQLite, made once; each test reads its own copy."""
    path = tmp_path_factory.mktemp("transfer") / "desk.sqlite3"
    clock.set_source(lambda: FIXED_NOW)
    db = Database.open(path)
    try:
        schema.upgrade(db)
        demo.generate_demo(db, DEMO_SIZE, tz=UTC)
    finally:
        db.dispose()
        clock.set_source(None)
    return path


@pytest.fixture
def source(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_file, copy)
    db = Database.open(copy)
    yield db
    db.dispose()


@pytest.fixture
def target(postgres_url: str) -> Iterator[Database]:
    db = Database.open(postgres_url)
    yield db
    db.dispose()


@dataclass
class Moved:
    """The demo shop moved once to a new PostgreSQL database, for the checks that only read."""

    source: Database
    target: Database
    report: transfer.TransferReport
    steps: list[tuple[int, int, str]]


@pytest.fixture(scope="module")
def moved(demo_file: Path) -> Iterator[Moved]:
    admin_url = make_url(postgres_admin_url()).set(drivername="postgresql+psycopg")
    name = f"desk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    source = Database.open(demo_file)
    target = Database.open(admin_url.set(database=name).render_as_string(hide_password=False))
    try:
        steps: list[tuple[int, int, str]] = []
        report = transfer.transfer(source, target, progress=lambda *step: steps.append(step))
        yield Moved(source, target, report, steps)
    finally:
        source.dispose()
        target.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def rows_of(db: Database, table_name: str) -> list[tuple[Any, ...]]:
    table = Base.metadata.tables[table_name]
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(table).order_by(table.c.id))]


def table_names(db: Database) -> list[str]:
    return inspect(db.engine).get_table_names()


def test_every_row_arrives_the_same_and_the_counts_are_reported(moved):
    source, target, report = moved.source, moved.target, moved.report
    source_rows = {table.name: rows_of(source, table.name) for table in Base.metadata.sorted_tables}
    assert report.tables == len(Base.metadata.sorted_tables)
    assert report.rows == sum(len(rows) for rows in source_rows.values()) > 2000
    assert report.counts["clients"] == DEMO_SIZE.clients
    for name, rows in source_rows.items():
        assert rows_of(target, name) == rows, name


def test_progress_goes_table_by_table_up_to_the_check(moved):
    total = moved.report.rows
    assert moved.steps[0] == (0, total, Step.PREPARING)
    assert moved.steps[-1] == (total, total, Step.CHECKING)
    named = [step for _done, _total, step in moved.steps]
    assert named.index("clients") < named.index("vehicles") < named.index("work_orders")
    done = [done for done, _total, _step in moved.steps]
    assert done == sorted(done)


def test_values_keep_their_types_money_utc_times_enums_json(moved):
    handed_over = select(WorkOrder).where(WorkOrder.status == WorkOrderStatus.HANDED_OVER)
    with moved.source.transaction() as here, moved.target.transaction() as there:
        order = next(o for o in here.scalars(handed_over.order_by(WorkOrder.id)) if o.completeness)
        copied = there.get(WorkOrder, order.id)
        assert copied.status is WorkOrderStatus.HANDED_OVER
        assert copied.accepted_at == order.accepted_at
        assert copied.accepted_at.utcoffset() == timedelta(0)
        assert copied.closed_at == order.closed_at is not None
        assert isinstance(copied.estimate, Decimal) and copied.estimate == order.estimate
        assert copied.estimate.as_tuple().exponent == -2
        assert copied.completeness == order.completeness != []
        entries = here.scalars(select(AuditEntry).order_by(AuditEntry.id))
        entry = next(e for e in entries if e.details)
        assert there.get(AuditEntry, entry.id).details == entry.details


def test_new_rows_continue_after_the_copied_ids(moved):
    with moved.source.transaction() as session:
        last_client = session.scalar(select(func.max(Client.id)))
        last_holiday = session.scalar(select(func.max(ClosedDay.id)))
    with moved.target.session() as session:  # rolled back: the other checks only read
        client = Client(kind=ClientKind.PERSON, last_name="Ковалёв", created_at=clock.now())
        holiday = ClosedDay(day=date(2031, 3, 7), reason="Субботник")
        session.add_all([client, holiday])
        session.flush()
        assert (client.id, holiday.id) == (last_client + 1, last_holiday + 1)
        session.rollback()


def test_the_client_search_finds_a_copied_client_by_phone(moved):
    with moved.source.transaction() as session:
        phone = session.scalar(select(ClientPhone).order_by(ClientPhone.id.desc()).limit(1))
        number, client_id = phone.number, phone.client_id
    hits = client_search.find_for_intake(moved.target, RECEPTIONIST, number)
    assert client_id in {hit.client_id for hit in hits}


def test_a_freshly_migrated_target_is_taken_and_its_seed_rows_replaced(source, target):
    schema.upgrade(target)
    with source.transaction() as session:
        session.execute(Department.__table__.update().values(name="Приёмка"))
    transfer.transfer(source, target)
    assert rows_of(target, "departments") == rows_of(source, "departments")
    assert rows_of(target, "service_windows") == rows_of(source, "service_windows")


def test_a_target_where_someone_works_is_refused_and_left_alone(source, target):
    schema.upgrade(target)
    client_id = make_client(target, "Петров", phones=("+79035550101",))
    with pytest.raises(TargetNotEmpty) as raised:
        transfer.transfer(source, target)
    assert raised.value.params["table"] == "clients"
    assert [row[0] for row in rows_of(target, "clients")] == [client_id]


def test_a_database_of_another_program_is_refused(source, target):
    with target.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id serial PRIMARY KEY)")
    with pytest.raises(NotADeskDatabase):
        transfer.transfer(source, target)
    assert table_names(target) == ["invoices"]


def test_cancel_leaves_the_target_as_it_was_without_tables(source, target):
    steps: list[str] = []
    with pytest.raises(TransferCancelled):
        transfer.transfer(
            source,
            target,
            progress=lambda _done, _total, step: steps.append(step),
            should_cancel=lambda: "vehicles" in steps,
        )
    assert "work_orders" not in steps
    assert table_names(target) == []


def test_a_copy_that_does_not_match_is_refused_and_rolled_back(source, target, monkeypatch):
    copy_rows = transfer._copy_rows

    def lose_a_mark(writing: Any, table: Any, rows: Any) -> None:
        copy_rows(writing, table, rows[1:] if table.name == "damage_marks" else rows)

    monkeypatch.setattr(transfer, "_copy_rows", lose_a_mark)
    with pytest.raises(TransferMismatch) as raised:
        transfer.transfer(source, target)
    assert raised.value.params["table"] == "damage_marks"
    assert raised.value.params["source_rows"] == raised.value.params["target_rows"] + 1
    assert table_names(target) == []


def test_a_source_at_an_older_schema_is_refused(tmp_path, target):
    old = Database.open(tmp_path / "old.sqlite3")
    try:
        with old.engine.begin() as connection:
            command.upgrade(schema.alembic_config(connection), "0007")
        with pytest.raises(SourceNotCurrent) as raised:
            transfer.transfer(old, target)
        assert raised.value.params["found"] == "0007"
    finally:
        old.dispose()
    assert table_names(target) == []


def test_only_a_postgresql_target_is_taken(source, sqlite_db):
    with pytest.raises(TargetNotPostgres):
        transfer.transfer(source, sqlite_db)
