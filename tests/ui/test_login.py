"""The login and first-manager dialogs, driven as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.models import Role
from desk_app.services import auth, staff
from desk_app.ui.first_manager_dialog import FirstManagerDialog
from desk_app.ui.login_dialog import LoginDialog


def test_the_right_password_logs_in(qtbot, db, manager):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_box.setCurrentText("Anna Manager")
    qtbot.keyClicks(dialog.password_edit, "secret1")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor == manager


def test_a_wrong_password_keeps_the_name_and_says_so(qtbot, db, manager):
    dialog = LoginDialog(db, last_user="Anna Manager")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Unknown name or wrong password."
    assert dialog.name_box.currentText() == "Anna Manager"
    assert dialog.password_edit.text() == ""


def test_the_list_offers_every_active_person(qtbot, db, manager):
    staff.add_staff(db, manager, "Смирнова Ольга", [Role.RECEPTIONIST], "secret1")
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    names = [dialog.name_box.itemText(i) for i in range(dialog.name_box.count())]
    assert names == ["Anna Manager", "Смирнова Ольга"]


def test_the_first_manager_is_created_from_the_welcome_dialog(qtbot, db):
    dialog = FirstManagerDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Иванова Мария")
    qtbot.keyClicks(dialog.password_edit, "secret1")
    qtbot.keyClicks(dialog.repeat_edit, "secret1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None
    assert dialog.actor.roles == {Role.MANAGER}
    assert not auth.needs_first_manager(db)


def test_differing_passwords_are_shown_next_to_the_password(qtbot, db):
    dialog = FirstManagerDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Иванова Мария")
    qtbot.keyClicks(dialog.password_edit, "secret1")
    qtbot.keyClicks(dialog.repeat_edit, "secret2")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None
    assert dialog.name_edit.text() == "Иванова Мария"
    assert auth.needs_first_manager(db)


def test_a_missing_name_is_shown_and_nothing_is_lost(qtbot, db):
    dialog = FirstManagerDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, "secret1")
    qtbot.keyClicks(dialog.repeat_edit, "secret1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None
    assert dialog.password_edit.text() == "secret1"
    assert auth.needs_first_manager(db)


def test_the_chosen_persons_position_is_shown(qtbot, db, manager):
    staff.add_staff(
        db, manager, "Смирнова Ольга", [Role.RECEPTIONIST], "secret1", "Мастер-приёмщик"
    )
    dialog = LoginDialog(db, last_user="Смирнова Ольга")
    qtbot.addWidget(dialog)
    assert dialog.position_label.text() == "Мастер-приёмщик"
    dialog.name_box.setCurrentText("Nobody")
    assert dialog.position_label.text() == ""
