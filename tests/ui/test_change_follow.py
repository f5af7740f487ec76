"""Who follows the change feed: the shop watcher and the request arrivals look at once (their
own polls are set to a minute here, so only the feed can make them look in time); open
order and client windows reload, or say "Changed at another desk" while being edited."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings

from desk_app.models import Role, WorkOrderStatus
from desk_app.services import order_status
from desk_app.services.order_card import load_order
from desk_app.services.permissions import Actor, Area
from desk_app.store.database import Database
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.change_signal import ChangeFeed
from desk_app.ui.clients.card_dialog import ClientCardDialog
from desk_app.ui.live_updates import ShopWatcher
from desk_app.ui.main_window import AreaFactory, MainWindow
from desk_app.ui.orders import OrderDialog
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.settings import Settings
from tests.factories import make_client, make_staff, make_vehicle, make_work_order
from tests.request_factories import make_request

HEARD_WITHIN_MS = 2000
SLOW_MS = 60_000
"""The polls' own interval here: longer than any test waits."""
S = WorkOrderStatus


class QuietArea(AreaWidget):
    """Stands in for the areas the tests do not look at."""

    def title(self) -> str:
        return self.area.value


def factories() -> dict[Area, AreaFactory]:
    made: dict[Area, AreaFactory] = {
        area: type(f"{area.value}Area", (QuietArea,), {"area": area}) for area in Area
    }
    made[Area.REQUESTS] = lambda context, parent: RequestsArea(context, parent, poll_ms=SLOW_MS)
    return made


@pytest.fixture
def open_window(qtbot, tmp_path) -> Iterator[Callable[[Database, Actor], MainWindow]]:
    windows: list[MainWindow] = []

    def open_(db: Database, actor: Actor) -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AreaContext(db, actor), settings, factories())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.feed.is_listening, timeout=HEARD_WITHIN_MS)
        windows.append(window)
        return window

    yield open_
    for window in windows:  # before the database goes: the feed's thread ends here
        window.close()


def other_desk(db: Database) -> Database:
    return Database.open(db.url.render_as_string(hide_password=False))


def an_order(db: Database, reception: Actor) -> int:
    client = make_client(db, "Петров", "Сергей")
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    return make_work_order(db, client, vehicle, reception.id, number="ЗН-1")


def move(db: Database, actor: Actor, order_id: int, target: S) -> None:
    version = load_order(db, actor, order_id).version
    order_status.move_order(db, actor, order_id, target, expected_version=version)


def test_the_watcher_looks_when_the_feed_speaks_and_polls_slowly_meanwhile(qtbot, db):
    master = make_staff(db, Role.MASTER, name="Хохлов Юрий")
    order = an_order(db, master)
    feed = ChangeFeed(db, poll_ms=50)
    watcher = ShopWatcher(AreaContext(db, master), interval_ms=1000, feed=feed, fallback_ms=SLOW_MS)
    feed.start()
    watcher.start()
    assert watcher.timer.interval() == SLOW_MS
    other = other_desk(db)
    try:
        with qtbot.waitSignal(watcher.sig_shop_changed, timeout=HEARD_WITHIN_MS):
            move(other, master, order, S.DIAGNOSIS)
    finally:
        other.dispose()

    feed._lost("server closed the connection")  # the feed is down: poll every second
    assert watcher.timer.interval() == 1000
    feed._back()
    assert watcher.timer.interval() == SLOW_MS
    watcher.stop()
    feed.stop()


def test_a_request_filed_at_another_desk_reaches_the_clerk_at_once(qtbot, any_db, open_window):
    reception = make_staff(any_db, Role.RECEPTIONIST, name="Петров Олег Игоревич")
    clerk = make_staff(any_db, Role.PARTS_CLERK, name="Козлов Денис")
    window = open_window(any_db, clerk)
    area = window.area_widget(Area.REQUESTS)
    assert isinstance(area, RequestsArea) and area.arrivals is not None
    assert area.arrivals.feed is window.feed
    assert area.arrivals.timer.interval() == SLOW_MS
    other = other_desk(any_db)
    try:
        make_request(other, reception.id, created_at=None)
    finally:
        other.dispose()
    qtbot.waitUntil(area.banner.isVisible, timeout=HEARD_WITHIN_MS)


def test_an_open_order_window_follows_another_desk(qtbot, any_db, open_window):
    master = make_staff(any_db, Role.MASTER, name="Хохлов Юрий")
    order = an_order(any_db, master)
    window = open_window(any_db, master)
    dialog = OrderDialog(window.context, order, window.area_widget(Area.TIMELINE))
    qtbot.addWidget(dialog)
    dialog.show()
    other = other_desk(any_db)
    try:
        move(other, master, order, S.DIAGNOSIS)
        qtbot.waitUntil(
            lambda: dialog.card is not None and dialog.card.status is S.DIAGNOSIS,
            timeout=HEARD_WITHIN_MS,
        )
        assert dialog.change_note.isHidden()

        dialog.change_discount()  # a form is open over the window: it is not reloaded
        assert dialog.form is not None
        move(other, master, order, S.IN_PROGRESS)
        qtbot.waitUntil(lambda: not dialog.change_note.isHidden(), timeout=HEARD_WITHIN_MS)
        assert dialog.change_note.text() == "Changed at another desk"
        assert dialog.card is not None and dialog.card.status is S.DIAGNOSIS
        assert not dialog.reload_button.isHidden()
        dialog.form.reject()

        dialog.reload_button.click()
        assert dialog.card is not None and dialog.card.status is S.IN_PROGRESS
        assert dialog.change_note.isHidden() and dialog.reload_button.isHidden()
    finally:
        other.dispose()


def test_an_open_client_card_follows_another_desk(qtbot, db, open_window):
    manager = make_staff(db, Role.MANAGER, name="Анна Управляющая")
    client = make_client(db, "Кузнецов", "Игорь")
    window = open_window(db, manager)
    card = ClientCardDialog(window.context, client, window.area_widget(Area.CLIENTS))
    qtbot.addWidget(card)
    card.show()
    other = other_desk(db)
    try:
        make_vehicle(other, client, "Kia", "Rio", "М456ОР199")
        qtbot.waitUntil(
            lambda: card.card is not None and len(card.card.vehicles) == 1,
            timeout=HEARD_WITHIN_MS,
        )

        card.contacts.start_edit("last_name")  # editing in place: not reloaded under him
        make_vehicle(other, client, "Lada", "Granta", "В789КН77")
        qtbot.waitUntil(lambda: not card.change_note.isHidden(), timeout=HEARD_WITHIN_MS)
        assert card.card is not None and len(card.card.vehicles) == 1

        card.reload_button.click()
        assert len(card.card.vehicles) == 2
        assert card.change_note.isHidden()
    finally:
        other.dispose()
