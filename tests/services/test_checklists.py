"""The completeness and inspection lists: seeded by the migration, kept by the manager."""

from __future__ import annotations

import pytest

from desk_app.models import ChecklistKind, Role
from desk_app.services import checklists, intake
from desk_app.services.errors import PermissionDenied, StaleEdit, ValidationError
from tests.factories import make_staff

C, INS = ChecklistKind.COMPLETENESS, ChecklistKind.INSPECTION


def names(db, actor, kind=C, **options) -> list[str]:
    return [row.name for row in checklists.list_items(db, actor, kind, **options)]


def test_the_migration_seeds_both_lists_in_order(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    assert names(any_db, desk, C) == list(checklists.DEFAULT_NAMES[C])
    assert names(any_db, desk, INS) == list(checklists.DEFAULT_NAMES[INS])
    assert {"Spare wheel", "Jack", "First-aid kit", "Warning triangle", "Valuables"} <= set(
        checklists.DEFAULT_NAMES[C]
    )
    assert {"Lights", "Tyres", "Brakes", "Fluids", "Battery", "Wipers"} <= set(
        checklists.DEFAULT_NAMES[INS]
    )


def test_added_items_go_last_and_reach_the_intake_form(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    added = checklists.add_item(any_db, manager, C, "  Ключ  от   секреток 🔑 ")
    assert added.name == "Ключ от секреток 🔑"
    assert names(any_db, manager)[-1] == "Ключ от секреток 🔑"
    assert intake.intake_defaults(any_db, manager).completeness[-1] == "Ключ от секреток 🔑"
    assert "Ключ от секреток 🔑" not in names(any_db, manager, INS)


def test_names_are_unique_per_list_ignoring_case(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    checklists.add_item(any_db, manager, C, "Коврики")
    for name in ("коврики", "JACK"):
        with pytest.raises(ValidationError) as caught:
            checklists.add_item(any_db, manager, C, name)
        assert caught.value.field == "name"
    checklists.add_item(any_db, manager, INS, "Jack")  # the other list is another matter
    for name in ("", "   ", "Ж" * 121):
        with pytest.raises(ValidationError):
            checklists.add_item(any_db, manager, C, name)


def test_a_retired_item_leaves_the_form_and_comes_back_when_added_again(db):
    manager = make_staff(db, Role.MANAGER)
    jack = next(r for r in checklists.list_items(db, manager, C) if r.name == "Jack")
    checklists.set_item_active(db, manager, jack.id, False, jack.version)
    assert "Jack" not in names(db, manager)
    assert "Jack" not in intake.intake_defaults(db, manager).completeness
    assert "Jack" in names(db, manager, include_retired=True)

    back = checklists.add_item(db, manager, C, "jack")
    assert (back.id, back.name, back.active) == (jack.id, "Jack", True)
    assert names(db, manager)[-1] == "Jack"


def test_renaming_checks_duplicates_and_versions(db):
    manager = make_staff(db, Role.MANAGER)
    rows = checklists.list_items(db, manager, INS)
    renamed = checklists.rename_item(db, manager, rows[0].id, rows[0].version, "Фары")
    assert renamed.name == "Фары"
    with pytest.raises(StaleEdit):
        checklists.rename_item(db, manager, rows[0].id, rows[0].version, "Свет")
    with pytest.raises(ValidationError):
        checklists.rename_item(db, manager, rows[1].id, rows[1].version, "фары")
    same = checklists.rename_item(db, manager, renamed.id, renamed.version, "ФАРЫ")
    assert same.name == "ФАРЫ"


def test_moving_items_stops_at_the_ends(db):
    manager = make_staff(db, Role.MANAGER)
    first, second, *_ = checklists.list_items(db, manager, C)
    moved = checklists.move_item(db, manager, second.id, second.version, -1)
    assert [r.name for r in moved[:2]] == ["Jack", "Spare wheel"]
    top = moved[0]
    assert checklists.move_item(db, manager, top.id, top.version, -5)[0].name == "Jack"
    top = checklists.list_items(db, manager, C)[0]
    bottom = checklists.move_item(db, manager, top.id, top.version, 100)
    assert bottom[-1].name == "Jack"
    assert [r.position for r in bottom] == list(range(1, len(bottom) + 1))
    assert names(db, manager) == [r.name for r in bottom]
    with pytest.raises(StaleEdit):
        checklists.move_item(db, manager, first.id, first.version, 1)


def test_only_the_manager_edits_the_lists(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    row = checklists.list_items(db, desk, C)[0]
    with pytest.raises(PermissionDenied):
        checklists.add_item(db, desk, C, "Зонт")
    with pytest.raises(PermissionDenied):
        checklists.set_item_active(db, desk, row.id, False, row.version)
    with pytest.raises(PermissionDenied):
        checklists.list_items(db, make_staff(db, Role.PARTS_CLERK), C)
