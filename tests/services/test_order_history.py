"""An order's history: every event in time order, and where the car waited, for whom."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app import clock
from desk_app.models import ApprovalChannel, Role
from desk_app.models import WorkOrderStatus as S
from desk_app.services import extra_works, order_lines, order_status
from desk_app.services.order_history import EventKind, WaitingOn, load_history
from desk_app.services.order_lines import LabourInput
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


def test_history_with_durations_and_who_the_car_waited_for(shop, fixed_clock):
    moment = [fixed_clock]
    clock.set_source(lambda: moment[0])

    def later(minutes):
        moment[0] += timedelta(minutes=minutes)

    master, desk = shop[Role.MASTER], shop[Role.RECEPTIONIST]
    order = shop.order(S.ACCEPTED)  # accepted three hours before "now"
    order_status.move_order(
        shop.db, master, order, S.DIAGNOSIS, expected_version=shop.version(order)
    )
    later(30)
    order_lines.add_labour_line(
        shop.db,
        master,
        order,
        LabourInput("Замена колодок", "1", "2000"),
        expected_version=shop.version(order),
    )
    extra_works.ask_client(shop.db, master, order, expected_version=shop.version(order))
    later(90)
    extra_works.record_client_answer(
        shop.db,
        desk,
        order,
        expected_version=shop.version(order),
        answered_by="Владелец",
        channel=ApprovalChannel.PHONE,
        agreed_labour=[],
    )
    later(60)

    history = load_history(shop.db, master, order)

    kinds = [(event.kind, event.status) for event in history.events]
    assert kinds == [
        (EventKind.STATUS, S.ACCEPTED),
        (EventKind.STATUS, S.DIAGNOSIS),
        (EventKind.STATUS, S.AWAITING_APPROVAL),
        (EventKind.APPROVAL, None),
        (EventKind.STATUS, S.IN_PROGRESS),
    ]
    assert [(stay.status, stay.duration) for stay in history.stays] == [
        (S.ACCEPTED, timedelta(hours=3)),
        (S.DIAGNOSIS, timedelta(minutes=30)),
        (S.AWAITING_APPROVAL, timedelta(minutes=90)),
        (S.IN_PROGRESS, timedelta(minutes=60)),
    ]
    assert history.waited == {
        WaitingOn.MASTER: timedelta(hours=3),
        WaitingOn.WORKSHOP: timedelta(minutes=90),
        WaitingOn.CLIENT: timedelta(minutes=90),
    }


def test_a_closed_order_stops_counting(shop, fixed_clock):
    order = shop.order(S.READY)
    order_status.move_order(
        shop.db,
        shop[Role.RECEPTIONIST],
        order,
        S.HANDED_OVER,
        expected_version=shop.version(order),
    )
    history = load_history(shop.db, shop[Role.MASTER], order)
    assert history.stays[-1].end is not None or history.stays[-1].status is S.ACCEPTED
    assert all(stay.status.is_open for stay in history.stays)
