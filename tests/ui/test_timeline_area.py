"""The Timeline area: open orders for the desk, "My work" for a mechanic; and the labels."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk_app.models import (
    AppointmentStatus,
    ClientKind,
    DepartmentKind,
    RequestKind,
    RequestStatus,
    Role,
    WorkOrderStatus,
)
from desk_app.ui import labels
from desk_app.ui.area import AreaContext
from desk_app.ui.table_model import RowTableModel
from desk_app.ui.timeline import TimelineArea
from desk_app.ui.timeline.area import BOARD_TAB, LIST_TAB
from desk_app.ui.timeline.order_list import OVERDUE_COLOUR
from tests.factories import make_bay, make_client, make_vehicle, make_work_order


def column(model: RowTableModel, header: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    index = headers.index(header)
    return [model.index(r, index).data(role) for r in range(model.rowCount())]


@pytest.fixture
def shop(db, manager, make_actor, fixed_clock) -> dict:
    """Three open orders (one late) and one handed over; a mechanic works on two of them."""
    mechanic = make_actor(Role.MECHANIC, name="Сидоров Пётр")
    client = make_client(db, "Петров", "Сергей", phones=["+79031112233"], address="ул. Ленина, 1")
    vesta = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213")
    rio = make_vehicle(db, client, "Kia", "Rio", "М456ОР199")
    bay = make_bay(db, "Пост 1")
    hour = timedelta(hours=1)
    orders = {}
    orders["ЗН-1"] = make_work_order(
        db,
        client,
        vesta,
        manager.id,
        number="ЗН-1",
        status=WorkOrderStatus.IN_PROGRESS,
        promised_at=fixed_clock - hour,
        bay_id=bay,
        complaints="Скрип при торможении",
        works=[("Замена колодок", mechanic.id)],
    )
    orders["ЗН-2"] = make_work_order(
        db, client, rio, manager.id, number="ЗН-2", promised_at=fixed_clock + hour
    )
    orders["ЗН-3"] = make_work_order(
        db,
        client,
        rio,
        manager.id,
        number="ЗН-3",
        status=WorkOrderStatus.READY,
        promised_at=fixed_clock,
        works=[("Замена масла", mechanic.id)],
    )
    make_work_order(db, client, rio, manager.id, number="ЗН-4", status=WorkOrderStatus.HANDED_OVER)
    return {"mechanic": mechanic, "orders": orders}


def make_area(qtbot, db, actor) -> TimelineArea:
    area = TimelineArea(AreaContext(db, actor))
    qtbot.addWidget(area)
    area.refresh()
    return area


def test_open_orders_by_promise_with_late_ones_marked(qtbot, db, manager, shop):
    area = make_area(qtbot, db, manager)
    model = area.order_list.model

    assert area.shows_all_orders
    assert column(model, "Order") == ["ЗН-1", "ЗН-3", "ЗН-2"]
    assert column(model, "Client") == ["Петров Сергей"] * 3
    backgrounds = column(model, "Plate", Qt.ItemDataRole.BackgroundRole)
    assert backgrounds[0].color() == OVERDUE_COLOUR
    assert backgrounds[1:] == [None, None]
    assert column(model, "Promised")[0].startswith("⚠")
    status_brush = column(model, "Status", Qt.ItemDataRole.BackgroundRole)[0]
    assert status_brush.color() == labels.status_colour(WorkOrderStatus.IN_PROGRESS)
    assert area.summary.text() == "1 overdue"
    assert area.order_list.view.model().index(0, 0).data() == "ЗН-1"


def test_status_filter_and_counts(qtbot, db, manager, shop):
    area = make_area(qtbot, db, manager)
    orders = area.order_list

    assert orders.status_filter.itemText(0) == "All open orders (3)"
    chip = area.findChild(QLabel, "count_ready")
    assert chip.text() == "Ready: <b>1</b>"

    orders.set_status_filter(WorkOrderStatus.READY)
    assert column(orders.model, "Order") == ["ЗН-3"]
    orders.status_filter.setCurrentIndex(0)
    assert orders.model.rowCount() == 3
    assert orders.selected_status() is None


def test_the_timeline_board_and_list_each_open_the_order(qtbot, db, manager, shop):
    area = make_area(qtbot, db, manager)
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        "Timeline",
        "Board",
        "List",
    ]
    assert {item.bar.number for item in area.timeline.bar_items()} >= {"ЗН-1", "ЗН-2", "ЗН-3"}
    area.show_tab(BOARD_TAB)
    assert [row.number for row in area.board.orders_in(WorkOrderStatus.READY)] == ["ЗН-3"]

    area.show_tab(LIST_TAB)
    view = area.order_list.view
    view.setCurrentIndex(view.model().index(0, 0))
    view.activated.emit(view.currentIndex())
    dialog = area.dialogs[shop["orders"]["ЗН-1"]]
    assert dialog.card is not None and dialog.card.number == "ЗН-1"
    assert area.open_order(dialog.order_id) is dialog  # a second open raises the same window
    dialog.close()


def test_a_change_in_the_order_window_reloads_the_shop(qtbot, db, manager, shop):
    area = make_area(qtbot, db, manager)
    area.show()
    dialog = area.open_order(shop["orders"]["ЗН-2"])
    dialog.move(WorkOrderStatus.DIAGNOSIS)
    assert area.findChild(QLabel, "count_diagnosis").text() == "Diagnosis: <b>1</b>"
    assert area.show_record("work_order", shop["orders"]["ЗН-2"])
    assert not area.show_record("client", 1)
    dialog.close()


def test_a_mechanic_gets_his_job_sheet_and_no_client(qtbot, db, shop):
    area = make_area(qtbot, db, shop["mechanic"])

    assert not area.shows_all_orders
    assert area.heading.text() == "My work"
    assert area.my_work.current_row().number in {"ЗН-1", "ЗН-3"}
    texts = [label.text() for label in area.findChildren(QLabel)]
    assert not any(s in text for text in texts for s in ("Петров", "903", "Ленина"))
    assert not area.show_record("work_order", shop["orders"]["ЗН-1"])


@pytest.mark.parametrize(
    ("enum", "label"),
    [
        (WorkOrderStatus, labels.status_label),
        (AppointmentStatus, labels.appointment_status_label),
        (ClientKind, labels.client_kind_label),
        (Role, labels.role_label),
        (RequestKind, labels.request_kind_label),
        (RequestStatus, labels.request_status_label),
        (DepartmentKind, labels.department_label),
    ],
)
def test_every_enumeration_value_has_a_label(qapp, enum, label):
    texts = [label(member) for member in enum]
    assert all(texts) and len(set(texts)) == len(texts)


def test_status_colours_are_pale_and_phones_readable(qapp):
    assert all(labels.status_colour(s).lightness() > 200 for s in WorkOrderStatus)
    assert labels.phone_label("+79161234567") == "+7 916 123-45-67"
    assert labels.phone_label("+861012345678") == "+861012345678"
    assert labels.phone_label("") == ""
