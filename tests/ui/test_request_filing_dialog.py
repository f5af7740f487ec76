"""“New request”: the promise shown before sending, the order box, the parts, errors
beside their fields with the input kept, and the master's "the car waits" switch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk_app import clock
from desk_app.models import InternalRequest, RequestKind, Role, WorkOrder, WorkOrderStatus
from desk_app.ui.area import AreaContext
from desk_app.ui.intake.money_section import to_qdatetime
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.requests.filing_dialog import FilingDialog
from desk_app.ui.requests.item_editor import NAME, PART_NUMBER, QUANTITY
from desk_app.ui.table_model import ROW_ROLE
from tests.factories import make_client, make_vehicle, make_work_order


@pytest.fixture
def people(make_actor):
    return {
        "reception": make_actor(Role.RECEPTIONIST, name="Петров Олег Игоревич"),
        "master": make_actor(Role.MASTER, name="Смирнов Андрей Викторович"),
    }


@pytest.fixture
def order(db, people) -> int:
    client = make_client(db, "Кузнецов", "Игорь")
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330MY512345")
    return make_work_order(
        db, client, vehicle, people["reception"].id, number="ЗН-000777",
        status=WorkOrderStatus.IN_PROGRESS,
    )  # fmt: skip


def open_dialog(qtbot, db, actor, **kwargs) -> FilingDialog:
    dialog = FilingDialog(AreaContext(db, actor), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(db) -> list[InternalRequest]:
    with db.transaction() as session:
        rows = list(session.scalars(select(InternalRequest).order_by(InternalRequest.id)))
        for row in rows:
            _ = row.items
        session.expunge_all()
        return rows


def type_item(dialog: FilingDialog, row: int, number: str, name: str, quantity: str) -> None:
    while dialog.items.rowCount() <= row:
        dialog.add_item()
    dialog.items.item(row, PART_NUMBER).setText(number)
    dialog.items.item(row, NAME).setText(name)
    dialog.items.item(row, QUANTITY).setText(quantity)


def test_only_the_kinds_others_answer_are_offered(qtbot, db, people):
    dialog = open_dialog(qtbot, db, people["reception"])
    kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    assert RequestKind.PARTS_AVAILABILITY.value in kinds
    assert RequestKind.FINANCE_REIMBURSE.value in kinds


def test_the_promise_follows_the_kind(qtbot, db, people):
    """Monday 09:30: parts answer a stock question in 15 window minutes; reimbursements
    wait for Monday's 10:00–16:00 window and take six hours of it."""
    dialog = open_dialog(qtbot, db, people["reception"])
    dialog.set_kind(RequestKind.PARTS_AVAILABILITY)
    assert dialog.promise_label.text() == "Parts will answer by Mon 23.11 09:45."
    assert dialog.items_box.isVisible()

    dialog.set_kind(RequestKind.FINANCE_REIMBURSE)
    assert dialog.promise_label.text() == (
        "Filed outside the window: queued for Monday 23.11 10:00, answered by 16:00."
    )
    assert not dialog.items_box.isVisible()


def test_a_weekend_request_is_queued_to_monday(qtbot, db, people):
    clock.set_source(lambda: datetime(2026, 11, 22, 12, 0, tzinfo=UTC))  # Sunday
    dialog = open_dialog(qtbot, db, people["reception"])
    dialog.set_kind(RequestKind.PARTS_AVAILABILITY)
    assert dialog.promise_label.text() == (
        "Filed outside the window: queued for Monday 23.11 09:00, answered by 09:15."
    )


def test_the_order_box_shows_the_car(qtbot, db, people, order):
    dialog = open_dialog(qtbot, db, people["reception"])
    dialog.order_edit.setText("ЗН-000777")
    dialog.look_up_order()
    assert dialog.order is not None and dialog.order.id == order
    assert dialog.vehicle_label.text() == "Lada Vesta, А123ВС77 — In progress"

    dialog.order_edit.setText("ЗН-99999")
    dialog.look_up_order()
    assert dialog.order is None
    assert dialog.vehicle_label.text() == "No work order with this number."


def test_typing_a_number_looks_the_order_up_by_itself(qtbot, db, people, order):
    dialog = open_dialog(qtbot, db, people["reception"])
    qtbot.keyClicks(dialog.order_edit, "777")
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=2000)
    assert "Lada Vesta" in dialog.vehicle_label.text()


def test_filing_through_the_dialog_creates_the_request(qtbot, db, people, order):
    area = RequestsArea(AreaContext(db, people["reception"]))
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    dialog = area.new_request("ЗН-000777")
    assert dialog is not None and dialog.order is not None
    dialog.set_kind(RequestKind.PARTS_AVAILABILITY)
    assert dialog.promise_label.text() == "Parts will answer by Mon 23.11 09:45."
    type_item(dialog, 0, "1118-3501080", "Колодки тормозные передние", "2")
    type_item(dialog, 1, "", "Датчик износа", "1.5")  # the C locale of the tests
    dialog.text_edit.setPlainText("Оригинал, если есть")

    with qtbot.waitSignal(dialog.sig_filed) as filed:
        dialog.file_button.click()

    [request] = stored(db)
    assert filed.args == [request.id]
    assert request.kind is RequestKind.PARTS_AVAILABILITY
    assert request.work_order_id == order
    assert request.text == "Оригинал, если есть"
    assert request.due_at == datetime(2026, 11, 23, 9, 45, tzinfo=UTC)
    assert [(i.part_number, i.name, i.quantity) for i in request.items] == [
        ("1118-3501080", "Колодки тормозные передние", Decimal("2")),
        ("", "Датчик износа", Decimal("1.5")),
    ]
    queue = area.outgoing
    assert queue is not None and queue.selected_id() == request.id
    assert area.detail.detail is not None and area.detail.detail.id == request.id
    assert area.detail.due.text() == "Mon 23.11 09:45"
    row = queue.proxy.index(0, 0).data(ROW_ROLE)
    assert row.id == request.id


def test_ctrl_n_opens_the_form(qtbot, db, people):
    area = RequestsArea(AreaContext(db, people["reception"]))
    qtbot.addWidget(area)
    area.show()
    area.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(area.steps.form, FilingDialog)


def test_an_empty_request_is_refused_beside_the_text_and_nothing_is_lost(qtbot, db, people):
    dialog = open_dialog(qtbot, db, people["reception"])
    dialog.set_kind(RequestKind.FINANCE_PREPAYMENT)
    dialog.needed_check.setChecked(True)
    dialog.needed_edit.setDateTime(to_qdatetime(clock.now() + timedelta(hours=3)))

    assert not dialog.file()

    assert dialog.message_for("text").startswith("Say what you need")
    assert dialog.isVisible()
    assert dialog.needed_check.isChecked()
    assert dialog.kind() is RequestKind.FINANCE_PREPAYMENT
    assert stored(db) == []


def test_several_problems_each_beside_its_field(qtbot, db, people):
    dialog = open_dialog(qtbot, db, people["reception"])
    dialog.set_kind(RequestKind.PARTS_ISSUE)
    type_item(dialog, 0, "", "Колодки", "0")
    dialog.needed_check.setChecked(True)
    dialog.needed_edit.setDateTime(to_qdatetime(clock.now() - timedelta(hours=1)))

    assert not dialog.file()

    assert dialog.message_for("work_order") != ""
    assert dialog.message_for("items") != ""
    assert dialog.message_for("needed_by").startswith("This moment has already passed")
    assert dialog.items.text(0, NAME) == "Колодки"


def test_a_quantity_that_is_no_number_is_said_beside_the_parts(qtbot, db, people):
    dialog = open_dialog(qtbot, db, people["reception"])
    dialog.set_kind(RequestKind.PARTS_AVAILABILITY)
    type_item(dialog, 0, "", "Колодки", "два")
    assert not dialog.file()
    assert dialog.message_for("items") == "Line 1: the quantity is not a number."
    assert dialog.items.text(0, QUANTITY) == "два"


def test_an_unknown_order_number_is_refused_beside_the_box(qtbot, db, people):
    dialog = open_dialog(qtbot, db, people["reception"], order_number="ЗН-12345")
    dialog.set_kind(RequestKind.FINANCE_PREPAYMENT)
    dialog.text_edit.setPlainText("Подтвердите предоплату")
    assert not dialog.file()
    assert dialog.message_for("work_order") == "There is no work order with this number."
    assert dialog.order_edit.text() == "ЗН-12345"


def test_only_the_master_says_the_car_waits(qtbot, db, people, order):
    reception = open_dialog(qtbot, db, people["reception"], order_number="ЗН-000777")
    reception.set_kind(RequestKind.PARTS_ORDER)
    assert not reception.waits_check.isVisible()

    master = open_dialog(qtbot, db, people["master"], order_number="ЗН-000777")
    master.set_kind(RequestKind.PARTS_ORDER)
    assert master.waits_check.isVisible()
    master.set_kind(RequestKind.FINANCE_PREPAYMENT)
    assert not master.waits_check.isVisible()
    master.set_kind(RequestKind.PARTS_ORDER)
    master.order_edit.clear()
    master.look_up_order()
    assert not master.waits_check.isVisible()


def test_the_car_waits_for_the_parts_ordered(qtbot, db, people, order):
    dialog = open_dialog(qtbot, db, people["master"], order_number="ЗН-000777")
    dialog.set_kind(RequestKind.PARTS_ORDER)
    type_item(dialog, 0, "21126-1006040", "Ремень ГРМ", "1")
    dialog.waits_check.setChecked(True)

    assert dialog.file(), dialog.general_error.text()

    with db.transaction() as session:
        assert session.get_one(WorkOrder, order).status is WorkOrderStatus.AWAITING_PARTS
