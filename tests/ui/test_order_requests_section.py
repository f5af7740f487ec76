"""The order window's Requests tab: the order's requests with overdue and late marked, the
chosen one's items with the parts clerk's answer, the refresh with the window, the "Ask
parts / finance…" signal, and no prices for a mechanic."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desk_app.models import DepartmentKind, RequestKind, RequestStatus, Role, WorkOrderStatus
from desk_app.ui.area import AreaContext
from desk_app.ui.orders import OrderDialog
from desk_app.ui.orders.requests_section import (
    LATE_COLOUR,
    OVERDUE_COLOUR,
    PRICE_COLUMNS,
    RequestsSection,
)
from desk_app.ui.table_model import RowTableModel
from tests.factories import make_client, make_staff, make_vehicle, make_work_order
from tests.request_factories import add_request_answer, add_request_item, make_timed_request

HOUR, MINUTE = timedelta(hours=1), timedelta(minutes=1)


@pytest.fixture
def shop(db, fixed_clock) -> SimpleNamespace:
    desk = make_staff(db, Role.RECEPTIONIST, name="Юдина Валерия Леонидовна")
    mechanic = make_staff(db, Role.MECHANIC, name="Зыков Вадим Вячеславович")
    clerk = make_staff(db, Role.PARTS_CLERK, name="Гусева Ольга Павловна")
    client = make_client(db, "Петров", "Сергей")
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213")

    def order(status: WorkOrderStatus = WorkOrderStatus.ACCEPTED) -> int:
        return make_work_order(
            db,
            client,
            vehicle,
            desk.id,
            status=status,
            works=[("Замена тормозных колодок", mechanic.id)],
        )

    return SimpleNamespace(
        db=db, now=fixed_clock, desk=desk, mechanic=mechanic, clerk=clerk, order=order
    )


def late_parts_request(shop, order_id: int) -> int:
    """Pads in stock and discs to order, answered 2 h 20 min after the 1-hour promise."""
    filed = shop.now - 4 * HOUR
    request = make_timed_request(
        shop.db,
        shop.desk.id,
        work_order_id=order_id,
        created_at=filed,
        text="Колодки и диски передние на Vesta",
        due_at=filed + HOUR,
        responded_at=filed + 3 * HOUR + 20 * MINUTE,
        status=RequestStatus.ANSWERED,
    )
    add_request_item(
        shop.db,
        request,
        part_number="8450108123",
        in_stock=True,
        available="4",
        unit_price="2450.00",
        bin="A-12-3",
    )
    add_request_item(
        shop.db,
        request,
        "Диск тормозной передний",
        quantity="2",
        in_stock=False,
        unit_price="3100.00",
        eta=shop.now + 48 * HOUR,
    )
    add_request_answer(
        shop.db,
        request,
        shop.clerk.id,
        text="Колодки есть, диски под заказ",
        answered_at=filed + 3 * HOUR + 20 * MINUTE,
    )
    return request


def overdue_finance_request(shop, order_id: int) -> int:
    return make_timed_request(
        shop.db,
        shop.desk.id,
        work_order_id=order_id,
        created_at=shop.now - 25 * MINUTE,
        kind=RequestKind.FINANCE_PREPAYMENT,
        to_department=DepartmentKind.FINANCE,
        text="Подтвердите предоплату",
        due_at=shop.now - 5 * MINUTE,
    )


def cells(model: RowTableModel, role: int = Qt.ItemDataRole.DisplayRole) -> list[list[object]]:
    return [
        [model.data(model.index(row, column), role) for column in range(model.columnCount())]
        for row in range(model.rowCount(QModelIndex()))
    ]


@pytest.fixture
def open_dialog(qtbot, shop):
    def open_(order_id: int) -> OrderDialog:
        dialog = OrderDialog(AreaContext(shop.db, shop.desk), order_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.tabs.setCurrentWidget(dialog.requests)
        return dialog

    return open_


def test_the_tab_lists_the_requests_with_late_and_overdue_marked(shop, open_dialog):
    order = shop.order()
    late_parts_request(shop, order)
    overdue_finance_request(shop, order)

    section = open_dialog(order).requests

    (parts, finance) = cells(section.model)
    assert parts[:3] == ["Is the part in stock?", "Parts department", "Answered late"]
    assert parts[6:] == ["3 h 20 min", "Колодки есть, диски под заказ"]
    assert finance[:3] == ["Confirm prepayment", "Finance department", "New, overdue"]
    assert finance[5:] == ["", "25 min", ""]
    backgrounds = cells(section.model, Qt.ItemDataRole.BackgroundRole)
    assert backgrounds[0][0].color() == LATE_COLOUR
    assert backgrounds[1][0].color() == OVERDUE_COLOUR
    assert section.summary.text() == (
        "Requests about this car: 2 · overdue now: 1 · answered late: 1"
    )
    assert not section.empty.isVisible()


def test_the_chosen_request_shows_its_items_with_the_clerks_answer(shop, open_dialog):
    order = shop.order()
    late_parts_request(shop, order)
    overdue_finance_request(shop, order)
    section = open_dialog(order).requests

    assert section.current() is not None and section.current().kind.value == "parts_availability"
    pads, discs = cells(section.items_model)
    assert pads[0:2] == ["8450108123", "Колодки тормозные передние"]
    assert pads[3] == "Yes, 4 available"
    assert pads[6] == "A-12-3"
    assert discs[3] == "No" and discs[7] != ""
    assert all(not section.items_table.isColumnHidden(column) for column in PRICE_COLUMNS)
    assert "Answer (Гусева Ольга Павловна" in section.detail.text()

    section.table.selectRow(1)
    assert section.items_model.rowCount() == 0
    assert not section.items_table.isVisible()
    assert "No answer yet; promised by" in section.detail.text()


def test_the_tab_refreshes_with_the_window_keeping_the_chosen_request(shop, open_dialog):
    order = shop.order()
    late_parts_request(shop, order)
    overdue_finance_request(shop, order)
    dialog = open_dialog(order)
    dialog.requests.table.selectRow(1)

    late_parts_request(shop, order)
    dialog.reload()

    assert dialog.requests.model.rowCount() == 3
    assert dialog.requests.current().kind is RequestKind.FINANCE_PREPAYMENT


def test_a_hidden_tab_reads_the_requests_when_it_is_shown(shop, open_dialog):
    order = shop.order()
    dialog = open_dialog(order)
    assert dialog.requests.empty.isVisible()
    assert not dialog.requests.splitter.isVisible()

    dialog.tabs.setCurrentWidget(dialog.lines)
    overdue_finance_request(shop, order)
    dialog.reload()
    assert dialog.requests.model.rowCount() == 0  # not read while nobody looks

    dialog.tabs.setCurrentWidget(dialog.requests)
    assert dialog.requests.model.rowCount() == 1
    assert not dialog.requests.empty.isVisible()


def test_ask_parts_or_finance_emits_the_orders_number(qtbot, shop, open_dialog):
    dialog = open_dialog(shop.order())
    button = dialog.requests.file_button
    assert button.isVisible() and button.isEnabled()
    with qtbot.waitSignal(dialog.requests.sig_file_request) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [dialog.card.number]


def test_nothing_more_is_asked_about_a_car_handed_over(shop, open_dialog):
    dialog = open_dialog(shop.order(WorkOrderStatus.HANDED_OVER))
    assert not dialog.requests.file_button.isEnabled()


def test_a_mechanic_sees_the_items_without_prices(qtbot, shop):
    order = shop.order()
    late_parts_request(shop, order)
    overdue_finance_request(shop, order)
    section = RequestsSection(AreaContext(shop.db, shop.mechanic), order)
    qtbot.addWidget(section)
    section.show()

    assert section.model.rowCount() == 1  # the client's money is not the workshop's business
    assert all(section.items_table.isColumnHidden(column) for column in PRICE_COLUMNS)
    assert not section.file_button.isVisible()
