"""Printing from the work-order window: Ctrl+P previews the document the status calls for,
the menu offers the others, and a printed or saved copy lands on the order's history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton

from desk_app.models import Role, WorkOrderStatus
from desk_app.services import order_history
from desk_app.services.order_print import Document
from desk_app.ui.area import AreaContext
from desk_app.ui.orders import OrderDialog
from desk_app.ui.printing.order_printing import default_document
from tests.factories import make_client, make_vehicle, make_work_order


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Юдина Валерия Леонидовна")


@pytest.fixture
def order_id(db, desk, fixed_clock) -> int:
    client = make_client(db, "Петров", "Сергей", phones=["+79031112233"])
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    return make_work_order(db, client, vehicle, desk.id, complaints="Скрип при торможении")


@pytest.fixture
def dialog(qtbot, db, desk, order_id, tmp_path, monkeypatch):
    monkeypatch.setattr(
        "desk_app.ui.printing.preview_dialog.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "act.pdf"), ""),
    )
    window = OrderDialog(AreaContext(db, desk), order_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def printed(db, actor, order_id) -> list[order_history.HistoryEvent]:
    events = order_history.load_history(db, actor, order_id).events
    return [event for event in events if event.kind is order_history.EventKind.PRINTED]


def test_ctrl_p_previews_the_acceptance_act_and_a_saved_copy_is_on_the_history(
    qtbot, db, desk, order_id, dialog, tmp_path
):
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    preview = dialog.printing.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.document.pageCount() >= 1
    assert "Acceptance act" in preview.windowTitle()

    preview.save_document()

    assert (tmp_path / "act.pdf").read_bytes().startswith(b"%PDF")
    events = printed(db, desk, order_id)
    assert [event.text for event in events] == ["acceptance_act"]
    dialog.tabs.setCurrentIndex(1)
    assert any("Printed: Acceptance act" in line for line in dialog.history.texts())


def test_the_menu_prints_the_workshop_sheet_and_two_copies(qtbot, db, desk, order_id, dialog):
    menu = dialog.printing.button.menu()
    titles = [action.text() for action in menu.actions()]
    assert titles == [
        "Acceptance act",
        "Workshop sheet",
        "Handover sheet",
        "Acceptance act, two copies",
    ]
    menu.actions()[1].trigger()
    preview = dialog.printing.preview
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    one = dialog.printing.open_preview(Document.ACCEPTANCE_ACT)
    qtbot.waitUntil(lambda: one.document.status() == QPdfDocument.Status.Ready)
    menu.actions()[3].trigger()
    two = dialog.printing.preview
    qtbot.waitUntil(lambda: two.document.status() == QPdfDocument.Status.Ready)
    assert two.document.pageCount() == 2 * one.document.pageCount()


def test_the_handover_sheet_is_the_default_once_the_car_is_ready():
    assert default_document(WorkOrderStatus.ACCEPTED) is Document.ACCEPTANCE_ACT
    assert default_document(WorkOrderStatus.IN_PROGRESS) is Document.ACCEPTANCE_ACT
    assert default_document(WorkOrderStatus.READY) is Document.HANDOVER_SHEET
    assert default_document(WorkOrderStatus.HANDED_OVER) is Document.HANDOVER_SHEET


def test_a_mechanic_has_no_print_button(qtbot, db, make_actor, order_id):
    mechanic = make_actor(Role.MECHANIC)
    window = OrderDialog(AreaContext(db, mechanic), order_id)
    qtbot.addWidget(window)
    assert window.findChild(QPushButton, "print") is None
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.printing.preview is None
