"""A save refused because another desk changed the order meanwhile: the window names who
and when, and offers to reload the order or to compare it with what the window shows."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from desk_app.models import Role, WorkOrderStatus
from desk_app.services import order_lines
from desk_app.services.order_card import load_order
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import moment_text
from desk_app.ui.orders import OrderDialog
from desk_app.ui.orders.compare_dialog import CompareDialog
from tests.conftest import FIXED_NOW
from tests.factories import make_bay, make_client, make_vehicle, make_work_order

S = WorkOrderStatus


@pytest.fixture
def people(db, manager, make_actor) -> SimpleNamespace:
    return SimpleNamespace(
        manager=manager,
        reception=make_actor(Role.RECEPTIONIST, name="Юдина Валерия Леонидовна"),
        mechanic=make_actor(Role.MECHANIC, name="Зыков Вадим Вячеславович"),
    )


@pytest.fixture
def ready_order(db, people) -> int:
    client = make_client(db, "Петров", "Сергей", phones=["+79031112233"])
    vehicle = make_vehicle(db, client, "Kia", "Rio", "М456ОР199", vin="Z94CB41AAGR323020")
    return make_work_order(
        db,
        client,
        vehicle,
        people.reception.id,
        status=S.READY,
        bay_id=make_bay(db, "Пост 2"),
        complaints="Скрип при торможении",
        works=[("Замена тормозных колодок", people.mechanic.id)],
    )


@pytest.fixture
def stale_window(qtbot, db, people, ready_order) -> OrderDialog:
    """Reception has the order open; the manager gives a discount at his desk meanwhile,
    and reception then hands the car over from the window as it was."""
    dialog = OrderDialog(AreaContext(db, people.reception), ready_order)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    version = load_order(db, people.manager, ready_order).version
    order_lines.set_discount(
        db, people.manager, ready_order, "5", "Постоянный клиент", expected_version=version
    )
    click(qtbot, dialog.actions.move_buttons[S.HANDED_OVER])
    return dialog


def click(qtbot, button) -> None:
    assert button.isVisible(), f"{button.text()} is not shown"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_refused_handover_names_who_changed_the_order_and_when(
    db, people, ready_order, stale_window
):
    text = stale_window.message.text()
    assert text.startswith("Someone else changed this work order while you were editing it")
    assert f"{people.manager.full_name} saved it at {moment_text(FIXED_NOW)}." in text
    assert stale_window.reload_button.isVisible() and stale_window.compare_button.isVisible()
    assert load_order(db, people.reception, ready_order).status is S.READY  # nothing moved


def test_compare_shows_the_discount_given_meanwhile_and_reload_takes_it(
    qtbot, db, people, ready_order, stale_window
):
    window_card = stale_window.card
    click(qtbot, stale_window.compare_button)

    compare = stale_window.form
    assert isinstance(compare, CompareDialog)
    qtbot.waitExposed(compare)
    assert compare.message.text() == stale_window.message.text()
    assert compare.rows_shown() == [
        ("Discount, %", "0", "5"),
        ("Reason for the discount", "—", "Постоянный клиент"),
    ]  # the work has no price, so the total stays nought
    assert stale_window.card is window_card  # the window still shows what it loaded

    click(qtbot, compare.reload_button)

    qtbot.waitUntil(lambda: stale_window.form is None)
    assert not stale_window.message.isVisible()
    assert not stale_window.compare_button.isVisible()
    assert stale_window.card is not None and stale_window.card.discount_percent == 5
    click(qtbot, stale_window.actions.move_buttons[S.HANDED_OVER])
    assert load_order(db, people.reception, ready_order).status is S.HANDED_OVER


def test_closing_the_comparison_leaves_the_window_as_it_was(qtbot, stale_window):
    message = stale_window.message.text()
    click(qtbot, stale_window.compare_button)
    compare = stale_window.form
    assert isinstance(compare, CompareDialog)

    click(qtbot, compare.close_button)

    qtbot.waitUntil(lambda: stale_window.form is None)
    assert stale_window.message.text() == message
    assert stale_window.reload_button.isVisible() and stale_window.compare_button.isVisible()
