"""The request card: what it shows, who may open it, overdue and late, and the actions it
offers, which must be exactly those the services accept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desk_app import clock
from desk_app.models import DepartmentKind, RequestKind, RequestStatus, WorkOrderStatus
from desk_app.services import request_answers as answers
from desk_app.services import request_closing as closing
from desk_app.services import request_issue
from desk_app.services.errors import DomainError, NotFound, PermissionDenied
from desk_app.services.permissions import Actor
from desk_app.services.request_detail import RequestAction, VehicleDetail, request_detail
from desk_app.services.request_filing import ItemInput, RequestInput, file_request
from desk_app.store.database import Database
from tests.factories import make_client, make_vehicle, make_work_order
from tests.request_factories import add_request_item, make_request, make_timed_request
from tests.request_people import make_people

A = RequestAction
MSK = ZoneInfo("Europe/Moscow")


@pytest.fixture
def people(any_db: Database) -> dict[str, Actor]:
    return make_people(any_db, "manager", "reception", "other desk", "parts", "finance", "mechanic")


def car_order(db: Database, people, status=WorkOrderStatus.IN_PROGRESS) -> int:
    client = make_client(db, "Кузнецов", "Игорь")
    car = make_vehicle(db, client, "Kia", "Rio", "В456ОР199", vin="Z94CB41AAGR123456", year=2016)
    return make_work_order(
        db, client, car, people["reception"].id, status=status, number="26-000777"
    )


def test_the_card_shows_the_whole_story(any_db, people):
    order_id = car_order(any_db, people)
    request_id = file_request(
        any_db,
        people["reception"],
        RequestInput(
            RequestKind.PARTS_ISSUE,
            "Выдать на пост 3",
            order_id,
            (ItemInput("1118-3501080", "Колодки", Decimal(2)),),
            needed_by=clock.now() + timedelta(hours=2),
        ),
        MSK,
    )
    detail = request_detail(any_db, people["parts"], request_id)
    item = detail.items[0]
    answers.take_request(any_db, people["parts"], request_id, expected_version=detail.version)
    answers.answer_request(
        any_db,
        people["parts"],
        request_id,
        answers.AnswerInput(
            "Есть",
            (
                answers.ItemAnswer(
                    item.id,
                    "1118-3501080",
                    "Колодки",
                    Decimal(2),
                    True,
                    Decimal(5),
                    Decimal("1450"),
                    "A-4",
                ),
            ),
        ),
        expected_version=detail.version + 1,
    )

    detail = request_detail(any_db, people["reception"], request_id)

    assert (detail.kind, detail.status) == (RequestKind.PARTS_ISSUE, RequestStatus.ANSWERED)
    assert (detail.from_department, detail.to_department) == (
        DepartmentKind.RECEPTION,
        DepartmentKind.PARTS,
    )
    assert (detail.requester, detail.requester_id) == ("Петров Олег", people["reception"].id)
    assert (detail.taken_by, detail.taken_at) == ("Козлов Денис", clock.now())
    assert detail.created_at == detail.window_opens_at == detail.responded_at == clock.now()
    assert detail.due_at == clock.now() + timedelta(minutes=20)  # the migration's standard
    assert (detail.work_order_id, detail.work_order_number, detail.work_order_status) == (
        order_id,
        "26-000777",
        WorkOrderStatus.IN_PROGRESS,
    )
    assert detail.vehicle == VehicleDetail("Kia", "Rio", 2016, "Z94CB41AAGR123456", "В456ОР199")
    assert detail.vehicle.title == "Kia Rio"
    (item,) = detail.items
    assert (item.part_number, item.quantity, item.in_stock, item.unit_price, item.bin) == (
        "1118-3501080",
        Decimal(2),
        True,
        Decimal("1450.00"),
        "A-4",
    )
    (answer,) = detail.answers
    assert (answer.answered_by, answer.text, answer.price) == (
        "Козлов Денис",
        "Есть",
        Decimal("2900.00"),
    )
    assert not detail.overdue and not detail.late and not detail.queued


def test_a_request_without_an_order_has_no_vehicle(any_db, people):
    detail = request_detail(any_db, people["parts"], make_request(any_db, people["reception"].id))
    assert (detail.vehicle, detail.work_order_number, detail.work_order_status) == (
        None,
        None,
        None,
    )


@pytest.mark.parametrize("who", ["other desk", "finance", "mechanic"])
def test_only_the_requester_and_the_addressed_department_open_it(any_db, people, who):
    request_id = make_request(any_db, people["reception"].id)
    with pytest.raises(PermissionDenied):
        request_detail(any_db, people[who], request_id)
    assert request_detail(any_db, people["manager"], request_id).id == request_id


def test_a_missing_request(any_db, people):
    with pytest.raises(NotFound):
        request_detail(any_db, people["parts"], 99999)


# -- overdue and late ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "needed", "responded", "status", "overdue", "late"),
    [
        (-1, None, None, RequestStatus.NEW, True, False),
        (0, None, None, RequestStatus.NEW, False, False),  # due this very minute: not yet
        (None, -1, None, RequestStatus.TAKEN, True, False),
        (10, -1, None, RequestStatus.NEW, True, False),  # the requester's wish is past
        (-30, None, -10, RequestStatus.ANSWERED, False, True),  # answered, but late
        (-30, None, -31, RequestStatus.ANSWERED, False, False),
        (-30, None, -30, RequestStatus.ANSWERED, False, False),  # on the minute is in time
        (-30, None, None, RequestStatus.CANCELLED, False, False),
        (None, None, -5, RequestStatus.REJECTED, False, False),
    ],
)
def test_overdue_and_late(any_db, people, due, needed, responded, status, overdue, late):
    def at(minutes: int | None):
        return None if minutes is None else clock.now() + timedelta(minutes=minutes)

    request_id = make_timed_request(
        any_db,
        people["reception"].id,
        due_at=at(due),
        needed_by=at(needed),
        responded_at=at(responded),
        status=status,
    )
    detail = request_detail(any_db, people["parts"], request_id)
    assert (detail.overdue, detail.late) == (overdue, late)


def test_a_queued_request_shows_it(any_db, people):
    request_id = make_timed_request(
        any_db, people["reception"].id, window_opens_at=clock.now() + timedelta(hours=20)
    )
    assert request_detail(any_db, people["reception"], request_id).queued


# -- the actions offered -------------------------------------------------------------------


def issue_case(
    db: Database, people, status: RequestStatus, order_status=WorkOrderStatus.IN_PROGRESS
):
    order_id = car_order(db, people, order_status)
    request_id = make_request(
        db,
        people["reception"].id,
        kind=RequestKind.PARTS_ISSUE,
        work_order_id=order_id,
        status=status,
        closed_at=None if status.is_open else clock.now(),
    )
    add_request_item(db, request_id, "Колодки", in_stock=True, unit_price="1450")
    return request_id


@pytest.mark.parametrize(
    ("status", "who", "expected"),
    [
        (RequestStatus.NEW, "parts", {A.TAKE, A.ANSWER, A.REJECT, A.RESERVE, A.ISSUE}),
        (RequestStatus.NEW, "reception", {A.CANCEL}),
        (RequestStatus.TAKEN, "parts", {A.ANSWER, A.REJECT, A.RESERVE, A.ISSUE}),
        (RequestStatus.ANSWERED, "parts", {A.ANSWER, A.RESERVE, A.ISSUE}),
        (RequestStatus.ANSWERED, "reception", {A.CANCEL, A.CLOSE}),
        (RequestStatus.ANSWERED, "manager", {A.ANSWER, A.RESERVE, A.ISSUE, A.CANCEL}),
        (RequestStatus.CLOSED, "parts", set()),
        (RequestStatus.CLOSED, "reception", set()),
        (RequestStatus.CANCELLED, "manager", set()),
    ],
)
def test_the_actions_each_person_is_offered(any_db, people, status, who, expected):
    request_id = issue_case(any_db, people, status)
    assert request_detail(any_db, people[who], request_id).actions == expected


def test_no_issue_offered_to_a_closed_order_nor_reserve_once_reserved(any_db, people):
    request_id = issue_case(any_db, people, RequestStatus.ANSWERED, WorkOrderStatus.HANDED_OVER)
    answers.reserve_items(any_db, people["parts"], request_id, expected_version=1)
    actions = request_detail(any_db, people["parts"], request_id).actions
    assert A.ISSUE not in actions and A.RESERVE not in actions


CALLS: dict[RequestAction, Callable[[Database, Actor, int, int], object]] = {
    A.TAKE: lambda db, actor, rid, v: answers.take_request(db, actor, rid, expected_version=v),
    A.ANSWER: lambda db, actor, rid, v: answers.answer_request(
        db, actor, rid, answers.AnswerInput("Есть"), expected_version=v
    ),
    A.RESERVE: lambda db, actor, rid, v: answers.reserve_items(db, actor, rid, expected_version=v),
    A.ISSUE: lambda db, actor, rid, v: request_issue.issue_to_order(
        db, actor, rid, expected_version=v
    ),
    A.REJECT: lambda db, actor, rid, v: answers.reject_request(
        db, actor, rid, "Не возим", expected_version=v
    ),
    A.CANCEL: lambda db, actor, rid, v: closing.cancel_request(db, actor, rid, expected_version=v),
    A.CLOSE: lambda db, actor, rid, v: closing.close_request(
        db, actor, rid, good=True, expected_version=v
    ),
}


@pytest.mark.parametrize("status", [RequestStatus.NEW, RequestStatus.ANSWERED])
@pytest.mark.parametrize("who", ["parts", "reception", "manager", "other desk"])
@pytest.mark.parametrize("action", list(RequestAction))
def test_an_action_is_offered_exactly_when_the_service_accepts_it(
    any_db, people, status, who, action
):
    request_id = issue_case(any_db, people, status)
    try:
        offered = action in request_detail(any_db, people[who], request_id).actions
    except PermissionDenied:
        offered = False
    try:
        CALLS[action](any_db, people[who], request_id, 1)
        accepted = True
    except DomainError:
        accepted = False
    assert offered == accepted
