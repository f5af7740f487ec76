"""The Requests area: which tabs each role gets, overdue rows marked, closed ones on demand."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desk_app import clock
from desk_app.models import DepartmentKind, RequestStatus, Role
from desk_app.ui.area import AreaContext
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.requests.queue import OVERDUE_COLOUR, RequestQueue, short_name
from desk_app.ui.table_model import ROW_ROLE
from tests.factories import make_client, make_vehicle, make_work_order
from tests.request_factories import make_request, make_timed_request


@pytest.fixture
def people(make_actor):
    return {
        "reception": make_actor(Role.RECEPTIONIST, name="Петров Олег Игоревич"),
        "parts": make_actor(Role.PARTS_CLERK, name="Козлов Денис Александрович"),
        "finance": make_actor(Role.FINANCE, name="Орлова Мария Петровна"),
    }


def open_area(qtbot, db, actor) -> RequestsArea:
    area = RequestsArea(AreaContext(db, actor))
    qtbot.addWidget(area)
    area.resize(1130, 600)
    area.show()
    area.refresh()
    return area


def tab_titles(area: RequestsArea) -> list[str]:
    return [area.tabs.tabText(i) for i in range(area.tabs.count())]


def shown_ids(queue: RequestQueue) -> list[int]:
    proxy = queue.proxy
    return [proxy.index(row, 0).data(ROW_ROLE).id for row in range(proxy.rowCount())]


def cell(queue: RequestQueue, row: int, header: str):
    for column in range(queue.proxy.columnCount()):
        if queue.proxy.headerData(column, Qt.Orientation.Horizontal) == header:
            return queue.proxy.index(row, column)
    raise AssertionError(f"no column {header}")


def test_a_parts_clerk_sees_incoming_and_his_own(qtbot, db, people):
    area = open_area(qtbot, db, people["parts"])
    assert area.title() == "Requests"
    assert [queue.incoming for queue in area.queues] == [True, False]
    assert tab_titles(area) == ["Incoming", "My requests", "Scorecards", "Survey", "Goals"]


def test_a_receptionist_has_only_his_own_requests(qtbot, db, people):
    area = open_area(qtbot, db, people["reception"])
    assert area.incoming is None
    assert tab_titles(area) == ["My requests", "Scorecards", "Survey", "Goals"]


def test_incoming_rows_with_overdue_marked(qtbot, db, people):
    now = clock.now()
    client = make_client(db, "Кузнецов", "Игорь")
    vehicle = make_vehicle(db, client, "Lada", "Granta", "В456ОР199")
    order = make_work_order(db, client, vehicle, people["reception"].id, number="ЗН-00777")
    late = make_request(
        db,
        people["reception"].id,
        work_order_id=order,
        text="Колодки передние\nдва комплекта",
        needed_by=now - timedelta(hours=1),
    )
    later = make_request(db, people["reception"].id, needed_by=now + timedelta(hours=3))
    make_request(db, people["reception"].id, to_department=DepartmentKind.FINANCE)

    area = open_area(qtbot, db, people["parts"])
    queue = area.incoming

    assert shown_ids(queue) == [late, later]
    assert tab_titles(area)[0] == "Incoming (2, 1 overdue)"
    assert cell(queue, 0, "Status").data() == "New, overdue"
    assert cell(queue, 0, "From").data() == "Петров О. И."
    assert cell(queue, 0, "Request").data() == "Is the part in stock? — Колодки передние"
    assert cell(queue, 0, "Vehicle").data() == "Lada Granta, В456ОР199"
    assert cell(queue, 0, "Work order").data() == "ЗН-00777"
    assert "Петров Олег Игоревич" in cell(queue, 0, "No.").data(Qt.ItemDataRole.ToolTipRole)
    assert cell(queue, 0, "No.").data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_COLOUR
    assert cell(queue, 1, "No.").data(Qt.ItemDataRole.BackgroundRole) is None
    assert queue.stack.currentWidget() is queue.view


def test_show_closed_adds_history_with_ratings(qtbot, db, people):
    now = clock.now()
    still_open = make_request(db, people["reception"].id)
    closed = make_request(
        db,
        people["reception"].id,
        status=RequestStatus.CLOSED,
        closed_at=now - timedelta(days=1),
        rating_good=False,
        rating_score=2,
    )
    area = open_area(qtbot, db, people["parts"])
    queue = area.incoming
    rating_column = queue.rating_column
    assert shown_ids(queue) == [still_open]
    assert queue.view.isColumnHidden(rating_column)

    area.show_closed.setChecked(True)

    assert shown_ids(queue) == [still_open, closed]
    assert not queue.view.isColumnHidden(rating_column)
    assert cell(queue, 1, "Rating").data() == "Not good, 2/5"
    assert tab_titles(area)[0] == "Incoming (1)"

    area.show_closed.setChecked(False)
    assert shown_ids(queue) == [still_open]


def test_my_requests_show_whom_i_asked(qtbot, db, people):
    make_request(db, people["finance"].id, from_department=DepartmentKind.FINANCE)
    mine = make_request(db, people["reception"].id, to_department=DepartmentKind.FINANCE)

    area = open_area(qtbot, db, people["reception"])

    assert shown_ids(area.outgoing) == [mine]
    assert cell(area.outgoing, 0, "To").data() == "Finance department"


def test_my_requests_count_the_answers_waiting_for_my_rating(qtbot, db, people):
    make_request(db, people["reception"].id, status=RequestStatus.ANSWERED)
    make_request(db, people["reception"].id, status=RequestStatus.NEW)

    area = open_area(qtbot, db, people["reception"])

    assert tab_titles(area)[0] == "My requests (2, 1 answered, to rate)"


def test_an_empty_queue_says_so(qtbot, db, people):
    area = open_area(qtbot, db, people["finance"])
    queue = area.incoming
    assert queue.stack.currentWidget() is queue.empty_label
    assert queue.empty_label.text() == "No open requests to your departments."
    area.show_closed.setChecked(True)
    assert queue.empty_label.text() == "Nobody has asked your departments for anything yet."


def test_a_manager_sees_to_whom_incoming_requests_go(qtbot, db, manager, people):
    make_request(db, people["reception"].id, to_department=DepartmentKind.FINANCE)
    area = open_area(qtbot, db, manager)
    assert cell(area.incoming, 0, "To").data() == "Finance department"


def test_sorting_by_a_column_and_back(qtbot, db, people):
    now = clock.now()
    first = make_request(db, people["reception"].id, needed_by=now + timedelta(hours=1))
    second = make_request(db, people["reception"].id, needed_by=now + timedelta(hours=2))
    area = open_area(qtbot, db, people["parts"])
    queue = area.incoming

    queue.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_ids(queue) == sorted([first, second], reverse=True)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Волкова Екатерина Сергеевна", "Волкова Е. С."),
        ("Петров Олег", "Петров О."),
        ("Admin", "Admin"),
        ("", ""),
    ],
)
def test_short_name(full, short):
    assert short_name(full) == short


def test_the_chosen_request_prints_as_a_slip(qtbot, db, people, fixed_clock):
    client = make_client(db, "Кузнецов", "Игорь")
    vehicle = make_vehicle(db, client, "Lada", "Granta", "В456ОР199")
    order = make_work_order(db, client, vehicle, people["reception"].id, number="ЗН-00778")
    make_request(db, people["reception"].id, work_order_id=order, text="Колодки передние")
    area = open_area(qtbot, db, people["parts"])

    area.print_slip()
    assert area.error.isVisible()
    assert area.preview is None

    area.incoming.view.selectRow(0)
    area.print_button.click()

    assert area.preview is not None and area.preview.isVisible()
    assert area.preview.document.pageCount() == 1
    assert not area.error.isVisible()


def test_the_due_column_shows_the_standards_promise(qtbot, db, people):
    now = clock.now()
    make_timed_request(db, people["reception"].id, due_at=now - timedelta(minutes=5), text="Свечи")
    make_timed_request(db, people["reception"].id, due_at=now + timedelta(hours=1))
    area = open_area(qtbot, db, people["parts"])
    queue = area.incoming
    assert cell(queue, 0, "Due").data() == "Mon 23.11 09:25"
    assert cell(queue, 0, "Status").data() == "New, overdue"
    assert cell(queue, 0, "Due").data(Qt.ItemDataRole.FontRole).bold()
    assert cell(queue, 1, "Due").data() == "Mon 23.11 10:30"
    assert cell(queue, 1, "Due").data(Qt.ItemDataRole.FontRole) is None
    assert tab_titles(area)[0] == "Incoming (2, 1 overdue)"


def test_the_detail_follows_the_chosen_request_and_its_tab(qtbot, db, people):
    first = make_request(db, people["reception"].id, text="Колодки")
    second = make_request(db, people["reception"].id, text="Диски")
    area = open_area(qtbot, db, people["parts"])
    assert area.detail.detail is None
    assert area.detail.stack.currentWidget() is area.detail.empty

    area.incoming.select_id(second)
    assert area.detail.detail is not None and area.detail.detail.id == second
    area.refresh()  # a reload keeps the choice
    assert area.incoming.selected_id() == second
    assert area.detail.detail.id == second
    area.incoming.select_id(first)
    assert area.detail.detail.id == first

    area.tabs.setCurrentWidget(area.outgoing)
    assert area.detail.detail is None
    other = QWidget()
    area.tabs.addTab(other, "Scorecards")  # others' tabs: no request pane under them
    area.tabs.setCurrentWidget(other)
    assert not area.detail.isVisible()
    area.tabs.setCurrentWidget(area.incoming)
    assert area.detail.isVisible() and area.detail.detail.id == first
