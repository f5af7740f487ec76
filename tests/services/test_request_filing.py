"""Filing a request: who files what, the checks of the form, the deadline fixed from the
agreed standard, and the car put on hold for parts by the master in the same transaction."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select

from desk_app import clock
from desk_app.models import (
    AuditEntry,
    DepartmentKind,
    InternalRequest,
    RequestKind,
    RequestStatus,
    ServiceStandard,
    Staff,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.permissions import Actor
from desk_app.services.request_filing import (
    ItemInput,
    OrderRef,
    RequestInput,
    file_request,
    filing_kinds,
    find_order,
    requester_department,
)
from desk_app.services.service_standards import Window, save_standard
from desk_app.store.database import Database
from tests.factories import make_client, make_vehicle, make_work_order
from tests.request_factories import make_standard
from tests.request_people import make_people

MSK = ZoneInfo("Europe/Moscow")
"""FIXED_NOW (09:30 UTC, Monday 23 November 2026) is 12:30 in Moscow."""
MONDAY, TUESDAY = 0, 1
DAY = (9 * 60, 18 * 60)
ISSUE = RequestKind.PARTS_ISSUE
PADS = ItemInput(part_number="1118-3501080", name="Колодки передние", quantity=Decimal("2"))


@pytest.fixture
def people(any_db: Database) -> dict[str, Actor]:
    return make_people(any_db, "manager", "reception", "master", "parts", "finance", "mechanic")


def order(db: Database, people, status=WorkOrderStatus.DIAGNOSIS, number="26-000777") -> int:
    client = make_client(db, "Кузнецов", "Игорь")
    car = make_vehicle(db, client, "Lada", "Granta", "В456ОР199")
    return make_work_order(db, client, car, people["reception"].id, status=status, number=number)


def stored(db: Database, request_id: int) -> InternalRequest:
    with db.transaction() as session:
        request = session.get_one(InternalRequest, request_id)
        session.expunge(request)
        return request


def count(db: Database, model) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def field_of(error: pytest.ExceptionInfo) -> list[str]:
    value = error.value
    return value.fields if isinstance(value, InvalidForm) else [value.field]


# -- who files what ------------------------------------------------------------------------


def test_each_department_files_to_every_other_but_not_to_itself(any_db, people):
    parts_kinds = {k for k in RequestKind if k.department is DepartmentKind.PARTS}
    finance_kinds = {k for k in RequestKind if k.department is DepartmentKind.FINANCE}

    assert filing_kinds(people["reception"], DepartmentKind.RECEPTION) == list(RequestKind)
    assert set(filing_kinds(people["parts"], DepartmentKind.PARTS)).isdisjoint(parts_kinds)
    assert set(filing_kinds(people["finance"], DepartmentKind.FINANCE)) == (
        set(RequestKind) - finance_kinds
    )
    assert RequestKind.INFO_FIGURES not in filing_kinds(people["master"], DepartmentKind.WORKSHOP)
    assert filing_kinds(people["mechanic"], DepartmentKind.WORKSHOP) == []


def test_the_requesters_department_is_his_staff_department_else_his_roles(any_db, people):
    assert requester_department(any_db, people["parts"]) is DepartmentKind.PARTS
    with any_db.transaction() as session:
        session.get_one(Staff, people["reception"].id).department = None
    assert requester_department(any_db, people["reception"]) is DepartmentKind.RECEPTION


def test_a_request_to_ones_own_department_is_refused(any_db, people):
    with pytest.raises(ValidationError) as error:
        file_request(
            any_db, people["parts"], RequestInput(RequestKind.PARTS_ORDER, "Заказать"), MSK
        )
    assert field_of(error) == ["kind"]


def test_a_mechanic_files_nothing(any_db, people):
    with pytest.raises(PermissionDenied):
        file_request(any_db, people["mechanic"], RequestInput(ISSUE, "Колодки"), MSK)


# -- what is stored ------------------------------------------------------------------------


def test_a_filed_request_holds_what_was_asked_and_is_audited(any_db, people):
    order_id = order(any_db, people)
    needed_by = clock.now() + timedelta(hours=3)
    request_id = file_request(
        any_db,
        people["reception"],
        RequestInput(
            ISSUE,
            "  Выдать на пост 3  ",
            work_order_id=order_id,
            items=(PADS, ItemInput(name="Фильтр масляный")),
            needed_by=needed_by,
        ),
        MSK,
    )

    with any_db.transaction() as session:
        request = session.get_one(InternalRequest, request_id)
        assert (request.from_department.kind, request.to_department.kind) == (
            DepartmentKind.RECEPTION,
            DepartmentKind.PARTS,
        )
        assert request.status is RequestStatus.NEW
        assert (request.text, request.created_at, request.needed_by) == (
            "Выдать на пост 3",
            clock.now(),
            needed_by,
        )
        assert request.work_order_id == order_id
        assert request.responded_at is None
        assert [(i.part_number, i.name, i.quantity) for i in request.items] == [
            ("1118-3501080", "Колодки передние", Decimal("2")),
            ("", "Фильтр масляный", Decimal("1")),
        ]
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == request_id))
        (audit,) = [e for e in entry if e.entity == "internal_request"]
        assert (audit.action, audit.staff_id) == ("filed", people["reception"].id)


def test_items_alone_are_a_request(any_db, people):
    request_id = file_request(
        any_db,
        people["reception"],
        RequestInput(RequestKind.PARTS_AVAILABILITY, items=(PADS,)),
        MSK,
    )
    assert stored(any_db, request_id).text == ""


# -- deadlines from the standard -------------------------------------------------------------


def test_inside_the_window_the_deadline_counts_from_filing(any_db, people):
    make_standard(any_db, ISSUE, 30, [(MONDAY, *DAY)])
    request = stored(
        any_db,
        file_request(
            any_db, people["master"], RequestInput(ISSUE, "Колодки", order(any_db, people)), MSK
        ),
    )
    assert request.window_opens_at == request.created_at == clock.now()
    assert request.due_at == clock.now() + timedelta(minutes=30)


def test_outside_the_window_it_is_queued_for_the_next_one(any_db, people):
    make_standard(any_db, RequestKind.FINANCE_REIMBURSE, 60, [(TUESDAY, 10 * 60, 12 * 60)])
    request = stored(
        any_db,
        file_request(
            any_db, people["reception"], RequestInput(RequestKind.FINANCE_REIMBURSE, "Чек"), MSK
        ),
    )
    tuesday_ten = datetime(2026, 11, 24, 10, 0, tzinfo=MSK)
    assert request.window_opens_at == tuesday_ten > request.created_at
    assert request.due_at == tuesday_ten + timedelta(hours=1)


def test_filed_at_the_closing_minute_it_waits_for_the_next_window(any_db, people):
    make_standard(any_db, ISSUE, 15, [(MONDAY, 9 * 60, 12 * 60 + 30), (TUESDAY, *DAY)])
    request = stored(
        any_db,
        file_request(
            any_db, people["master"], RequestInput(ISSUE, "Колодки", order(any_db, people)), MSK
        ),
    )
    assert request.window_opens_at == datetime(2026, 11, 24, 9, 0, tzinfo=MSK)
    assert request.due_at == datetime(2026, 11, 24, 9, 15, tzinfo=MSK)


def test_without_a_standard_there_is_no_deadline(any_db, people):
    with any_db.transaction() as session:
        session.execute(
            delete(ServiceStandard).where(ServiceStandard.kind == RequestKind.FINANCE_DISCOUNT)
        )
    request = stored(
        any_db,
        file_request(
            any_db, people["reception"], RequestInput(RequestKind.FINANCE_DISCOUNT, "5 %"), MSK
        ),
    )
    assert (request.window_opens_at, request.due_at) == (None, None)


def test_a_later_change_of_the_standard_does_not_move_a_filed_deadline(any_db, people):
    make_standard(any_db, ISSUE, 30, [(MONDAY, *DAY)])
    request_id = file_request(
        any_db, people["master"], RequestInput(ISSUE, "Колодки", order(any_db, people)), MSK
    )
    save_standard(any_db, people["manager"], ISSUE, 5, [Window(MONDAY, *DAY)], expected_version=1)
    assert stored(any_db, request_id).due_at == clock.now() + timedelta(minutes=30)


# -- the form's checks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (RequestInput(RequestKind.PARTS_AVAILABILITY), ["text"]),
        (RequestInput(RequestKind.PARTS_AVAILABILITY, " \n "), ["text"]),
        (RequestInput(RequestKind.PARTS_AVAILABILITY, "x" * 2001), ["text"]),
        (RequestInput(RequestKind.PARTS_AVAILABILITY, items=(ItemInput(),)), ["items"]),
        (
            RequestInput(
                RequestKind.PARTS_AVAILABILITY, items=(ItemInput("1", quantity=Decimal(0)),)
            ),
            ["items"],
        ),
        (
            RequestInput(
                RequestKind.PARTS_AVAILABILITY, items=(ItemInput("1", quantity=Decimal(-1)),)
            ),
            ["items"],
        ),
        (RequestInput(ISSUE, "Колодки"), ["work_order"]),
        (RequestInput(RequestKind.PARTS_AVAILABILITY, "x", work_order_id=99999), ["work_order"]),
        (
            RequestInput(
                RequestKind.PARTS_AVAILABILITY,
                "x",
                needed_by=datetime(2026, 11, 23, 9, 29, 59, tzinfo=ZoneInfo("UTC")),
            ),
            ["needed_by"],
        ),
        (RequestInput(ISSUE, items=(ItemInput(),)), ["items", "work_order"]),
    ],
)
def test_bad_input_is_refused_on_its_field(any_db, people, data, fields):
    with pytest.raises(ValidationError) as error:
        file_request(any_db, people["reception"], data, MSK)
    assert field_of(error) == fields
    assert count(any_db, InternalRequest) == 0


def test_the_edges_that_are_accepted(any_db, people):
    data = RequestInput(
        RequestKind.PARTS_AVAILABILITY,
        "x" * 2000,
        items=(ItemInput(part_number="21080-1012005", quantity=Decimal("0.001")),),
        needed_by=clock.now(),
    )
    request = stored(any_db, file_request(any_db, people["reception"], data, MSK))
    assert len(request.text) == 2000
    assert request.needed_by == clock.now()


@pytest.mark.parametrize("status", [WorkOrderStatus.HANDED_OVER, WorkOrderStatus.CANCELLED])
def test_a_closed_order_takes_no_requests(any_db, people, status):
    order_id = order(any_db, people, status=status)
    with pytest.raises(ValidationError) as error:
        file_request(any_db, people["reception"], RequestInput(ISSUE, "Колодки", order_id), MSK)
    assert field_of(error) == ["work_order"]


# -- the car waits for the parts ---------------------------------------------------------


def order_row(db: Database, order_id: int) -> tuple[WorkOrderStatus, int, list[str]]:
    with db.transaction() as session:
        found = session.get_one(WorkOrder, order_id)
        comments = [change.comment for change in found.status_changes]
        return found.status, found.version, comments


@pytest.mark.parametrize("who", ["master", "manager"])
@pytest.mark.parametrize(
    "status",
    [WorkOrderStatus.ACCEPTED, WorkOrderStatus.DIAGNOSIS, WorkOrderStatus.IN_PROGRESS],
)
def test_the_master_puts_the_car_on_hold_for_the_parts(any_db, people, who, status):
    order_id = order(any_db, people, status=status)
    _, version, _ = order_row(any_db, order_id)

    request_id = file_request(
        any_db,
        people[who],
        RequestInput(ISSUE, "Колодки Brembo\nсрочно", order_id, order_waits=True),
        MSK,
    )

    status_now, version_now, comments = order_row(any_db, order_id)
    assert status_now is WorkOrderStatus.AWAITING_PARTS
    assert version_now > version
    assert comments == [f"#{request_id}: Колодки Brembo"]


def test_an_order_already_waiting_for_parts_just_gets_the_request(any_db, people):
    order_id = order(any_db, people, status=WorkOrderStatus.AWAITING_PARTS)
    file_request(
        any_db, people["master"], RequestInput(ISSUE, "Ещё фильтр", order_id, order_waits=True), MSK
    )
    assert order_row(any_db, order_id)[0] is WorkOrderStatus.AWAITING_PARTS
    assert order_row(any_db, order_id)[2] == []


@pytest.mark.parametrize(
    ("who", "kind", "status", "with_order"),
    [
        ("reception", ISSUE, WorkOrderStatus.DIAGNOSIS, True),  # not a master
        # reception may move it on from "awaiting approval", but holding it is the master's
        ("reception", ISSUE, WorkOrderStatus.AWAITING_APPROVAL, True),
        ("master", RequestKind.FINANCE_PREPAYMENT, WorkOrderStatus.DIAGNOSIS, True),
        ("master", RequestKind.PARTS_ORDER, WorkOrderStatus.DIAGNOSIS, False),
        ("master", ISSUE, WorkOrderStatus.QUALITY_CHECK, True),  # no such move
        ("master", ISSUE, WorkOrderStatus.READY, True),
    ],
)
def test_the_hold_is_refused_and_nothing_is_written(any_db, people, who, kind, status, with_order):
    order_id = order(any_db, people, status=status)
    data = RequestInput(kind, "Колодки", order_id if with_order else None, order_waits=True)

    with pytest.raises(ValidationError) as error:
        file_request(any_db, people[who], data, MSK)

    assert "order_waits" in field_of(error)
    assert count(any_db, InternalRequest) == 0
    assert order_row(any_db, order_id)[0] is status
    assert count(any_db, StatusChange) == 0


# -- finding the order ---------------------------------------------------------------------


def test_find_order_by_number_or_by_its_running_digits(any_db, people):
    order_id = order(any_db, people, number="26-000777")
    expected = OrderRef(order_id, "26-000777", WorkOrderStatus.DIAGNOSIS, "Lada Granta, В456ОР199")

    assert find_order(any_db, people["reception"], " 26-000777 ") == expected
    assert find_order(any_db, people["reception"], "777") == expected
    assert find_order(any_db, people["reception"], "778") is None
    assert find_order(any_db, people["reception"], "") is None


def test_find_order_finds_a_closed_one_with_its_status(any_db, people):
    order(any_db, people, status=WorkOrderStatus.HANDED_OVER, number="25-000001")
    found = find_order(any_db, people["reception"], "25-000001")
    assert found is not None and found.status is WorkOrderStatus.HANDED_OVER


def test_a_mechanic_cannot_look_orders_up_for_requests(any_db, people):
    with pytest.raises(PermissionDenied):
        find_order(any_db, people["mechanic"], "777")
