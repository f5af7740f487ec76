"""The Intake area's overview: the chosen day's appointments and the latest intakes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desk_app.models import AppointmentStatus, Role
from desk_app.ui.area import AreaContext
from desk_app.ui.intake import IntakeArea
from desk_app.ui.table_model import RowTableModel
from tests.factories import make_appointment, make_client, make_vehicle, make_work_order

MOSCOW = ZoneInfo("Europe/Moscow")


def column_texts(model: RowTableModel, header: str) -> list[str]:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(header)
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Соколова Ольга")


@pytest.fixture
def area(qtbot, db, desk) -> IntakeArea:
    widget = IntakeArea(AreaContext(db, desk), tz=MOSCOW)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def booked(db, desk) -> dict[str, int]:
    """Two appointments on the Moscow day of the fixed clock, one the day after."""
    ivanov = make_client(db, "Иванов", "Иван", phones=["+79161234567"])
    vesta = make_vehicle(db, ivanov, "Lada", "Vesta", "А123ВС77")
    petrova = make_client(db, "Петрова", "Анна", phones=["+79035556677"])
    at = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # 09:00 in Moscow
    make_appointment(db, ivanov, desk.id, at, vehicle_id=vesta, reason="Замена масла")
    make_appointment(
        db, petrova, desk.id, at - timedelta(hours=9), status=AppointmentStatus.ARRIVED
    )  # 00:00 in Moscow: still the 23rd
    make_appointment(db, petrova, desk.id, at + timedelta(days=1), reason="Шиномонтаж")
    return {"ivanov": ivanov, "petrova": petrova}


def test_shows_todays_appointments_in_local_time(area, booked):
    area.refresh()

    assert area.overview.day() == date(2026, 11, 23)
    model = area.overview.appointment_model
    assert column_texts(model, "Client") == ["Петрова Анна", "Иванов Иван"]
    assert column_texts(model, "Phone") == ["+7 903 555-66-77", "+7 916 123-45-67"]
    assert column_texts(model, "Vehicle") == ["", "Lada Vesta А123ВС77"]
    assert column_texts(model, "Status") == ["Arrived", "Booked"]
    assert column_texts(model, "Time")[1].startswith("09:00")
    assert "(2)" in area.overview.appointments_label.text()


def test_day_buttons_and_picker_reload_the_list(qtbot, area, booked):
    area.refresh()
    overview = area.overview

    qtbot.mouseClick(area.findChild(QPushButton, "nextDay"), Qt.MouseButton.LeftButton)
    assert overview.day() == date(2026, 11, 24)
    assert column_texts(overview.appointment_model, "Reason") == ["Шиномонтаж"]

    overview.set_day(date(2026, 11, 25))
    assert overview.appointment_model.rowCount() == 0
    assert overview.appointments_label.text().startswith("No appointments on")

    qtbot.mouseClick(area.findChild(QPushButton, "previousDay"), Qt.MouseButton.LeftButton)
    assert overview.day() == date(2026, 11, 24)
    qtbot.mouseClick(area.findChild(QPushButton, "today"), Qt.MouseButton.LeftButton)
    assert overview.appointment_model.rowCount() == 2


def test_recent_intakes_newest_first(area, db, desk, manager, fixed_clock):
    client = make_client(db, "Волков", "Андрей")
    car = make_vehicle(db, client, "Kia", "Rio", "М456ОР199")
    make_work_order(
        db, client, car, manager.id, number="ЗН-1", accepted_at=fixed_clock - timedelta(1)
    )
    newest = make_work_order(db, client, car, desk.id, number="ЗН-2", accepted_at=fixed_clock)

    area.refresh()

    overview = area.overview
    model = overview.intake_model
    assert column_texts(model, "Order") == ["ЗН-2", "ЗН-1"]
    assert column_texts(model, "Accepted by") == ["Соколова Ольга", manager.full_name]
    assert column_texts(model, "Vehicle") == ["Kia Rio М456ОР199"] * 2
    view = overview.intake_view
    assert view.model().index(0, 0).data() == "ЗН-2"
    opened = []
    area.sig_open_record.connect(lambda kind, record: opened.append((kind, record)))
    view.activated.emit(view.model().index(0, 0))
    assert opened == [("work_order", newest)]


def test_empty_desk_says_so(area):
    area.refresh()
    overview = area.overview
    assert overview.appointment_model.rowCount() == overview.intake_model.rowCount() == 0
    assert overview.intakes_label.text() == "No vehicles accepted yet"
    assert not area.is_form_open()


def double_click(qtbot, view, row: int) -> None:
    centre = view.visualRect(view.model().index(row, 2)).center()
    # An item view takes a double click only on the index that the first press hit.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_click_on_an_arrived_appointment_opens_the_client(qtbot, area, booked):
    area.refresh()
    area.show()
    qtbot.waitExposed(area)

    with qtbot.waitSignal(area.sig_open_record) as blocker:
        double_click(qtbot, area.overview.appointment_view, 0)  # Петрова, arrived

    assert blocker.args == ["client", booked["petrova"]]
    assert not area.is_form_open()


def test_double_click_on_a_booked_appointment_starts_its_intake(qtbot, area, booked):
    area.refresh()
    area.show()
    qtbot.waitExposed(area)

    double_click(qtbot, area.overview.appointment_view, 1)  # Иванов, booked

    assert area.is_form_open()
    form = area.form
    assert "Иванов Иван" in form.client.summary.text()
    assert "А123ВС77" in form.vehicle.summary.text()
    assert form.condition.complaints.toPlainText() == "Замена масла"


def test_enter_on_a_booked_appointment_starts_its_intake(qtbot, area, booked):
    area.refresh()
    area.show()
    qtbot.waitExposed(area)
    view = area.overview.appointment_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    assert area.overview.accept_button.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Return)

    assert area.is_form_open()
    assert area.form.form().appointment_id is not None


def test_ctrl_n_opens_an_empty_form_and_the_day_list_button_returns(qtbot, area, booked):
    area.refresh()
    area.show()
    area.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    area.overview.appointment_view.setFocus()

    qtbot.keyClick(
        area.overview.appointment_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )

    assert area.is_form_open()
    assert area.form.is_blank()
    qtbot.mouseClick(area.findChild(QPushButton, "backToList"), Qt.MouseButton.LeftButton)
    assert not area.is_form_open()


def test_the_appointments_tab_turns_a_booking_into_an_intake(qtbot, area, booked):
    area.refresh()
    area.show()
    area.show_appointments()
    tomorrow = [e for e in area.appointments.calendar.entries() if e.reason == "Шиномонтаж"]
    assert tomorrow, "the week view shows tomorrow's booking"
    area.appointments.sig_start_intake.emit(tomorrow[0].id)
    assert area.is_form_open()
    assert area.form.condition.complaints.toPlainText() == "Шиномонтаж"


def test_a_kept_draft_is_not_overwritten_by_a_new_intake(qtbot, area, db, desk):
    from desk_app.services import drafts
    from desk_app.services.intake_form import IntakeForm

    drafts.save_draft(db, desk, drafts.form_to_payload(IntakeForm(complaints="Стук справа")))
    area.refresh()
    assert not area.draft_bar.isHidden()
    assert area.start_new_intake() is False
    assert not area.is_form_open()
    kept = drafts.pending_draft(db, desk)
    assert kept is not None
    assert drafts.payload_to_form(kept.payload).complaints == "Стук справа"
