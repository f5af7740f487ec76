"""The work-order window: who sees which buttons, moving an order, cancelling with a reason,
a stale order, the history; the forms it opens are driven in tests/ui/test_order_forms.py."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from desk_app import clock
from desk_app.models import Role, WorkOrderStatus
from desk_app.services import order_lines, order_status
from desk_app.services.order_card import load_order
from desk_app.ui.area import AreaContext
from desk_app.ui.orders import OrderDialog
from desk_app.ui.orders.comment_dialog import CommentDialog
from desk_app.ui.orders.line_models import LineKind
from tests.factories import make_bay, make_client, make_vehicle, make_work_order

S = WorkOrderStatus


@pytest.fixture
def people(db, manager, make_actor) -> SimpleNamespace:
    return SimpleNamespace(
        manager=manager,
        master=make_actor(Role.MASTER, name="Хохлов Юрий Николаевич"),
        reception=make_actor(Role.RECEPTIONIST, name="Юдина Валерия Леонидовна"),
        mechanic=make_actor(Role.MECHANIC, name="Зыков Вадим Вячеславович"),
    )


@pytest.fixture
def new_order(db, people, fixed_clock):
    """Make an order in the given status with one work for the mechanic; returns its id."""

    def make(status: S = S.ACCEPTED, *, promised_in: timedelta = timedelta(hours=5)) -> int:
        client = make_client(db, "Петров", "Сергей", phones=["+79031112233"])
        vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213")
        return make_work_order(
            db,
            client,
            vehicle,
            people.reception.id,
            status=status,
            promised_at=fixed_clock + promised_in,
            bay_id=make_bay(db, "Пост 2"),
            master_id=people.master.id,
            complaints="Скрип при торможении",
            works=[("Замена тормозных колодок", people.mechanic.id)],
        )

    return make


@pytest.fixture
def open_dialog(qtbot, db):
    def open_(actor, order_id: int) -> OrderDialog:
        dialog = OrderDialog(AreaContext(db, actor), order_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def click(qtbot, button) -> None:
    assert button.isVisible(), f"{button.text()} is not shown"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_header_shows_the_car_the_client_and_the_promise(db, people, new_order, open_dialog):
    order_id = new_order(promised_in=-timedelta(hours=1))
    dialog = open_dialog(people.master, order_id)
    values = {key: label.text() for key, label in dialog.header.values.items()}
    card = load_order(db, people.master, order_id)
    assert dialog.header.number.text() == f"Order {card.number}"
    assert dialog.header.status_chip.text() == "Accepted"
    assert dialog.header.vehicle.text() == "Lada Vesta"
    assert values["plate"] == "А123ВС77"
    assert values["vin"] == "XTAGFK330JY144213"
    assert values["client"] == "Петров Сергей"
    assert values["phone"] == "+7 903 111-22-33"
    assert values["bay"] == "Пост 2"
    assert values["master"] == "Хохлов Юрий Николаевич"
    assert values["promised"].endswith("overdue")
    assert "b3261e" in dialog.header.values["promised"].styleSheet()
    assert "Скрип при торможении" in dialog.header.complaints.text()
    assert card.number in dialog.windowTitle()


def test_the_master_directs_the_workshop_and_reception_takes_the_money(
    people, new_order, open_dialog
):
    order_id = new_order()
    master = open_dialog(people.master, order_id)
    assert master.actions.visible_texts() == [
        "Start diagnosis",
        "Wait for parts",
        "Start work",
        "Cancel order…",
    ]
    work = master.lines.sections[LineKind.WORK]
    assert work.add_button.isVisible()
    assert master.lines.money.discount_button.isVisible()
    assert not master.lines.money.prepayment_button.isVisible()

    reception = open_dialog(people.reception, order_id)
    assert reception.actions.visible_texts() == ["Cancel order…"]
    assert reception.lines.sections[LineKind.WORK].add_button.isVisible()
    assert reception.lines.money.prepayment_button.isVisible()


def test_a_move_button_moves_the_order(qtbot, db, people, new_order, open_dialog):
    order_id = new_order()
    dialog = open_dialog(people.master, order_id)
    with qtbot.waitSignal(dialog.sig_changed):
        click(qtbot, dialog.actions.move_buttons[S.DIAGNOSIS])
    assert load_order(db, people.master, order_id).status is S.DIAGNOSIS
    assert dialog.header.status_chip.text() == "Diagnosis"
    assert "Start diagnosis" not in dialog.actions.visible_texts()
    assert "Start work" in dialog.actions.visible_texts()


def test_a_refused_move_says_why(qtbot, db, people, new_order, open_dialog):
    order_id = new_order(S.IN_PROGRESS)
    dialog = open_dialog(people.master, order_id)
    click(qtbot, dialog.actions.move_buttons[S.QUALITY_CHECK])
    assert "not marked done" in dialog.message.text()
    assert dialog.message.isVisible()
    assert load_order(db, people.master, order_id).status is S.IN_PROGRESS


def test_cancelling_asks_for_the_reason(qtbot, db, people, new_order, open_dialog):
    order_id = new_order()
    dialog = open_dialog(people.reception, order_id)
    click(qtbot, dialog.actions.move_buttons[S.CANCELLED])
    form = dialog.form
    assert isinstance(form, CommentDialog)
    qtbot.waitExposed(form)

    click(qtbot, form.ok_button)
    assert form.isVisible()
    assert form.message_for("comment") == "Say why the order is cancelled."
    assert load_order(db, people.reception, order_id).status is S.ACCEPTED

    form.comment_edit.setPlainText("Клиент передумал, заберёт машину сам")
    with qtbot.waitSignal(dialog.sig_changed):
        click(qtbot, form.ok_button)
    card = load_order(db, people.reception, order_id)
    assert card.status is S.CANCELLED
    assert card.cancel_reason == "Клиент передумал, заберёт машину сам"
    assert dialog.actions.visible_texts() == []
    assert not dialog.lines.sections[LineKind.WORK].add_button.isVisible()
    assert "Клиент передумал" in dialog.header.cancel_reason.text()


def test_a_ready_car_goes_back_to_work_only_with_a_reason(
    qtbot, db, people, new_order, open_dialog
):
    order_id = new_order(S.READY)
    dialog = open_dialog(people.master, order_id)
    assert "Back to work…" in dialog.actions.visible_texts()
    click(qtbot, dialog.actions.move_buttons[S.IN_PROGRESS])
    form = dialog.form
    click(qtbot, form.ok_button)
    assert form.message_for("comment") == "Say why the car goes back to work."
    form.comment_edit.setPlainText("Стук в подвеске при приёмке")
    click(qtbot, form.ok_button)
    assert load_order(db, people.master, order_id).status is S.IN_PROGRESS


def test_a_move_on_a_changed_order_offers_a_reload(qtbot, db, people, new_order, open_dialog):
    order_id = new_order()
    dialog = open_dialog(people.master, order_id)
    version = load_order(db, people.manager, order_id).version
    order_lines.set_discount(db, people.manager, order_id, "5", "Акция", expected_version=version)

    click(qtbot, dialog.actions.move_buttons[S.DIAGNOSIS])
    assert "Someone else changed" in dialog.message.text()
    assert dialog.reload_button.isVisible()
    assert load_order(db, people.master, order_id).status is S.ACCEPTED

    click(qtbot, dialog.reload_button)
    assert not dialog.message.isVisible()
    assert dialog.lines.money.captions["discount"].text() == "Discount 5 %"
    click(qtbot, dialog.actions.move_buttons[S.DIAGNOSIS])
    assert load_order(db, people.master, order_id).status is S.DIAGNOSIS


def test_history_shows_the_events_and_who_the_car_waited_for(
    qtbot, db, people, new_order, open_dialog, fixed_clock
):
    order_id = new_order()
    version = load_order(db, people.master, order_id).version
    order_status.move_order(db, people.master, order_id, S.DIAGNOSIS, expected_version=version)
    clock.set_source(lambda: fixed_clock + timedelta(hours=2))
    version = load_order(db, people.master, order_id).version
    order_status.move_order(
        db,
        people.master,
        order_id,
        S.AWAITING_PARTS,
        expected_version=version,
        comment="Колодки под заказ",
    )
    clock.set_source(lambda: fixed_clock + timedelta(days=1, hours=3))

    dialog = open_dialog(people.reception, order_id)
    dialog.tabs.setCurrentIndex(1)
    texts = dialog.history.texts()
    assert texts[0].startswith("Accepted")
    assert texts[1] == "waited 1 h 0 min for the master"
    assert texts[2].startswith("Diagnosis\n")
    assert "Хохлов Юрий Николаевич" in texts[2]
    assert texts[3] == "2 h 0 min in the workshop"
    assert texts[4].startswith("Awaiting parts\n")
    assert texts[4].endswith("Колодки под заказ")
    assert texts[5] == "waiting for parts for 1 d 1 h"
    chips = {party.value: chip.text() for party, chip in dialog.history.chips.items()}
    assert chips == {
        "parts": "Parts: 1 d 1 h",
        "workshop": "Workshop: 2 h 0 min",
        "master": "Master: 1 h 0 min",
    }
    assert [row.line.dot is None for row in dialog.history.rows] == [
        False,
        True,
        False,
        True,
        False,
        True,
    ]


def test_the_history_follows_a_change_made_in_the_window(qtbot, people, new_order, open_dialog):
    order_id = new_order()
    dialog = open_dialog(people.master, order_id)
    dialog.tabs.setCurrentIndex(1)
    before = len(dialog.history.rows)
    click(qtbot, dialog.actions.move_buttons[S.DIAGNOSIS])
    assert len(dialog.history.rows) == before + 2
    assert dialog.history.texts()[-2].startswith("Diagnosis")


def test_escape_closes_the_window(qtbot, people, new_order, open_dialog):
    dialog = open_dialog(people.master, new_order())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_order_that_is_gone_is_said_so(qtbot, db, people, open_dialog):
    dialog = open_dialog(people.master, 999_999)
    assert dialog.message.text() == "The work order no longer exists."
    assert dialog.card is None


def test_the_works_table_has_the_focus_so_no_key_moves_the_car(
    qtbot, people, new_order, open_dialog
):
    dialog = open_dialog(people.master, new_order())
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.lines.table(LineKind.WORK)
