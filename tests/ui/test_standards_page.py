"""The Admin area's "Standards" tab: a kind's response time and windows edited and saved,
refused windows named beside the editor, stale saves, the preview, and closed days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from desk_app import clock
from desk_app.models import RequestKind, Role
from desk_app.services import service_standards
from desk_app.services.service_standards import Window
from desk_app.ui.admin import standards_page as page_module
from desk_app.ui.admin.area import AdminArea
from desk_app.ui.admin.standards_editor import WindowRow
from desk_app.ui.admin.standards_page import StandardsPage
from desk_app.ui.area import AreaContext
from desk_app.ui.formatting import local_datetime
from tests.conftest import FIXED_NOW

MOSCOW = ZoneInfo("Europe/Moscow")
REIMBURSE = RequestKind.FINANCE_REIMBURSE


@pytest.fixture
def page(qtbot, db, manager, monkeypatch) -> StandardsPage:
    monkeypatch.setattr(page_module, "workstation_time_zone", lambda: MOSCOW)
    widget = StandardsPage(AreaContext(db, manager))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.refresh()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def row_number(page: StandardsPage, kind: RequestKind) -> int:
    return next(n for n, r in enumerate(page.model.rows()) if r.standard.kind == kind)


def click_kind(qtbot, page: StandardsPage, kind: RequestKind) -> None:
    index = page.model.index(row_number(page, kind), 1)
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center()
    )


def table_text(page: StandardsPage, kind: RequestKind) -> list[str]:
    row = row_number(page, kind)
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def saved(db, kind: RequestKind) -> service_standards.Standard:
    return next(s for s in service_standards.list_standards(db) if s.kind == kind)


def last_row(page: StandardsPage) -> WindowRow:
    return page.windows_editor.rows[-1]


def set_days(row: WindowRow, *days: int) -> None:
    for weekday, button in enumerate(row.day_buttons):
        button.setChecked(weekday in days)


def test_the_kinds_are_grouped_by_the_answering_department(page):
    assert table_text(page, RequestKind.PARTS_AVAILABILITY) == [
        "Parts department",
        "Is the part in stock?",
        "15 min",
        "Mon–Fri 09:00–19:00, Sat 10:00–16:00",
    ]
    assert table_text(page, RequestKind.PARTS_RESERVE)[0] == ""  # the group goes on
    assert table_text(page, RequestKind.FINANCE_PREPAYMENT)[0] == "Finance department"
    assert table_text(page, REIMBURSE)[2:] == ["6 h", "Mon 10:00–16:00"]
    assert table_text(page, RequestKind.INFO_FIGURES)[0] == "Workshop"
    assert page.editing is not None and page.editing.kind == RequestKind.PARTS_AVAILABILITY


def test_edit_a_kinds_response_time_and_windows_and_save(qtbot, page, db):
    click_kind(qtbot, page, REIMBURSE)
    assert page.editor.title() == "Reimburse an expense — Finance department"
    assert (page.hours_spin.value(), page.minutes_spin.value()) == (6, 0)
    assert [r.days() for r in page.windows_editor.rows] == [[0]]
    assert not page.save_button.isEnabled()

    page.hours_spin.setValue(4)
    page.minutes_spin.setValue(30)
    click(qtbot, page.windows_editor.add_button)
    set_days(last_row(page), 3)
    last_row(page).opens_box.setCurrentText("10:00")
    last_row(page).closes_box.setCurrentText("12:00")
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.sig_status_message) as message:
        click(qtbot, page.save_button)

    assert message.args == ['The standard for "Reimburse an expense" is saved.']
    stored = saved(db, REIMBURSE)
    assert stored.response_minutes == 270
    assert stored.windows == (Window(0, 600, 960), Window(3, 600, 720))
    assert table_text(page, REIMBURSE)[2:] == ["4 h 30 min", "Mon 10:00–16:00, Thu 10:00–12:00"]
    assert page.editing == stored
    assert not page.save_button.isEnabled()


def test_the_working_week_preset_and_remove(qtbot, page, db):
    click_kind(qtbot, page, REIMBURSE)
    click(qtbot, page.windows_editor.rows[0].remove_button)
    assert page.windows_editor.rows == []
    assert page.windows_editor.empty_label.isVisible()
    click(qtbot, page.windows_editor.week_button)
    click(qtbot, page.save_button)

    assert saved(db, REIMBURSE).windows == tuple(Window(d, 540, 1080) for d in range(5))
    assert table_text(page, REIMBURSE)[3] == "Mon–Fri 09:00–18:00"


def test_a_window_ending_at_midnight_is_typed_as_24_00(qtbot, page, db):
    click_kind(qtbot, page, REIMBURSE)
    row = page.windows_editor.rows[0]
    row.closes_box.setCurrentText("")
    qtbot.keyClicks(row.closes_box.lineEdit(), "2400")
    click(qtbot, page.save_button)
    assert saved(db, REIMBURSE).windows == (Window(0, 600, 1440),)
    assert page.windows_editor.rows[0].closes_box.currentText() == "24:00"


@pytest.mark.parametrize(
    ("days", "opens", "closes", "message"),
    [
        ((0,), "16:00", "10:00", "A window must close after it opens, within one day."),
        ((0,), "12:00", "18:00", "Two windows of one day overlap."),
        ((0,), "25:00", "26:00", "Type the times as hh:mm, from 00:00 to 24:00."),
        ((), "17:00", "18:00", "Tick the days of every window."),
    ],
)
def test_a_bad_window_is_named_beside_the_editor_and_the_input_kept(
    qtbot, page, db, days, opens, closes, message
):
    click_kind(qtbot, page, REIMBURSE)
    click(qtbot, page.windows_editor.add_button)
    set_days(last_row(page), *days)
    last_row(page).opens_box.setCurrentText(opens)
    last_row(page).closes_box.setCurrentText(closes)

    click(qtbot, page.save_button)

    assert page.windows_error.isVisible()
    assert page.windows_error.text() == message
    assert not page.response_error.isVisible()
    assert last_row(page).opens_box.currentText() == opens  # kept as typed
    assert len(page.windows_editor.rows) == 2
    assert saved(db, REIMBURSE).version == 1
    assert page.save_button.isEnabled()


def test_a_response_time_past_30_days_is_named_beside_it(qtbot, page, db):
    page.hours_spin.setValue(721)
    click(qtbot, page.save_button)
    assert page.response_error.isVisible()
    assert "between 0 minutes and 30 days" in page.response_error.text()
    assert not page.windows_error.isVisible()
    assert page.hours_spin.value() == 721


def test_another_desks_save_is_reported_and_the_input_kept(qtbot, page, db, manager):
    click_kind(qtbot, page, REIMBURSE)
    service_standards.save_standard(
        db, manager, REIMBURSE, 120, [Window(4, 600, 960)], expected_version=1
    )
    page.hours_spin.setValue(5)

    click(qtbot, page.save_button)

    assert page.message.isVisible()
    assert "Someone else changed this service standard" in page.message.text()
    assert page.reload_link.isVisible()
    assert page.hours_spin.value() == 5
    assert saved(db, REIMBURSE).response_minutes == 120

    click(qtbot, page.reload_link)

    assert (page.hours_spin.value(), page.minutes_spin.value()) == (2, 0)
    assert [r.days() for r in page.windows_editor.rows] == [[4]]
    assert not page.message.isVisible()
    page.hours_spin.setValue(3)
    click(qtbot, page.save_button)
    assert saved(db, REIMBURSE).response_minutes == 180


def test_an_unsaved_edit_is_not_dropped_by_selecting_another_kind(qtbot, page):
    page.minutes_spin.setValue(20)
    click_kind(qtbot, page, REIMBURSE)
    assert page.editing is not None and page.editing.kind == RequestKind.PARTS_AVAILABILITY
    assert page.minutes_spin.value() == 20
    assert page.message.text() == "Save or revert this change first."
    assert page.view.currentIndex().row() == row_number(page, RequestKind.PARTS_AVAILABILITY)

    click(qtbot, page.revert_button)
    assert page.minutes_spin.value() == 15
    click_kind(qtbot, page, REIMBURSE)
    assert page.editing is not None and page.editing.kind == REIMBURSE


def test_the_preview_says_when_a_request_filed_now_is_answered(qtbot, page, db):
    # Monday 12:30 in Moscow: the parts clerk's window is open
    expected = local_datetime(FIXED_NOW + timedelta(minutes=15))
    assert page.preview.text() == f"A request filed now would be answered by {expected}."

    clock.set_source(lambda: datetime(2026, 11, 24, 8, 0, tzinfo=UTC))  # Tuesday 11:00
    click_kind(qtbot, page, REIMBURSE)
    opens = local_datetime(datetime(2026, 11, 30, 7, 0, tzinfo=UTC))
    due = local_datetime(datetime(2026, 11, 30, 13, 0, tzinfo=UTC))
    assert page.preview.text() == (
        f"A request filed now would wait for the window at {opens} and be answered by {due}."
    )


def test_a_closed_day_is_added_and_removed(qtbot, page, db):
    box = page.closed_days
    before = page.preview.text()
    box.date_edit.setDate(QDate(2026, 11, 23))
    box.reason_edit.setText("Инвентаризация склада")
    with qtbot.waitSignal(page.sig_status_message) as message:
        click(qtbot, box.add_button)

    assert message.args == ["Mon 23 November 2026 is a closed day now."]
    added = [r for r in service_standards.list_closed_days(db) if not r.every_year]
    assert [(r.day, r.reason) for r in added] == [(date(2026, 11, 23), "Инвентаризация склада")]
    row = box.model.rowCount() - 1
    assert [box.model.index(row, c).data() for c in range(3)] == [
        "Mon 23 November 2026",
        "once",
        "Инвентаризация склада",
    ]
    assert box.reason_edit.text() == ""
    opens = local_datetime(datetime(2026, 11, 24, 6, 0, tzinfo=UTC))  # Tuesday 09:00
    due = local_datetime(datetime(2026, 11, 24, 6, 15, tzinfo=UTC))
    assert page.preview.text() == (
        f"A request filed now would wait for the window at {opens} and be answered by {due}."
    )

    assert box.view.selectionModel().selectedRows()[0].row() == row
    click(qtbot, box.remove_button)

    assert all(r.every_year for r in service_standards.list_closed_days(db))
    assert box.model.rowCount() == 14
    assert page.preview.text() == before


def test_a_day_closed_already_is_refused(qtbot, page, db):
    box = page.closed_days
    box.date_edit.setDate(QDate(2027, 1, 7))
    click(qtbot, box.add_button)
    assert box.message.isVisible()
    assert box.message.text() == "07.01 is already a closed day."
    assert box.model.rowCount() == 14


def test_a_long_reason_is_named_beside_it(qtbot, page):
    box = page.closed_days
    box.reason_edit.setText("х" * 121)
    click(qtbot, box.add_button)
    assert box.reason_error.isVisible()
    assert box.reason_edit.text() == "х" * 121
    assert box.model.rowCount() == 14


def test_the_admin_area_has_the_tab_for_settings_managers_only(qtbot, db, manager, make_actor):
    area = AdminArea(AreaContext(db, manager))
    qtbot.addWidget(area)
    titles = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert "Standards" in titles
    assert area.standards_page is not None

    staff_only = make_actor(Role.FINANCE)  # no MANAGE_SETTINGS
    other = AdminArea(AreaContext(db, staff_only))
    qtbot.addWidget(other)
    assert other.standards_page is None
