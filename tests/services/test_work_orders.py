"""The timeline of open orders and the mechanic's own work."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from desk_app.models import Role, WorkOrderStatus
from desk_app.services import work_orders
from desk_app.services.errors import PermissionDenied
from desk_app.services.work_orders import OPEN_STATUSES, WorkshopRow
from tests.factories import make_bay, make_client, make_staff, make_vehicle, make_work_order


@pytest.fixture
def car(db):
    client = make_client(db, "Петров", "Сергей", "Иванович", phones=["+79031112233"])
    return client, make_vehicle(db, client, "Kia", "Rio", "М456ОР199", vin="Z94CB41AAGR323020")


def test_open_orders_sorted_by_promise_with_their_details(db, manager, car, fixed_clock):
    client, vehicle = car
    bay = make_bay(db, "Пост 2")
    late = make_work_order(
        db, client, vehicle, manager.id, promised_at=fixed_clock + timedelta(hours=5)
    )
    soon = make_work_order(
        db,
        client,
        vehicle,
        manager.id,
        status=WorkOrderStatus.IN_PROGRESS,
        promised_at=fixed_clock + timedelta(hours=1),
        bay_id=bay,
        master_id=manager.id,
    )
    unpromised = make_work_order(db, client, vehicle, manager.id)
    make_work_order(db, client, vehicle, manager.id, status=WorkOrderStatus.HANDED_OVER)
    make_work_order(db, client, vehicle, manager.id, status=WorkOrderStatus.CANCELLED)

    rows = work_orders.list_open_orders(db, manager)

    assert [row.id for row in rows] == [soon, late, unpromised]
    first = rows[0]
    assert first.status is WorkOrderStatus.IN_PROGRESS
    assert (first.vehicle_title, first.plate) == ("Kia Rio", "М456ОР199")
    assert first.client_name == "Петров Сергей Иванович"
    assert (first.bay_name, first.master_name) == ("Пост 2", manager.full_name)
    assert rows[1].bay_name == rows[1].master_name == ""


def test_overdue_only_once_the_promised_moment_has_passed(db, manager, car, fixed_clock):
    client, vehicle = car
    for minutes in (-1, 0, 1):
        make_work_order(
            db,
            client,
            vehicle,
            manager.id,
            promised_at=fixed_clock + timedelta(minutes=minutes),
            number=f"T{minutes}",
        )
    make_work_order(db, client, vehicle, manager.id, number="none")

    overdue = {row.number: row.overdue for row in work_orders.list_open_orders(db, manager)}

    assert overdue == {"T-1": True, "T0": False, "T1": False, "none": False}


@pytest.mark.parametrize("role", [Role.MECHANIC, Role.PARTS_CLERK, Role.FINANCE])
def test_the_timeline_is_closed_to_roles_outside_the_front_desk(db, make_actor, role):
    actor = make_actor(role)
    with pytest.raises(PermissionDenied):
        work_orders.list_open_orders(db, actor)
    with pytest.raises(PermissionDenied):
        work_orders.order_status_counts(db, actor)


def test_my_work_lists_only_my_open_orders_and_my_lines(db, manager, make_actor, car, fixed_clock):
    client, vehicle = car
    me = make_actor(Role.MECHANIC, name="Сидоров Пётр")
    other = make_actor(Role.MECHANIC, name="Кузнецов Олег")
    bay = make_bay(db, "Пост 1")
    mine = make_work_order(
        db,
        client,
        vehicle,
        manager.id,
        status=WorkOrderStatus.IN_PROGRESS,
        bay_id=bay,
        promised_at=fixed_clock - timedelta(hours=1),
        complaints="Стук в передней подвеске",
        works=[("Замена стоек", me.id), ("Развал-схождение", other.id), ("Диагностика", me.id)],
    )
    make_work_order(db, client, vehicle, manager.id, works=[("Замена масла", other.id)])
    make_work_order(
        db,
        client,
        vehicle,
        manager.id,
        status=WorkOrderStatus.HANDED_OVER,
        works=[("Замена колодок", me.id)],
    )

    rows = work_orders.list_my_work(db, me)

    assert [row.id for row in rows] == [mine]
    row = rows[0]
    assert [work.name for work in row.works] == ["Замена стоек", "Диагностика"]
    assert not any(work.done for work in row.works)
    assert (row.vin, row.bay_name, row.overdue) == ("Z94CB41AAGR323020", "Пост 1", True)
    assert row.complaints == "Стук в передней подвеске"


def test_the_mechanic_never_receives_client_data(db, manager, make_actor, car):
    client, vehicle = car
    me = make_actor(Role.MECHANIC)
    make_work_order(db, client, vehicle, manager.id, works=[("Замена масла", me.id)])

    names = {field.name for field in dataclasses.fields(WorkshopRow)}
    assert not names & {"client_id", "client_name", "phone", "address", "email"}
    assert not any("price" in n or "rate" in n or "estimate" in n or "total" in n for n in names)
    values = [str(value) for value in dataclasses.astuple(work_orders.list_my_work(db, me)[0])]
    assert not any("Петров" in v or "79031112233" in v for v in values)


def test_my_work_needs_the_own_work_permission(db, make_actor):
    with pytest.raises(PermissionDenied):
        work_orders.list_my_work(db, make_actor(Role.RECEPTIONIST))
    assert work_orders.list_my_work(db, make_actor(Role.MASTER)) == []


def test_status_counts_cover_every_open_status(db, manager, car):
    client, vehicle = car
    make_work_order(db, client, vehicle, manager.id, status=WorkOrderStatus.READY)
    make_work_order(db, client, vehicle, manager.id, status=WorkOrderStatus.READY)
    make_work_order(db, client, vehicle, manager.id, status=WorkOrderStatus.DIAGNOSIS)
    make_work_order(db, client, vehicle, manager.id, status=WorkOrderStatus.HANDED_OVER)

    counts = work_orders.order_status_counts(db, manager)

    assert list(counts) == list(OPEN_STATUSES)
    assert counts[WorkOrderStatus.READY] == 2
    assert counts[WorkOrderStatus.DIAGNOSIS] == 1
    assert sum(counts.values()) == 3


def test_open_orders_on_both_engines(any_db, fixed_clock):
    desk = make_staff(any_db, Role.RECEPTIONIST, Role.MASTER)
    client = make_client(any_db, company_name="ООО «Вектор»")
    vehicle = make_vehicle(any_db, client, "Lada", "Largus", "Т321ТТ77")
    make_work_order(any_db, client, vehicle, desk.id, promised_at=fixed_clock)
    make_work_order(any_db, client, vehicle, desk.id, promised_at=fixed_clock - timedelta(1))

    rows = work_orders.list_open_orders(any_db, desk)

    assert [row.overdue for row in rows] == [True, False]
    assert rows[0].client_name == "ООО «Вектор»"
