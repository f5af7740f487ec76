"""The shop's timeline: bars on the lanes of bays and mechanics, and reassigning by drag."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from desk_app.models import LabourLine, Role, WorkOrder, WorkOrderStatus
from desk_app.services.shop_timeline import Lane, LaneKind, OrderBar, ShopTimeline, move_to_bay
from desk_app.ui.area import AreaContext
from desk_app.ui.timeline.gantt_items import BarItem, order_tooltip
from desk_app.ui.timeline.gantt_layout import lay_out
from desk_app.ui.timeline.gantt_scale import LOOKS, Span, TimeScale
from desk_app.ui.timeline.gantt_view import ShopTimelineWidget
from tests.factories import make_appointment, make_bay, make_client, make_vehicle, make_work_order

HOUR = timedelta(hours=1)


@pytest.fixture
def shop(db, manager, make_actor, fixed_clock) -> dict:
    """Three bays, two mechanics, four open orders (one late, one with no promise) and a
    booking; order ЗН-2 has works for both mechanics."""
    sidorov = make_actor(Role.MECHANIC, name="Сидоров Пётр")
    kozlov = make_actor(Role.MECHANIC, name="Козлов Иван")
    bays = [make_bay(db, f"Пост {n}") for n in (1, 2, 3)]
    client = make_client(db, "Петров", "Сергей")
    cars = [make_vehicle(db, client, "Lada", "Vesta", f"А{n}23ВС77") for n in range(4)]
    now = fixed_clock
    orders = {
        "ЗН-1": make_work_order(
            db,
            client,
            cars[0],
            manager.id,
            number="ЗН-1",
            status=WorkOrderStatus.IN_PROGRESS,
            accepted_at=now - 2 * HOUR,
            promised_at=now + 4 * HOUR,
            bay_id=bays[0],
            works=[("Замена колодок", sidorov.id)],
        ),
        "ЗН-2": make_work_order(
            db,
            client,
            cars[1],
            manager.id,
            number="ЗН-2",
            accepted_at=now - HOUR,
            promised_at=now + 6 * HOUR,
            bay_id=bays[1],
            works=[("ТО-1", sidorov.id), ("Диагностика подвески", kozlov.id)],
        ),
        "ЗН-3": make_work_order(
            db,
            client,
            cars[2],
            manager.id,
            number="ЗН-3",
            accepted_at=now - 5 * HOUR,
            promised_at=now - HOUR,
            works=[("Замена масла", None)],
        ),
        "ЗН-4": make_work_order(
            db, client, cars[3], manager.id, number="ЗН-4", accepted_at=now, bay_id=bays[2]
        ),
    }
    make_appointment(db, client, manager.id, now + 2 * HOUR, vehicle_id=cars[0])
    return {"bays": bays, "mechanics": (sidorov.id, kozlov.id), "orders": orders}


def make_timeline(qtbot, db, actor) -> tuple[ShopTimelineWidget, list[str]]:
    widget = ShopTimelineWidget(AreaContext(db, actor))
    qtbot.addWidget(widget)
    messages: list[str] = []
    widget.sig_status_message.connect(messages.append)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget, messages


def bars_of(widget: ShopTimelineWidget, number: str) -> list[BarItem]:
    return [item for item in widget.bar_items() if item.bar.number == number]


def lane_under(widget: ShopTimelineWidget, item: BarItem) -> int | None:
    """The lane whose band holds the middle of the bar, as drawn."""
    middle = item.mapToScene(item.rect().center()).y()
    lane = widget.view.chart.drop_lane(middle)
    assert lane is not None, f"{item.bar.number} is not on any lane"
    return lane.id


def press(widget: ShopTimelineWidget, item: BarItem) -> QPointF:
    """Press the mouse on the middle of the bar; returns that point (scene coordinates)."""
    view = widget.view
    view.ensureVisible(item.sceneBoundingRect())
    start = item.mapToScene(item.rect().center())
    QTest.mousePress(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(start),
    )
    return start


def move(widget: ShopTimelineWidget, start: QPointF, end: QPointF, steps: int = 4) -> None:
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(widget.view.viewport(), widget.view.mapFromScene(point))


def release(widget: ShopTimelineWidget, end: QPointF) -> None:
    QTest.mouseRelease(
        widget.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        widget.view.mapFromScene(end),
    )


def drag(widget: ShopTimelineWidget, item: BarItem, to_y: float, dx: float = 0.0) -> None:
    """Press on the bar, move the mouse in steps to ``to_y`` (and ``dx`` sideways), release."""
    start = press(widget, item)
    end = QPointF(start.x() + dx, to_y)
    move(widget, start, end)
    release(widget, end)


def bay_of(db, order_id: int) -> int | None:
    with db.transaction() as session:
        return session.get(WorkOrder, order_id).bay_id


def header_texts(widget: ShopTimelineWidget) -> list[str]:
    return [
        item.text()
        for item in widget.view.lane_scene.items()
        if isinstance(item, QGraphicsSimpleTextItem)
    ]


def test_bars_sit_on_the_lanes_of_their_bays(qtbot, db, manager, shop):
    widget, messages = make_timeline(qtbot, db, manager)

    bays = shop["bays"]
    expected = {"ЗН-1": bays[0], "ЗН-2": bays[1], "ЗН-3": None, "ЗН-4": bays[2]}
    assert {item.bar.number: lane_under(widget, item) for item in widget.bar_items()} == expected
    assert {"Пост 1", "Пост 2", "Пост 3", "No bay", "Appointments"} <= set(header_texts(widget))
    assert len(widget.view.chart.layout.appointments) == 1
    assert messages == []


def test_late_and_unpromised_orders_are_marked(qtbot, db, manager, shop):
    widget, _messages = make_timeline(qtbot, db, manager)

    late = bars_of(widget, "ЗН-3")[0]
    assert late.bar.overdue
    assert late.pen().color().name() == "#d93025"
    texts = [c.text() for c in late.childItems() if isinstance(c, QGraphicsSimpleTextItem)]
    assert texts[0].startswith("⚠ ЗН-3")
    assert late.childrenBoundingRect().right() > late.rect().right()  # the red tail up to now
    unpromised = bars_of(widget, "ЗН-4")[0]
    assert unpromised.pen().style() == Qt.PenStyle.DashLine
    assert "not set" in order_tooltip(unpromised.bar)
    assert "Петров Сергей" in order_tooltip(late.bar)
    assert "overdue" in widget.toolbar.summary.text()


def test_by_mechanic_an_order_has_a_bar_on_each_mechanics_lane(qtbot, db, manager, shop):
    widget, _messages = make_timeline(qtbot, db, manager)
    widget.set_mode(LaneKind.MECHANIC, Span.DAY)

    sidorov, kozlov = shop["mechanics"]
    assert sorted(lane_under(widget, item) for item in bars_of(widget, "ЗН-2")) == sorted(
        [sidorov, kozlov]
    )
    assert [lane_under(widget, item) for item in bars_of(widget, "ЗН-3")] == [None]
    assert {"Сидоров Пётр", "Козлов Иван", "Unassigned"} <= set(header_texts(widget))
    assert widget.view.corner.text() == "Mechanics"


def test_a_master_drags_a_car_to_another_bay(qtbot, db, manager, make_actor, shop):
    master = make_actor(Role.MASTER, name="Мастер Олег")
    widget, messages = make_timeline(qtbot, db, master)
    order_id, target = shop["orders"]["ЗН-1"], shop["bays"][2]
    item = bars_of(widget, "ЗН-1")[0]
    assert item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    left = item.pos().x()

    drag(widget, item, widget.lane_y(target), dx=150)

    assert bay_of(db, order_id) == target
    assert messages == ["Order ЗН-1 moved to Пост 3."]
    qtbot.waitUntil(lambda: bars_of(widget, "ЗН-1")[0] is not item)  # reloaded
    moved = bars_of(widget, "ЗН-1")[0]
    assert (moved.bar.lane_id, lane_under(widget, moved)) == (target, target)
    assert moved.pos().x() == left  # a drag changes the bay, never the times


def test_a_dragged_bar_moves_up_and_down_only(qtbot, db, manager, shop):
    widget, _messages = make_timeline(qtbot, db, manager)
    item = bars_of(widget, "ЗН-1")[0]
    home = item.pos()
    target = widget.lane_y(shop["bays"][2])

    start = press(widget, item)
    move(widget, start, QPointF(start.x() + 240, target))

    assert item.pos().x() == home.x()
    assert item.pos().y() > home.y() + 50
    assert widget.view.chart.drop_lane(target).id == shop["bays"][2]
    release(widget, QPointF(start.x() + 240, target))


def test_a_drop_on_the_same_lane_changes_nothing(qtbot, db, manager, shop):
    widget, messages = make_timeline(qtbot, db, manager)
    item = bars_of(widget, "ЗН-2")[0]
    home = item.pos()

    drag(widget, item, widget.lane_y(shop["bays"][1]) + 3, dx=-200)

    assert item.pos() == home
    assert messages == []
    assert bay_of(db, shop["orders"]["ЗН-2"]) == shop["bays"][1]


def test_a_master_hands_works_to_another_mechanic(qtbot, db, manager, shop):
    widget, messages = make_timeline(qtbot, db, manager)
    widget.set_mode(LaneKind.MECHANIC, Span.DAY)
    _sidorov, kozlov = shop["mechanics"]

    drag(widget, bars_of(widget, "ЗН-3")[0], widget.lane_y(kozlov))

    assert messages == ["Order ЗН-3: works handed over to Козлов Иван."]
    with db.transaction() as session:
        line = session.query(LabourLine).filter_by(work_order_id=shop["orders"]["ЗН-3"]).one()
        assert line.mechanic_id == kozlov
    qtbot.waitUntil(lambda: [i.bar.lane_id for i in bars_of(widget, "ЗН-3")] == [kozlov])


def test_a_receptionist_sees_the_timeline_but_cannot_drag(qtbot, db, make_actor, shop):
    receptionist = make_actor(Role.RECEPTIONIST, name="Юлия")
    widget, messages = make_timeline(qtbot, db, receptionist)
    items = widget.bar_items()
    assert len(items) == 4
    assert not any(i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable for i in items)
    item = bars_of(widget, "ЗН-1")[0]
    home = item.pos()

    drag(widget, item, widget.lane_y(shop["bays"][2]))

    assert item.pos() == home
    assert messages == []
    assert bay_of(db, shop["orders"]["ЗН-1"]) == shop["bays"][0]


def test_a_stale_bar_goes_back_with_a_message(qtbot, db, manager, shop):
    widget, messages = make_timeline(qtbot, db, manager)
    order_id, bays = shop["orders"]["ЗН-1"], shop["bays"]
    item = bars_of(widget, "ЗН-1")[0]
    move_to_bay(db, manager, order_id, bays[0], expected_version=item.bar.order_version)

    drag(widget, item, widget.lane_y(bays[1]))

    assert len(messages) == 1
    assert messages[0].startswith("Someone else changed this work order")
    assert f"{manager.full_name} saved it at" in messages[0]  # who moved it meanwhile
    assert bay_of(db, order_id) == bays[0]
    qtbot.waitUntil(lambda: bars_of(widget, "ЗН-1")[0] is not item)  # reloaded
    assert lane_under(widget, bars_of(widget, "ЗН-1")[0]) == bays[0]
    assert bars_of(widget, "ЗН-1")[0].bar.order_version == item.bar.order_version + 1


def test_double_click_asks_to_open_the_order(qtbot, db, manager, shop):
    widget, _messages = make_timeline(qtbot, db, manager)
    item = bars_of(widget, "ЗН-2")[0]
    point = widget.view.mapFromScene(item.mapToScene(item.rect().center()))

    with qtbot.waitSignal(widget.sig_open_order) as opened:
        QTest.mouseDClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert opened.args == [shop["orders"]["ЗН-2"]]


def test_week_and_the_day_buttons(qtbot, db, manager, shop, fixed_clock):
    widget, _messages = make_timeline(qtbot, db, manager)
    widget.set_mode(LaneKind.BAY, Span.WEEK)
    assert widget.scale.first == date(2026, 11, 23)  # a Monday
    assert len(widget.bar_items()) == 4
    assert widget.view.chart.sceneRect().width() == pytest.approx(7 * 24 * 12)

    widget.toolbar.next_button.click()
    assert widget.scale.first == date(2026, 11, 30)
    assert widget.bar_items() == []

    widget.toolbar.day_button.click()
    widget.toolbar.previous_button.click()
    assert (widget.scale.span, widget.scale.first) == (Span.DAY, date(2026, 11, 29))
    widget.toolbar.today_button.click()
    assert widget.scale.first == fixed_clock.date()
    assert len(widget.bar_items()) == 4


def test_a_day_with_a_clock_change_is_25_hours_wide():
    berlin = ZoneInfo("Europe/Berlin")
    scale = TimeScale.around(date(2026, 10, 25), Span.DAY, berlin)

    assert scale.width == pytest.approx(25 * LOOKS[Span.DAY].hour_width)
    hours = [local.hour for _x, local in scale.marks(60)]
    assert hours == [0, 1, 2, 2, *range(3, 24)]


def test_overlapping_bars_of_a_lane_are_stacked(fixed_clock):
    scale = TimeScale.around(fixed_clock.date(), Span.DAY, UTC)
    lane = Lane(7, "Пост 7")

    def bar(number: str, start_hour: int, end_hour: int) -> OrderBar:
        day = datetime.combine(fixed_clock.date(), datetime.min.time(), UTC)
        return OrderBar(
            order_id=int(number[-1]),
            order_version=1,
            lane_id=7,
            number=number,
            status=WorkOrderStatus.IN_PROGRESS,
            vehicle_title="Lada Vesta",
            plate="А123ВС77",
            client_name="Петров",
            start=day + start_hour * HOUR,
            end=day + end_hour * HOUR,
            promised=True,
            overdue=False,
        )

    bars = (bar("ЗН-1", 8, 12), bar("ЗН-2", 10, 14), bar("ЗН-3", 13, 16))
    shown = ShopTimeline(LaneKind.BAY, scale.start, scale.end, fixed_clock, (lane,), bars, ())
    layout = lay_out(shown, scale, bar_height=40)

    tops = {placed.item.number: placed.rect.top() for placed in layout.bars}
    assert tops["ЗН-1"] == tops["ЗН-3"] < tops["ЗН-2"]  # the third fits where the first ended
    row = layout.row_of(7)
    assert row.height > 80 and row.count == 3
    assert [r.lane.id if r.lane else "booked" for r in layout.rows] == ["booked", 7, None]
