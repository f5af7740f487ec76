"""The appointments panel: the week and day calendar, booking, no-shows, cancelling, arrivals.

The clock stands at Monday 23 November 2026, 12:30 in Moscow (09:30 UTC).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime

from desk_app.models import AppointmentStatus, Role
from desk_app.services import appointments
from desk_app.ui.appointments import AppointmentsPanel
from desk_app.ui.appointments.blocks import BookingBlock
from desk_app.ui.appointments.calendar import CalendarMode
from desk_app.ui.area import AreaContext
from tests.factories import make_appointment, make_client, make_vehicle

MOSCOW = ZoneInfo("Europe/Moscow")
MONDAY = date(2026, 11, 23)


def moscow(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=MOSCOW).astimezone(UTC)


def on(day_offset: int, hour: int, minute: int = 0) -> datetime:
    return moscow(MONDAY + timedelta(days=day_offset), hour, minute)


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Соколова Ольга")


@pytest.fixture
def ivanov(db) -> tuple[int, int]:
    client = make_client(db, "Иванов", "Иван", phones=["+79161234567"])
    return client, make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")


@pytest.fixture
def panel(qtbot, db, desk) -> AppointmentsPanel:
    widget = AppointmentsPanel(AreaContext(db, desk), tz=MOSCOW)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def book(db, desk, client, when, **kwargs) -> int:
    return make_appointment(db, client, desk.id, when, **kwargs)


def block_point(panel: AppointmentsPanel, block: BookingBlock) -> QPoint:
    view = panel.calendar.grid.view
    return view.mapFromScene(block.sceneBoundingRect().center())


def click(qtbot, panel: AppointmentsPanel, appointment_id: int, *, double: bool = False) -> None:
    """Click (or double-click) the middle of a booking's block."""
    press = qtbot.mouseDClick if double else qtbot.mouseClick
    pos = block_point(panel, panel.calendar.block_for(appointment_id))
    press(panel.calendar.grid.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def status_of(db, desk, appointment_id: int) -> AppointmentStatus:
    week = appointments.list_week(db, desk, MONDAY, MOSCOW, include_cancelled=True)
    return next(e.status for day in week for e in day.entries if e.id == appointment_id)


# -- the calendar ------------------------------------------------------------------------


def test_the_week_shows_each_booking_as_a_block_in_its_days_column(panel, db, desk, ivanov):
    client, car = ivanov
    petrova = make_client(db, "Петрова", "Анна", phones=[])
    monday = book(db, desk, client, on(0, 9), vehicle_id=car, status=AppointmentStatus.ARRIVED)
    wednesday = book(db, desk, petrova, on(2, 14, 30), duration_minutes=90, reason="Шиномонтаж")
    gone = book(db, desk, petrova, on(4, 10), status=AppointmentStatus.CANCELLED)
    book(db, desk, petrova, on(7, 10))  # next week

    panel.refresh()

    calendar = panel.calendar
    assert calendar.mode() is CalendarMode.WEEK
    assert [c.day for c in calendar.grid.columns()] == [
        MONDAY + timedelta(days=n) for n in range(7)
    ]
    assert sorted(b.entry.id for b in calendar.blocks()) == [monday, wednesday]
    arrived, tyres = calendar.block_for(monday), calendar.block_for(wednesday)
    assert arrived.lines == ("Иванов Иван", "09:00–10:00 · Arrived", "Lada Vesta А123ВС77", "ТО")
    assert tyres.lines == ("Петрова Анна", "14:30–16:00", "", "Шиномонтаж")
    assert tyres.rect().height() == pytest.approx(1.5 * arrived.rect().height(), abs=1)
    assert tyres.rect().left() > arrived.rect().right()  # a later day is further right
    assert "Booked: 1" in calendar.legend.text().replace("<b>", "").replace("</b>", "")

    calendar.cancelled_box.setChecked(True)  # asks for the week again, with cancellations
    assert calendar.block_for(gone) is not None
    assert calendar.block_for(gone).lines[1] == "10:00–11:00 · Cancelled"


def test_overlapping_bookings_sit_side_by_side(panel, db, desk, ivanov):
    client, _ = ivanov
    first = book(db, desk, client, on(1, 10), duration_minutes=120)
    second = book(db, desk, client, on(1, 11), duration_minutes=60)
    alone = book(db, desk, client, on(1, 15))
    panel.refresh()

    one, two, three = (panel.calendar.block_for(i).rect() for i in (first, second, alone))
    assert not one.intersects(two)
    assert one.width() == pytest.approx(two.width(), abs=1)
    assert two.left() > one.left()
    assert three.width() > 1.9 * one.width()  # no one beside it: the whole column
    assert two.top() > one.top()


def test_the_day_view_has_a_column_per_person_who_booked(panel, db, desk, make_actor, ivanov):
    client, _ = ivanov
    other = make_actor(Role.RECEPTIONIST, name="Андреев Пётр")
    book(db, desk, client, on(0, 14))
    book(db, other, client, on(0, 15))
    book(db, other, client, on(1, 15))
    panel.refresh()

    panel.calendar.day_button.click()

    assert panel.calendar.mode() is CalendarMode.DAY
    assert [c.title for c in panel.calendar.grid.columns()] == ["Андреев Пётр", "Соколова Ольга"]
    assert len(panel.calendar.blocks()) == 2
    assert "(today)" in panel.calendar.range_label.text()


def test_previous_next_and_today_move_by_week_or_day(panel, db, desk, ivanov):
    client, _ = ivanov
    later = book(db, desk, client, on(8, 10))
    panel.refresh()
    calendar = panel.calendar

    calendar.next_button.click()
    assert calendar.monday() == MONDAY + timedelta(days=7)
    assert [b.entry.id for b in calendar.blocks()] == [later]
    calendar.day_button.click()
    calendar.previous_button.click()
    assert calendar.current_day() == MONDAY + timedelta(days=6)
    calendar.today_button.click()
    assert calendar.current_day() == MONDAY
    assert calendar.blocks() == []


def test_a_busy_week_is_drawn_whole(panel, db, desk, ivanov):
    client, _ = ivanov
    for day in range(7):
        for slot in range(30):
            hour, half = divmod(slot, 3)
            book(db, desk, client, on(day, 8 + hour, 20 * half), duration_minutes=90)
    panel.refresh()

    blocks = panel.calendar.blocks()
    assert len(blocks) == 210
    column_width = panel.calendar.grid.geometry_.column_width
    assert all(0 < b.rect().width() <= column_width for b in blocks)


# -- keyboard ----------------------------------------------------------------------------


def test_the_keyboard_moves_between_days_and_bookings(qtbot, panel, db, desk, ivanov):
    client, _ = ivanov
    monday_early = book(db, desk, client, on(0, 10))
    monday_late = book(db, desk, client, on(0, 16))
    tuesday = book(db, desk, client, on(1, 15))
    next_monday = book(db, desk, client, on(7, 9))
    panel.refresh()
    calendar, view = panel.calendar, panel.calendar.grid.view
    view.setFocus()

    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert calendar.selected_entry().id == monday_early
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert calendar.selected_entry().id == monday_late
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the nearest in time on Tuesday
    assert (calendar.current_day(), calendar.selected_entry().id) == (
        MONDAY + timedelta(1),
        tuesday,
    )
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert calendar.current_day() == MONDAY + timedelta(days=6)
    assert calendar.selected_entry() is None  # nothing on Sunday
    qtbot.keyClick(view, Qt.Key.Key_Right)  # over into the next week, which is loaded
    assert calendar.monday() == MONDAY + timedelta(days=7)
    assert calendar.selected_entry().id == next_monday
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert calendar.monday() == MONDAY
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert calendar.current_day() == MONDAY
    with qtbot.waitSignal(panel.sig_start_intake) as started:
        qtbot.keyClick(view, Qt.Key.Key_Up)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert started.args == [monday_late]


# -- what happens to a booking -----------------------------------------------------------


def test_arrived_starts_the_intake_with_the_appointment_id(qtbot, panel, db, desk, ivanov):
    client, car = ivanov
    booked = book(db, desk, client, on(0, 11), vehicle_id=car)
    done = book(db, desk, client, on(0, 9), status=AppointmentStatus.ARRIVED)
    panel.refresh()

    panel.calendar.select_entry(booked)
    assert panel.intake_action.isEnabled()
    with qtbot.waitSignal(panel.sig_start_intake) as started:
        panel.intake_action.trigger()
    assert started.args == [booked]

    with qtbot.waitSignal(panel.sig_start_intake) as started:
        click(qtbot, panel, booked, double=True)
    assert started.args == [booked]

    panel.calendar.select_entry(done)
    assert not panel.intake_action.isEnabled()
    with qtbot.assertNotEmitted(panel.sig_start_intake):
        click(qtbot, panel, done, double=True)


def test_a_click_selects_and_shows_the_booking(qtbot, panel, db, desk, ivanov):
    client, car = ivanov
    booked = book(db, desk, client, on(2, 11), vehicle_id=car, reason="Стук спереди")
    panel.refresh()

    click(qtbot, panel, booked)

    assert panel.selected_entry().id == booked
    assert panel.calendar.current_day() == MONDAY + timedelta(days=2)
    details = panel.details.text()
    assert "Иванов Иван" in details and "+7 916 123-45-67" in details and "Стук спереди" in details
    assert panel.cancel_action.isEnabled()
    assert not panel.no_show_action.isEnabled()  # the slot has not started yet


def test_no_show_marks_a_started_booking(panel, db, desk, ivanov):
    client, _ = ivanov
    started = book(db, desk, client, on(0, 11))
    panel.refresh()
    panel.calendar.select_entry(started)

    assert panel.no_show_action.isEnabled()
    panel.no_show_action.trigger()

    assert status_of(db, desk, started) is AppointmentStatus.NO_SHOW
    assert panel.selected_entry().status is AppointmentStatus.NO_SHOW
    assert panel.intake_action.isEnabled()  # a late client may still be accepted
    assert not panel.cancel_action.isEnabled()


def test_cancel_asks_for_a_reason_and_cancels(qtbot, panel, db, desk, ivanov):
    client, _ = ivanov
    booked = book(db, desk, client, on(1, 11))
    panel.refresh()
    panel.calendar.select_entry(booked)

    dialog = panel.ask_cancel()
    assert dialog.isVisible() and "Иванов Иван" in dialog.labelText()
    dialog.setTextValue("Klient perenyos")
    with qtbot.waitSignal(panel.sig_changed):
        dialog.accept()

    assert status_of(db, desk, booked) is AppointmentStatus.CANCELLED
    assert panel.calendar.block_for(booked) is None  # cancelled ones are hidden by default


def test_a_booking_changed_elsewhere_is_not_overwritten(panel, db, desk, ivanov):
    client, _ = ivanov
    booked = book(db, desk, client, on(1, 11))
    panel.refresh()
    panel.calendar.select_entry(booked)
    seen = panel.selected_entry()
    appointments.cancel_appointment(db, desk, seen.id, seen.version, "по телефону")

    panel.cancel(seen, "again")

    assert panel.message.isVisible()
    assert "Someone else changed this appointment" in panel.message.text()
    assert panel.calendar.block_for(booked) is None  # reloaded: it is cancelled now


# -- booking -----------------------------------------------------------------------------


def dialog_of(qtbot, panel, **kwargs):
    dialog = panel.book(**kwargs)
    qtbot.waitExposed(dialog)
    return dialog


def test_booking_through_the_dialog_creates_it(qtbot, panel, db, desk, ivanov):
    client, car = ivanov
    dialog = dialog_of(qtbot, panel)
    assert dialog.starts_at() == moscow(MONDAY, 13)  # the next half-hour

    qtbot.keyClicks(dialog.picker.search_edit, "916 123")
    qtbot.waitUntil(lambda: dialog.picker.results.isVisible())
    qtbot.keyClick(dialog.picker.search_edit, Qt.Key.Key_Return)
    assert dialog.client.id == client
    assert dialog.vehicle_combo.currentData() == car
    dialog.date_edit.setDate(QDate(2026, 11, 25))
    dialog.time_edit.setTime(QTime(10, 30))
    dialog.duration_spin.setValue(90)
    assert dialog.ends_label.text() == "until 12:00"
    dialog.reason_edit.setPlainText("Замена колодок")
    qtbot.keyClicks(dialog.note_edit, "call the day before")
    with qtbot.waitSignal(panel.sig_changed):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)

    [entry] = [e for day in appointments.list_week(db, desk, MONDAY, MOSCOW) for e in day.entries]
    assert (entry.client_id, entry.vehicle_id, entry.starts_at) == (client, car, on(2, 10, 30))
    assert (entry.ends_at - entry.starts_at, entry.reason, entry.note) == (
        timedelta(minutes=90),
        "Замена колодок",
        "call the day before",
    )
    assert panel.selected_entry().id == entry.id
    assert panel.calendar.current_day() == MONDAY + timedelta(days=2)


def test_the_client_is_picked_from_the_results_with_the_keyboard(qtbot, panel, db, ivanov):
    other = make_client(db, "Иванова", "Мария", phones=["+79031112233"])
    dialog = dialog_of(qtbot, panel)

    qtbot.keyClicks(dialog.picker.search_edit, "Lada")
    qtbot.waitUntil(lambda: dialog.picker.hit_model.rowCount() == 1)
    make_vehicle(db, other, "Lada", "Granta", "В001ОР77")
    dialog.picker.search_edit.clear()
    qtbot.keyClicks(dialog.picker.search_edit, "Lada")
    qtbot.waitUntil(lambda: dialog.picker.hit_model.rowCount() == 2)
    qtbot.keyClick(dialog.picker.search_edit, Qt.Key.Key_Down)
    assert dialog.picker.results.hasFocus()
    qtbot.keyClick(dialog.picker.results, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.results, Qt.Key.Key_Return)

    assert dialog.client.id == other
    assert dialog.vehicle_combo.currentText() == "Lada Granta В001ОР77"
    assert dialog.isVisible()  # picking books nothing yet
    dialog.picker.change_button.click()
    assert dialog.client is None and dialog.picker.search_edit.text() == "Lada"


def test_without_a_client_the_dialog_says_so_next_to_the_search(qtbot, panel):
    dialog = dialog_of(qtbot, panel)
    qtbot.keyClicks(dialog.picker.search_edit, "nobody")
    dialog.reason_edit.setPlainText("Замена масла")

    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)

    error = dialog.field_errors["client_id"]
    assert error.isVisible() and "Find the client first" in error.text()
    assert dialog.isVisible()
    assert (dialog.picker.search_edit.text(), dialog.reason_edit.toPlainText()) == (
        "nobody",
        "Замена масла",
    )


def test_a_time_in_the_past_is_refused_next_to_the_time(qtbot, panel, db, desk, ivanov):
    client, car = ivanov
    dialog = dialog_of(qtbot, panel, client_id=client, vehicle_id=car)
    assert (
        dialog.picker.picked_row.isVisible() and "Иванов Иван" in dialog.picker.client_label.text()
    )
    dialog.time_edit.setTime(QTime(9, 0))  # 9:00 today: gone
    dialog.reason_edit.setPlainText("ТО-15000")
    qtbot.keyClicks(dialog.note_edit, "client is late")

    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)

    error = dialog.field_errors["starts_at"]
    assert error.isVisible() and error.text() == "This time has already passed."
    assert not dialog.field_errors["client_id"].isVisible()
    assert dialog.isVisible()
    assert (dialog.reason_edit.toPlainText(), dialog.note_edit.text()) == (
        "ТО-15000",
        "client is late",
    )
    assert appointments.list_week(db, desk, MONDAY, MOSCOW)[0].entries == ()


def test_double_clicking_a_free_slot_books_it(qtbot, panel):
    panel.refresh()
    grid = panel.calendar.grid
    geometry = grid.geometry_
    y = geometry.y(15 * 60 + 40)  # 15:40 on Tuesday: the 15:30 slot
    x = geometry.x(1) + geometry.column_width / 2
    panel_dialogs = []
    panel.calendar.sig_slot_activated.connect(panel_dialogs.append)

    qtbot.mouseDClick(
        grid.view.viewport(), Qt.MouseButton.LeftButton, pos=grid.view.mapFromScene(x, y)
    )

    assert panel_dialogs == [datetime(2026, 11, 24, 15, 30, tzinfo=MOSCOW)]
    assert panel.dialog is not None and panel.dialog.starts_at() == on(1, 15, 30)


def test_the_panel_can_be_embedded_without_booking_rights(qtbot, db, make_actor):
    clerk = make_actor(Role.PARTS_CLERK)
    panel = AppointmentsPanel(AreaContext(db, clerk), tz=MOSCOW)
    qtbot.addWidget(panel)
    messages = []
    panel.sig_status_message.connect(messages.append)

    panel.refresh()

    assert not panel.book_action.isEnabled()
    assert panel.book() is None
    assert messages and "Your role does not allow this" in messages[0]
