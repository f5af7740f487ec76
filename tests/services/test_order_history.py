"""An order's history: every event in time order, and where the car waited, for whom."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app import clock
from desk_app.models import ApprovalChannel, DepartmentKind, RequestKind, RequestStatus, Role
from desk_app.models import WorkOrderStatus as S
from desk_app.services import extra_works, order_lines, order_status
from desk_app.services.order_history import EventKind, WaitingOn, load_history, merged_length
from desk_app.services.order_lines import LabourInput
from tests.request_factories import make_timed_request
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


def test_the_wait_on_each_department_counts_overlapping_requests_once(shop, fixed_clock):
    now, desk = fixed_clock, shop[Role.RECEPTIONIST]
    order, other = shop.order(S.AWAITING_PARTS), shop.order(S.IN_PROGRESS)

    def ask(hours_ago: float, answered_hours_ago: float | None, **fields) -> None:
        make_timed_request(
            shop.db,
            desk.id,
            work_order_id=fields.pop("work_order_id", order),
            created_at=now - timedelta(hours=hours_ago),
            responded_at=None
            if answered_hours_ago is None
            else now - timedelta(hours=answered_hours_ago),
            status=RequestStatus.NEW if answered_hours_ago is None else RequestStatus.ANSWERED,
            **fields,
        )

    ask(3, 1)  # pads: 09:30-3h .. -1h
    ask(2, 0.5)  # discs, filed while the pads were asked: together 3 h .. 0.5 h = 2.5 h
    ask(25 / 60, None, kind=RequestKind.FINANCE_PREPAYMENT, to_department=DepartmentKind.FINANCE)
    ask(5, 0, work_order_id=other)  # another car's wait is not this one's

    history = load_history(shop.db, shop[Role.MASTER], order)

    assert history.waited_on_departments == {
        DepartmentKind.PARTS: timedelta(hours=2, minutes=30),
        DepartmentKind.FINANCE: timedelta(minutes=25),
    }
    assert history.requests_per_department == {DepartmentKind.PARTS: 2, DepartmentKind.FINANCE: 1}
    assert history.waited == {WaitingOn.MASTER: timedelta(hours=3)}  # the stays as before


def test_an_order_without_requests_waited_on_no_department(shop):
    history = load_history(shop.db, shop[Role.MASTER], shop.order())
    assert history.waited_on_departments == {}
    assert history.requests_per_department == {}


T = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def span(start_min: int, end_min: int) -> tuple[datetime, datetime]:
    return T + timedelta(minutes=start_min), T + timedelta(minutes=end_min)


@pytest.mark.parametrize(
    ("spans", "minutes"),
    [
        ([], 0),
        ([span(0, 30)], 30),
        ([span(0, 30), span(60, 90)], 60),  # apart: both count
        ([span(0, 30), span(30, 50)], 50),  # touching: no gap, no double
        ([span(0, 30), span(20, 50)], 50),  # overlapping
        ([span(0, 90), span(20, 50)], 90),  # one inside the other
        ([span(20, 50), span(0, 90), span(95, 100)], 95),  # in any order
        ([span(10, 10), span(40, 40)], 0),  # answered at once: no wait
    ],
)
def test_merged_length_counts_each_minute_once(spans, minutes):
    assert merged_length(spans) == timedelta(minutes=minutes)
