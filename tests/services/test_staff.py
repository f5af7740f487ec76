"""Staff accounts: adding, retiring and changing people, and who may do it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.models import AuditEntry, DepartmentKind, Role
from desk_app.services import auth, staff
from desk_app.services.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)


def field_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> str:
    return excinfo.value.field


# -- add_staff ---------------------------------------------------------------------------


def test_add_staff_gives_the_department_of_the_first_role(db, manager):
    row = staff.add_staff(
        db,
        manager,
        "  Козлов   Денис  ",
        [Role.PARTS_CLERK, Role.RECEPTIONIST],
        "пароль1",
        " Кладовщик ",
    )
    assert row.full_name == "Козлов Денис"
    assert row.position == "Кладовщик"
    assert row.roles == (Role.RECEPTIONIST, Role.PARTS_CLERK)
    assert row.department is DepartmentKind.RECEPTION
    assert row.active
    assert auth.log_in(db, "Козлов Денис", "пароль1").id == row.id


@pytest.mark.parametrize(
    ("name", "roles", "password", "field"),
    [
        ("", [Role.MECHANIC], "secret1", "full_name"),
        ("   ", [Role.MECHANIC], "secret1", "full_name"),
        ("Сидоров Павел", [], "secret1", "roles"),
        ("Сидоров Павел", [Role.MECHANIC], "abc", "password"),
        ("Сидоров Павел", [Role.MECHANIC], "", "password"),
    ],
)
def test_add_staff_refuses_bad_input(db, manager, name, roles, password, field):
    with pytest.raises(ValidationError) as excinfo:
        staff.add_staff(db, manager, name, roles, password)
    assert field_of(excinfo) == field
    assert [row.full_name for row in staff.list_staff(db, manager)] == ["Anna Manager"]


def test_the_shortest_password_allowed(db, manager):
    row = staff.add_staff(db, manager, "Сидоров Павел", [Role.MECHANIC], "abcd")
    assert row.full_name == "Сидоров Павел"


def test_add_staff_refuses_a_name_taken_even_with_other_spacing(db, manager):
    staff.add_staff(db, manager, "Сидоров Павел", [Role.MECHANIC], "secret1")
    with pytest.raises(ValidationError) as excinfo:
        staff.add_staff(db, manager, " Сидоров  Павел ", [Role.MASTER], "secret1")
    assert field_of(excinfo) == "full_name"
    assert excinfo.value.params == {"name": "Сидоров Павел"}


# -- set_active --------------------------------------------------------------------------


def test_retire_and_bring_back(db, manager, make_actor):
    person = make_actor(Role.MECHANIC, name="Сидоров Павел")
    (row,) = [r for r in staff.list_staff(db, manager) if r.id == person.id]

    retired = staff.set_active(db, manager, person.id, False, row.version)
    assert not retired.active
    assert retired.version > row.version
    with pytest.raises(AuthenticationFailed):
        auth.log_in(db, "Сидоров Павел", "secret1")

    back = staff.set_active(db, manager, person.id, True, retired.version)
    assert back.active
    assert auth.log_in(db, "Сидоров Павел", "secret1").id == person.id


def test_set_active_with_a_stale_version_is_refused(db, manager, make_actor):
    person = make_actor(Role.MECHANIC)
    (row,) = [r for r in staff.list_staff(db, manager) if r.id == person.id]
    staff.set_active(db, manager, person.id, False, row.version)

    with pytest.raises(StaleEdit):
        staff.set_active(db, manager, person.id, True, row.version)


def test_a_manager_cannot_retire_himself(db, manager):
    (me,) = staff.list_staff(db, manager)
    with pytest.raises(ValidationError) as excinfo:
        staff.set_active(db, manager, manager.id, False, me.version)
    assert field_of(excinfo) == "active"


def test_set_active_on_a_missing_person(db, manager):
    with pytest.raises(NotFound):
        staff.set_active(db, manager, 9999, False, 1)


# -- update_staff ------------------------------------------------------------------------


def test_update_staff_changes_roles_department_position_and_password(db, manager, make_actor):
    person = make_actor(Role.MECHANIC, name="Сидоров Павел")
    (row,) = [r for r in staff.list_staff(db, manager) if r.id == person.id]

    updated = staff.update_staff(
        db,
        manager,
        person.id,
        row.version,
        position="Мастер цеха",
        roles=[Role.MASTER, Role.RECEPTIONIST],
        password="новый-пароль",
    )

    assert updated.roles == (Role.RECEPTIONIST, Role.MASTER)
    assert updated.department is DepartmentKind.RECEPTION
    assert updated.position == "Мастер цеха"
    assert updated.version > row.version
    assert auth.log_in(db, "Сидоров Павел", "новый-пароль").roles == {
        Role.RECEPTIONIST,
        Role.MASTER,
    }
    with db.transaction() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "update", AuditEntry.entity_id == person.id
            )
        ).one()
        assert entry.details["roles_before"] == ["mechanic"]
        assert entry.details["password_changed"] is True


def test_update_staff_without_a_password_keeps_the_old_one(db, manager, make_actor):
    person = make_actor(Role.MECHANIC, name="Сидоров Павел")
    (row,) = [r for r in staff.list_staff(db, manager) if r.id == person.id]
    staff.update_staff(db, manager, person.id, row.version, position="", roles=[Role.MECHANIC])
    assert auth.log_in(db, "Сидоров Павел", "secret1").id == person.id


def test_update_staff_with_a_stale_version_is_refused(db, manager, make_actor):
    person = make_actor(Role.MECHANIC)
    (row,) = [r for r in staff.list_staff(db, manager) if r.id == person.id]
    staff.update_staff(db, manager, person.id, row.version, position="", roles=[Role.MASTER])

    with pytest.raises(StaleEdit):
        staff.update_staff(db, manager, person.id, row.version, position="", roles=[Role.MECHANIC])


@pytest.mark.parametrize(
    ("roles", "password", "field"),
    [([], None, "roles"), ([Role.MECHANIC], "abc", "password")],
)
def test_update_staff_refuses_bad_input(db, manager, make_actor, roles, password, field):
    person = make_actor(Role.MECHANIC)
    (row,) = [r for r in staff.list_staff(db, manager) if r.id == person.id]
    with pytest.raises(ValidationError) as excinfo:
        staff.update_staff(
            db, manager, person.id, row.version, position="", roles=roles, password=password
        )
    assert field_of(excinfo) == field


def test_a_manager_cannot_take_the_manager_role_from_himself(db, manager):
    (me,) = staff.list_staff(db, manager)
    with pytest.raises(ValidationError) as excinfo:
        staff.update_staff(db, manager, manager.id, me.version, position="", roles=[Role.MASTER])
    assert field_of(excinfo) == "roles"
    # ...but may take on more roles.
    row = staff.update_staff(
        db, manager, manager.id, me.version, position="", roles=[Role.MANAGER, Role.FINANCE]
    )
    assert set(row.roles) == {Role.MANAGER, Role.FINANCE}


# -- permissions -------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.MASTER, Role.FINANCE, Role.MECHANIC])
def test_only_a_manager_manages_staff(db, manager, make_actor, role):
    someone = make_actor(role)
    (row,) = [r for r in staff.list_staff(db, manager) if r.id == someone.id]
    calls = [
        lambda: staff.list_staff(db, someone),
        lambda: staff.add_staff(db, someone, "Новый Человек", [Role.MECHANIC], "secret1"),
        lambda: staff.set_active(db, someone, manager.id, False, 1),
        lambda: staff.update_staff(
            db, someone, someone.id, row.version, position="", roles=[Role.MANAGER]
        ),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
