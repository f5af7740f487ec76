"""The database choice: one click for this computer; a shared server only once it connects,
with what is wrong beside the field at fault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit
from sqlalchemy.engine import make_url

from desk_app.store.connection_check import (
    CheckKind,
    ConnectionCheck,
    SharedServer,
    check_connection,
)
from desk_app.ui.database_dialog import FIELDS, DatabaseDialog, ask_password
from desk_app.ui.settings import LOCAL, SHARED

CHECK_MS = 10_000


def shown(label) -> bool:
    return not label.isHidden() and bool(label.text())


def visible_messages(dialog: DatabaseDialog) -> dict[str, str]:
    return {
        name: dialog.form.errors[name].text() for name in FIELDS if shown(dialog.form.errors[name])
    }


@pytest.fixture
def dialog(qtbot):
    dialog = DatabaseDialog(keyring_available=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def server_of(url: str) -> SharedServer:
    parsed = make_url(url)
    return SharedServer(
        parsed.host or "", parsed.port or 5432, parsed.database or "", parsed.username or ""
    )


def test_this_computer_is_the_default_and_needs_one_click(qtbot, dialog):
    assert dialog.choice == LOCAL
    assert not dialog.form.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice == LOCAL


def test_choosing_shared_enables_the_form(qtbot, dialog):
    radio = dialog.choice_box.shared_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.choice == SHARED
    assert dialog.form.isEnabled()
    assert dialog.form.port_spin.value() == 5432


def test_a_bad_host_is_told_beside_the_host_and_the_dialog_stays(qtbot, dialog):
    dialog.choice_box.shared_radio.setChecked(True)
    dialog.form.host_edit.setText("no-such-host.invalid")
    with qtbot.waitSignal(dialog.form.sig_checked, timeout=CHECK_MS) as answer:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert answer.args[0].kind is CheckKind.UNREACHABLE
    messages = visible_messages(dialog)
    assert list(messages) == ["host"]
    assert "no-such-host.invalid" in messages["host"]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_an_empty_host_is_asked_for_without_connecting(qtbot, dialog):
    dialog.choice_box.shared_radio.setChecked(True)
    with qtbot.assertNotEmitted(dialog.form.sig_checked):
        dialog.form.check()
    assert list(visible_messages(dialog)) == ["host"]
    assert not dialog.form.is_checking()


@pytest.mark.postgres
def test_a_good_server_connects_and_the_dialog_is_accepted(qtbot, shared_postgres):
    server = server_of(shared_postgres.url)
    dialog = DatabaseDialog(server, shared=True, keyring_available=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.form.sig_checked, timeout=CHECK_MS) as answer:
        qtbot.mouseClick(dialog.form.connect_button, Qt.MouseButton.LeftButton)
    assert answer.args[0].kind is CheckKind.CURRENT
    assert visible_messages(dialog) == {}
    assert "ready" in dialog.form.result_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted, "Connect alone does not choose"
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.choice, dialog.server()) == (SHARED, server)


@pytest.mark.postgres
def test_use_connects_first_and_accepts_when_the_database_is_usable(qtbot, postgres_url):
    dialog = DatabaseDialog(server_of(postgres_url), shared=True)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=CHECK_MS):
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.form.last_check is not None
    assert dialog.form.last_check.kind is CheckKind.EMPTY


def test_an_edit_after_connect_forgets_the_answer(qtbot, dialog):
    dialog.choice_box.shared_radio.setChecked(True)
    dialog.form.set_server(SharedServer("127.0.0.1", 9, "desk", "desk"))
    with qtbot.waitSignal(dialog.form.sig_checked, timeout=CHECK_MS):
        dialog.form.check()
    assert dialog.form.last_check is not None
    assert list(visible_messages(dialog)) == ["port"]
    qtbot.keyClicks(dialog.form.database_edit, "2")
    assert dialog.form.last_check is None


def test_a_problem_at_start_opens_on_the_shared_form_with_its_message(qtbot):
    server = SharedServer("127.0.0.1", 9, "desk", "reception")
    problem = check_connection(server.url())
    dialog = DatabaseDialog(server, problem=problem)
    qtbot.addWidget(dialog)
    assert dialog.choice == SHARED
    assert dialog.form.server() == server
    assert list(visible_messages(dialog)) == ["port"]
    dialog.choice_box.local_radio.setChecked(True)
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice == LOCAL


def test_a_problem_without_a_field_is_shown_under_the_form(qtbot):
    dialog = DatabaseDialog(SharedServer("db", 5432, "desk", "desk"), problem="Broken.")
    qtbot.addWidget(dialog)
    assert visible_messages(dialog) == {}
    assert dialog.form.result_label.text() == "Broken."


def test_the_password_note_says_whether_a_keyring_keeps_it(qtbot):
    for available, words in ((True, "keyring, never"), (False, "asked at each start")):
        dialog = DatabaseDialog(keyring_available=available)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.form.findChildren(QLabel)]
        assert any(words in text for text in texts)


def test_the_password_prompt_gives_what_was_typed(monkeypatch):
    server = SharedServer("db.shop.local", 5432, "desk", "reception")
    asked: list[tuple[str, QLineEdit.EchoMode]] = []

    def answer(typed: str, ok: bool):
        def get_text(_parent, _title, label, mode):
            asked.append((label, mode))
            return typed, ok

        return get_text

    monkeypatch.setattr(QInputDialog, "getText", answer("Пароль-1", True))
    assert ask_password(server, keyring_available=False) == "Пароль-1"
    label, mode = asked[0]
    assert "“reception”" in label and "db.shop.local:5432/desk" in label
    assert "no keyring" in label
    assert mode is QLineEdit.EchoMode.Password
    monkeypatch.setattr(QInputDialog, "getText", answer("", False))
    assert ask_password(server, keyring_available=True) is None


def test_a_check_that_breaks_is_shown_and_connect_comes_back(qtbot):
    def broken(_url: str) -> ConnectionCheck:
        raise RuntimeError("the check broke")

    dialog = DatabaseDialog(SharedServer("db", 5432, "desk", "desk"), shared=True, checker=broken)
    qtbot.addWidget(dialog)
    assert dialog.form.check()
    qtbot.waitUntil(lambda: not dialog.form.is_checking())
    assert dialog.form.connect_button.isEnabled()
    assert dialog.form.result_label.text() == "the check broke"
    assert dialog.form.last_check is None


def test_use_with_a_missing_value_does_not_accept_a_later_connect(qtbot):
    ready = ConnectionCheck(CheckKind.CURRENT, "Ready.")
    dialog = DatabaseDialog(shared=True, checker=lambda _url: ready)
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert list(visible_messages(dialog)) == ["host"]
    dialog.form.host_edit.setText("db.shop.local")
    with qtbot.waitSignal(dialog.form.sig_checked):
        dialog.form.check()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.result_label.text() == "Ready."
