"""The parts clerk's side through the panel: the car and its VIN, take, a structured answer
per part, reserve, issue to the order; finance answers in words; a rejection says why."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desk_app import clock
from desk_app.models import (
    InternalRequest,
    PartLine,
    RequestKind,
    RequestStatus,
    Role,
    WorkOrderStatus,
)
from desk_app.services import request_answers, request_filing
from desk_app.services.request_detail import RequestAction, request_detail
from desk_app.services.request_filing import ItemInput, RequestInput
from desk_app.ui.area import AreaContext
from desk_app.ui.intake.money_section import to_qdatetime
from desk_app.ui.requests.answer_dialog import AnswerDialog
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.requests.reject_dialog import RejectDialog
from tests.factories import make_client, make_vehicle, make_work_order

VIN = "XTAGFK330MY512345"


@pytest.fixture
def people(make_actor):
    return {
        "reception": make_actor(Role.RECEPTIONIST, name="Петров Олег Игоревич"),
        "parts": make_actor(Role.PARTS_CLERK, name="Козлов Денис Александрович"),
        "parts2": make_actor(Role.PARTS_CLERK, name="Зайцев Игорь Олегович"),
        "finance": make_actor(Role.FINANCE, name="Орлова Мария Петровна"),
    }


@pytest.fixture
def order(db, people) -> int:
    client = make_client(db, "Кузнецов", "Игорь")
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77", vin=VIN, year=2021)
    return make_work_order(
        db, client, vehicle, people["reception"].id, number="ЗН-00777",
        status=WorkOrderStatus.IN_PROGRESS,
    )  # fmt: skip


@pytest.fixture
def parts_request(db, people, order) -> int:
    return request_filing.file_request(
        db,
        people["reception"],
        RequestInput(
            kind=RequestKind.PARTS_AVAILABILITY,
            work_order_id=order,
            text="Колодки и диски, есть ли?",
            items=(
                ItemInput("1118-3501080", "Колодки тормозные передние", Decimal("1")),
                ItemInput("1118-3501070", "Диск тормозной передний", Decimal("2")),
            ),
        ),
        UTC,
    )


def open_area(qtbot, db, actor, request_id: int | None = None) -> RequestsArea:
    area = RequestsArea(AreaContext(db, actor), poll_ms=60_000)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.refresh()
    if request_id is not None:
        assert area.incoming is not None and area.incoming.select_id(request_id)
    return area


def shown_actions(area: RequestsArea) -> set[RequestAction]:
    return {action for action, button in area.detail.buttons.items() if button.isVisible()}


def stored(db, request_id: int) -> InternalRequest:
    with db.transaction() as session:
        row = session.get_one(InternalRequest, request_id)
        _ = row.items
        session.expunge_all()
        return row


def answer_form(qtbot, area: RequestsArea) -> AnswerDialog:
    area.detail.buttons[RequestAction.ANSWER].click()
    form = area.steps.form
    assert isinstance(form, AnswerDialog)
    return form


def test_the_clerk_sees_the_car_and_copies_its_vin(qtbot, db, people, parts_request):
    area = open_area(qtbot, db, people["parts"], parts_request)
    pane = area.detail
    assert pane.title.text() == f"No. {parts_request} · Is the part in stock?"
    assert pane.vehicle.text() == "Lada Vesta 2021, А123ВС77"
    assert pane.order.text() == "ЗН-00777 — In progress"
    assert pane.due.text() == "Mon 23.11 09:45"
    assert pane.vin_edit.text() == VIN and pane.vin_edit.isReadOnly()
    assert pane.items.items_model.rowCount() == 2
    assert shown_actions(area) == {RequestAction.TAKE, RequestAction.ANSWER, RequestAction.REJECT}

    pane.copy_vin.click()
    assert QApplication.clipboard().text() == VIN


def test_take_through_the_panel(qtbot, db, people, parts_request):
    area = open_area(qtbot, db, people["parts"], parts_request)
    with qtbot.waitSignal(area.sig_status_message):
        area.detail.buttons[RequestAction.TAKE].click()
    assert stored(db, parts_request).status is RequestStatus.TAKEN
    assert RequestAction.TAKE not in shown_actions(area)
    assert "taken by Козлов Денис Александрович" in area.detail.handled.text()


def test_a_structured_answer_through_the_panel(qtbot, db, people, parts_request):
    area = open_area(qtbot, db, people["parts"], parts_request)
    form = answer_form(qtbot, area)
    pads, disc = form.rows
    assert pads.name.text() == "Колодки тормозные передние"
    assert not pads.eta.isEnabled()
    pads.set_in_stock(True)
    pads.available.setText("6")
    pads.price.setText("1450")
    pads.bin.setText("A-12-3")
    disc.set_in_stock(False)
    assert disc.eta.isEnabled()
    arrives = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    disc.eta.setDateTime(to_qdatetime(arrives))
    disc.price.setText("3200")
    extra = form.add_row(None)
    extra.name.setText("Датчик износа колодок")
    extra.set_in_stock(True)
    extra.price.setText("690")
    form.text_edit.setPlainText("Диски под заказ, завтра после обеда")

    form.send_button.click()

    assert area.steps.form is None
    request = stored(db, parts_request)
    assert request.status is RequestStatus.ANSWERED
    answers = [(i.name, i.in_stock, i.available, i.unit_price, i.bin, i.eta) for i in request.items]
    assert answers == [
        ("Колодки тормозные передние", True, Decimal("6"), Decimal("1450"), "A-12-3", None),
        ("Диск тормозной передний", False, None, Decimal("3200"), "", arrives),
        ("Датчик износа колодок", True, None, Decimal("690"), "", None),
    ]
    pane = area.detail
    assert pane.items.items_model.rowCount() == 3
    assert pane.items.items_model.index(0, 3).data() == "Yes"
    assert pane.items.items_model.index(1, 3).data() == "No"
    assert "Диски под заказ" in pane.answers.text()
    assert {RequestAction.RESERVE, RequestAction.ISSUE} <= shown_actions(area)


def test_a_price_that_is_no_number_is_said_and_kept(qtbot, db, people, parts_request):
    area = open_area(qtbot, db, people["parts"], parts_request)
    form = answer_form(qtbot, area)
    form.rows[0].set_in_stock(True)
    form.rows[0].price.setText("тысяча")
    assert not form.send()
    assert form.message_for("items") == "Line 1: the price is not a number."
    assert form.rows[0].price.text() == "тысяча"
    assert stored(db, parts_request).status is RequestStatus.NEW


def test_an_empty_answer_is_refused_by_the_service(qtbot, db, people, parts_request):
    area = open_area(qtbot, db, people["parts"], parts_request)
    form = answer_form(qtbot, area)
    assert not form.send()
    assert form.isVisible()
    assert form.message_for("text") != ""


def test_reserve_and_issue_to_the_order(qtbot, db, people, parts_request, order):
    area = open_area(qtbot, db, people["parts"], parts_request)
    form = answer_form(qtbot, area)
    for row, price in zip(form.rows, ("1450", "3200"), strict=True):
        row.set_in_stock(True)
        row.price.setText(price)
    assert form.send()

    area.detail.buttons[RequestAction.RESERVE].click()
    assert all(item.reserved_at is not None for item in stored(db, parts_request).items)
    assert "Reserved" in area.detail.items.items_model.index(0, 8).data()

    area.detail.buttons[RequestAction.ISSUE].click()
    box = area.steps.form
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()

    with db.transaction() as session:
        lines = session.scalars(select(PartLine).where(PartLine.work_order_id == order)).all()
        assert [(line.name, line.unit_price) for line in lines] == [
            ("Колодки тормозные передние", Decimal("1450")),
            ("Диск тормозной передний", Decimal("3200")),
        ]
    assert RequestAction.ISSUE not in shown_actions(area)


def test_finance_answers_in_words(qtbot, db, people):
    request_id = request_filing.file_request(
        db,
        people["reception"],
        RequestInput(kind=RequestKind.FINANCE_PREPAYMENT, text="Подтвердите предоплату 5000"),
        UTC,
    )
    area = open_area(qtbot, db, people["finance"], request_id)
    form = answer_form(qtbot, area)
    assert not form.items_box.isVisibleTo(form)
    form.text_edit.setPlainText("Поступило 5 000 ₽, подтверждаю")
    assert form.send()
    assert stored(db, request_id).status is RequestStatus.ANSWERED


def test_a_rejection_needs_a_reason(qtbot, db, people, parts_request):
    area = open_area(qtbot, db, people["parts"], parts_request)
    area.detail.buttons[RequestAction.REJECT].click()
    form = area.steps.form
    assert isinstance(form, RejectDialog)

    assert not form.confirm()
    assert form.message_for("reason") != ""

    form.reason_edit.setText("Снято с производства, ищите аналог")
    assert form.confirm()
    request = stored(db, parts_request)
    assert request.status is RequestStatus.REJECTED
    area.show_closed.setChecked(True)
    assert area.incoming.select_id(parts_request)
    assert "Снято с производства" in area.detail.outcome.text()


def test_a_request_changed_meanwhile_is_reloaded_and_the_answer_kept(
    qtbot, db, people, parts_request
):
    area = open_area(qtbot, db, people["parts"], parts_request)
    form = answer_form(qtbot, area)
    form.text_edit.setPlainText("Всё есть")
    version = request_detail(db, people["parts2"], parts_request).version
    request_answers.take_request(db, people["parts2"], parts_request, expected_version=version)

    assert not form.send()
    assert form.reload_button.isVisibleTo(form)
    form.reload_button.click()
    assert form.text_edit.toPlainText() == "Всё есть"
    assert form.send()
    assert stored(db, parts_request).status is RequestStatus.ANSWERED


def test_overdue_on_the_clerks_side(qtbot, db, people, parts_request):
    clock.set_source(lambda: datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    area = open_area(qtbot, db, people["parts"], parts_request)
    assert area.detail.due.text() == "Mon 23.11 09:45 — overdue"
    assert area.tabs.tabText(0) == "Incoming (1, 1 overdue)"
