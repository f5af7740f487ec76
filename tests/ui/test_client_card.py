"""The client card window: the header at a glance, the tabs, opening a visit's order, and
who may open it; editing is in test_client_card_edit.py, merging and erasing in
test_client_card_merge.py."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desk_app import clock
from desk_app.models import Role, WorkOrder, WorkOrderStatus
from desk_app.services import client_card, client_merge
from desk_app.ui.area import AreaContext
from desk_app.ui.clients import card_followups
from desk_app.ui.clients.card_dialog import ClientCardDialog
from desk_app.ui.formatting import money
from tests.factories import make_client
from tests.request_factories import make_request
from tests.workshop_shop import CLIENT_NAME, build_workshop

HANDED = WorkOrderStatus.HANDED_OVER


@pytest.fixture
def shop(db):
    return build_workshop(db)


@pytest.fixture
def open_card(qtbot, db):
    def open_(actor, client_id: int) -> ClientCardDialog:
        dialog = ClientCardDialog(AreaContext(db, actor), client_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def handed_over(shop, days_ago: int, km: int) -> int:
    """A visit handed over ``days_ago`` days ago with the odometer at ``km``."""
    order_id = shop.order(HANDED)
    moment = clock.now() - timedelta(days=days_ago)
    with shop.db.transaction() as session:
        order = session.get(WorkOrder, order_id)
        order.accepted_at = moment - timedelta(hours=3)
        order.closed_at = moment
        order.odometer_km = km
    return order_id


def test_the_header_says_who_he_is_and_why_he_is_regular(shop, open_card):
    for days, km in ((300, 40000), (200, 45000), (100, 50000), (10, 55000)):
        handed_over(shop, days, km)
    dialog = open_card(shop[Role.RECEPTIONIST], shop.client_id)
    header = dialog.header
    assert header.name.text() == CLIENT_NAME
    assert header.kind.text() == "Person"
    assert header.badge.text() == "Regular client"
    assert header.why.text().startswith("Regular since ")
    assert header.why.text().endswith(": 4 visits in 12 months")
    assert header.discount.text() == "Discount: Kia Rio: 10–20 % by order value (foreign make)"
    assert header.phones.text() == "+7 903 111-22-33"
    assert header.spent.text() == money(Decimal("15800.00"))
    assert CLIENT_NAME in dialog.windowTitle()


def test_a_client_with_few_visits_is_told_how_many_make_a_regular(shop, open_card):
    shop.order(HANDED)
    shop.order(WorkOrderStatus.IN_PROGRESS)
    dialog = open_card(shop[Role.RECEPTIONIST], shop.client_id)
    assert dialog.header.badge.text() == "Not regular"
    assert dialog.header.why.text() == "Not regular: 2 visits in 12 months (4 make a regular)"
    assert dialog.header.discount.text() == "No regular client's discount yet."


def test_the_visits_tab_lists_every_visit_and_opens_its_order(qtbot, shop, open_card):
    old = handed_over(shop, 40, 50000)
    new = shop.order(WorkOrderStatus.IN_PROGRESS)
    dialog = open_card(shop[Role.RECEPTIONIST], shop.client_id)
    dialog.tabs.setCurrentWidget(dialog.visits)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "&Visits (2)"
    assert [visit.order_id for visit in dialog.visits.rows()] == [new, old]
    model = dialog.visits.model()
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert texts[2] == "Kia Rio, М456ОР199"
    assert texts[3] == "Замена масла ДВС; Замена воздушного фильтра"
    assert texts[4] == "Фильтр масляный"
    assert texts[5] == money(Decimal("3950.00"))
    assert texts[6] == "In progress"
    rect = dialog.visits.visualRect(model.index(1, 1))
    qtbot.mouseClick(dialog.visits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.sig_open_order) as opened:
        qtbot.mouseDClick(dialog.visits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [old]


def test_each_car_has_its_own_history_next_service_and_discount_table(shop, open_card):
    handed_over(shop, 200, 40000)
    handed_over(shop, 20, 46000)
    dialog = open_card(shop[Role.MANAGER], shop.client_id)
    dialog.tabs.setCurrentWidget(dialog.vehicles)
    tab = dialog.vehicles
    assert tab.selected().title == "Kia Rio"
    assert tab.title.text() == "Kia Rio, 2019, М456ОР199"
    assert len(tab.visits.rows()) == 2
    assert tab.discount.text().startswith("Kia: foreign make — 10 % from 0, 15 % from ")
    assert tab.discount_note.text() == "Applies once the client is regular."
    due = card_followups.service_due(shop.db, shop[Role.MANAGER], [shop.vehicle_id])
    if due is None:
        assert tab.due.text() == "Next service: not available in this version."
    else:
        assert tab.due.text().startswith("Next service")
        assert "km" in tab.due.text()
    assert tab.edit_button.isVisible() and tab.add_button.isVisible()


def test_the_requests_about_his_orders_are_on_the_card(shop, open_card):
    order_id = shop.order(WorkOrderStatus.AWAITING_PARTS)
    make_request(shop.db, shop[Role.RECEPTIONIST].id, work_order_id=order_id, text="Стойка есть?")
    dialog = open_card(shop[Role.RECEPTIONIST], shop.client_id)
    rows = dialog.requests.table.rows()
    assert [row.text for row in rows] == ["Стойка есть?"]
    model = dialog.requests.table.model()
    assert model.index(0, 2).data() == "Is the part in stock?"
    assert model.index(0, 3).data() == "Parts department"
    assert not dialog.requests.empty.isVisible()


def test_the_mechanic_cannot_open_a_client_card(shop, open_card):
    dialog = open_card(shop[Role.MECHANIC], shop.client_id)
    assert dialog.card is None
    assert dialog.message.text() == "Your role does not allow this: open client cards."
    assert not dialog.tabs.isEnabled()
    assert not dialog.merge_button.isVisible() and not dialog.forget_button.isVisible()


def test_the_buttons_follow_the_role(shop, open_card):
    reception = open_card(shop[Role.RECEPTIONIST], shop.client_id)
    assert reception.contacts.edit_button.isVisible()
    assert reception.merge_button.isVisible()
    assert not reception.forget_button.isVisible()
    finance = open_card(shop[Role.FINANCE], shop.client_id)
    assert not finance.contacts.edit_button.isVisible()
    assert not finance.merge_button.isVisible()
    assert not finance.notes.edit_button.isVisible()
    finance.tabs.setCurrentWidget(finance.vehicles)
    assert not finance.vehicles.edit_button.isVisible()
    manager = open_card(shop[Role.MANAGER], shop.client_id)
    assert manager.forget_button.isVisible()


def test_a_card_merged_away_at_another_desk_says_so(shop, open_card, db):
    desk = shop[Role.RECEPTIONIST]
    dialog = open_card(desk, shop.client_id)
    other = make_client(db, "Петров", "Сергей", phones=["+79990001122"])
    card = client_card.load_card(db, desk, shop.client_id)
    kept = client_card.load_card(db, desk, other)
    client_merge.merge_clients(
        db, desk, other, card.id, keep_version=kept.version, drop_version=card.version
    )
    dialog.reload()
    assert dialog.message.text() == "The client no longer exists."
    assert dialog.reload_button.isVisible()
    assert not dialog.tabs.isEnabled()
