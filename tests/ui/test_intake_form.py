"""The intake form driven through its widgets, as the receptionist does it, checked in the database.

``keyClicks`` types ASCII only in this Qt build: Cyrillic goes in with ``setText``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from sqlalchemy import select

from desk_app.models import (
    Appointment,
    AppointmentStatus,
    Client,
    ClientKind,
    DamageKind,
    InspectionState,
    Role,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import drafts, intake, price_list
from desk_app.services.intake_form import IntakeForm
from desk_app.ui.area import AreaContext
from desk_app.ui.intake import IntakeArea
from desk_app.ui.intake.form import IntakeFormWidget
from desk_app.ui.intake.money_section import to_qdatetime
from desk_app.ui.intake.vehicle_section import km_text
from tests.factories import make_appointment, make_client, make_vehicle, make_work_order

# The completer's list is a popup window; the offscreen platform says so of every popup.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

MOSCOW = ZoneInfo("Europe/Moscow")
VIN = "1HGCM82633A004352"
"""A VIN whose check digit is right (Honda, model year 2003)."""


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Соколова Ольга")


@pytest.fixture
def shop(db, manager):
    """The price list and the labour rate the desk works with."""
    rates = price_list.shop_rates(db, manager)
    price_list.update_shop_rates(
        db, manager, rates.version, labour_rate=Decimal("2000"), promise_hours=24
    )
    for code, name, hours in (
        ("OIL-1", "Замена масла двигателя", "0.8"),
        ("BRK-2", "Замена тормозных колодок", "1.5"),
    ):
        price_list.add_operation(db, manager, price_list.OperationInput(code, name, hours))


@pytest.fixture
def ivanov(db) -> dict[str, int]:
    client = make_client(db, "Иванов", "Иван", phones=["+79161234567"])
    car = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77", vin="XTA21790050123456")
    return {"client": client, "vehicle": car}


def open_area(qtbot, db, actor) -> IntakeArea:
    area = IntakeArea(AreaContext(db, actor), tz=MOSCOW)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    area.refresh()
    return area


@pytest.fixture
def area(qtbot, db, desk, shop) -> IntakeArea:
    return open_area(qtbot, db, desk)


@pytest.fixture
def form(area) -> IntakeFormWidget:
    assert area.start_new_intake()
    return area.form


def plain(label) -> str:
    """A message label's text as the user reads it (the labels hold rich text)."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def pick(qtbot, form: IntakeFormWidget, typed: str) -> None:
    """Type into the search box and take the first line with Enter."""
    search = form.client.search
    qtbot.keyClicks(search.line_edit, typed)
    qtbot.waitUntil(search.is_open)
    qtbot.keyClick(search.line_edit, Qt.Key.Key_Return)


def add_work_from_price_list(qtbot, form: IntakeFormWidget, typed: str) -> None:
    works = form.works
    works.work_adder.setFocus()
    qtbot.keyClicks(works.work_adder, typed)
    popup = works.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rows = works.works.rowCount()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: works.works.rowCount() == rows + 1)


def click_car(qtbot, form: IntakeFormWidget, x: float, y: float) -> None:
    form.scroll_area.ensureWidgetVisible(form.damage)
    view = form.damage.view
    point: QPoint = view.mapFromScene(form.damage.scene.from_fraction(x, y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def save(qtbot, form: IntakeFormWidget) -> None:
    """Ctrl+S from wherever the focus is."""
    widget = QApplication.focusWidget() or form
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def orders(db) -> list[WorkOrder]:
    with db.transaction() as session:
        found = session.scalars(select(WorkOrder).order_by(WorkOrder.id)).unique().all()
        for order in found:  # load what the tests read before the session closes
            _ = (order.labour_lines, order.part_lines, order.damage_marks)
            _ = (order.inspection_items, order.client, order.vehicle)
            _ = [phone.number for phone in order.client.phones]
        return list(found)


# -- a whole intake ---------------------------------------------------------------------------


def test_a_complete_intake_through_the_widgets(qtbot, db, desk, area, form, ivanov):
    pick(qtbot, form, "A123BC77")  # Latin letters find the Cyrillic plate
    assert "Иванов Иван" in form.client.summary.text()
    assert "А123ВС77" in form.vehicle.summary.text()
    assert QApplication.focusWidget() is form.condition.odometer

    qtbot.keyClicks(form.condition.odometer, "45 678")
    qtbot.keyClick(form.condition.odometer, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F)  # the fuel gauge: Full
    form.condition.complaints.setPlainText("Стучит спереди справа 🙁")
    add_work_from_price_list(qtbot, form, "OIL")
    qtbot.keyClicks(form.works.work_adder, "Check the noise")
    qtbot.keyClick(form.works.work_adder, Qt.Key.Key_Return)
    qtbot.keyClicks(form.works.part_adder, "Oil filter")
    qtbot.keyClick(form.works.part_adder, Qt.Key.Key_Return)
    checks = form.checklists.checks
    qtbot.keyClick(checks["Spare wheel"], Qt.Key.Key_Space)
    qtbot.keyClick(checks["Documents"], Qt.Key.Key_Space)
    qtbot.keyClick(form.checklists.switches["Tyres"], Qt.Key.Key_2)
    form.checklists.notes["Tyres"].setText("Шины изношены")
    qtbot.keyClick(form.checklists.all_ok, Qt.Key.Key_Space)
    form.damage.set_current_kind(DamageKind.DENT)
    click_car(qtbot, form, 0.30, 0.20)
    form.damage.set_current_kind(DamageKind.SCRATCH)
    click_car(qtbot, form, 0.60, 0.75)
    assert len(form.damage.marks()) == 2
    assert form.money.estimate.value() == Decimal("1600.00")  # 0.8 h × 2000
    qtbot.waitUntil(form.save_button.isEnabled)

    with qtbot.waitSignal(area.sig_intake_saved) as saved:
        save(qtbot, form)

    (order,) = orders(db)
    assert saved.args == [order.id, "26-000001"]
    assert order.status is WorkOrderStatus.ACCEPTED
    assert (order.client_id, order.vehicle_id) == (ivanov["client"], ivanov["vehicle"])
    assert order.accepted_by_id == desk.id
    assert (order.odometer_km, order.fuel_level) == (45678, 100)
    assert order.complaints == "Стучит спереди справа 🙁"
    assert [(line.operation_code, line.name) for line in order.labour_lines] == [
        ("OIL-1", "Замена масла двигателя"),
        ("", "Check the noise"),
    ]
    assert order.labour_lines[0].norm_hours == Decimal("0.80")
    assert order.labour_lines[1].rate == Decimal("2000.00")
    assert [(p.name, p.supplied_by_client) for p in order.part_lines] == [("Oil filter", True)]
    assert order.completeness == ["Spare wheel", "Documents"]
    states = {item.name: (item.state, item.note) for item in order.inspection_items}
    assert states["Tyres"] == (InspectionState.ATTENTION, "Шины изношены")
    assert states["Lights"] == (InspectionState.OK, "")
    assert [mark.kind for mark in order.damage_marks] == [DamageKind.DENT, DamageKind.SCRATCH]
    assert order.estimate == Decimal("1600.00")
    assert order.promised_at is not None

    bar = area.result_bar
    assert bar.isVisible() and "26-000001" in bar.message.text()
    print_button = bar.button("printAct")
    assert not print_button.isEnabled() and "documents" in print_button.toolTip()
    assert form.is_blank() and form.client.picked() is None
    assert form.works.works.rowCount() == 0 and form.damage.marks() == []
    assert area.overview.intake_model.rowCount() == 1
    assert drafts.pending_draft(db, desk) is None


def test_a_new_client_with_a_new_car(qtbot, db, area, form):
    search = form.client.search
    qtbot.keyClicks(search.line_edit, "Petrov")
    qtbot.waitUntil(search.is_open)
    qtbot.keyClick(search.line_edit, Qt.Key.Key_Return)  # no match: "New client “Petrov”…"

    assert form.client.is_new()
    assert form.client.edits["last_name"].text() == "Petrov"
    form.client.edits["first_name"].setText("Пётр")
    phone = form.client.phones[0]
    phone.setFocus()
    qtbot.keyClicks(phone, "8 916 555 44 33")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    assert phone.text() == "8 (916) 555-44-33"
    vin = form.vehicle.edits["vin"]
    vin.setFocus()
    qtbot.keyClicks(vin, VIN.lower())
    qtbot.keyClick(vin, Qt.Key.Key_Tab)
    assert form.vehicle.edits["make"].text() == "Honda"  # decoded from the VIN
    assert form.vehicle.edits["year"].text() == "2003"
    plate = form.vehicle.edits["plate"]
    plate.setFocus()
    qtbot.keyClicks(plate, "a777aa 77")
    qtbot.keyClick(plate, Qt.Key.Key_Tab)
    assert plate.text() == "А777АА77"
    form.vehicle.edits["model"].setText("Accord")
    form.condition.odometer.setText("120000")
    form.condition.fuel.setCurrentIndex(4)
    form.condition.complaints.setPlainText("ТО")
    qtbot.waitUntil(form.save_button.isEnabled)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    (order,) = orders(db)
    assert order.client.display_name == "Petrov Пётр"
    assert [p.number for p in order.client.phones] == ["+79165554433"]
    car = order.vehicle
    assert (car.make, car.model, car.year, car.plate, car.vin) == (
        "Honda",
        "Accord",
        2003,
        "А777АА77",
        VIN,
    )
    assert order.fuel_level == 50


# -- errors, readiness, keyboard ------------------------------------------------------------


def test_errors_appear_beside_their_fields_and_keep_the_text(qtbot, db, form):
    form.client.start_new("")
    phone = form.client.phones[0]
    phone.setFocus()
    qtbot.keyClicks(phone, "12")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    vin = form.vehicle.edits["vin"]
    vin.setFocus()
    qtbot.keyClicks(vin, "XTA21OI0")
    qtbot.keyClick(vin, Qt.Key.Key_Tab)
    odometer = form.condition.odometer
    odometer.setFocus()
    qtbot.keyClicks(odometer, "12a45")
    qtbot.keyClick(odometer, Qt.Key.Key_Tab)

    phone_message = form.messages.label("new_client.phones.0")
    assert phone_message.isVisible()
    assert (
        plain(phone_message) == "Phone: This phone number is too short: 12. Include the area code."
    )
    assert "letter O (character 6)" in plain(form.messages.label("new_vehicle.vin"))
    assert "not “12a45”" in plain(form.messages.label("odometer_km"))
    assert (phone.text(), vin.text(), odometer.text()) == ("12", "XTA21OI0", "12a45")

    save(qtbot, form)

    assert orders(db) == []
    assert "Last name: Enter the client's name." in plain(
        form.messages.label("new_client.last_name")
    )
    assert "Make: Enter the car's make." in plain(form.messages.label("new_vehicle.make"))
    assert QApplication.focusWidget() is form.client.edits["last_name"]  # first in Tab order
    assert (phone.text(), vin.text(), odometer.text()) == ("12", "XTA21OI0", "12a45")


def test_save_stays_disabled_until_the_form_is_valid(qtbot, form, ivanov):
    assert not form.save_button.isEnabled()
    hint = form.hint.text()
    for part in ("client", "car", "odometer", "fuel level", "complaints or a work"):
        assert part in hint

    pick(qtbot, form, "916 123")
    qtbot.waitUntil(lambda: "client" not in form.hint.text())
    form.condition.odometer.setText("1000")
    form.condition.fuel.setCurrentIndex(2)
    qtbot.waitUntil(lambda: form.hint.text() == "To save, complete: complaints or a work")
    assert not form.save_button.isEnabled()

    form.condition.complaints.setPlainText("Не заводится")
    qtbot.waitUntil(form.save_button.isEnabled)
    assert form.hint.text() == "Ready to save"


def test_a_lower_odometer_must_be_confirmed(qtbot, db, desk, form, ivanov):
    earlier = IntakeForm(
        client_id=ivanov["client"],
        vehicle_id=ivanov["vehicle"],
        odometer_km=50000,
        fuel_level=50,
        complaints="ТО",
        promised_at=datetime(2026, 11, 24, 12, tzinfo=UTC),
    )
    intake.accept_vehicle(db, desk, earlier, tz=MOSCOW)
    pick(qtbot, form, "A123BC77")
    assert f"Last odometer: {km_text(50000)} km" in form.vehicle.summary.text()
    odometer = form.condition.odometer
    qtbot.keyClicks(odometer, "40000")
    qtbot.keyClick(odometer, Qt.Key.Key_Tab)
    form.condition.fuel.setCurrentIndex(1)
    form.condition.complaints.setPlainText("Замена одометра")

    confirm = form.condition.confirm
    assert confirm.isVisible()
    assert "less than the 50000 km" in plain(form.messages.label("odometer_km"))
    qtbot.waitUntil(lambda: "odometer" in form.hint.text())
    assert not form.save_button.isEnabled()

    assert QApplication.focusWidget() is confirm  # Tab goes from the reading to its confirmation
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    qtbot.waitUntil(form.save_button.isEnabled)
    save(qtbot, form)

    assert [order.odometer_km for order in orders(db)] == [50000, 40000]


def test_the_tab_order_runs_through_the_form(qtbot, form, ivanov):
    pick(qtbot, form, "A123BC77")
    form.condition.complaints.setPlainText("ТО")
    form.condition.odometer.setText("1000")
    form.condition.fuel.setCurrentIndex(2)
    qtbot.waitUntil(form.save_button.isEnabled)
    form.condition.odometer.setFocus()
    visited: list[QWidget] = []
    widget = QApplication.focusWidget()
    for _ in range(80):
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is form.save_button:
            break
    names = [w.objectName() for w in visited if w.objectName()]
    expected = [
        "odometer",
        "fuel",
        "complaints",
        "workAdder",
        "works",
        "partAdder",
        "clientParts",
        "allOk",
        "inspection_0",
        "estimate",
        "prepayment",
        "promisedAt",
    ]
    assert [name for name in names if name in expected] == expected
    assert sum(isinstance(w, QCheckBox) for w in visited) == len(form.checklists.checks)
    assert widget is form.save_button


def test_escape_asks_before_discarding_a_filled_form(qtbot, db, desk, area, form, ivanov):
    pick(qtbot, form, "A123BC77")
    form.drafts.keep()
    assert drafts.pending_draft(db, desk) is not None

    qtbot.keyClick(form.condition.odometer, Qt.Key.Key_Escape)

    assert form.bar.isVisible() and area.is_form_open()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # "Keep editing" has the focus
    assert not form.bar.isVisible() and area.is_form_open()
    assert "Иванов Иван" in form.client.summary.text()

    qtbot.keyClick(form.condition.odometer, Qt.Key.Key_Escape)
    qtbot.mouseClick(form.bar.button("confirmDiscard"), Qt.MouseButton.LeftButton)

    assert not area.is_form_open()
    assert drafts.pending_draft(db, desk) is None


# -- drafts -----------------------------------------------------------------------------------


def test_a_draft_is_kept_and_offered_back_after_a_close(qtbot, db, desk, shop, ivanov):
    area = open_area(qtbot, db, desk)
    area.start_new_intake()
    form = area.form
    form.drafts.timer.setInterval(10)
    pick(qtbot, form, "A123BC77")
    form.condition.odometer.setText("12 345")
    form.condition.complaints.setPlainText("Скрип при торможении")
    add_work_from_price_list(qtbot, form, "BRK")
    form.works.works.item(0, 2).setText("2,5x")  # not a number: kept as typed
    form.damage.set_current_kind(DamageKind.CHIP)
    click_car(qtbot, form, 0.5, 0.5)
    qtbot.waitUntil(lambda: drafts.pending_draft(db, desk) is not None)
    form.condition.fuel.setCurrentIndex(6)
    area.close()  # the window goes away before the intake is saved

    again = open_area(qtbot, db, desk)
    bar = again.draft_bar
    assert bar.isVisible()
    assert bar.message.text() == "An unfinished intake from 12:30 was kept."
    assert not again.is_form_open()
    qtbot.mouseClick(bar.button("restoreDraft"), Qt.MouseButton.LeftButton)

    restored = again.form
    assert again.is_form_open() and not bar.isVisible()
    assert "Иванов Иван" in restored.client.summary.text()
    assert "А123ВС77" in restored.vehicle.summary.text()
    assert restored.condition.odometer.text() == "12 345"
    assert restored.condition.fuel.currentData() == 75
    assert restored.condition.complaints.toPlainText() == "Скрип при торможении"
    assert restored.works.works.text(0, 1) == "Замена тормозных колодок"
    assert restored.works.works.text(0, 2) == "2,5x"
    assert [m.kind for m in restored.damage.marks()] == [DamageKind.CHIP]
    assert restored.payload() == form.payload()


def test_a_draft_can_be_discarded_from_the_bar(qtbot, db, desk, shop):
    drafts.save_draft(db, desk, drafts.form_to_payload(IntakeForm(complaints="Шум")))
    area = open_area(qtbot, db, desk)

    qtbot.mouseClick(area.draft_bar.button("discardDraft"), Qt.MouseButton.LeftButton)

    assert not area.draft_bar.isVisible()
    assert drafts.pending_draft(db, desk) is None


# -- duplicates and appointments ---------------------------------------------------------------


def test_a_known_phone_offers_the_client_on_file(qtbot, db, form, ivanov):
    form.client.start_new("Ivanov")
    form.client.phones[0].setText("+7 916 123-45-67")
    form.vehicle.edits["make"].setText("Kia")
    form.condition.odometer.setText("15000")
    form.condition.fuel.setCurrentIndex(2)
    form.condition.complaints.setPlainText("ТО-1")
    qtbot.waitUntil(form.save_button.isEnabled)

    save(qtbot, form)

    assert orders(db) == []
    message = plain(form.messages.label("new_client.phones.0"))
    assert "is on the card of Иванов Иван" in message
    assert QApplication.focusWidget() is form.client.phones[0]
    qtbot.mouseClick(form.bar.button("useExisting"), Qt.MouseButton.LeftButton)
    assert form.client.picked().client_id == ivanov["client"]
    assert form.vehicle.edits["make"].text() == "Kia"  # the new car typed for him stays

    qtbot.waitUntil(form.save_button.isEnabled)
    save(qtbot, form)

    (order,) = orders(db)
    assert order.client_id == ivanov["client"]
    assert order.vehicle.make == "Kia" and order.vehicle.owner_id == ivanov["client"]
    with db.transaction() as session:
        assert session.scalar(select(Client.id).where(Client.last_name == "Ivanov")) is None


def test_a_known_vin_offers_the_car_and_its_owner(qtbot, db, form, ivanov):
    form.client.start_new("Sidorov")
    form.client.phones[0].setText("+7 903 111-22-33")
    form.vehicle.edits["make"].setText("Lada")
    form.vehicle.edits["vin"].setText("xta21790050123456")
    form.condition.odometer.setText("15000")
    form.condition.fuel.setCurrentIndex(2)
    form.condition.complaints.setPlainText("ТО-1")
    qtbot.waitUntil(form.save_button.isEnabled)

    save(qtbot, form)

    message = plain(form.messages.label("new_vehicle.vin"))
    assert "belongs to Lada Vesta А123ВС77 on file" in message
    assert form.bar.button("useExisting").text() == "Use this car and its owner"
    qtbot.mouseClick(form.bar.button("useExisting"), Qt.MouseButton.LeftButton)
    assert form.client.picked().client_id == ivanov["client"]
    assert form.vehicle.picked().vehicle_id == ivanov["vehicle"]
    assert QApplication.focusWidget() is form.condition.odometer

    qtbot.waitUntil(form.save_button.isEnabled)
    save(qtbot, form)
    assert [(o.client_id, o.vehicle_id) for o in orders(db)] == [
        (ivanov["client"], ivanov["vehicle"])
    ]


def test_an_appointment_becomes_a_prefilled_intake(qtbot, db, desk, area, ivanov):
    booked = make_appointment(
        db,
        ivanov["client"],
        desk.id,
        datetime(2026, 11, 23, 7, tzinfo=UTC),
        vehicle_id=ivanov["vehicle"],
        reason="Замена масла",
    )

    assert area.start_intake_from_appointment(booked)

    form = area.form
    assert "Иванов Иван" in form.client.summary.text()
    assert "А123ВС77" in form.vehicle.summary.text()
    assert form.condition.complaints.toPlainText() == "Замена масла"
    assert form.heading.text() == "Intake for a booked visit"
    assert not area.start_intake_from_appointment(booked)  # one intake at a time
    form.condition.odometer.setText("33000")
    form.condition.fuel.setCurrentIndex(8)
    qtbot.waitUntil(form.save_button.isEnabled)
    save(qtbot, form)

    (order,) = orders(db)
    with db.transaction() as session:
        appointment = session.get(Appointment, booked)
        assert appointment.status is AppointmentStatus.ARRIVED
        assert appointment.work_order_id == order.id
        assert session.get(Vehicle, ivanov["vehicle"]).owner_id == ivanov["client"]
    assert area.overview.appointment_model.rows()[0].status is AppointmentStatus.ARRIVED


def test_the_promised_time_in_the_past_is_refused_beside_its_field(qtbot, db, form, ivanov):
    pick(qtbot, form, "A123BC77")
    form.condition.odometer.setText("100")
    form.condition.fuel.setCurrentIndex(1)
    form.condition.complaints.setPlainText("ТО")
    past = datetime(2026, 11, 22, 10, tzinfo=UTC) - timedelta(hours=1)
    form.money.promised.setDateTime(to_qdatetime(past))
    qtbot.waitUntil(lambda: "promised time" in form.hint.text())

    save(qtbot, form)

    assert "already passed" in plain(form.messages.label("promised_at"))
    assert QApplication.focusWidget() is form.money.promised
    assert orders(db) == []


def test_a_regular_client_is_offered_the_rules_discount_and_it_is_saved(
    qtbot, db, desk, form, ivanov, fixed_clock
):
    for days in (300, 200, 100):
        make_work_order(
            db,
            ivanov["client"],
            ivanov["vehicle"],
            desk.id,
            status=WorkOrderStatus.HANDED_OVER,
            accepted_at=fixed_clock - timedelta(days=days),
        )
    pick(qtbot, form, "A123BC77")
    form.condition.complaints.setPlainText("ТО")
    form.condition.odometer.setText("1000")
    form.condition.fuel.setCurrentIndex(2)
    form.money.estimate.setText("6000")
    form.money.estimate.textEdited.emit("6000")
    offer = form.money.discount
    qtbot.waitUntil(offer.isVisible)
    assert offer.isChecked() and offer.text() == "Regular client's discount 20 %"
    why = form.money.discount_why.text()
    assert "4 visits in 12 months" in why and "domestic make" in why and why.endswith("20 %")
    qtbot.waitUntil(form.save_button.isEnabled)
    save(qtbot, form)
    qtbot.waitUntil(lambda: len(orders(db)) == 4)
    order = orders(db)[-1]
    assert order.discount_percent == Decimal("20")
    assert order.discount_reason.startswith("Regular client: regular since")


def test_a_client_not_yet_regular_sees_why_and_gets_no_offer(qtbot, db, desk, form, ivanov):
    make_work_order(db, ivanov["client"], ivanov["vehicle"], desk.id)
    pick(qtbot, form, "A123BC77")
    qtbot.waitUntil(form.money.discount_why.isVisible)
    assert not form.money.discount.isVisible()
    assert "not regular yet: 2 visits" in form.money.discount_why.text()


def test_a_company_client_gets_its_name_field(qtbot, form):
    section = form.client
    section.start_new("")
    section.kind.setCurrentIndex(section.kind.findData(ClientKind.COMPANY))
    assert section.edits["company_name"].isEnabled()
    assert not section.edits["last_name"].isEnabled()
    section.edits["company_name"].setText("ООО «Ромашка»")
    assert form.form().new_client.kind is ClientKind.COMPANY
