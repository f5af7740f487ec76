"""The status board: a column per open status, a card per order, "today's" filter, opening.

The clock stands at Monday 23 November 2026, 09:30 UTC (12:30 in Moscow).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from desk_app.models import Role, WorkOrderStatus
from desk_app.services.work_orders import OPEN_STATUSES
from desk_app.ui.area import AreaContext
from desk_app.ui.timeline.board import StatusBoard, is_todays_order
from desk_app.ui.timeline.cards import CARD_ROLE, due_text
from tests.factories import make_bay, make_client, make_vehicle, make_work_order

MOSCOW = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HOUR = timedelta(hours=1)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("accepted", "promised", "today"),
    [
        (utc(22, 21, 0), None, True),  # 00:00 on the 23rd in Moscow, 21:00 on the 22nd in UTC
        (utc(22, 20, 59), None, False),  # 23:59 on the 22nd in Moscow
        (utc(20, 8), utc(23, 20, 59), True),  # promised 23:59 tonight
        (utc(20, 8), utc(23, 21, 0), False),  # promised 00:00 tomorrow
        (utc(20, 8), utc(22, 12), False),  # late since yesterday: not today's
    ],
)
def test_todays_orders_are_cut_at_the_desks_midnight(accepted, promised, today):
    assert is_todays_order(accepted, promised, NOW, MOSCOW) is today


def test_the_promised_time_as_the_desk_says_it():
    assert due_text(None, NOW, MOSCOW) == "No promised time"
    assert due_text(utc(23, 13), NOW, MOSCOW).startswith("today ")
    assert due_text(utc(24, 6), NOW, MOSCOW).startswith("tomorrow ")
    assert not due_text(utc(26, 6), NOW, MOSCOW).startswith(("today", "tomorrow"))


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Соколова Ольга")


@pytest.fixture
def shop(db, manager) -> dict[str, int]:
    """Four open orders in three statuses (one late, one from last week) and a closed one."""
    client = make_client(db, "Петров", "Сергей", phones=["+79031112233"])
    vesta = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    rio = make_vehicle(db, client, "Kia", "Rio", "М456ОР199")
    master = manager.id
    bay = make_bay(db, "Пост 2")
    orders = {
        "late": make_work_order(
            db,
            client,
            vesta,
            master,
            number="ЗН-1",
            status=WorkOrderStatus.IN_PROGRESS,
            promised_at=NOW - HOUR,
            bay_id=bay,
            master_id=master,
        ),
        "new": make_work_order(db, client, rio, master, number="ЗН-2", promised_at=NOW + HOUR),
        "old": make_work_order(
            db,
            client,
            rio,
            master,
            number="ЗН-3",
            accepted_at=NOW - timedelta(days=7),
            promised_at=NOW + timedelta(days=2),
        ),
        "ready": make_work_order(
            db, client, vesta, master, number="ЗН-4", status=WorkOrderStatus.READY
        ),
        "closed": make_work_order(
            db, client, rio, master, number="ЗН-5", status=WorkOrderStatus.HANDED_OVER
        ),
    }
    return orders


def make_board(qtbot, db, actor) -> StatusBoard:
    board = StatusBoard(AreaContext(db, actor), zone=MOSCOW)
    qtbot.addWidget(board)
    board.resize(1300, 750)
    board.show()
    qtbot.waitExposed(board)
    board.refresh()
    return board


def numbers(board: StatusBoard, status: WorkOrderStatus) -> list[str]:
    return [row.number for row in board.orders_in(status)]


def test_each_open_order_is_a_card_in_its_status_column(qtbot, db, desk, shop):
    board = make_board(qtbot, db, desk)

    assert list(board.columns) == list(OPEN_STATUSES)
    assert numbers(board, WorkOrderStatus.ACCEPTED) == ["ЗН-2", "ЗН-3"]
    assert numbers(board, WorkOrderStatus.IN_PROGRESS) == ["ЗН-1"]
    assert numbers(board, WorkOrderStatus.READY) == ["ЗН-4"]
    assert board.columns[WorkOrderStatus.ACCEPTED].count_label.text() == "2"
    assert board.columns[WorkOrderStatus.DIAGNOSIS].count_label.text() == "0"
    assert board.columns[WorkOrderStatus.ACCEPTED].name_label.text() == "Accepted"
    assert "ЗН-5" not in board.summary.text()
    assert board.summary.text().startswith("Cars: 4")
    assert "Overdue: 1" in board.summary.text()

    view = board.columns[WorkOrderStatus.IN_PROGRESS].view
    card = view.model().index(0, 0).data(CARD_ROLE)
    assert card.late
    assert card.lines == ("Lada Vesta", "А123ВС77", "Петров Сергей")
    assert card.footer == "Пост 2 · Anna Manager"
    assert "ЗН-1" in view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    on_time = board.columns[WorkOrderStatus.ACCEPTED].view.model().index(0, 0).data(CARD_ROLE)
    assert not on_time.late
    assert on_time.due.startswith("today ")


def test_double_click_and_enter_open_the_order(qtbot, db, desk, shop):
    board = make_board(qtbot, db, desk)
    view = board.columns[WorkOrderStatus.ACCEPTED].view
    second = view.model().index(1, 0)
    centre = view.visualRect(second).center()

    with qtbot.waitSignal(board.sig_open_order) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [shop["old"]]

    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(board.sig_open_order) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [shop["new"]]


def click_first_card(qtbot, view) -> None:
    centre = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_one_card_is_selected_on_the_whole_board_and_stays_so(qtbot, db, desk, shop):
    board = make_board(qtbot, db, desk)
    ready = board.columns[WorkOrderStatus.READY].view
    accepted = board.columns[WorkOrderStatus.ACCEPTED].view

    click_first_card(qtbot, accepted)
    click_first_card(qtbot, ready)
    assert not accepted.selectionModel().hasSelection()
    assert board.selected_order_id() == shop["ready"]

    board.refresh()
    assert board.selected_order_id() == shop["ready"]


def test_todays_orders_leave_out_the_ones_of_other_days(qtbot, db, desk, shop):
    board = make_board(qtbot, db, desk)
    assert not board.today_only

    board.today_button.click()

    assert board.today_only
    assert numbers(board, WorkOrderStatus.ACCEPTED) == ["ЗН-2"]
    assert board.columns[WorkOrderStatus.ACCEPTED].count_label.text() == "1"
    board.set_today_only(False)
    assert numbers(board, WorkOrderStatus.ACCEPTED) == ["ЗН-2", "ЗН-3"]


def test_a_refused_load_is_a_status_message_not_a_crash(qtbot, db, make_actor, shop):
    mechanic = make_actor(Role.MECHANIC, name="Сидоров Пётр")
    board = StatusBoard(AreaContext(db, mechanic), zone=MOSCOW)
    qtbot.addWidget(board)

    with qtbot.waitSignal(board.sig_status_message) as message:
        board.refresh()
    assert "workshop timeline" in message.args[0]
    assert board.orders_in(WorkOrderStatus.ACCEPTED) == []


def test_the_board_paints_its_cards(qtbot, db, desk, shop):
    """Painting every kind of card (late, on time, empty column) raises no warning."""
    board = make_board(qtbot, db, desk)
    board.select_order(shop["late"])
    image = board.grab().toImage()
    assert not image.isNull()


def test_a_refresh_leaves_a_long_column_where_it_was_scrolled(qtbot, db, desk, manager):
    """The watcher refreshes the board every time the shop moves: nobody is thrown to the top."""
    client = make_client(db)
    vehicle = make_vehicle(db, client)
    for hours in range(12):
        make_work_order(db, client, vehicle, manager.id, promised_at=NOW + hours * HOUR)
    board = make_board(qtbot, db, desk)
    board.resize(1300, 420)
    view = board.columns[WorkOrderStatus.ACCEPTED].view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)

    board.select_order(board.orders_in(WorkOrderStatus.ACCEPTED)[0].id)
    bar.setValue(bar.maximum())
    board.refresh()
    qtbot.wait(50)

    assert bar.value() == bar.maximum() > 0
