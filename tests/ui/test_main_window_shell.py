"""The main window shell on its own: navigation by role, search, state kept between starts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desk_app.models import Role
from desk_app.services.permissions import Area
from desk_app.services.workshop import ReadyCar
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.main_window import MainWindow
from desk_app.ui.settings import Settings
from tests.factories import make_client, make_vehicle, make_work_order


class RecordingArea(AreaWidget):
    """Stands in for a real area: records what the shell asks of it."""

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.refreshed = 0
        self.shop_changes = 0
        self.searched: list[str] = []

    def title(self) -> str:
        return self.area.value

    def refresh(self) -> None:
        self.refreshed += 1

    def shop_changed(self) -> None:
        self.shop_changes += 1

    def search(self, text: str) -> bool:
        if self.area is not Area.CLIENTS:
            return False
        self.searched.append(text)
        return True

    def show_record(self, kind: str, record_id: int) -> bool:
        if self.area is not Area.TIMELINE:
            return False
        self.searched.append(f"{kind} {record_id}")
        return True


def factories():
    def make(area: Area):
        return type(f"{area.value}Area", (RecordingArea,), {"area": area})

    return {area: make(area) for area in Area}


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, db, actor, settings) -> MainWindow:
    window = MainWindow(AreaContext(db, actor), settings, factories())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_a_receptionist_sees_only_the_front_desk_areas(qtbot, db, make_actor, settings):
    window = open_window(qtbot, db, make_actor(Role.RECEPTIONIST), settings)
    assert window.allowed_areas() == [Area.INTAKE, Area.TIMELINE, Area.CLIENTS, Area.REQUESTS]
    assert window.current_area() is Area.INTAKE
    with pytest.raises(ValueError):
        window.show_area(Area.ADMIN)


def test_the_manager_reaches_every_area(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    for area in Area:
        widget = window.show_area(area)
        assert window.current_area() is area
        assert widget.refreshed >= 1


def test_ctrl_number_switches_areas(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() is Area.CLIENTS


def test_ctrl_f_goes_to_the_search_box_and_enter_searches_clients(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    qtbot.keyClicks(window.search_box, "916 123")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_area() is Area.CLIENTS
    assert window.area_widget(Area.CLIENTS).searched == ["916 123"]


def test_an_order_number_typed_or_scanned_opens_the_order(qtbot, db, manager, settings):
    client = make_client(db)
    order = make_work_order(db, client, make_vehicle(db, client), manager.id, number="26-000042")
    window = open_window(qtbot, db, manager, settings)
    window.search_box.setText("26-000042")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_area() is Area.TIMELINE
    assert window.area_widget(Area.TIMELINE).searched == [f"work_order {order}"]
    assert window.area_widget(Area.CLIENTS).searched == []


def test_the_status_bar_names_the_user_and_the_database(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    assert "Anna Manager" in window.user_label.text()
    assert db.describe() in window.database_label.text()


def test_the_last_area_and_size_come_back(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    window.resize(640, 480)
    window.show_area(Area.REPORTS)
    window.close()
    again = open_window(qtbot, db, manager, settings)
    assert again.current_area() is Area.REPORTS
    assert again.size().width() == 640


def test_logging_out_says_so_when_closing(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    with qtbot.waitSignal(window.sig_closed) as closed:
        window._log_out()
    assert closed.args == [True]


def test_the_workshop_gets_no_client_search(qtbot, db, make_actor, settings):
    window = open_window(qtbot, db, make_actor(Role.MECHANIC), settings)
    assert window.allowed_areas() == [Area.TIMELINE]
    assert not window.search_box.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not window.search_box


def test_another_desks_change_reaches_the_area_on_show(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    shown = window.show_area(Area.TIMELINE)
    other = window.area_widget(Area.CLIENTS)
    window.watcher.sig_shop_changed.emit()
    assert (shown.shop_changes, other.shop_changes) == (1, 0)


def test_reception_is_told_to_call_when_cars_are_ready(qtbot, db, manager, settings):
    window = open_window(qtbot, db, manager, settings)
    car = ReadyCar(7, "26-000007", "Kia Rio", "М456ОР199", "Петров Сергей", datetime.now(UTC))
    window.watcher.sig_cars_ready.emit([car])
    message = window.statusBar().currentMessage()
    assert "26-000007" in message and "call Петров Сергей" in message
    window.watcher.sig_cars_ready.emit([car, car])
    assert "2 cars are ready" in window.statusBar().currentMessage()
