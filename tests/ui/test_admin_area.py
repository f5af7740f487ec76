"""The staff list (the Admin area's "Staff" tab): adding people through the dialog,
changing, retiring, bringing back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.models import Role
from desk_app.services import auth, staff
from desk_app.ui.admin.area import AdminArea
from desk_app.ui.admin.staff_dialog import StaffDialog
from desk_app.ui.admin.staff_page import StaffPage
from desk_app.ui.area import AreaContext
from desk_app.ui.table_model import ROW_ROLE


@pytest.fixture
def area(qtbot, db, manager) -> StaffPage:
    widget = AdminArea(AreaContext(db, manager))
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.refresh()
    assert widget.staff_page is not None
    assert widget.tabs.currentWidget() is widget.staff_page
    return widget.staff_page


def names(area: StaffPage) -> list[str]:
    return [row.full_name for row in area.model.rows()]


def row_of(area: StaffPage, name: str):
    return next(row for row in area.model.rows() if row.full_name == name)


def table_text(area: StaffPage, name: str) -> list[str]:
    for row in range(area.proxy.rowCount()):
        if area.proxy.index(row, 0).data() == name:
            return [area.proxy.index(row, c).data() for c in range(area.proxy.columnCount())]
    raise AssertionError(f"{name} is not in the table")


def open_add_dialog(qtbot, area: StaffPage) -> StaffDialog:
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def fill(
    dialog: StaffDialog, name: str, roles: list[Role], password: str, repeat: str | None = None
):
    dialog.name_edit.setText(name)
    dialog.position_edit.setText("Кладовщик")
    for role in roles:
        dialog.role_boxes[role].setChecked(True)
    dialog.password_edit.setText(password)
    dialog.repeat_edit.setText(password if repeat is None else repeat)


def test_the_table_lists_name_position_roles_department_and_status(area):
    assert table_text(area, "Anna Manager") == [
        "Anna Manager",
        "Manager",
        "Manager",
        "Management",
        "Active",
    ]


def test_add_a_person_through_the_dialog(qtbot, area, db):
    dialog = open_add_dialog(qtbot, area)
    fill(dialog, "Козлов Денис Александрович", [Role.PARTS_CLERK, Role.FINANCE], "склад-1")

    with qtbot.waitSignal(area.sig_status_message) as message:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert "Козлов Денис Александрович" in message.args[0]
    assert not dialog.isVisible()
    assert table_text(area, "Козлов Денис Александрович") == [
        "Козлов Денис Александрович",
        "Кладовщик",
        "Parts clerk, Finance",
        "Parts department",
        "Active",
    ]
    assert area.selected().full_name == "Козлов Денис Александрович"
    assert auth.log_in(db, "Козлов Денис Александрович", "склад-1").roles == {
        Role.PARTS_CLERK,
        Role.FINANCE,
    }


@pytest.mark.parametrize(
    ("name", "roles", "password", "repeat", "field"),
    [
        ("", [Role.MECHANIC], "secret1", None, "name"),
        ("Anna Manager", [Role.MECHANIC], "secret1", None, "name"),
        ("Сидоров Павел", [], "secret1", None, "roles"),
        ("Сидоров Павел", [Role.MECHANIC], "abc", None, "password"),
        ("Сидоров Павел", [Role.MECHANIC], "secret1", "secret2", "password"),
    ],
)
def test_bad_input_is_shown_next_to_its_field_and_kept(
    qtbot, area, name, roles, password, repeat, field
):
    dialog = open_add_dialog(qtbot, area)
    fill(dialog, name, roles, password, repeat)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    labels = {
        "name": dialog.name_error,
        "roles": dialog.roles_error,
        "password": dialog.password_error,
    }
    assert labels[field].isVisible()
    assert labels[field].text()
    assert [key for key, label in labels.items() if label.isVisible()] == [field]
    assert dialog.isVisible()
    assert dialog.name_edit.text() == name
    assert dialog.position_edit.text() == "Кладовщик"
    assert dialog.chosen_roles() == roles
    assert dialog.password_edit.text() == password
    assert names(area) == ["Anna Manager"]


def test_the_error_goes_away_when_the_input_is_fixed(qtbot, area):
    dialog = open_add_dialog(qtbot, area)
    fill(dialog, "Сидоров Павел", [], "secret1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.roles_error.isVisible()

    dialog.role_boxes[Role.MECHANIC].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert "Сидоров Павел" in names(area)


def test_cancel_adds_nobody(qtbot, area):
    dialog = open_add_dialog(qtbot, area)
    fill(dialog, "Сидоров Павел", [Role.MECHANIC], "secret1")
    dialog.reject()
    assert names(area) == ["Anna Manager"]


def test_retire_and_bring_back_the_selected_person(qtbot, area, make_actor):
    make_actor(Role.MECHANIC, name="Сидоров Павел")
    area.refresh()
    assert area.select(row_of(area, "Сидоров Павел").id)
    assert area.active_button.text() == "&Retire"

    qtbot.mouseClick(area.active_button, Qt.MouseButton.LeftButton)

    assert table_text(area, "Сидоров Павел")[-1] == "Retired"
    assert area.selected().full_name == "Сидоров Павел"
    assert area.active_button.text() == "&Bring back"

    qtbot.mouseClick(area.active_button, Qt.MouseButton.LeftButton)

    assert table_text(area, "Сидоров Павел")[-1] == "Active"


def test_a_stale_row_shows_a_message_and_reloads(qtbot, area, db, manager, make_actor):
    person = make_actor(Role.MECHANIC, name="Сидоров Павел")
    area.refresh()
    area.select(person.id)
    # Another workstation retires him meanwhile.
    staff.set_active(db, manager, person.id, False, row_of(area, "Сидоров Павел").version)

    qtbot.mouseClick(area.active_button, Qt.MouseButton.LeftButton)

    assert area.message.isVisible()
    assert "Someone else changed this staff member" in area.message.text()
    assert table_text(area, "Сидоров Павел")[-1] == "Retired"
    assert area.active_button.text() == "&Bring back"


def test_retiring_yourself_is_explained(qtbot, area, manager):
    area.select(manager.id)
    qtbot.mouseClick(area.active_button, Qt.MouseButton.LeftButton)
    assert area.message.isVisible()
    assert "your own account" in area.message.text()
    assert table_text(area, "Anna Manager")[-1] == "Active"


def test_change_roles_and_password_of_the_selected_person(qtbot, area, db, make_actor):
    person = make_actor(Role.MECHANIC, name="Сидоров Павел")
    area.refresh()
    area.select(person.id)
    qtbot.mouseClick(area.edit_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert dialog is not None
    assert dialog.name_edit.isReadOnly()
    assert dialog.chosen_roles() == [Role.MECHANIC]

    dialog.role_boxes[Role.MASTER].setChecked(True)
    dialog.password_edit.setText("новый-1")
    dialog.repeat_edit.setText("новый-1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert table_text(area, "Сидоров Павел")[2] == "Master, Mechanic"
    assert auth.log_in(db, "Сидоров Павел", "новый-1").id == person.id


def test_double_click_opens_the_person(qtbot, area):
    index = area.proxy.index(0, 0)
    area.view.doubleClicked.emit(index)
    assert area.dialog is not None
    assert area.dialog.name_edit.text() == index.data(ROW_ROLE).full_name


def test_the_dialog_shows_the_department_the_roles_lead_to(qtbot, area):
    dialog = open_add_dialog(qtbot, area)
    assert not dialog.department_label.isVisible()
    dialog.role_boxes[Role.FINANCE].setChecked(True)
    assert dialog.department_label.text() == "Department: Finance department"
    dialog.role_boxes[Role.MASTER].setChecked(True)
    assert dialog.department_label.text() == "Department: Workshop"
