"""News of a new request reaches the parts clerk wherever he works: the Requests area is
built at login, its button counts what arrived, and the status bar names it. And a request
about a car is filed from the car's own order window."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import QSettings

from desk_app.models import RequestKind, Role
from desk_app.services import request_filing
from desk_app.services.permissions import Area
from desk_app.services.request_filing import RequestInput
from desk_app.ui.area import AreaContext
from desk_app.ui.main_window import MainWindow
from desk_app.ui.orders.order_dialog import OrderDialog
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.settings import Settings
from tests.factories import make_client, make_vehicle, make_work_order
from tests.ui.test_main_window_shell import factories


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


def quick_requests_area(context, parent):
    return RequestsArea(context, parent, poll_ms=50)


def test_a_new_request_is_announced_while_finance_works_elsewhere(qtbot, db, make_actor, settings):
    finance = make_actor(Role.FINANCE, name="Орлова Мария Викторовна")
    reception = make_actor(Role.RECEPTIONIST, name="Петров Олег Игоревич")
    settings.last_area = Area.REPORTS.value
    window = MainWindow(
        AreaContext(db, finance), settings, {**factories(), Area.REQUESTS: quick_requests_area}
    )
    qtbot.addWidget(window)
    window.show()
    assert window.current_area() is Area.REPORTS
    requests_button = window._actions[Area.REQUESTS]
    assert requests_button.text() == "Requests"

    request_filing.file_request(
        db,
        reception,
        RequestInput(kind=RequestKind.FINANCE_PREPAYMENT, text="Предоплата 5 000 ₽ переводом"),
        UTC,
    )

    qtbot.waitUntil(lambda: requests_button.text() == "Requests (1)", timeout=3000)
    assert "New request from Петров О. И." in window.statusBar().currentMessage()
    area = window.show_area(Area.REQUESTS)
    assert isinstance(area, RequestsArea)
    area.banner.open_newest()
    assert requests_button.text() == "Requests"


def test_the_order_window_files_a_request_about_its_car(qtbot, db, make_actor):
    master = make_actor(Role.MASTER, name="Соколов Игорь Николаевич")
    client = make_client(db)
    order_id = make_work_order(db, client, make_vehicle(db, client), master.id, number="3H-00042")
    dialog = OrderDialog(AreaContext(db, master), order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.requests)

    dialog.requests.file_button.click()

    form = dialog.request_form
    assert form is not None
    assert form.order_edit.text() == "3H-00042"
    form.set_kind(RequestKind.PARTS_AVAILABILITY)
    form.text_edit.setPlainText("Колодки передние на Vesta, есть?")
    assert form.file()
    qtbot.waitUntil(lambda: dialog.requests.model.rowCount() == 1)
