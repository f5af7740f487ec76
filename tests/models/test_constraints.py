"""The database itself refuses impossible rows, whatever code tries to write them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from desk_app.models import InternalRequest, Vehicle, WorkOrder
from tests.sample_shop import ACCEPTED, build_shop


def _order_and_fail(db, change):
    with db.transaction() as session:
        order_id = build_shop(session)
    with pytest.raises((IntegrityError, StatementError)), db.transaction() as session:
        change(session, order_id)
        session.flush()


def test_fuel_level_above_full_is_refused(any_db):
    _order_and_fail(any_db, lambda s, i: setattr(s.get(WorkOrder, i), "fuel_level", 101))


def test_negative_odometer_is_refused(any_db):
    _order_and_fail(any_db, lambda s, i: setattr(s.get(WorkOrder, i), "odometer_km", -1))


def test_a_rating_outside_one_to_five_is_refused(any_db):
    def rate(session, _order_id):
        session.scalar(select(InternalRequest)).rating_score = 6

    _order_and_fail(any_db, rate)


def test_zero_quantity_of_a_part_is_refused(any_db):
    def zero(session, order_id):
        session.get(WorkOrder, order_id).part_lines[0].quantity = Decimal("0")

    _order_and_fail(any_db, zero)


def test_an_unknown_status_is_refused(any_db):
    def corrupt(session, order_id):
        session.execute(
            text("UPDATE work_orders SET status = 'teleported' WHERE id = :id"), {"id": order_id}
        )

    _order_and_fail(any_db, corrupt)


def test_the_same_vin_cannot_belong_to_two_vehicles(any_db):
    def twin(session, _order_id):
        session.add(
            Vehicle(make="Lada", vin="XTAGFL110MY123456", created_at=ACCEPTED, model="Vesta")
        )

    _order_and_fail(any_db, twin)


def test_foreign_keys_are_enforced(any_db):
    def orphan(session, order_id):
        session.execute(
            text("UPDATE work_orders SET client_id = 999999 WHERE id = :id"), {"id": order_id}
        )

    _order_and_fail(any_db, orphan)
