"""The manager's discount table and loyalty settings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desk_app.models import MakeGroup, Role
from desk_app.services import discount_table
from desk_app.services.errors import PermissionDenied, StaleEdit
from desk_app.services.form_fields import InvalidForm


def test_the_shipped_table_and_a_new_one(db, manager):
    table = discount_table.load_table(db, manager, MakeGroup.FOREIGN)
    assert [(t.min_order_value, t.percent) for t in table.tiers] == [
        (Decimal("0.00"), Decimal("10.00")),
        (Decimal("20000.00"), Decimal("15.00")),
        (Decimal("50000.00"), Decimal("20.00")),
    ]
    saved = discount_table.save_table(
        db, manager, MakeGroup.FOREIGN, [("30000", "12,5"), ("0", "5")], stamp=table.stamp
    )
    assert [(t.min_order_value, t.percent) for t in saved.tiers] == [
        (Decimal("0.00"), Decimal("5.00")),
        (Decimal("30000.00"), Decimal("12.50")),
    ]
    domestic = discount_table.load_table(db, manager, MakeGroup.DOMESTIC)
    assert len(domestic.tiers) == 4


def test_a_table_saved_meanwhile_is_not_overwritten(db, manager):
    seen = discount_table.load_table(db, manager, MakeGroup.DOMESTIC)
    discount_table.save_table(db, manager, MakeGroup.DOMESTIC, [("0", "15")], stamp=seen.stamp)
    with pytest.raises(StaleEdit):
        discount_table.save_table(db, manager, MakeGroup.DOMESTIC, [("0", "40")], stamp=seen.stamp)


def test_bad_rows_are_named(db, manager):
    table = discount_table.load_table(db, manager, MakeGroup.DOMESTIC)
    with pytest.raises(InvalidForm) as problems:
        discount_table.save_table(
            db,
            manager,
            MakeGroup.DOMESTIC,
            [("0", "10"), ("0", "20"), ("-5", "101")],
            stamp=table.stamp,
        )
    assert problems.value.fields == ["tiers.1.min_order_value", "tiers.2.min_order_value"]


def test_only_the_manager_changes_it(db, make_actor):
    receptionist = make_actor(Role.RECEPTIONIST)
    table = discount_table.load_table(db, receptionist, MakeGroup.DOMESTIC)
    with pytest.raises(PermissionDenied):
        discount_table.save_table(db, receptionist, MakeGroup.DOMESTIC, [], stamp=table.stamp)


def test_loyalty_settings(db, manager):
    settings = discount_table.load_settings(db, manager)
    assert (settings.bought_here_percent, settings.call_back_days) == (Decimal("5.00"), 3)
    saved = discount_table.save_settings(
        db,
        manager,
        bought_here_percent="7",
        service_interval_months=6,
        service_interval_km=10000,
        call_back_days=2,
        expected_version=settings.version,
    )
    assert saved.call_back_days == 2
    with pytest.raises(InvalidForm) as problems:
        discount_table.save_settings(
            db,
            manager,
            bought_here_percent="70",
            service_interval_months=0,
            service_interval_km=10000,
            call_back_days=2,
            expected_version=saved.version,
        )
    assert problems.value.fields == ["bought_here_percent", "service_interval_months"]
    with pytest.raises(StaleEdit):
        discount_table.save_settings(
            db,
            manager,
            bought_here_percent="7",
            service_interval_months=6,
            service_interval_km=10000,
            call_back_days=2,
            expected_version=settings.version,
        )


def test_the_highest_threshold_reached_applies():
    table = [(Decimal("5000"), Decimal("20")), (Decimal("0"), Decimal("10"))]
    assert discount_table.percent_for(table, Decimal("4999.99")) == Decimal("10")
    assert discount_table.percent_for(table, Decimal("5000")) == Decimal("20")
    assert discount_table.percent_for([(Decimal("100"), Decimal("5"))], Decimal("99")) is None
