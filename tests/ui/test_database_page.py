"""Admin → Database: what this desk uses, the choice for its next start, moving the shop."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from sqlalchemy.engine import make_url

from desk_app.models import Role
from desk_app.services.permissions import Actor
from desk_app.store import secrets
from desk_app.store.connection_check import CheckKind, SharedServer
from desk_app.ui.admin.database_page import DatabasePage
from desk_app.ui.area import AreaContext
from desk_app.ui.settings import LOCAL, SHARED, Settings
from tests.store.test_secrets import MemoryKeyring

CHECK_MS = 10_000
MANAGER = Actor(id=1, full_name="Иванова Мария Петровна", roles=frozenset({Role.MANAGER}))
RECEPTIONIST = Actor(id=2, full_name="Смирнова Ольга", roles=frozenset({Role.RECEPTIONIST}))


@pytest.fixture
def keyring(monkeypatch) -> MemoryKeyring:
    memory = MemoryKeyring()
    monkeypatch.setattr(secrets, "_chosen", memory)
    return memory


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_page(qtbot, db, settings, keyring):
    def make(actor: Actor = MANAGER, database=None) -> DatabasePage:
        page = DatabasePage(AreaContext(database or db, actor), settings=settings)
        qtbot.addWidget(page)
        page.show()
        return page

    return make


def server_of(url: str) -> SharedServer:
    parsed = make_url(url)
    host, port, name, user = parsed.host, parsed.port, parsed.database, parsed.username
    return SharedServer(host or "", port or 5432, name or "", user or "")


def connect(qtbot, page: DatabasePage, server: SharedServer, password: str = "") -> None:
    page.choice_box.shared_radio.setChecked(True)
    page.form.set_server(server, password)
    with qtbot.waitSignal(page.form.sig_checked, timeout=CHECK_MS):
        page.form.connect_button.click()


def test_the_page_says_which_database_is_in_use_and_which_opens_next(make_page, db):
    page = make_page()
    assert page.in_use_label.text() == f"This computer only — {db.describe()}"
    assert page.next_start_label.text() == "This computer only"
    assert page.choice_box.choice == LOCAL
    assert not page.move_button.isEnabled()
    assert "First Connect" in page.move_hint.text()


def test_choosing_this_computer_is_saved_for_the_next_start(qtbot, make_page, settings):
    page = make_page()
    with qtbot.waitSignal(page.sig_status_message) as said:
        page.save_button.click()
    assert settings.database_mode == LOCAL
    assert "next start" in said.args[0]


def test_a_shared_database_that_does_not_connect_is_not_saved(qtbot, make_page, settings):
    page = make_page()
    page.choice_box.shared_radio.setChecked(True)
    page.form.set_server(SharedServer("127.0.0.1", 9, "desk", "desk"))
    with qtbot.waitSignal(page.form.sig_checked, timeout=CHECK_MS):
        page.save_button.click()
    assert settings.database_mode == ""
    assert not page.form.errors["port"].isHidden()
    assert page.next_start_label.text() == "This computer only"


@pytest.mark.postgres
def test_a_shared_database_is_saved_once_it_connects(
    qtbot, make_page, settings, keyring, shared_postgres
):
    page = make_page()
    server = server_of(shared_postgres.url)
    page.choice_box.shared_radio.setChecked(True)
    page.form.set_server(server, "Пароль-1")
    with qtbot.waitSignal(page.sig_status_message, timeout=CHECK_MS):
        page.save_button.click()
    assert (settings.database_mode, settings.shared_server()) == (SHARED, server)
    assert secrets.load_password(server.key) == "Пароль-1"
    assert "Shared database" in page.next_start_label.text()
    assert "This computer only" in page.in_use_label.text(), "the change waits for a restart"
    assert not page.move_button.isEnabled(), "a database with a shop in it is no target"


@pytest.fixture
def transfers(monkeypatch):
    """A stand-in for the transfer dialog (written beside this page): records, accepts."""
    made: list[tuple[object, str]] = []

    class TransferDialog:
        outcome = QDialog.DialogCode.Accepted
        """Accepted: copied, and the person chose to switch; Rejected: closed."""

        def __init__(self, source_db, target_url, parent=None) -> None:
            made.append((source_db, target_url))

        def exec(self) -> int:
            return self.outcome.value

        def deleteLater(self) -> None:
            pass

    module = types.ModuleType("desk_app.ui.transfer_dialog")
    module.TransferDialog = TransferDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desk_app.ui.transfer_dialog", module)
    return made, TransferDialog


@pytest.mark.postgres
def test_the_shop_moves_to_an_empty_database_after_connect(
    qtbot, make_page, db, settings, postgres_url, transfers
):
    page = make_page()
    server = server_of(postgres_url)
    connect(qtbot, page, server, "s3cret")
    assert page.form.last_check is not None
    assert page.form.last_check.kind is CheckKind.EMPTY
    assert page.move_button.isEnabled()
    with qtbot.waitSignal(page.sig_status_message):
        page.move_button.click()
    [(source, target)] = transfers[0]
    assert source is db
    assert make_url(target).password == "s3cret"
    assert make_url(target).database == server.database
    assert (settings.database_mode, settings.shared_server()) == (SHARED, server)
    assert secrets.load_password(server.key) == "s3cret"
    assert not page.move_button.isEnabled(), "moved once"


@pytest.mark.postgres
def test_a_move_closed_without_switching_changes_no_choice(
    qtbot, make_page, settings, postgres_url, transfers
):
    made, dialog_class = transfers
    dialog_class.outcome = QDialog.DialogCode.Rejected
    page = make_page()
    connect(qtbot, page, server_of(postgres_url))
    with qtbot.assertNotEmitted(page.sig_status_message):
        page.move_button.click()
    assert len(made) == 1
    assert settings.database_mode == ""
    assert not page.move_button.isEnabled(), "Connect again to see what is there now"


@pytest.mark.postgres
def test_an_edit_after_connect_disables_the_move(qtbot, make_page, postgres_url):
    page = make_page()
    connect(qtbot, page, server_of(postgres_url))
    assert page.move_button.isEnabled()
    qtbot.keyClicks(page.form.database_edit, "x")
    assert not page.move_button.isEnabled()


@pytest.mark.postgres
def test_a_desk_on_the_shared_database_has_nothing_to_move(make_page, postgres_db):
    page = make_page(database=postgres_db)
    assert page.in_use_label.text().startswith("Shared database — ")
    assert not page.move_button.isEnabled()
    assert "already works on a shared database" in page.move_hint.text()


def test_without_the_right_to_change_settings_the_page_only_shows(make_page):
    page = make_page(RECEPTIONIST)
    assert not page.choice_box.isEnabled()
    assert page.save_button.isHidden()
    assert page.move_box.isHidden()
    assert page.in_use_label.text().startswith("This computer only")
