"""Taking and restoring copies of the shop's database is the manager's, as every setting."""

from __future__ import annotations

import pytest

from desk_app.models import Role
from desk_app.services import database_copies
from desk_app.services.errors import PermissionDenied
from desk_app.store import backups
from desk_app.store.backups import Reason


def test_the_manager_takes_a_copy_and_may_restore(db, manager):
    copy = database_copies.take_copy(db, manager)

    assert copy.reason is Reason.MANUAL
    assert [b.path for b in backups.list_backups(db)] == [copy.path]
    assert database_copies.may_manage(manager)
    database_copies.check_restore(manager)


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.FINANCE, Role.PARTS_CLERK])
def test_others_may_neither_copy_nor_restore(db, make_actor, role):
    someone = make_actor(role)

    assert not database_copies.may_manage(someone)
    with pytest.raises(PermissionDenied):
        database_copies.take_copy(db, someone)
    with pytest.raises(PermissionDenied):
        database_copies.dump_now(db, someone)
    with pytest.raises(PermissionDenied):
        database_copies.check_restore(someone)
    assert backups.list_backups(db) == []
