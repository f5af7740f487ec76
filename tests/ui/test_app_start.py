"""Starting the application: the database is found, made, refused or filled as the user asked."""

from __future__ import annotations

import sqlite3
import sys
from functools import partial

import pytest
from sqlalchemy import func, select

from desk_app import app
from desk_app.models import Client, Staff
from desk_app.services import demo
from desk_app.store import open_database
from desk_app.store.errors import DatabaseUnavailable, SchemaTooNew
from desk_app.store.locations import default_database_path
from desk_app.ui.demo_loader import DemoLoader


@pytest.fixture
def started(monkeypatch, qapp):
    """Run ``app.main`` without modal boxes or a login: record what would have been shown."""
    shown: list[BaseException] = []
    informed: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app, "show_error", lambda _title, error: shown.append(error))
    monkeypatch.setattr(
        app.QMessageBox, "information", lambda _parent, _title, text: informed.append(text)
    )
    monkeypatch.setattr(app.DeskSession, "start", lambda self: False)
    monkeypatch.setattr(app, "DemoLoader", partial(DemoLoader, size=demo.DemoSize(20, 1)))
    return shown, informed


def test_the_first_start_creates_the_database_in_the_data_folder(started):
    shown, _ = started
    assert app.main([]) == app.EXIT_OK
    assert shown == []
    db = open_database(default_database_path())
    with db.transaction() as session:
        assert session.scalar(select(func.count(Staff.id))) == 0
    db.dispose()


def test_a_database_in_a_missing_folder_is_reported_not_created(started, tmp_path):
    shown, _ = started
    target = tmp_path / "nowhere" / "desk.sqlite3"
    assert app.main(["--db", str(target)]) == app.EXIT_DATABASE
    assert isinstance(shown[0], DatabaseUnavailable)
    assert not target.parent.exists()


def test_a_server_that_does_not_answer_is_reported(started):
    shown, _ = started
    assert app.main(["--db", "postgresql://desk@127.0.0.1:9/desk"]) == app.EXIT_DATABASE
    assert "does not answer" in shown[0].message


def test_a_database_of_a_newer_version_is_refused(started, tmp_path):
    shown, _ = started
    target = tmp_path / "newer.sqlite3"
    open_database(target).dispose()
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    assert app.main(["--db", str(target)]) == app.EXIT_DATABASE
    assert isinstance(shown[0], SchemaTooNew)


def test_demo_fills_an_empty_database(started, tmp_path):
    shown, _ = started
    target = tmp_path / "demo.sqlite3"
    assert app.main(["--db", str(target), "--demo"]) == app.EXIT_OK
    assert shown == []
    db = open_database(target)
    with db.transaction() as session:
        assert session.scalar(select(func.count(Client.id))) == 20
    db.dispose()


def test_demo_leaves_a_database_with_data_alone(started, tmp_path):
    _shown, informed = started
    target = tmp_path / "shop.sqlite3"
    app.main(["--db", str(target), "--demo"])
    app.main(["--db", str(target), "--demo"])
    assert "already has data" in informed[0]
    db = open_database(target)
    with db.transaction() as session:
        assert session.scalar(select(func.count(Client.id))) == 20
    db.dispose()


def test_an_unknown_language_is_refused_by_the_command_line():
    with pytest.raises(SystemExit):
        app.parse_args(["--lang", "klingon"])
