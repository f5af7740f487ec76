"""The permission table: each role can do its job and nothing that is not its job."""

from __future__ import annotations

import pytest

from desk_app.models import Role
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import PERMISSIONS, Action, Actor, Area


def actor(*roles: Role) -> Actor:
    return Actor(id=1, full_name="Test", roles=frozenset(roles))


def test_every_role_has_permissions():
    assert set(PERMISSIONS) == set(Role)
    assert all(PERMISSIONS[role] for role in Role)


@pytest.mark.parametrize(
    ("role", "areas"),
    [
        (Role.RECEPTIONIST, [Area.INTAKE, Area.TIMELINE, Area.CLIENTS, Area.REQUESTS]),
        (Role.MASTER, [Area.INTAKE, Area.TIMELINE, Area.CLIENTS, Area.REQUESTS]),
        (Role.MECHANIC, [Area.TIMELINE]),
        (Role.PARTS_CLERK, [Area.REQUESTS]),
        (Role.FINANCE, [Area.CLIENTS, Area.REQUESTS, Area.REPORTS]),
        (Role.MANAGER, list(Area)),
    ],
)
def test_each_role_sees_its_areas(role, areas):
    assert actor(role).areas == areas


def test_the_mechanic_never_sees_clients():
    mechanic = actor(Role.MECHANIC)
    assert not mechanic.can(Action.VIEW_CLIENTS)
    with pytest.raises(PermissionDenied, match="open client cards"):
        mechanic.require(Action.VIEW_CLIENTS)


def test_parts_and_finance_do_not_edit_work_orders():
    for role in (Role.PARTS_CLERK, Role.FINANCE):
        assert not actor(role).can(Action.PLAN_WORKSHOP)
        assert not actor(role).can(Action.CANCEL_WORK_ORDER)
        assert not actor(role).can(Action.EDIT_PRICES)


def test_only_the_master_passes_the_quality_check():
    allowed = {role for role in Role if actor(role).can(Action.QUALITY_CHECK)}
    assert allowed == {Role.MASTER, Role.MANAGER}


def test_only_reception_records_the_clients_approval():
    allowed = {role for role in Role if actor(role).can(Action.RECORD_CLIENT_APPROVAL)}
    assert allowed == {Role.RECEPTIONIST, Role.MANAGER}


def test_only_the_manager_manages_staff():
    allowed = {role for role in Role if actor(role).can(Action.MANAGE_STAFF)}
    assert allowed == {Role.MANAGER}


def test_several_roles_add_up():
    small_shop = actor(Role.RECEPTIONIST, Role.MECHANIC)
    assert small_shop.can(Action.ACCEPT_VEHICLE)
    assert small_shop.can(Action.MARK_WORK_DONE)
    assert not small_shop.can(Action.MANAGE_STAFF)


def test_nobody_without_a_role_can_do_anything():
    nobody = actor()
    assert not any(nobody.can(action) for action in Action)
    assert nobody.areas == []
