"""A mechanic's own work: his cars, ticking works, sending the car to the quality check, and
never a word about the client or the money."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QWidget,
)

from desk_app.models import PartLine, Role, WorkOrder, WorkOrderStatus
from desk_app.ui.area import AreaContext
from desk_app.ui.timeline.cards import CARD_ROLE, Card
from desk_app.ui.timeline.my_work import MyWorkPanel
from tests.factories import make_bay, make_client, make_vehicle, make_work_order

CLIENT_TRACES = ("Петров", "Сергей", "Ильич", "+79031112233", "903", "111-22-33", "Ленина")
PRICE_TRACES = ("4321", "4 321", "4,321")


@pytest.fixture
def mechanic(make_actor):
    return make_actor(Role.MECHANIC, name="Сидоров Пётр")


@pytest.fixture
def job(db, manager, mechanic, fixed_clock) -> int:
    """A car in work with two works of his, one of someone else's, and a priced part."""
    client = make_client(
        db, "Петров", "Сергей", "Ильич", phones=["+79031112233"], address="ул. Ленина, 1"
    )
    vesta = make_vehicle(
        db, client, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213", colour="белый"
    )
    rio = make_vehicle(db, client, "Kia", "Rio", "М456ОР199")
    order = make_work_order(
        db,
        client,
        vesta,
        manager.id,
        number="ЗН-7",
        status=WorkOrderStatus.IN_PROGRESS,
        promised_at=fixed_clock + timedelta(hours=2),
        bay_id=make_bay(db, "Пост 4"),
        complaints="Стук спереди справа на кочках; <b>не</b> трогать магнитолу",
        works=[("Замена стойки стабилизатора", mechanic.id), ("Развал-схождение", mechanic.id)],
    )
    with db.transaction() as session:
        session.add(
            PartLine(
                work_order_id=order,
                position=1,
                part_number="21700-2906062",
                name="Стойка стабилизатора",
                quantity=Decimal("2"),
                unit_price=Decimal("4321.00"),
            )
        )
    # Another car of the same client with nobody's work on it: not on his list.
    make_work_order(db, client, rio, manager.id, number="ЗН-8", works=[("Замена масла", None)])
    return order


def make_panel(qtbot, db, actor) -> MyWorkPanel:
    panel = MyWorkPanel(AreaContext(db, actor))
    qtbot.addWidget(panel)
    panel.resize(1300, 750)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel


def status_of(db, order: int) -> WorkOrderStatus:
    with db.transaction() as session:
        return session.get(WorkOrder, order).status


def work_boxes(panel: MyWorkPanel) -> list[QCheckBox]:
    return panel.sheet.work_boxes()


def test_his_cars_and_the_chosen_job(qtbot, db, mechanic, job):
    panel = make_panel(qtbot, db, mechanic)

    assert [row.number for row in panel.model.rows()] == ["ЗН-7"]
    assert panel.current_row().id == job
    card = panel.model.index(0, 0).data(CARD_ROLE)
    assert card.corner == "In progress"
    assert card.footer == "Пост 4 · 0 of 2 works done"
    assert panel.sheet.facts["vin"].text() == "XTAGFK330JY144213"
    assert panel.sheet.complaints.text() == (
        "Стук спереди справа на кочках; <b>не</b> трогать магнитолу"
    )
    assert panel.sheet.complaints.textFormat() == Qt.TextFormat.PlainText
    assert [box.text() for box in work_boxes(panel)] == [
        "Замена стойки стабилизатора",
        "Развал-схождение",
    ]
    assert panel.sheet.parts_model.rowCount() == 1
    assert panel.send_button.isEnabled()


def test_ticking_every_work_then_sending_the_car_to_the_check(qtbot, db, mechanic, job):
    panel = make_panel(qtbot, db, mechanic)
    first, second = work_boxes(panel)

    first.click()
    second.click()
    assert work_boxes(panel) == [first, second]  # ticked in place: the focus stays put
    assert all(row.done for row in panel.current_row().works)
    assert panel.model.index(0, 0).data(CARD_ROLE).footer.endswith("2 of 2 works done")

    with qtbot.waitSignal(panel.sig_status_message) as message:
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)

    assert status_of(db, job) is WorkOrderStatus.QUALITY_CHECK
    assert message.args == ["Order ЗН-7 is sent to the quality check."]
    assert not panel.send_button.isEnabled()
    assert not any(box.isEnabled() for box in work_boxes(panel))
    assert "quality check" in panel.message.text()


def test_a_work_left_undone_is_said_beside_the_button(qtbot, db, mechanic, job):
    panel = make_panel(qtbot, db, mechanic)
    work_boxes(panel)[0].click()

    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)

    assert status_of(db, job) is WorkOrderStatus.IN_PROGRESS
    assert panel.message.text() == "1 of the works on order ЗН-7 are not marked done yet."
    assert panel.message.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]

    work_boxes(panel)[0].click()  # un-ticking a work is another action: the refusal goes
    assert panel.message.text() == ""


def test_a_car_not_yet_in_work_cannot_be_ticked_or_sent(qtbot, db, mechanic, job):
    with db.transaction() as session:
        session.get(WorkOrder, job).status = WorkOrderStatus.ACCEPTED
    panel = make_panel(qtbot, db, mechanic)

    assert not any(box.isEnabled() for box in work_boxes(panel))
    assert not panel.send_button.isEnabled()
    assert panel.message.text() == "The car is “Accepted” now, not in work."


def test_nothing_assigned(qtbot, db, make_actor, job):
    panel = make_panel(qtbot, db, make_actor(Role.MECHANIC, name="Новиков Илья"))
    assert panel.model.rowCount() == 0
    assert panel.pages.currentIndex() == 0
    assert panel.heading.text() == "My cars (0)"


def everything_shown(panel: MyWorkPanel) -> list[str]:
    """Every text the panel can show: labels, buttons, tooltips, and every cell and card."""
    texts: list[str] = [panel.windowTitle(), panel.toolTip()]
    for widget in panel.findChildren(QWidget):
        texts += [widget.toolTip(), widget.windowTitle(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
                for row in range(model.rowCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(index.data(role)))
                    card = index.data(CARD_ROLE)
                    if isinstance(card, Card):
                        texts += [card.text, card.corner, card.title, *card.lines]
    return texts


def test_the_client_and_the_money_never_show(qtbot, db, mechanic, job):
    panel = make_panel(qtbot, db, mechanic)
    seen = everything_shown(panel)
    for box in work_boxes(panel):
        box.click()
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    seen += everything_shown(panel)

    assert any("XTAGFK330JY144213" in text for text in seen)  # the walk does reach the data
    assert any("Стойка стабилизатора" in text for text in seen)
    leaks = [text for text in seen for trace in CLIENT_TRACES + PRICE_TRACES if trace in text]
    assert leaks == []
