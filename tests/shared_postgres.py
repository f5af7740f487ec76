"""A PostgreSQL database migrated once per test session and emptied after each test.

Creating and migrating a database costs most of a second; five hundred tests on both
engines made that minutes of every run. After each test the tables are truncated (ids
restarted) and the rows the migrations seed (departments, standards, holidays, discount
tiers, checklists, the shop's settings) are put back as they were, so every test still
starts from a freshly migrated shop.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Table, create_engine, inspect, text
from sqlalchemy.engine import make_url

from desk_app.models import Base
from desk_app.store import schema
from desk_app.store.database import Database

KEPT = {"alembic_version"}
"""Tables the reset leaves alone: the schema's own version."""


class SharedPostgres:
    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self.name = f"desk_test_{uuid.uuid4().hex[:12]}"
        self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = self.admin_url.set(database=self.name).render_as_string(hide_password=False)
        db = Database.open(self.url)
        schema.upgrade(db)
        self._engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with self._engine.connect() as connection:
            self._tables = sorted(set(inspect(connection).get_table_names()) - KEPT)
            self._seeds: list[tuple[Table, list[dict[str, Any]]]] = []
            for table in Base.metadata.sorted_tables:
                rows = [dict(row._mapping) for row in connection.execute(table.select())]
                if rows:
                    self._seeds.append((table, rows))
        db.dispose()

    def reset(self) -> None:
        """Empty every table and put the migrations' rows back, ids and sequences too."""
        names = ", ".join(f'"{name}"' for name in self._tables)
        with self._engine.begin() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": self.name},
            )
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            for table, rows in self._seeds:
                connection.execute(table.insert(), rows)
                if "id" in table.c:
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f'(SELECT max(id) FROM "{table.name}"))'
                        )
                    )

    def drop(self) -> None:
        self._engine.dispose()
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()
