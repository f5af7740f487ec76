"""Live updates: a change made through the services reaches the watcher and the board.

The watcher polls every 50 ms here, so each change is heard well within the few hundred
milliseconds the tests wait.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError

from desk_app.models import Role, WorkOrder, WorkOrderStatus
from desk_app.services import order_status, quality_check, shop_timeline
from desk_app.services.workshop import ReadyCar
from desk_app.ui import live_updates
from desk_app.ui.area import AreaContext
from desk_app.ui.live_updates import RETRY_MS, ShopWatcher
from desk_app.ui.timeline.board import StatusBoard
from tests.factories import make_bay, make_client, make_vehicle, make_work_order

FAST_MS = 50
HEARD_WITHIN_MS = 600


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Соколова Ольга")


@pytest.fixture
def master(make_actor):
    return make_actor(Role.MASTER, name="Хохлов Юрий")


@pytest.fixture
def order(db, manager, fixed_clock) -> int:
    client = make_client(db, "Петров", "Сергей")
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    return make_work_order(
        db, client, vehicle, manager.id, number="ЗН-1", promised_at=fixed_clock + timedelta(hours=3)
    )


def version(db, order_id: int) -> int:
    with db.transaction() as session:
        return session.get(WorkOrder, order_id).version


@pytest.fixture
def watcher(qtbot, db, desk):
    watcher = ShopWatcher(AreaContext(db, desk), interval_ms=FAST_MS)
    watcher.start()
    yield watcher
    watcher.stop()
    watcher.deleteLater()


def test_the_board_follows_a_move_made_through_the_services(qtbot, db, desk, master, order):
    board = StatusBoard(AreaContext(db, desk))
    qtbot.addWidget(board)
    board.refresh()
    watcher = ShopWatcher(AreaContext(db, desk), interval_ms=FAST_MS, parent=board)
    watcher.sig_shop_changed.connect(board.refresh)
    watcher.start()
    assert [row.id for row in board.orders_in(WorkOrderStatus.ACCEPTED)] == [order]

    with qtbot.waitSignal(watcher.sig_shop_changed, timeout=HEARD_WITHIN_MS):
        order_status.move_order(
            db, master, order, WorkOrderStatus.DIAGNOSIS, expected_version=version(db, order)
        )

    assert board.orders_in(WorkOrderStatus.ACCEPTED) == []
    assert [row.id for row in board.orders_in(WorkOrderStatus.DIAGNOSIS)] == [order]
    assert board.columns[WorkOrderStatus.DIAGNOSIS].count_label.text() == "1"
    watcher.stop()


def test_a_car_moved_to_another_bay_is_heard(qtbot, db, master, order, watcher):
    bay = make_bay(db, "Пост 3")
    with qtbot.waitSignal(watcher.sig_shop_changed, timeout=HEARD_WITHIN_MS):
        shop_timeline.move_to_bay(db, master, order, bay, expected_version=version(db, order))


def test_nothing_is_said_while_nothing_changes(qtbot, order, watcher):
    assert watcher.is_running()
    with qtbot.assertNotEmitted(watcher.sig_shop_changed, wait=5 * FAST_MS):
        pass
    watcher.stop()
    assert not watcher.is_running()


def in_quality_check(db, order: int) -> None:
    with db.transaction() as session:
        session.get(WorkOrder, order).status = WorkOrderStatus.QUALITY_CHECK


def unpromise(db, order: int) -> None:
    with db.transaction() as session:
        session.get(WorkOrder, order).promised_at = None


def pass_the_check(db, master, order: int) -> None:
    points = {p.key: (p.text, True) for p in quality_check.checklist(db, master, order)}
    quality_check.pass_check(db, master, order, expected_version=version(db, order), points=points)


def test_reception_hears_once_of_a_car_that_passed_the_check(qtbot, db, master, order, watcher):
    in_quality_check(db, order)
    with qtbot.waitSignal(watcher.sig_shop_changed, timeout=HEARD_WITHIN_MS):
        pass  # the order's version moved with its status: not a ready car yet
    with qtbot.waitSignal(watcher.sig_cars_ready, timeout=HEARD_WITHIN_MS) as heard:
        pass_the_check(db, master, order)
    [car] = heard.args[0]
    assert isinstance(car, ReadyCar)
    assert (car.order_id, car.number, car.plate) == (order, "ЗН-1", "А123ВС77")

    with (
        qtbot.waitSignal(watcher.sig_shop_changed, timeout=HEARD_WITHIN_MS),
        qtbot.assertNotEmitted(watcher.sig_cars_ready, wait=5 * FAST_MS),
    ):  # another change to the same car: it is not announced again
        unpromise(db, order)


def test_the_workshop_hears_no_ready_cars(qtbot, db, make_actor, master, order):
    mechanic = make_actor(Role.MECHANIC)
    watcher = ShopWatcher(AreaContext(db, mechanic), interval_ms=FAST_MS)
    in_quality_check(db, order)
    watcher.start()
    with (
        qtbot.waitSignal(watcher.sig_shop_changed, timeout=HEARD_WITHIN_MS),
        qtbot.assertNotEmitted(watcher.sig_cars_ready, wait=5 * FAST_MS),
    ):
        pass_the_check(db, master, order)
    watcher.stop()
    watcher.deleteLater()


def test_a_database_that_stops_answering_is_reported_once(
    qtbot, db, master, order, watcher, monkeypatch
):
    def broken(_db):
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(live_updates.shop_timeline, "shop_stamp", broken)
    with qtbot.waitSignal(watcher.sig_trouble, timeout=HEARD_WITHIN_MS) as trouble:
        pass
    assert "does not answer" in trouble.args[0]
    assert watcher.timer.interval() == RETRY_MS
    with qtbot.assertNotEmitted(watcher.sig_trouble):
        watcher.poll()

    monkeypatch.undo()
    with (
        qtbot.waitSignal(watcher.sig_recovered),
        qtbot.waitSignal(watcher.sig_shop_changed),
    ):
        watcher.poll()
    assert watcher.timer.interval() == FAST_MS
