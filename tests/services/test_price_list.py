"""The price list of labour operations and the shop's labour rate."""

from __future__ import annotations

from datetime import UTC
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk_app.models import LabourLine, Role
from desk_app.services import demo, price_list
from desk_app.services.demo.catalogue import works
from desk_app.services.errors import PermissionDenied, StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.price_list import OperationInput
from tests.factories import make_staff

CATALOGUE = (
    OperationInput("ТО-01", "Замена масла в двигателе и масляного фильтра", "0.6", "ТО", 1),
    OperationInput("ТМ-01", "Замена передних тормозных колодок", "0.8", "Тормоза", 6),
    OperationInput("ХЧ-06", "Замена ступичного подшипника", Decimal("1.8"), "Ходовая", 12),
    OperationInput("ШМ-01", "Сезонная замена колёс с балансировкой", 1, "Шиномонтаж", 1),
)


@pytest.fixture
def shop(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    rows = [price_list.add_operation(any_db, manager, data) for data in CATALOGUE]
    return any_db, manager, {row.code: row for row in rows}


def test_the_list_is_by_group_then_code_with_exact_hours(shop):
    db, manager, _ = shop
    rows = price_list.list_operations(db, manager)
    assert [row.code for row in rows] == ["ТО-01", "ТМ-01", "ХЧ-06", "ШМ-01"]
    assert [row.norm_hours for row in rows] == [
        Decimal("0.60"),
        Decimal("0.80"),
        Decimal("1.80"),
        Decimal("1.00"),
    ]


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("", ["ТО-01", "ТМ-01", "ХЧ-06", "ШМ-01"]),
        ("то", ["ТО-01", "ТМ-01"]),
        ("замена колес", ["ШМ-01"]),  # е finds ё
        ("ЗАМЕНА  тормозн", ["ТМ-01"]),
        ("тормоза", ["ТМ-01"]),  # the group matches too
        ("хч-0", ["ХЧ-06"]),
        ("шиномонтаж балансировкой", ["ШМ-01"]),
        ("компрессор", []),
    ],
)
def test_search_matches_every_word_ignoring_case_and_yo(shop, typed, codes):
    db, _, _ = shop
    desk = make_staff(db, Role.RECEPTIONIST)
    assert [row.code for row in price_list.search_operations(db, desk, typed)] == codes


def test_search_puts_code_matches_first_and_respects_the_limit(shop):
    db, manager, _ = shop
    price_list.add_operation(db, manager, OperationInput("ДГ-01", "Диагностика то", "0.5"))
    found = price_list.search_operations(db, manager, "то")
    assert found[0].code == "ТО-01"
    assert len(price_list.search_operations(db, manager, "", limit=2)) == 2
    assert price_list.search_operations(db, manager, "замена", limit=0) == []


def test_codes_are_unique_ignoring_case_even_in_cyrillic(shop):
    db, manager, rows = shop
    with pytest.raises(ValidationError) as caught:
        price_list.add_operation(db, manager, OperationInput(" то-01 ", "Другая", "1"))
    assert caught.value.field == "code"
    assert "Замена масла" in caught.value.message
    edited = OperationInput("ТО-01", "Замена масла (синтетика)", "0.7", "ТО", 1)
    row = price_list.update_operation(db, manager, rows["ТО-01"].id, 1, edited)
    assert (row.name, row.norm_hours, row.version) == (
        "Замена масла (синтетика)",
        Decimal("0.70"),
        2,
    )


def test_bad_values_are_refused_field_by_field(db):
    manager = make_staff(db, Role.MANAGER)
    bad = OperationInput("", " ", "-0.1", "Г" * 81, warranty_months=121)
    with pytest.raises(InvalidForm) as caught:
        price_list.add_operation(db, manager, bad)
    assert caught.value.fields == ["code", "name", "group_name", "norm_hours", "warranty_months"]
    for hours in ("1000", "abc", "NaN", None):
        with pytest.raises(ValidationError) as caught:
            price_list.add_operation(db, manager, OperationInput("X", "X", hours))
        assert caught.value.field == "norm_hours"
    row = price_list.add_operation(db, manager, OperationInput("X", "Мойка 🚿", "0,125"))
    assert (row.name, row.norm_hours) == ("Мойка 🚿", Decimal("0.13"))
    assert price_list.add_operation(db, manager, OperationInput("Y", "Y", "999.99")).norm_hours


def test_a_stale_edit_is_refused(shop):
    db, manager, rows = shop
    row = rows["ТМ-01"]
    price_list.set_operation_active(db, manager, row.id, False, row.version)
    with pytest.raises(StaleEdit):
        price_list.update_operation(db, manager, row.id, row.version, CATALOGUE[1])
    with pytest.raises(StaleEdit):
        price_list.set_operation_active(db, manager, row.id, True, row.version)


def test_a_retired_operation_is_no_longer_offered_but_can_come_back(shop):
    db, manager, rows = shop
    retired = price_list.set_operation_active(db, manager, rows["ТМ-01"].id, False, 1)
    assert "ТМ-01" not in [r.code for r in price_list.list_operations(db, manager)]
    assert price_list.search_operations(db, manager, "колодок") == []
    everything = price_list.list_operations(db, manager, include_retired=True)
    assert [r.active for r in everything if r.code == "ТМ-01"] == [False]
    price_list.set_operation_active(db, manager, retired.id, True, retired.version)
    assert len(price_list.search_operations(db, manager, "колодок")) == 1


def test_only_the_manager_edits_and_the_front_desk_reads(shop):
    db, _, rows = shop
    desk = make_staff(db, Role.RECEPTIONIST)
    mechanic = make_staff(db, Role.MECHANIC)
    assert price_list.list_operations(db, desk)
    with pytest.raises(PermissionDenied):
        price_list.add_operation(db, desk, OperationInput("Z", "Z", "1"))
    with pytest.raises(PermissionDenied):
        price_list.update_operation(db, desk, rows["ТО-01"].id, 1, CATALOGUE[0])
    with pytest.raises(PermissionDenied):
        price_list.update_shop_rates(db, desk, 1, labour_rate="1", promise_hours=1)
    with pytest.raises(PermissionDenied):
        price_list.list_operations(db, mechanic)
    with pytest.raises(PermissionDenied):
        price_list.shop_rates(db, mechanic)


def test_the_labour_rate_starts_seeded_and_changes_with_version_checks(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    rates = price_list.shop_rates(any_db, manager)
    assert (rates.labour_rate, rates.promise_hours, rates.version) == (Decimal("2200.00"), 24, 1)

    changed = price_list.update_shop_rates(
        any_db, manager, 1, labour_rate="2450.555", promise_hours=8
    )
    assert (changed.labour_rate, changed.promise_hours, changed.version) == (
        Decimal("2450.56"),
        8,
        2,
    )
    with pytest.raises(StaleEdit):
        price_list.update_shop_rates(any_db, manager, 1, labour_rate="1", promise_hours=8)
    with pytest.raises(InvalidForm) as caught:
        price_list.update_shop_rates(any_db, manager, 2, labour_rate="-1", promise_hours=0)
    assert caught.value.fields == ["labour_rate", "promise_hours"]
    assert price_list.shop_rates(any_db, manager) == changed


def test_the_demo_shop_fills_the_price_list_its_orders_refer_to(any_db):
    demo.generate_demo(any_db, demo.DemoSize(clients=40, years=1), tz=UTC)
    manager = make_staff(any_db, Role.MANAGER)

    operations = price_list.list_operations(any_db, manager)
    assert {row.code for row in operations} == set(works.OPERATIONS)
    oil = next(row for row in operations if row.code == "ТО-01")
    assert (oil.group_name, oil.norm_hours, oil.warranty_months) == (
        "Техническое обслуживание",
        Decimal("0.60"),
        1,
    )
    assert all(row.group_name for row in operations)
    with any_db.transaction() as session:
        used = set(session.scalars(select(LabourLine.operation_code).distinct()))
    assert used and used <= {row.code for row in operations}
    assert price_list.shop_rates(any_db, manager).labour_rate == Decimal("2200.00")
    added = price_list.add_operation(any_db, manager, OperationInput("ДОП-1", "Новая", "1"))
    assert added.id > max(row.id for row in operations)
