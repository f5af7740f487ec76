"""The request queues: who sees which requests, in which order, and what is overdue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app import clock
from desk_app.models import DepartmentKind, RequestKind, RequestStatus, Role
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import Actor
from desk_app.services.requests import (
    answered_departments,
    first_line,
    incoming_since,
    list_requests,
    newest_incoming_id,
)
from desk_app.store.database import Database
from tests.factories import make_client, make_vehicle, make_work_order
from tests.request_factories import make_request, make_timed_request
from tests.request_people import make_people

PARTS = DepartmentKind.PARTS
FINANCE = DepartmentKind.FINANCE


@pytest.fixture
def people(any_db: Database) -> dict[str, Actor]:
    return make_people(any_db, "manager", "reception", "parts", "finance", "mechanic")


def ids(rows) -> list[int]:
    return [row.id for row in rows]


def test_incoming_follows_the_departments_each_role_answers_for(any_db, people):
    to_parts = make_request(any_db, people["reception"].id, to_department=PARTS)
    to_finance = make_request(
        any_db, people["reception"].id, to_department=FINANCE, kind=RequestKind.FINANCE_DISCOUNT
    )
    to_reception = make_request(
        any_db,
        people["finance"].id,
        from_department=FINANCE,
        to_department=DepartmentKind.RECEPTION,
        kind=RequestKind.INFO_FIGURES,
    )

    assert ids(list_requests(any_db, people["parts"], incoming=True)) == [to_parts]
    assert ids(list_requests(any_db, people["finance"], incoming=True)) == [to_finance]
    assert sorted(ids(list_requests(any_db, people["manager"], incoming=True))) == sorted(
        [to_parts, to_finance, to_reception]
    )


def test_outgoing_are_the_requests_the_actor_filed(any_db, people):
    mine = make_request(any_db, people["reception"].id)
    make_request(any_db, people["finance"].id, from_department=FINANCE)

    assert ids(list_requests(any_db, people["reception"], incoming=False)) == [mine]
    assert list_requests(any_db, people["parts"], incoming=False) == []


def test_a_row_carries_the_order_vehicle_requester_and_first_line(any_db, people):
    client = make_client(any_db, "Кузнецов", "Игорь")
    vehicle = make_vehicle(any_db, client, "Lada", "Granta", "В456ОР199")
    order = make_work_order(any_db, client, vehicle, people["reception"].id, number="ЗН-00777")
    needed_by = clock.now() + timedelta(hours=4)
    make_request(
        any_db,
        people["reception"].id,
        work_order_id=order,
        text="\n  Фильтр масляный 21080-1012005\nдва комплекта, если есть",
        needed_by=needed_by,
    )

    (row,) = list_requests(any_db, people["parts"], incoming=True)

    assert row.work_order_number == "ЗН-00777"
    assert (row.vehicle_title, row.vehicle_plate) == ("Lada Granta", "В456ОР199")
    assert row.vehicle == "Lada Granta, В456ОР199"
    assert row.requester == "Петров Олег"
    assert row.text == "Фильтр масляный 21080-1012005"
    assert row.needed_by == needed_by
    assert (row.from_department, row.to_department) == (DepartmentKind.RECEPTION, PARTS)
    assert row.kind is RequestKind.PARTS_AVAILABILITY
    assert row.status is RequestStatus.NEW
    assert not row.overdue


def test_a_request_without_an_order_has_no_vehicle(any_db, people):
    make_request(any_db, people["reception"].id)
    (row,) = list_requests(any_db, people["parts"], incoming=True)
    assert (row.work_order_number, row.vehicle_title, row.vehicle_plate) == (None, None, None)
    assert row.vehicle == ""


def test_overdue_means_open_and_past_its_deadline(any_db, people):
    now = clock.now()
    late = make_request(any_db, people["reception"].id, needed_by=now - timedelta(minutes=1))
    exactly_now = make_request(any_db, people["reception"].id, needed_by=now)
    closed_late = make_request(
        any_db,
        people["reception"].id,
        needed_by=now - timedelta(days=1),
        status=RequestStatus.CLOSED,
        closed_at=now - timedelta(hours=1),
        rating_good=True,
        rating_score=5,
    )

    rows = {
        row.id: row
        for row in list_requests(any_db, people["parts"], incoming=True, open_only=False)
    }

    assert rows[late].overdue
    assert not rows[exactly_now].overdue
    assert not rows[closed_late].overdue
    assert (rows[closed_late].rating_good, rows[closed_late].rating_score) == (True, 5)


def test_sorted_by_deadline_with_no_deadline_last_then_by_age(any_db, people):
    now = clock.now()
    filer = people["reception"].id
    no_deadline_old = make_request(any_db, filer, created_at=now - timedelta(days=2))
    no_deadline_new = make_request(any_db, filer, created_at=now - timedelta(hours=1))
    tomorrow = make_request(any_db, filer, needed_by=now + timedelta(days=1))
    overdue = make_request(any_db, filer, needed_by=now - timedelta(hours=3))
    same_deadline_newer = make_request(
        any_db, filer, needed_by=now + timedelta(hours=2), created_at=now - timedelta(minutes=5)
    )
    same_deadline_older = make_request(
        any_db, filer, needed_by=now + timedelta(hours=2), created_at=now - timedelta(hours=5)
    )

    assert ids(list_requests(any_db, people["parts"], incoming=True)) == [
        overdue,
        same_deadline_older,
        same_deadline_newer,
        tomorrow,
        no_deadline_old,
        no_deadline_new,
    ]


def test_open_only_hides_closed_rejected_and_cancelled(any_db, people):
    filer = people["reception"].id
    open_ids = [make_request(any_db, filer, status=s) for s in RequestStatus if s.is_open]
    for status in (RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CANCELLED):
        make_request(any_db, filer, status=status, closed_at=clock.now())

    assert sorted(ids(list_requests(any_db, people["reception"], incoming=False))) == open_ids
    everything = list_requests(any_db, people["reception"], incoming=False, open_only=False)
    assert len(everything) == len(RequestStatus)


def test_the_limit_keeps_open_requests_before_closed_ones(any_db, people):
    now = clock.now()
    filer = people["reception"].id
    old_open = [
        make_request(any_db, filer, created_at=now - timedelta(days=30 + n)) for n in range(3)
    ]
    for n in range(4):
        make_request(
            any_db,
            filer,
            status=RequestStatus.CLOSED,
            created_at=now - timedelta(hours=n + 1),
            closed_at=now,
        )

    rows = list_requests(any_db, people["reception"], incoming=False, open_only=False, limit=4)

    assert len(rows) == 4
    assert set(old_open) <= set(ids(rows))


@pytest.mark.parametrize("incoming", [True, False])
def test_a_mechanic_is_refused_both_queues(any_db, people, incoming):
    with pytest.raises(PermissionDenied):
        list_requests(any_db, people["mechanic"], incoming=incoming)


def test_a_receptionist_has_no_incoming_queue(any_db, people):
    assert answered_departments(people["reception"]) == frozenset()
    with pytest.raises(PermissionDenied):
        list_requests(any_db, people["reception"], incoming=True)


def test_answered_departments_per_role(any_db, people):
    assert answered_departments(people["parts"]) == {PARTS}
    assert answered_departments(people["finance"]) == {FINANCE}
    assert answered_departments(people["manager"]) == set(DepartmentKind)
    both = Actor(id=0, full_name="", roles=frozenset({Role.PARTS_CLERK, Role.FINANCE}))
    assert answered_departments(both) == {PARTS, FINANCE}


def test_empty_queues_are_empty_lists(any_db, people):
    assert list_requests(any_db, people["manager"], incoming=True, open_only=False) == []
    assert list_requests(any_db, people["manager"], incoming=False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", ""), ("   \n  ", ""), ("одна строка", "одна строка"), ("\n\n  вторая\nтретья", "вторая")],
)
def test_first_line(text, expected):
    assert first_line(text) == expected


def test_a_row_carries_the_standards_deadline_and_the_response(any_db, people):
    now = clock.now()
    make_timed_request(
        any_db,
        people["reception"].id,
        due_at=now + timedelta(minutes=20),
        responded_at=now - timedelta(minutes=5),
        status=RequestStatus.ANSWERED,
    )
    (row,) = list_requests(any_db, people["parts"], incoming=True)
    assert (row.due_at, row.responded_at) == (
        now + timedelta(minutes=20),
        now - timedelta(minutes=5),
    )


@pytest.mark.parametrize(
    ("due", "needed", "responded", "overdue"),
    [
        (-1, None, None, True),  # past the standard
        (0, None, None, False),  # due this very moment: not yet
        (30, -1, None, True),  # the standard is kept, but the requester's wish is past
        (-30, -30, -40, False),  # answered in time, now waiting for the requester
        (-30, None, -10, False),  # answered late: late, but no longer overdue
        (None, None, None, False),
    ],
)
def test_overdue_is_open_unanswered_and_past_the_standard_or_the_wish(
    any_db, people, due, needed, responded, overdue
):
    def at(minutes):
        return None if minutes is None else clock.now() + timedelta(minutes=minutes)

    make_timed_request(
        any_db,
        people["reception"].id,
        due_at=at(due),
        needed_by=at(needed),
        responded_at=at(responded),
    )
    (row,) = list_requests(any_db, people["parts"], incoming=True)
    assert row.overdue is overdue


def test_the_newest_incoming_id_is_per_department(any_db, people):
    assert newest_incoming_id(any_db, people["parts"]) == 0
    first = make_request(any_db, people["reception"].id)
    to_finance = make_request(
        any_db, people["reception"].id, to_department=FINANCE, kind=RequestKind.FINANCE_DISCOUNT
    )

    assert newest_incoming_id(any_db, people["parts"]) == first
    assert newest_incoming_id(any_db, people["finance"]) == to_finance
    assert newest_incoming_id(any_db, people["manager"]) == to_finance
    assert newest_incoming_id(any_db, people["reception"]) == 0  # answers for nobody


def test_incoming_since_are_the_arrivals_from_others_oldest_first(any_db, people):
    seen = make_request(any_db, people["reception"].id)
    mark = newest_incoming_id(any_db, people["manager"])
    first = make_request(any_db, people["reception"].id, text="Фильтр")
    make_request(
        any_db, people["reception"].id, to_department=FINANCE, kind=RequestKind.FINANCE_DISCOUNT
    )
    make_request(any_db, people["reception"].id, status=RequestStatus.CANCELLED)
    second = make_request(any_db, people["finance"].id, from_department=FINANCE)
    third = make_request(any_db, people["manager"].id, from_department=DepartmentKind.MANAGEMENT)

    arrived = incoming_since(any_db, people["parts"], mark)

    assert mark == seen
    assert ids(arrived) == [first, second, third]
    assert arrived[0].text == "Фильтр"
    assert ids(incoming_since(any_db, people["parts"], third)) == []
    # the manager's own request is not news to him
    assert len(incoming_since(any_db, people["manager"], mark)) == 3
    assert incoming_since(any_db, people["reception"], 0) == []
