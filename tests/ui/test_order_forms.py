"""The forms the work-order window opens: a work or part with a bad number, proposing extra
works and recording the client's answer, the quality check, the discount and prepayment,
removing a line, and a form saved against an order someone else changed."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app.models import LineApproval, WorkOrder, WorkOrderStatus
from desk_app.services import order_lines
from desk_app.services.order_card import load_order
from desk_app.ui.formatting import money as as_money_text
from desk_app.ui.orders.answer_dialog import AnswerDialog
from desk_app.ui.orders.comment_dialog import CommentDialog
from desk_app.ui.orders.line_editor import LineEditor
from desk_app.ui.orders.line_models import LineKind
from desk_app.ui.orders.money_dialogs import DiscountDialog, PrepaymentDialog
from desk_app.ui.orders.quality_dialog import QualityDialog
from tests.factories import make_work_order
from tests.ui import test_order_dialog as shared
from tests.ui.test_order_dialog import click

S = WorkOrderStatus
people, new_order, open_dialog = shared.people, shared.new_order, shared.open_dialog
"""The window's fixtures, shared with its own tests."""


def as_money(amount: str) -> str:
    """An amount as the window shows it in the test's locale."""
    return as_money_text(Decimal(amount))


def open_editor(qtbot, dialog, kind: LineKind) -> LineEditor:
    click(qtbot, dialog.lines.sections[kind].add_button)
    editor = dialog.form
    assert isinstance(editor, LineEditor)
    qtbot.waitExposed(editor)
    return editor


def fill_work(editor: LineEditor, name: str, hours: str, rate: str) -> None:
    editor.name_edit.setText(name)
    editor.hours_edit.setText(hours)
    editor.rate_edit.setText(rate)


def cell(dialog, kind: LineKind, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = dialog.lines.sections[kind].model
    return model.index(row, column).data(role)


@pytest.mark.parametrize(
    ("rate", "message"),
    [("-500", "An amount cannot be negative."), ("дорого", "Enter a number.")],
)
def test_a_bad_price_is_shown_beside_its_field_and_kept(
    qtbot, db, people, new_order, open_dialog, rate, message
):
    order_id = new_order()
    dialog = open_dialog(people.master, order_id)
    editor = open_editor(qtbot, dialog, LineKind.WORK)
    assert not editor.findChild(object, "proposedHint")
    fill_work(editor, "Замена тормозной жидкости", "0.5", rate)
    click(qtbot, editor.save_button)

    assert editor.isVisible()
    assert editor.message_for("rate") == message
    assert editor.message_for("name") == ""
    assert editor.rate_edit.text() == rate
    assert editor.name_edit.text() == "Замена тормозной жидкости"
    assert len(load_order(db, people.master, order_id).labour) == 1

    editor.rate_edit.setText("2400")
    with qtbot.waitSignal(dialog.sig_changed):
        click(qtbot, editor.save_button)
    assert not editor.isVisible()
    card = load_order(db, people.master, order_id)
    added = card.labour[-1]
    assert (added.name, added.norm_hours, added.rate) == (
        "Замена тормозной жидкости",
        Decimal("0.50"),
        Decimal("2400.00"),
    )
    assert added.approval is LineApproval.AGREED
    assert cell(dialog, LineKind.WORK, 1, 1) == "Замена тормозной жидкости"
    assert dialog.lines.money.amounts["labour"].text() == as_money("1200")


def test_every_problem_of_a_part_is_shown_at_once(qtbot, db, people, new_order, open_dialog):
    dialog = open_dialog(people.reception, new_order())
    editor = open_editor(qtbot, dialog, LineKind.PART)
    editor.quantity_edit.setText("0")
    editor.price_edit.setText("-1")
    click(qtbot, editor.save_button)
    assert editor.message_for("name") == "Name the part."
    assert editor.message_for("quantity") == "The value must be more than zero."
    assert editor.message_for("unit_price") == "An amount cannot be negative."


def test_changing_a_line_and_removing_one(qtbot, db, people, new_order, open_dialog):
    order_id = new_order()
    dialog = open_dialog(people.master, order_id)
    section = dialog.lines.sections[LineKind.WORK]
    section.table.selectRow(0)
    click(qtbot, section.edit_button)
    editor = dialog.form
    assert isinstance(editor, LineEditor)
    assert editor.name_edit.text() == "Замена тормозных колодок"
    assert editor.mechanic_combo is not None
    assert editor.mechanic_combo.currentText() == "Зыков Вадим Вячеславович"
    fill_work(editor, "Замена передних тормозных колодок", "1.2", "2500")
    click(qtbot, editor.save_button)
    assert load_order(db, people.master, order_id).labour[0].amount == Decimal("3000.00")

    section.table.selectRow(0)
    click(qtbot, section.remove_button)
    box = dialog.form
    assert isinstance(box, QMessageBox)
    assert "Замена передних тормозных колодок" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert load_order(db, people.master, order_id).labour == ()
    assert section.model.rowCount() == 0


def test_proposing_extra_works_and_recording_the_clients_answer(
    qtbot, db, people, new_order, open_dialog
):
    order_id = new_order(S.DIAGNOSIS)
    master = open_dialog(people.master, order_id)
    assert not master.actions.ask_button.isVisible()
    editor = open_editor(qtbot, master, LineKind.WORK)
    assert editor.findChild(object, "proposedHint").isVisible()
    fill_work(editor, "Замена тормозных дисков", "1.5", "2000")
    click(qtbot, editor.save_button)
    editor = open_editor(qtbot, master, LineKind.PART)
    editor.name_edit.setText("Диск тормозной")
    editor.quantity_edit.setText("2")
    editor.price_edit.setText("3500")
    click(qtbot, editor.save_button)

    assert cell(master, LineKind.WORK, 1, 7) == "proposed"
    assert cell(master, LineKind.WORK, 1, 1, Qt.ItemDataRole.FontRole).italic()
    money = master.lines.money
    assert money.proposed.isVisible()
    assert money.proposed.text().endswith("+" + as_money("10000"))
    assert money.amounts["total"].text() == as_money("0")

    click(qtbot, master.actions.ask_button)
    ask = master.form
    assert isinstance(ask, CommentDialog)
    ask.comment_edit.setPlainText("Диски ниже минимальной толщины")
    click(qtbot, ask.ok_button)
    assert load_order(db, people.master, order_id).status is S.AWAITING_APPROVAL
    assert not master.actions.answer_button.isVisible()  # the master does not talk terms

    reception = open_dialog(people.reception, order_id)
    click(qtbot, reception.actions.answer_button)
    answer = reception.form
    assert isinstance(answer, AnswerDialog)
    assert answer.who_edit.text() == "Петров Сергей"
    assert answer.summary.text() == f"Agreed 0 of 2: {as_money('0')}"
    work_key = next(key for key in answer.line_boxes if key[0] is LineKind.WORK)
    answer.line_boxes[work_key].setChecked(True)
    answer.who_edit.setText("")
    click(qtbot, answer.save_button)
    assert answer.message_for("answered_by") == "Write who answered for the client."

    answer.who_edit.setText("Петров Сергей")
    with qtbot.waitSignal(reception.sig_changed):
        click(qtbot, answer.save_button)
    card = load_order(db, people.reception, order_id)
    assert card.status is S.IN_PROGRESS
    assert card.labour[1].approval is LineApproval.AGREED
    assert card.parts[0].approval is LineApproval.DECLINED
    assert card.money.total == Decimal("3000.00")
    assert cell(reception, LineKind.PART, 0, 6) == "declined"
    assert cell(reception, LineKind.PART, 0, 1, Qt.ItemDataRole.FontRole).strikeOut()
    assert not reception.actions.answer_button.isVisible()
    reception.tabs.setCurrentIndex(1)
    answered = next(t for t in reception.history.texts() if t.startswith("The client answered"))
    assert answered.endswith("Петров Сергей · Phone call")


def test_failing_the_quality_check_needs_a_reason(qtbot, db, people, new_order, open_dialog):
    order_id = new_order(S.QUALITY_CHECK)
    assert not open_dialog(people.reception, order_id).actions.quality_button.isVisible()
    dialog = open_dialog(people.master, order_id)
    click(qtbot, dialog.actions.quality_button)
    check = dialog.form
    assert isinstance(check, QualityDialog)
    assert "Road test done, no noises or pulling" in [b.text() for b in check.point_boxes.values()]
    work_point = next(key for key in check.point_boxes if key.startswith("work:"))
    assert check.point_boxes[work_point].text() == "Замена тормозных колодок"

    check.tick_all()
    check.point_boxes[work_point].setChecked(False)
    click(qtbot, check.pass_button)
    assert check.message_for("points") == (
        "Tick every point to pass, or fail the check and say why."
    )
    click(qtbot, check.fail_button)
    assert check.message_for("reason") == "Say what is wrong, for the mechanic."
    assert load_order(db, people.master, order_id).status is S.QUALITY_CHECK

    check.reason_edit.setPlainText("Колодки скрипят на пробной поездке")
    click(qtbot, check.fail_button)
    assert load_order(db, people.master, order_id).status is S.IN_PROGRESS
    assert not dialog.actions.quality_button.isVisible()


def test_passing_the_quality_check_makes_the_car_ready(qtbot, db, people, new_order, open_dialog):
    order_id = new_order(S.QUALITY_CHECK)
    dialog = open_dialog(people.master, order_id)
    click(qtbot, dialog.actions.quality_button)
    check = dialog.form
    click(qtbot, check.all_button)
    assert check.count_label.text() == "7 of 7 points ticked"
    click(qtbot, check.pass_button)
    assert load_order(db, people.master, order_id).status is S.READY
    assert dialog.header.status_chip.text() == "Ready"


def test_the_discount_needs_a_reason_and_the_prepayment_a_number(
    qtbot, db, people, new_order, open_dialog
):
    order_id = new_order()
    dialog = open_dialog(people.reception, order_id)
    editor = open_editor(qtbot, dialog, LineKind.PART)
    editor.name_edit.setText("Колодки тормозные")
    editor.price_edit.setText("4000")
    click(qtbot, editor.save_button)

    click(qtbot, dialog.lines.money.discount_button)
    discount = dialog.form
    assert isinstance(discount, DiscountDialog)
    discount.percent_edit.setText("10")
    click(qtbot, discount.save_button)
    assert discount.message_for("discount_reason") == "Say why the discount is given."
    discount.reason_edit.setText("Постоянный клиент")
    click(qtbot, discount.save_button)
    assert discount.message_for("discount_percent") == (
        "The rule gives this client 0 %; a larger discount needs the finance department's approval."
    )
    discount.close()
    manager_window = open_dialog(people.manager, order_id)
    click(qtbot, manager_window.lines.money.discount_button)
    discount = manager_window.form
    discount.percent_edit.setText("10")
    discount.reason_edit.setText("Постоянный клиент")
    click(qtbot, discount.save_button)
    dialog.reload()

    click(qtbot, dialog.lines.money.prepayment_button)
    prepayment = dialog.form
    assert isinstance(prepayment, PrepaymentDialog)
    prepayment.amount_edit.setText("много")
    click(qtbot, prepayment.save_button)
    assert prepayment.message_for("prepayment") == "Enter a number."
    prepayment.amount_edit.setText("5000")
    click(qtbot, prepayment.save_button)

    money = dialog.lines.money
    assert money.captions["discount"].text() == "Discount 10 %"
    assert money.discount_reason.text() == "Постоянный клиент"
    assert money.amounts["total"].text() == as_money("3600")
    assert money.captions["balance"].text() == "To refund"
    assert money.amounts["balance"].text() == as_money("1400")
    assert load_order(db, people.reception, order_id).money.balance_due == Decimal("-1400.00")


def test_a_form_saved_on_a_changed_order_keeps_the_input_and_offers_a_reload(
    qtbot, db, people, new_order, open_dialog
):
    order_id = new_order()
    dialog = open_dialog(people.master, order_id)
    editor = open_editor(qtbot, dialog, LineKind.WORK)
    fill_work(editor, "Прокачка тормозов", "0.4", "2000")
    version = load_order(db, people.manager, order_id).version
    order_lines.set_discount(db, people.manager, order_id, "5", "Акция", expected_version=version)

    click(qtbot, editor.save_button)
    assert "Someone else changed this work order" in editor.message_for("")
    assert editor.reload_button.isVisible()
    assert editor.name_edit.text() == "Прокачка тормозов"

    click(qtbot, editor.reload_button)
    assert dialog.lines.money.captions["discount"].text() == "Discount 5 %"
    assert "save again" in editor.message_for("")
    assert editor.name_edit.text() == "Прокачка тормозов"
    click(qtbot, editor.save_button)
    assert [line.name for line in load_order(db, people.master, order_id).labour] == [
        "Замена тормозных колодок",
        "Прокачка тормозов",
    ]


def test_the_rules_discount_is_offered_and_applied_in_one_click(
    qtbot, db, people, new_order, open_dialog, fixed_clock
):
    order_id = new_order()
    with db.transaction() as session:
        order = session.get(WorkOrder, order_id)
        client_id, vehicle_id = order.client_id, order.vehicle_id
    for days in (300, 200, 100):
        make_work_order(
            db,
            client_id,
            vehicle_id,
            people.reception.id,
            accepted_at=fixed_clock - timedelta(days=days),
        )
    dialog = open_dialog(people.reception, order_id)
    money = dialog.lines.money
    assert not money.advice.isHidden()
    assert "regular since" in money.advice.text() and money.advice.text().endswith("10 %")
    click(qtbot, money.apply_advice)
    applied = load_order(db, people.reception, order_id)
    assert applied.discount_percent == dialog.card.discount_percent > 0
    assert applied.discount_reason.startswith("Regular client:")
    assert money.apply_advice.isHidden()
