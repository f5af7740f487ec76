"""The answering department's side: who may take, answer, reject, reserve and issue, the
status rules, the first response's moment, and parts issued to the order exactly once."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk_app import clock
from desk_app.models import (
    AuditEntry,
    DepartmentKind,
    InternalRequest,
    LineApproval,
    RequestKind,
    RequestStatus,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.errors import (
    DomainError,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from desk_app.services.order_history import EventKind, load_history
from desk_app.services.permissions import Actor
from desk_app.services.request_answers import (
    AnswerInput,
    ItemAnswer,
    answer_request,
    reject_request,
    reserve_items,
    take_request,
)
from desk_app.services.request_issue import issue_to_order
from desk_app.store.database import Database
from tests.factories import make_client, make_vehicle, make_work_order
from tests.request_factories import add_request_item, make_request, make_timed_request
from tests.request_people import make_people

PARTS = DepartmentKind.PARTS
FINANCE = DepartmentKind.FINANCE
CLOSED_STATES = [RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CANCELLED]


@pytest.fixture
def people(any_db: Database) -> dict[str, Actor]:
    return make_people(any_db, "manager", "reception", "master", "parts", "finance")


def load(db: Database, request_id: int) -> InternalRequest:
    """The request with its items and answers, detached for asserting."""
    with db.transaction() as session:
        request = session.get_one(InternalRequest, request_id)
        _ = request.items, request.answers
        session.expunge_all()
        return request


def version(db: Database, request_id: int) -> int:
    return load(db, request_id).version


def order(db: Database, people, status=WorkOrderStatus.IN_PROGRESS) -> int:
    client = make_client(db, "Кузнецов", "Игорь")
    car = make_vehicle(db, client, "Kia", "Rio", "В456ОР199")
    return make_work_order(db, client, car, people["reception"].id, status=status)


def parts_request(db, people, status=RequestStatus.NEW, **kwargs) -> int:
    return make_request(db, people["reception"].id, status=status, **kwargs)


def finance_request(db, people) -> int:
    return make_request(
        db, people["reception"].id, to_department=FINANCE, kind=RequestKind.FINANCE_DISCOUNT
    )


ANSWER = AnswerInput(text="Есть, стеллаж 4")


# -- taking --------------------------------------------------------------------------------


def test_the_parts_clerk_takes_a_new_request(any_db, people):
    request_id = parts_request(any_db, people)
    before = version(any_db, request_id)

    take_request(any_db, people["parts"], request_id, expected_version=before)

    request = load(any_db, request_id)
    assert request.status is RequestStatus.TAKEN
    assert (request.taken_by_id, request.taken_at) == (people["parts"].id, clock.now())
    assert request.responded_at is None  # taking is not answering
    assert request.version > before


@pytest.mark.parametrize("status", [RequestStatus.TAKEN, RequestStatus.ANSWERED, *CLOSED_STATES])
def test_only_a_new_request_is_taken(any_db, people, status):
    request_id = parts_request(any_db, people, status=status)
    with pytest.raises(DomainError):
        take_request(any_db, people["parts"], request_id, expected_version=1)
    assert load(any_db, request_id).status is status


@pytest.mark.parametrize("who", ["reception", "finance", "master"])
def test_only_the_parts_department_takes_parts_requests(any_db, people, who):
    request_id = parts_request(any_db, people)
    with pytest.raises(PermissionDenied):
        take_request(any_db, people[who], request_id, expected_version=1)


def test_a_stale_or_missing_request_is_refused(any_db, people):
    request_id = parts_request(any_db, people)
    take_request(any_db, people["parts"], request_id, expected_version=1)
    with pytest.raises(StaleEdit):
        answer_request(any_db, people["parts"], request_id, ANSWER, expected_version=1)
    with pytest.raises(NotFound):
        take_request(any_db, people["parts"], 99999, expected_version=1)


# -- answering -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "department", "kind"),
    [
        ("parts", PARTS, RequestKind.PARTS_AVAILABILITY),
        ("finance", FINANCE, RequestKind.FINANCE_DISCOUNT),
        ("master", DepartmentKind.WORKSHOP, RequestKind.INFO_FIGURES),
        ("manager", FINANCE, RequestKind.FINANCE_REFUND),
        ("manager", PARTS, RequestKind.PARTS_ORDER),
    ],
)
def test_the_addressed_department_answers(any_db, people, who, department, kind):
    request_id = make_request(any_db, people["reception"].id, to_department=department, kind=kind)
    answer_request(any_db, people[who], request_id, ANSWER, expected_version=1)
    assert load(any_db, request_id).status is RequestStatus.ANSWERED


@pytest.mark.parametrize(
    ("who", "department"),
    [
        ("reception", PARTS),  # a receptionist answers no parts request
        ("parts", FINANCE),  # a parts clerk answers no finance request
        ("finance", PARTS),
        ("master", PARTS),
        ("parts", DepartmentKind.WORKSHOP),
    ],
)
def test_nobody_else_answers(any_db, people, who, department):
    request_id = make_request(any_db, people["reception"].id, to_department=department)
    with pytest.raises(PermissionDenied):
        answer_request(any_db, people[who], request_id, ANSWER, expected_version=1)
    assert load(any_db, request_id).status is RequestStatus.NEW


@pytest.mark.parametrize("status", CLOSED_STATES)
def test_nobody_answers_a_closed_request_not_even_the_manager(any_db, people, status):
    request_id = parts_request(any_db, people, status=status, closed_at=clock.now())
    for who in ("parts", "manager"):
        with pytest.raises(DomainError):
            answer_request(any_db, people[who], request_id, ANSWER, expected_version=1)
    assert load(any_db, request_id).answers == []


def test_the_first_answer_sets_the_response_time_and_later_ones_do_not(any_db, people):
    request_id = parts_request(any_db, people)
    first = clock.now()
    answer_request(any_db, people["parts"], request_id, ANSWER, expected_version=1)
    clock.set_source(lambda: first + timedelta(minutes=40))
    answer_request(
        any_db,
        people["parts"],
        request_id,
        AnswerInput("Уточнение: осталось две"),
        expected_version=version(any_db, request_id),
    )

    request = load(any_db, request_id)
    assert request.responded_at == first
    assert (request.taken_by_id, request.taken_at) == (people["parts"].id, first)
    assert [a.text for a in request.answers] == ["Есть, стеллаж 4", "Уточнение: осталось две"]
    assert [a.answered_at for a in request.answers] == [first, first + timedelta(minutes=40)]


def test_answering_a_taken_request_keeps_who_took_it(any_db, people):
    request_id = make_timed_request(
        any_db, people["reception"].id, status=RequestStatus.TAKEN, taken_by_id=people["parts"].id
    )
    answer_request(any_db, people["manager"], request_id, ANSWER, expected_version=2)
    request = load(any_db, request_id)
    assert request.taken_by_id == people["parts"].id
    assert request.answers[0].answered_by_id == people["manager"].id


def test_the_items_answer_and_its_summary(any_db, people):
    request_id = parts_request(any_db, people)
    pads = add_request_item(any_db, request_id, "Колодки", part_number="1118-3501080", quantity="2")
    disc = add_request_item(any_db, request_id, "Диск тормозной", quantity="2")
    later = clock.now() + timedelta(days=3)
    answer = AnswerInput(
        "",
        (
            ItemAnswer(
                pads,
                "1118-3501080",
                "Колодки",
                Decimal(2),
                True,
                Decimal(6),
                Decimal("1450.00"),
                "A-4",
            ),
            ItemAnswer(
                disc,
                "",
                "Диск тормозной",
                Decimal(2),
                False,
                Decimal(0),
                Decimal("3200.50"),
                eta=later,
            ),
            ItemAnswer(
                None,
                "21080-1012005",
                "Фильтр масляный",
                Decimal(1),
                True,
                unit_price=Decimal("390"),
                eta=later - timedelta(days=1),
            ),
        ),
    )

    answer_request(any_db, people["parts"], request_id, answer, expected_version=1)

    request = load(any_db, request_id)
    assert [(i.name, i.in_stock, i.available, i.unit_price, i.bin) for i in request.items] == [
        ("Колодки", True, Decimal(6), Decimal("1450.00"), "A-4"),
        ("Диск тормозной", False, Decimal(0), Decimal("3200.50"), ""),
        ("Фильтр масляный", True, None, Decimal("390.00"), ""),
    ]
    (summary,) = request.answers
    assert summary.in_stock is False
    assert summary.price == Decimal("2900.00") + Decimal("6401.00") + Decimal("390.00")
    assert summary.eta == later
    assert summary.bin == "A-4"


def test_all_items_in_stock_answer_in_stock(any_db, people):
    request_id = parts_request(any_db, people)
    pads = add_request_item(any_db, request_id, "Колодки")
    answer = AnswerInput("", (ItemAnswer(pads, name="Колодки", in_stock=True),))
    answer_request(any_db, people["parts"], request_id, answer, expected_version=1)
    (summary,) = load(any_db, request_id).answers
    assert (summary.in_stock, summary.price, summary.eta) == (True, None, None)


@pytest.mark.parametrize(
    ("answer", "field"),
    [
        (AnswerInput(), "text"),
        (AnswerInput("  "), "text"),
        (AnswerInput("x" * 2001), "text"),
        (AnswerInput("", (ItemAnswer(None),)), "items"),
        (AnswerInput("", (ItemAnswer(None, name="x", quantity=Decimal(0)),)), "items"),
        (AnswerInput("", (ItemAnswer(None, name="x", unit_price=Decimal(-1)),)), "items"),
        (AnswerInput("", (ItemAnswer(None, name="x", available=Decimal(-1)),)), "items"),
        (AnswerInput("", (ItemAnswer(None, name="x", bin="x" * 41),)), "items"),
    ],
)
def test_a_bad_answer_is_refused_on_its_field(any_db, people, answer, field):
    request_id = parts_request(any_db, people)
    with pytest.raises(ValidationError) as error:
        answer_request(any_db, people["parts"], request_id, answer, expected_version=1)
    assert error.value.field == field
    assert load(any_db, request_id).status is RequestStatus.NEW


def test_an_item_of_another_request_is_not_found(any_db, people):
    mine = parts_request(any_db, people)
    other_item = add_request_item(any_db, parts_request(any_db, people))
    with pytest.raises(NotFound):
        answer_request(
            any_db,
            people["parts"],
            mine,
            AnswerInput("", (ItemAnswer(other_item, name="x"),)),
            expected_version=1,
        )


# -- rejecting -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [RequestStatus.NEW, RequestStatus.TAKEN])
def test_a_rejection_says_why_and_counts_as_the_response(any_db, people, status):
    request_id = parts_request(any_db, people, status=status)
    reject_request(any_db, people["parts"], request_id, "  Такие не возим  ", expected_version=1)
    request = load(any_db, request_id)
    assert request.status is RequestStatus.REJECTED
    assert request.reject_reason == "Такие не возим"
    assert request.closed_at == request.responded_at == clock.now()


def test_a_rejection_keeps_an_earlier_response_time(any_db, people):
    earlier = clock.now() - timedelta(minutes=5)
    request_id = make_timed_request(
        any_db, people["reception"].id, status=RequestStatus.TAKEN, responded_at=earlier
    )
    reject_request(any_db, people["parts"], request_id, "Нет", expected_version=2)
    assert load(any_db, request_id).responded_at == earlier


@pytest.mark.parametrize(
    ("reason", "ok"), [("", False), (" ", False), ("x" * 300, True), ("x" * 301, False)]
)
def test_the_reason_is_required_and_short(any_db, people, reason, ok):
    request_id = parts_request(any_db, people)
    if ok:
        reject_request(any_db, people["parts"], request_id, reason, expected_version=1)
        return
    with pytest.raises(ValidationError) as error:
        reject_request(any_db, people["parts"], request_id, reason, expected_version=1)
    assert error.value.field == "reason"


@pytest.mark.parametrize("status", [RequestStatus.ANSWERED, *CLOSED_STATES])
def test_an_answered_or_closed_request_is_not_rejected(any_db, people, status):
    request_id = parts_request(any_db, people, status=status)
    with pytest.raises(DomainError):
        reject_request(any_db, people["parts"], request_id, "Нет", expected_version=1)
    assert load(any_db, request_id).status is status


def test_a_receptionist_cannot_reject(any_db, people):
    request_id = parts_request(any_db, people)
    with pytest.raises(PermissionDenied):
        reject_request(any_db, people["reception"], request_id, "Нет", expected_version=1)


# -- reserving -----------------------------------------------------------------------------


def test_reserve_marks_the_items_in_stock_not_yet_reserved(any_db, people):
    request_id = parts_request(any_db, people, status=RequestStatus.ANSWERED)
    earlier = clock.now() - timedelta(hours=1)
    add_request_item(any_db, request_id, "Колодки", in_stock=True)
    add_request_item(any_db, request_id, "Диск", in_stock=False)
    add_request_item(any_db, request_id, "Фильтр", in_stock=True, reserved_at=earlier)
    add_request_item(any_db, request_id, "Свеча", in_stock=None)

    assert reserve_items(any_db, people["parts"], request_id, expected_version=1) == 1

    request = load(any_db, request_id)
    assert [i.reserved_at for i in request.items] == [clock.now(), None, earlier, None]
    assert request.version == 2
    with pytest.raises(DomainError):
        reserve_items(any_db, people["parts"], request_id, expected_version=2)


def test_reserve_is_for_parts_and_their_department_only(any_db, people):
    request_id = finance_request(any_db, people)
    add_request_item(any_db, request_id, "Счёт", in_stock=True)
    with pytest.raises(DomainError):
        reserve_items(any_db, people["finance"], request_id, expected_version=1)
    parts = parts_request(any_db, people, status=RequestStatus.ANSWERED)
    add_request_item(any_db, parts, "Колодки", in_stock=True)
    with pytest.raises(PermissionDenied):
        reserve_items(any_db, people["reception"], parts, expected_version=1)


def test_an_item_answered_out_of_stock_loses_its_reservation(any_db, people):
    request_id = parts_request(any_db, people, status=RequestStatus.ANSWERED)
    pads = add_request_item(any_db, request_id, "Колодки", in_stock=True, reserved_at=clock.now())
    answer = AnswerInput("Ошиблись", (ItemAnswer(pads, name="Колодки", in_stock=False),))
    answer_request(any_db, people["parts"], request_id, answer, expected_version=1)
    assert load(any_db, request_id).items[0].reserved_at is None


# -- issuing to the order ------------------------------------------------------------------


def issue_request(
    db, people, order_status=WorkOrderStatus.IN_PROGRESS, status=RequestStatus.ANSWERED
):
    order_id = order(db, people, status=order_status)
    request_id = make_request(
        db,
        people["reception"].id,
        kind=RequestKind.PARTS_ISSUE,
        work_order_id=order_id,
        status=status,
    )
    return order_id, request_id


def order_state(db: Database, order_id: int):
    with db.transaction() as session:
        found = session.get_one(WorkOrder, order_id)
        lines = [
            (p.position, p.part_number, p.name, p.quantity, p.unit_price, p.approval, p.id)
            for p in found.part_lines
        ]
        return found.version, lines


@pytest.mark.parametrize(
    ("order_status", "approval"),
    [
        (WorkOrderStatus.ACCEPTED, LineApproval.AGREED),
        (WorkOrderStatus.IN_PROGRESS, LineApproval.PROPOSED),
        (WorkOrderStatus.AWAITING_PARTS, LineApproval.PROPOSED),
    ],
)
def test_issue_puts_the_items_in_stock_on_the_order(any_db, people, order_status, approval):
    order_id, request_id = issue_request(any_db, people, order_status)
    add_request_item(
        any_db,
        request_id,
        "Колодки",
        part_number="1118-3501080",
        quantity="2",
        in_stock=True,
        unit_price="1450",
    )
    add_request_item(any_db, request_id, "Диск", in_stock=False, unit_price="3200")
    add_request_item(
        any_db, request_id, "", part_number="21080-1012005", in_stock=True, unit_price="390.50"
    )
    order_version, _ = order_state(any_db, order_id)

    assert issue_to_order(any_db, people["parts"], request_id, expected_version=1) == 2

    version_now, lines = order_state(any_db, order_id)
    assert version_now > order_version
    assert [line[:6] for line in lines] == [
        (1, "1118-3501080", "Колодки", Decimal(2), Decimal("1450.00"), approval),
        (2, "21080-1012005", "21080-1012005", Decimal(1), Decimal("390.50"), approval),
    ]
    request = load(any_db, request_id)
    assert [(i.issued_at, i.part_line_id) for i in request.items] == [
        (clock.now(), lines[0][6]),
        (None, None),
        (clock.now(), lines[1][6]),
    ]
    with any_db.transaction() as session:
        audit = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "work_order", AuditEntry.entity_id == order_id
            )
        ).one()
        assert (audit.action, audit.staff_id) == ("parts issued", people["parts"].id)
        assert audit.details["request"] == request_id


def test_an_item_is_never_issued_twice(any_db, people):
    order_id, request_id = issue_request(any_db, people)
    add_request_item(any_db, request_id, "Колодки", in_stock=True, unit_price="1450")
    issue_to_order(any_db, people["parts"], request_id, expected_version=1)
    _, lines = order_state(any_db, order_id)

    with pytest.raises(DomainError):
        issue_to_order(any_db, people["parts"], request_id, expected_version=2)

    assert order_state(any_db, order_id)[1] == lines
    # and its answer no longer changes it
    item = load(any_db, request_id).items[0]
    answer = AnswerInput(
        "",
        (
            ItemAnswer(
                item.id,
                name="Колодки",
                quantity=Decimal(5),
                in_stock=True,
                unit_price=Decimal(1450),
            ),
        ),
    )
    with pytest.raises(ValidationError):
        answer_request(any_db, people["parts"], request_id, answer, expected_version=2)


def test_issue_answers_a_request_that_was_only_taken(any_db, people):
    _, request_id = issue_request(any_db, people, status=RequestStatus.TAKEN)
    add_request_item(any_db, request_id, "Колодки", in_stock=True, unit_price="1450")
    issue_to_order(any_db, people["manager"], request_id, expected_version=1)
    request = load(any_db, request_id)
    assert request.status is RequestStatus.ANSWERED
    assert request.responded_at == clock.now()


def test_an_item_in_stock_without_a_price_stops_the_issue(any_db, people):
    order_id, request_id = issue_request(any_db, people)
    add_request_item(any_db, request_id, "Колодки", in_stock=True, unit_price="1450")
    add_request_item(any_db, request_id, "Фильтр", in_stock=True)
    with pytest.raises(DomainError, match="Фильтр"):
        issue_to_order(any_db, people["parts"], request_id, expected_version=1)
    assert order_state(any_db, order_id)[1] == []
    assert all(i.issued_at is None for i in load(any_db, request_id).items)


def test_nothing_in_stock_is_nothing_to_issue(any_db, people):
    _, request_id = issue_request(any_db, people)
    add_request_item(any_db, request_id, "Диск", in_stock=False, unit_price="3200")
    add_request_item(any_db, request_id, "Свеча")
    with pytest.raises(DomainError):
        issue_to_order(any_db, people["parts"], request_id, expected_version=1)


@pytest.mark.parametrize("order_status", [WorkOrderStatus.HANDED_OVER, WorkOrderStatus.CANCELLED])
def test_no_issue_to_a_closed_order(any_db, people, order_status):
    order_id, request_id = issue_request(any_db, people, order_status)
    add_request_item(any_db, request_id, "Колодки", in_stock=True, unit_price="1450")
    with pytest.raises(DomainError):
        issue_to_order(any_db, people["parts"], request_id, expected_version=1)
    assert order_state(any_db, order_id)[1] == []


def test_no_issue_without_an_order_or_by_another_department(any_db, people):
    request_id = parts_request(any_db, people, status=RequestStatus.ANSWERED)
    add_request_item(any_db, request_id, "Колодки", in_stock=True, unit_price="1450")
    with pytest.raises(DomainError):
        issue_to_order(any_db, people["parts"], request_id, expected_version=1)
    _, with_order = issue_request(any_db, people)
    add_request_item(any_db, with_order, "Колодки", in_stock=True, unit_price="1450")
    for who in ("reception", "master", "finance"):
        with pytest.raises(PermissionDenied):
            issue_to_order(any_db, people[who], with_order, expected_version=1)


def test_a_stale_issue_writes_nothing(any_db, people):
    order_id, request_id = issue_request(any_db, people)
    add_request_item(any_db, request_id, "Колодки", in_stock=True, unit_price="1450")
    with pytest.raises(StaleEdit):
        issue_to_order(any_db, people["parts"], request_id, expected_version=7)
    assert order_state(any_db, order_id)[1] == []


def test_parts_issued_show_on_the_order_s_history(any_db, people):
    order_id, request_id = issue_request(any_db, people)
    add_request_item(any_db, request_id, "Колодки", in_stock=True, unit_price="1450")
    issue_to_order(any_db, people["parts"], request_id, expected_version=1)

    history = load_history(any_db, people["manager"], order_id)

    issued = [event for event in history.events if event.kind is EventKind.PARTS_ISSUED]
    assert [(event.at, event.text) for event in issued] == [(clock.now(), "Колодки")]
