"""The Connect check against the real server: each cause told apart, beside its field."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from desk_app.store.connection_check import (
    CheckKind,
    SharedServer,
    check_connection,
    classify_failure,
)
from desk_app.store.database import Database
from desk_app.store.errors import DatabaseUnavailable
from desk_app.store.schema import alembic_config, head_revision
from tests.conftest import postgres_admin_url

pytestmark = pytest.mark.postgres

FREE_PORT = 9
"""The discard port: nothing listens there on the test machines."""


def _url(postgres_url: str, **changes: object) -> URL:
    return make_url(postgres_url).set(drivername="postgresql+psycopg", **changes)


@pytest.fixture
def server_url() -> str:
    """The server's admin URL: enough for the failures, which never reach a database."""
    return postgres_admin_url()


@pytest.fixture
def role() -> Iterator[str]:
    """A login role with the password "right", made through the admin URL and dropped after."""
    admin = create_engine(
        make_url(postgres_admin_url()).set(drivername="postgresql+psycopg"),
        isolation_level="AUTOCOMMIT",
    )
    name = f"desk_test_role_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE \"{name}\" LOGIN PASSWORD 'right'"))
    try:
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()


def test_a_port_without_a_server_is_named_beside_the_port(server_url):
    check = check_connection(_url(server_url, port=FREE_PORT))
    assert (check.kind, check.field, check.ok) == (CheckKind.NO_SERVER, "port", False)
    assert f"no PostgreSQL server at port {FREE_PORT}" in check.message


def test_an_unknown_host_is_named_beside_the_host(server_url):
    check = check_connection(_url(server_url, host="no-such-host.invalid"))
    assert (check.kind, check.field) == (CheckKind.UNREACHABLE, "host")
    assert "no computer named “no-such-host.invalid”" in check.message


def test_an_unknown_user_is_named_beside_the_user(server_url):
    check = check_connection(_url(server_url, username="desk_nobody_at_all"))
    assert (check.kind, check.field) == (CheckKind.BAD_LOGIN, "user")
    assert "no user “desk_nobody_at_all”" in check.message


def test_a_wrong_password_is_named_beside_the_password(server_url, role):
    right = check_connection(_url(server_url, username=role, password="right"))
    assert right.kind not in (CheckKind.BAD_LOGIN, CheckKind.NOT_ALLOWED), right.message
    check = check_connection(_url(server_url, username=role, password="wrong"))
    if check.ok:
        pytest.skip("this server trusts 127.0.0.1 without a password (pg_hba.conf)")
    assert (check.kind, check.field) == (CheckKind.BAD_LOGIN, "password")


def test_a_user_who_may_not_log_in_is_told_so(server_url, role):
    admin = create_engine(_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER ROLE "{role}" NOLOGIN'))
    admin.dispose()
    check = check_connection(_url(server_url, username=role, password="right"))
    assert (check.kind, check.field) == (CheckKind.NOT_ALLOWED, "user")


def test_libpq_refusing_the_password_is_a_bad_login():
    """What psycopg raises under password authentication: no SQLSTATE, libpq's words."""
    url = make_url("postgresql+psycopg://desk:wrong@db.shop.local:5432/desk")
    for original in (
        psycopg.OperationalError(
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
            'FATAL:  password authentication failed for user "desk"'
        ),
        psycopg.errors.InvalidPassword("password authentication failed"),
        psycopg.OperationalError("connection failed: fe_sendauth: no password supplied"),
    ):
        check = classify_failure(url, OperationalError("connect", {}, original))
        assert (check.kind, check.field) == (CheckKind.BAD_LOGIN, "password"), original


def test_a_missing_database_offers_createdb(server_url):
    check = check_connection(_url(server_url, database="desk_no_such_database"))
    assert (check.kind, check.field) == (CheckKind.NO_DATABASE, "database")
    assert "createdb -h 127.0.0.1 -p 5432" in check.message
    assert "desk_no_such_database" in check.message


def test_the_start_up_message_is_the_same(server_url):
    with pytest.raises(DatabaseUnavailable, match="createdb"):
        Database.open(
            _url(server_url, database="desk_no_such_database").render_as_string(hide_password=False)
        )


def test_an_empty_database_is_usable_until_another_program_puts_tables_in_it(postgres_url):
    check = check_connection(postgres_url)
    assert (check.kind, check.ok, check.revision) == (CheckKind.EMPTY, True, None)
    engine = create_engine(_url(postgres_url))
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == [], "the check wrote nothing"
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    check = check_connection(postgres_url)
    assert (check.kind, check.ok, check.field) == (CheckKind.FOREIGN, False, "database")


def test_a_migrated_database_is_ready(shared_postgres):
    check = check_connection(shared_postgres.url)
    assert (check.kind, check.ok, check.revision) == (CheckKind.CURRENT, True, head_revision())
    assert check.message.endswith("the database is ready.")


def test_an_older_schema_is_upgraded_at_start_and_a_newer_one_refused(postgres_url):
    db = Database.open(postgres_url)
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    db.dispose()
    check = check_connection(postgres_url)
    assert (check.kind, check.ok, check.revision) == (CheckKind.OLD_SCHEMA, True, "0001")
    assert "upgraded at start" in check.message
    engine = create_engine(_url(postgres_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    engine.dispose()
    check = check_connection(postgres_url)
    assert (check.kind, check.ok, check.field) == (CheckKind.TOO_NEW, False, "database")
    assert "zzzz" in check.message


def test_an_address_of_another_kind_is_invalid():
    check = check_connection("mysql://desk@db/desk")
    assert (check.kind, check.ok) == (CheckKind.INVALID, False)


def test_a_sqlite_file_is_checked_too(migrated_sqlite_file, tmp_path):
    assert check_connection(str(migrated_sqlite_file)).kind is CheckKind.CURRENT
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    check = check_connection(str(broken))
    assert (check.kind, check.ok) == (CheckKind.FAILED, False)


def test_a_shared_server_makes_its_url_and_key():
    server = SharedServer("db.shop.local", 5433, "desk", "reception")
    url = server.url("s3cret")
    assert url.render_as_string(hide_password=False) == (
        "postgresql+psycopg://reception:s3cret@db.shop.local:5433/desk"
    )
    assert server.url().password is None
    assert server.key == "reception@db.shop.local:5433/desk"
