"""Starting the application: the database is found, made, refused or filled as the user asked."""

from __future__ import annotations

import sqlite3
import sys
from functools import partial

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desk_app import app
from desk_app.models import Client, Staff
from desk_app.services import demo
from desk_app.store import open_database, secrets
from desk_app.store.connection_check import CheckKind, ConnectionCheck, SharedServer
from desk_app.store.errors import DatabaseUnavailable, SchemaTooNew
from desk_app.store.locations import data_dir, default_database_path
from desk_app.ui.demo_loader import DemoLoader
from desk_app.ui.settings import LOCAL, SHARED, Settings
from tests.store.test_secrets import MemoryKeyring


class ChoiceDialog:
    """Stands in for ``DatabaseDialog``: records how it was opened, answers as told."""

    opened: list[dict[str, object]]
    answers: list[tuple[str, SharedServer | None, str] | None]

    def __init__(self, server: SharedServer | None = None, **options: object) -> None:
        self.opened.append({"server": server, **options})
        self.answer = self.answers.pop(0) if self.answers else (LOCAL, None, "")

    def exec(self) -> bool:
        return self.answer is not None

    @property
    def choice(self) -> str:
        assert self.answer is not None
        return self.answer[0]

    def server(self) -> SharedServer:
        assert self.answer is not None and self.answer[1] is not None
        return self.answer[1]

    def password(self) -> str:
        assert self.answer is not None
        return self.answer[2]


@pytest.fixture
def choices(monkeypatch):
    """The database dialogs the start-up opened, and the answers to give them (default:
    "this computer"); the keyring is a dict."""
    monkeypatch.setattr(ChoiceDialog, "opened", [], raising=False)
    monkeypatch.setattr(ChoiceDialog, "answers", [], raising=False)
    monkeypatch.setattr(app, "DatabaseDialog", ChoiceDialog)
    keyring = MemoryKeyring()
    monkeypatch.setattr(secrets, "_chosen", keyring)
    return ChoiceDialog


def saved_settings() -> Settings:
    return Settings(QSettings(str(data_dir() / "workstation.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def started(monkeypatch, qapp, choices):
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


def test_the_first_start_creates_the_database_in_the_data_folder(started, choices):
    shown, _ = started
    assert app.main([]) == app.EXIT_OK
    assert shown == []
    assert len(choices.opened) == 1, "the very first start asks where the data lives"
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


# -- which database: --db, the saved choice, or the first-start dialog ---------------------

UNREACHABLE = SharedServer("127.0.0.1", 9, "desk", "reception")


def pg_server(url: str) -> SharedServer:
    parsed = make_url(url)
    host, port, name, user = parsed.host, parsed.port, parsed.database, parsed.username
    return SharedServer(host or "", port or 5432, name or "", user or "")


def test_the_first_start_is_when_nothing_is_chosen_and_no_file_exists(qapp):
    settings = saved_settings()
    assert app.is_first_start(settings)
    settings.choose_local()
    assert not app.is_first_start(settings)
    fresh = Settings(QSettings(str(data_dir() / "other.ini"), QSettings.Format.IniFormat))
    default_database_path().parent.mkdir(parents=True, exist_ok=True)
    default_database_path().touch()
    assert not app.is_first_start(fresh), "a desk that ran before this version keeps its file"


def test_the_choice_is_asked_once(started, choices):
    assert app.main([]) == app.EXIT_OK
    assert app.main([]) == app.EXIT_OK
    assert len(choices.opened) == 1


def test_closing_the_first_choice_quits_and_creates_nothing(started, choices):
    choices.answers.append(None)
    assert app.main([]) == app.EXIT_OK
    assert not default_database_path().exists()


def test_an_existing_file_is_opened_without_asking(qapp, choices):
    open_database(database_path := app.database_target(None)).dispose()
    db = app.open_chosen_database(None, saved_settings())
    assert db is not None and db.describe() == str(database_path)
    db.dispose()
    assert choices.opened == []


def test_the_command_line_wins_over_the_saved_choice(qapp, choices, tmp_path):
    settings = saved_settings()
    settings.choose_shared(UNREACHABLE)
    db = app.open_chosen_database(str(tmp_path / "other.sqlite3"), settings)
    assert db is not None and db.is_sqlite
    db.dispose()
    assert choices.opened == []


def test_an_unreachable_shared_database_brings_the_choice_back(qapp, choices):
    settings = saved_settings()
    settings.choose_shared(UNREACHABLE)
    choices.answers.append((LOCAL, None, ""))
    db = app.open_chosen_database(None, settings)
    assert db is not None and db.is_sqlite
    db.dispose()
    [opened] = choices.opened
    problem = opened["problem"]
    assert isinstance(problem, ConnectionCheck) and problem.kind is CheckKind.NO_SERVER
    assert (opened["server"], opened["shared"]) == (UNREACHABLE, True)
    assert settings.database_mode == LOCAL
    assert settings.shared_server() == UNREACHABLE, "kept, to switch back later"


@pytest.mark.postgres
def test_the_first_start_on_a_shared_database_keeps_the_password_in_the_keyring(
    qapp, choices, postgres_url
):
    server = pg_server(postgres_url)
    choices.answers.append((SHARED, server, "Пароль-1"))
    settings = saved_settings()
    db = app.open_chosen_database(None, settings)
    assert db is not None and not db.is_sqlite
    assert db.url.password == "Пароль-1"
    db.dispose()
    assert (settings.database_mode, settings.shared_server()) == (SHARED, server)
    assert secrets.load_password(server.key) == "Пароль-1"
    assert "Пароль-1" not in (data_dir() / "workstation.ini").read_text(encoding="utf-8")
    assert not default_database_path().exists()


@pytest.mark.postgres
def test_a_saved_shared_database_opens_with_the_kept_password(qapp, choices, shared_postgres):
    server = pg_server(shared_postgres.url)
    settings = saved_settings()
    settings.choose_shared(server)
    secrets.save_password(server.key, "kept")
    db = app.open_chosen_database(None, settings)
    assert db is not None and db.url.password == "kept"
    db.dispose()
    assert choices.opened == []


@pytest.mark.postgres
def test_without_a_kept_password_it_is_asked_when_the_server_wants_one(
    qapp, choices, shared_postgres, monkeypatch
):
    """This test server trusts 127.0.0.1, so its asking for a password is played."""
    server = pg_server(shared_postgres.url)
    settings = saved_settings()
    settings.choose_shared(server)
    real_check = app.check_connection

    def wants_password(url: str) -> ConnectionCheck:
        if ":typed@" not in url:
            return ConnectionCheck(CheckKind.BAD_LOGIN, "asks", {}, "password")
        return real_check(url)

    asked: list[SharedServer] = []
    monkeypatch.setattr(app, "check_connection", wants_password)
    monkeypatch.setattr(app, "ask_password", lambda s, **_: asked.append(s) or "typed")
    db = app.open_chosen_database(None, settings)
    assert db is not None and db.url.password == "typed"
    db.dispose()
    assert asked == [server]
    assert choices.opened == []
    assert secrets.load_password(server.key) == "typed"

    monkeypatch.setattr(app, "ask_password", lambda s, **_: None)
    secrets.forget_password(server.key)
    assert app.open_chosen_database(None, settings) is None, "Quit at the prompt: no start"
