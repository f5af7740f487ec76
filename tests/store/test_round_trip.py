"""Every model goes into the database and comes back the same, on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm.exc import StaleDataError

from desk_app.models import (
    Appointment,
    AppointmentStatus,
    AuditEntry,
    DamageKind,
    InspectionState,
    InternalRequest,
    Role,
    WorkOrder,
    WorkOrderStatus,
)
from tests.sample_shop import ACCEPTED, build_shop


def test_every_model_comes_back_the_same(any_db):
    with any_db.transaction() as session:
        order_id = build_shop(session)
    with any_db.transaction() as session:
        order = session.get(WorkOrder, order_id)
        assert order.client.display_name == "Кузнецов Пётр Алексеевич"
        assert order.client.phones[0].number == "+79161234567"
        assert order.client.birthday == date(1980, 2, 29)
        assert order.vehicle.vin == "XTAGFL110MY123456"
        assert order.accepted_by.roles == {Role.RECEPTIONIST, Role.MASTER}
        assert order.accepted_at == ACCEPTED
        assert order.accepted_at.tzinfo is not None
        assert order.estimate == Decimal("12500.50")
        assert order.prepayment == Decimal("5000.00")
        assert order.completeness == ["spare wheel", "jack"]
        assert [c.to_status for c in order.status_changes] == [
            WorkOrderStatus.ACCEPTED,
            WorkOrderStatus.DIAGNOSIS,
        ]
        assert order.part_lines[0].unit_price == Decimal("890.99")
        assert order.labour_lines[0].norm_hours == Decimal("0.50")
        assert order.damage_marks[0].kind is DamageKind.SCRATCH
        assert order.inspection_items[0].state is InspectionState.ATTENTION
        request = session.scalar(select(InternalRequest))
        assert request.answers[0].price == Decimal("890.99")
        assert request.items[0].quantity == Decimal("2")
        assert session.scalar(select(Appointment)).status is AppointmentStatus.BOOKED
        assert session.scalar(select(AuditEntry)).details == {"number": "26-000001"}


def test_money_is_rounded_to_the_cent_half_up(any_db):
    with any_db.transaction() as session:
        order_id = build_shop(session)
        session.get(WorkOrder, order_id).prepayment = Decimal("100.005")
    with any_db.transaction() as session:
        assert session.get(WorkOrder, order_id).prepayment == Decimal("100.01")


def test_large_amounts_stay_exact(any_db):
    with any_db.transaction() as session:
        order_id = build_shop(session)
        session.get(WorkOrder, order_id).estimate = Decimal("987654321012.34")
    with any_db.transaction() as session:
        assert session.get(WorkOrder, order_id).estimate == Decimal("987654321012.34")


def test_a_naive_time_is_refused(any_db):
    with pytest.raises(StatementError, match="timezone-aware"), any_db.transaction() as session:
        order_id = build_shop(session)
        session.get(WorkOrder, order_id).promised_at = datetime(2026, 11, 24, 18, 0)
        session.flush()


def test_times_come_back_in_utc(any_db):
    with any_db.transaction() as session:
        order_id = build_shop(session)
    with any_db.transaction() as session:
        assert session.get(WorkOrder, order_id).accepted_at.utcoffset() == timedelta(0)
        assert session.get(WorkOrder, order_id).accepted_at == ACCEPTED.astimezone(UTC)


def test_a_stale_edit_is_detected_not_overwritten(any_db):
    with any_db.transaction() as session:
        order_id = build_shop(session)
    first, second = any_db.session(), any_db.session()
    try:
        mine = first.get(WorkOrder, order_id)
        theirs = second.get(WorkOrder, order_id)
        theirs.complaints = "Их правка"
        second.commit()
        mine.complaints = "Моя правка"
        with pytest.raises(StaleDataError):
            first.commit()
    finally:
        first.close()
        second.close()
    with any_db.transaction() as session:
        assert session.get(WorkOrder, order_id).complaints == "Их правка"
