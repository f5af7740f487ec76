"""A mechanic's own work: he ticks his works done and sees no client and no money."""

from __future__ import annotations

import dataclasses

import pytest

from desk_app.models import Role
from desk_app.models import WorkOrderStatus as S
from desk_app.services import work_orders, workshop
from desk_app.services.errors import DomainError, PermissionDenied
from desk_app.services.order_card import load_order
from tests.workshop_shop import CLIENT_NAME, CLIENT_PHONE, build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


def test_a_mechanic_ticks_his_works(shop):
    order = shop.order(S.IN_PROGRESS)
    mechanic = shop[Role.MECHANIC]
    (row,) = work_orders.list_my_work(shop.db, mechanic)
    workshop.mark_work_done(shop.db, mechanic, row.works[0].id)
    (row,) = work_orders.list_my_work(shop.db, mechanic)
    assert [work.done for work in row.works] == [True, False]
    workshop.mark_work_done(shop.db, mechanic, row.works[0].id, done=False)
    assert not load_order(shop.db, shop[Role.MASTER], order).labour[0].done


def test_not_another_mechanics_works(shop):
    shop.order(S.IN_PROGRESS, mechanic=shop.mechanic2)
    (row,) = work_orders.list_my_work(shop.db, shop.mechanic2)
    with pytest.raises(PermissionDenied):
        workshop.mark_work_done(shop.db, shop[Role.MECHANIC], row.works[0].id)


def test_only_while_the_car_is_in_work(shop):
    shop.order(S.QUALITY_CHECK)
    (row,) = work_orders.list_my_work(shop.db, shop[Role.MECHANIC])
    with pytest.raises(DomainError, match="only while the car is in work"):
        workshop.mark_work_done(shop.db, shop[Role.MECHANIC], row.works[0].id)


def test_the_mechanics_view_holds_no_client_data_and_no_money(shop):
    shop.order(S.IN_PROGRESS, proposed=True)
    (row,) = work_orders.list_my_work(shop.db, shop[Role.MECHANIC])
    assert [work.name for work in row.works] == ["Замена масла ДВС", "Замена воздушного фильтра"]
    assert [part.name for part in row.parts] == ["Фильтр масляный"]
    text = repr(dataclasses.asdict(row))
    for secret in (CLIENT_NAME, "Петров", CLIENT_PHONE, "450", "2000"):
        assert secret not in text
    names = {field.name for field in dataclasses.fields(row)} | {
        field.name for field in dataclasses.fields(row.parts[0])
    }
    assert not names & {"client_id", "client_name", "phone", "address", "price", "unit_price"}


def test_the_mechanic_cannot_open_the_order_card(shop):
    order = shop.order(S.IN_PROGRESS)
    with pytest.raises(PermissionDenied):
        load_order(shop.db, shop[Role.MECHANIC], order)
