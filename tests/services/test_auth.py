"""Logging in and the first manager of a new database."""

from __future__ import annotations

import pytest

from desk_app.models import Role, Staff
from desk_app.services import auth, passwords, staff
from desk_app.services.errors import AuthenticationFailed, DomainError, ValidationError


def test_a_new_database_needs_its_first_manager(db):
    assert auth.needs_first_manager(db)
    manager = auth.create_first_manager(db, "  Иванова   Мария  Петровна ", "secret1")
    assert manager.full_name == "Иванова Мария Петровна"
    assert manager.roles == {Role.MANAGER}
    assert not auth.needs_first_manager(db)


def test_the_first_manager_is_created_once(db, manager):
    with pytest.raises(DomainError, match="already been created"):
        auth.create_first_manager(db, "Someone Else", "secret2")


@pytest.mark.parametrize(
    ("name", "password", "field"),
    [("", "secret1", "full_name"), ("   ", "secret1", "full_name"), ("Anna", "abc", "password")],
)
def test_the_first_manager_needs_a_name_and_a_password(db, name, password, field):
    with pytest.raises(ValidationError) as caught:
        auth.create_first_manager(db, name, password)
    assert caught.value.field == field
    assert auth.needs_first_manager(db)


def test_the_right_password_logs_in(db, manager):
    actor = auth.log_in(db, "Anna Manager", "secret1")
    assert actor == manager


def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(db, manager):
    with pytest.raises(AuthenticationFailed) as wrong_password:
        auth.log_in(db, "Anna Manager", "secret2")
    with pytest.raises(AuthenticationFailed) as unknown_name:
        auth.log_in(db, "Nobody", "secret1")
    assert wrong_password.value.message == unknown_name.value.message


def test_a_retired_person_cannot_log_in(db, manager):
    row = staff.add_staff(db, manager, "Пётр Слесарь", [Role.MECHANIC], "wrench")
    staff.set_active(db, manager, row.id, False, row.version)
    with pytest.raises(AuthenticationFailed):
        auth.log_in(db, "Пётр Слесарь", "wrench")
    assert "Пётр Слесарь" not in auth.login_names(db)


def test_the_login_list_shows_active_staff_alphabetically(db, manager):
    staff.add_staff(db, manager, "Борисов Борис", [Role.MASTER], "secret1")
    staff.add_staff(db, manager, "Алексеев Алексей", [Role.RECEPTIONIST], "secret1")
    assert auth.login_names(db) == ["Anna Manager", "Алексеев Алексей", "Борисов Борис"]


def test_passwords_are_not_kept_in_plain_text(db, manager):
    with db.transaction() as session:
        stored = session.get(Staff, manager.id).password_hash
    assert "secret1" not in stored
    assert stored.startswith("scrypt$")
    assert passwords.verify_password("secret1", stored)
    assert not passwords.verify_password("secret1 ", stored)


@pytest.mark.parametrize("stored", ["", "plain", "md5$1$2$3$4$5", "scrypt$x$8$1$AA==$AA=="])
def test_a_damaged_hash_never_matches(stored):
    assert not passwords.verify_password("anything", stored)


def test_the_same_password_gets_different_salts():
    assert passwords.hash_password("secret1") != passwords.hash_password("secret1")
