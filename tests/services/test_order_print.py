"""The data of an order's documents, read from the database, and each print on the history."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desk_app.models import (
    DamageKind,
    DamageMark,
    InspectionItem,
    InspectionState,
    LabourLine,
    LineApproval,
    PartLine,
    Role,
    ShopSettings,
    Staff,
    WorkOrder,
)
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services import order_history, order_print
from desk_app.services.errors import NotFound, PermissionDenied
from desk_app.services.order_print import Document
from tests.factories import make_client, make_vehicle, make_work_order


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Смирнова Анна")


@pytest.fixture
def order_id(db, desk, fixed_clock) -> int:
    client = make_client(db, "Иванов", "Иван", "Иванович", address="Москва, ул. Лесная, 5")
    car = make_vehicle(db, client, vin="XTAGFK330KY123456", colour="Белый")
    order = make_work_order(db, client, car, desk.id, complaints="Стук справа")
    with db.transaction() as session:
        session.get(Staff, desk.id).position = "Мастер-приёмщик"
        settings = session.get(ShopSettings, SHOP_SETTINGS_ID)
        settings.shop_name, settings.legal_form, settings.tax_id = "Пример", "ООО", "7707083893"
        row = session.get(WorkOrder, order)
        row.estimate, row.prepayment = Decimal("5000.00"), Decimal("1000.00")
        row.discount_percent, row.discount_reason = Decimal("10"), "постоянный клиент"
        row.completeness = ["Домкрат"]
        row.labour_lines += [
            LabourLine(
                name="Замена масла",
                norm_hours=Decimal("1"),
                rate=Decimal("2000.00"),
                warranty_months=6,
            ),
            LabourLine(
                name="Замена ремня",
                norm_hours=Decimal("2"),
                rate=Decimal("2000.00"),
                approval=LineApproval.DECLINED,
            ),
        ]
        row.part_lines += [
            PartLine(name="Фильтр", quantity=Decimal("2"), unit_price=Decimal("300.00")),
            PartLine(
                name="Колодки клиента",
                quantity=Decimal("1"),
                unit_price=Decimal("2500.00"),
                supplied_by_client=True,
            ),
        ]
        row.damage_marks.append(DamageMark(kind=DamageKind.DENT, x=0.5, y=0.4, note="Крыша"))
        row.inspection_items.append(InspectionItem(name="Шины", state=InspectionState.OK))
    return order


def test_the_acceptance_act_has_the_order_as_recorded(db, desk, order_id):
    act = order_print.acceptance_act(db, desk, order_id)

    assert act.shop.full_name == "ООО Пример"
    assert act.customer.name == "Иванов Иван Иванович"
    assert act.customer.phone.startswith("8 (916)") or "916" in act.customer.phone
    assert act.customer.address == "Москва, ул. Лесная, 5"
    assert act.car.vin == "XTAGFK330KY123456"
    assert act.accepted_by.position == "Мастер-приёмщик"
    assert [work.name for work in act.works] == ["Замена масла"]  # not the declined one
    assert [part.name for part in act.parts] == ["Фильтр"]
    assert [part.name for part in act.client_parts] == ["Колодки клиента"]
    assert act.client_parts[0].amount == Decimal("2500.00")  # the value he stated
    assert act.damage[0].kind is DamageKind.DENT
    assert act.completeness == ("Домкрат",)
    assert act.prepayment == Decimal("1000.00")


def test_the_workshop_sheet_knows_nothing_of_the_client(db, desk, order_id):
    sheet = order_print.workshop_sheet(db, desk, order_id)

    assert not hasattr(sheet, "customer")
    flat = repr(sheet)
    assert "Иванов" not in flat and "916" not in flat and "Лесная" not in flat
    assert "Замена масла" in sheet.checklist
    assert len(sheet.checklist) > 1


def test_the_handover_sheet_charges_agreed_lines_with_the_discount(db, desk, order_id):
    sheet = order_print.handover_sheet(db, desk, order_id)

    assert sheet.money.labour == Decimal("2000.00")
    assert sheet.money.parts == Decimal("600.00")
    assert sheet.money.discount == Decimal("260.00")
    assert sheet.money.total == Decimal("2340.00")
    assert sheet.money.balance_due == Decimal("1340.00")
    assert sheet.money.discount_reason == "постоянный клиент"
    assert sheet.declined == ("Замена ремня",)
    assert sheet.works[0].warranty_months == 6


def test_each_print_goes_on_the_orders_history(db, desk, order_id):
    order_print.record_print(db, desk, order_id, Document.ACCEPTANCE_ACT, copies=2)

    history = order_history.load_history(db, desk, order_id)
    printed = [event for event in history.events if event.kind is order_history.EventKind.PRINTED]
    assert len(printed) == 1
    assert printed[0].text == "acceptance_act"
    assert printed[0].details["copies"] == 2
    assert printed[0].by == "Смирнова Анна"


def test_who_may_not_print_cannot_and_a_missing_order_is_said(db, make_actor, order_id):
    mechanic = make_actor(Role.MECHANIC)
    with pytest.raises(PermissionDenied):
        order_print.acceptance_act(db, mechanic, order_id)
    with pytest.raises(PermissionDenied):
        order_print.record_print(db, mechanic, order_id, Document.WORKSHOP_SHEET)
    desk = make_actor(Role.RECEPTIONIST)
    with pytest.raises(NotFound):
        order_print.acceptance_act(db, desk, order_id + 100)
    with pytest.raises(NotFound):
        order_print.record_print(db, desk, order_id + 100, Document.ACCEPTANCE_ACT)
