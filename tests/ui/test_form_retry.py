"""A form whose database stops answering keeps its input, counts down, and saves when the
database is back; Stop, a refusal or closing ends the waiting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import intake
from desk_app.services.errors import StaleEdit
from desk_app.store.errors import DatabaseBusy, DatabaseUnavailable, StoreError
from desk_app.ui.area import AreaContext
from desk_app.ui.form_dialog import FormDialog
from desk_app.ui.save_retry import SaveRetry
from tests.ui import test_intake_form as intake_ui
from tests.ui.test_intake_form import pick

desk, shop, ivanov = intake_ui.desk, intake_ui.shop, intake_ui.ivanov
"""The intake tests' fixtures: the receptionist, the price list, Ivanov's Lada."""

SHORT = (40, 40, 40)
"""Waits short enough for a test (ms)."""


def lost() -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "The database server at {where} does not answer: {detail}.",
        where="192.168.1.10:5432",
        detail="server closed the connection unexpectedly",
    )


class StatusArea(QWidget):
    """Stands for the area that opens forms: its messages go to the status bar."""

    sig_status_message = Signal(str)


class CommentForm(FormDialog):
    """A small form over an order, as the order window's forms are built."""

    def __init__(self, context: AreaContext, save: Callable[[dict[str, Any]], object], parent):
        super().__init__(context, 3, parent)
        self.setWindowTitle("Comment on order 26-000042")
        self._save = save
        self.client = QLineEdit("Иванов Иван Петрович")
        self.comment = QPlainTextEdit()
        self.call_back = QCheckBox("Call the client when done")
        form = QFormLayout()
        self.form_row(form, "Client", self.client, "client")
        self.form_row(form, "Comment", self.comment, "comment")
        form.addRow("", self.call_back)
        buttons, self.send = self.button_box("Save", "save", self.confirm)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def confirm(self) -> bool:
        values = {
            "client": self.client.text(),
            "comment": self.comment.toPlainText(),
            "call_back": self.call_back.isChecked(),
        }
        return self.run(lambda: self._save(values))


class FlakyService:
    """Fails with each of ``failures`` in turn, then keeps what it was given."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.calls = 0
        self.saved: list[dict[str, Any]] = []

    def __call__(self, values: dict[str, Any]) -> None:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        self.saved.append(values)


@pytest.fixture
def area(qtbot) -> StatusArea:
    widget = StatusArea()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def status(area) -> list[str]:
    said: list[str] = []
    area.sig_status_message.connect(said.append)
    return said


def open_form(qtbot, db, manager, area, service: FlakyService) -> CommentForm:
    form = CommentForm(AreaContext(db, manager), service, area)
    form.retry.delays_ms = SHORT
    form.comment.setPlainText("Проверить стук в подвеске, Lada Vesta А123ВС77")
    form.call_back.setChecked(True)
    form.open()
    qtbot.waitExposed(form)
    return form


def test_a_form_keeps_its_input_counts_down_and_saves_on_the_third_try(
    qtbot, db, manager, area, status
):
    service = FlakyService(lost(), lost())
    form = open_form(qtbot, db, manager, area, service)
    form.retry.delays_ms = (60000,)  # long enough to look at the waiting form

    assert form.confirm() is False
    assert service.calls == 1 and form.isVisible() and form.is_retrying()
    assert form.retry.isVisible()
    assert form.retry.countdown.text() == "Retrying in 60 s…"
    message = form.retry.message.text()
    assert "192.168.1.10:5432 does not answer" in message
    assert "Your input is kept; it will be saved when the connection is back." in message
    assert form.comment.toPlainText() == "Проверить стук в подвеске, Lada Vesta А123ВС77"
    assert not form.comment.isEnabled() and not form.send.isEnabled()  # the sent save waits
    assert form.cancel.isEnabled() and form.retry.retry_now.isEnabled()
    form.grab().save("/tmp/form_retry_waiting.png")
    assert status == [
        "The database server at 192.168.1.10:5432 does not answer: "
        "server closed the connection unexpectedly."
    ]

    form.retry.delays_ms = SHORT
    with qtbot.waitSignal(form.sig_saved, timeout=3000):
        form.retry.retry_now.click()  # fails again, then the countdown saves
    assert service.calls == 3
    assert service.saved == [
        {
            "client": "Иванов Иван Петрович",
            "comment": "Проверить стук в подвеске, Lada Vesta А123ВС77",
            "call_back": True,
        }
    ]
    assert not form.isVisible() and form.result() == FormDialog.DialogCode.Accepted
    assert not form.is_retrying() and not form.retry.timer.isActive()
    assert status[-1] == "The database answers again: your input is saved."


@pytest.mark.parametrize(
    "failure", [lost(), DatabaseBusy("The database “{path}” is busy.", path="desk.sqlite3")]
)
def test_stop_ends_the_retrying_and_keeps_the_input(qtbot, db, manager, area, failure):
    service = FlakyService(*[failure] * 50)
    form = open_form(qtbot, db, manager, area, service)
    form.retry.delays_ms = (60000,)
    form.confirm()
    assert form.is_retrying()

    form.retry.stop_button.click()

    assert not form.is_retrying() and not form.retry.isVisible()
    assert not form.retry.timer.isActive()
    assert form.comment.isEnabled() and form.send.isEnabled() and form.client.isEnabled()
    assert form.comment.toPlainText() == "Проверить стук в подвеске, Lada Vesta А123ВС77"
    assert form.message_for("").startswith(failure.message.split("{")[0][:20])
    assert "Not saved. Your input is kept" in form.message_for("")
    assert form.isVisible() and service.calls == 1 and service.saved == []


def test_a_stale_edit_during_the_retrying_ends_it_and_offers_the_reload(qtbot, db, manager, area):
    service = FlakyService(lost(), StaleEdit(what="work order"))
    form = open_form(qtbot, db, manager, area, service)
    form.confirm()
    qtbot.waitUntil(lambda: service.calls == 2, timeout=3000)

    assert not form.is_retrying() and not form.retry.isVisible()
    assert form.reload_button.isVisibleTo(form)
    assert form.message_for("") != "" and form.comment.isEnabled()
    assert form.isVisible() and service.saved == []


def test_closing_the_form_stops_the_retrying(qtbot, db, manager, area):
    service = FlakyService(*[lost()] * 50)
    form = open_form(qtbot, db, manager, area, service)
    form.confirm()
    form.cancel.click()

    assert not form.isVisible() and not form.retry.timer.isActive()
    qtbot.wait(3 * SHORT[0])  # nothing may be sent after the form closed
    assert service.calls == 1


def test_the_waits_grow_to_thirty_seconds_and_stay_there(qtbot):
    retry = SaveRetry()
    qtbot.addWidget(retry)
    waits = []
    for _ in range(6):
        retry.failed("The database does not answer.")
        waits.append(retry.seconds_left())
    assert waits == [5, 10, 20, 30, 30, 30]
    assert retry.countdown.text() == "Retrying in 30 s…"
    retry.finish()
    retry.failed("The database does not answer.")
    assert retry.seconds_left() == 5  # a new failure starts over


# -- the intake form -------------------------------------------------------------------------


def test_the_intake_saves_what_it_holds_when_the_database_is_back(
    qtbot, db, desk, shop, ivanov, monkeypatch
):
    area = intake_ui.open_area(qtbot, db, desk)
    assert area.start_new_intake()
    form = area.form
    form.retry.delays_ms = (60000,)
    said: list[str] = []
    area.sig_status_message.connect(said.append)
    real = intake.accept_vehicle
    failures: list[StoreError] = [lost()]

    def flaky(*args: Any, **kwargs: Any) -> Any:
        if failures:
            raise failures.pop(0)
        return real(*args, **kwargs)

    monkeypatch.setattr(intake, "accept_vehicle", flaky)
    pick(qtbot, form, "A123BC77")
    form.condition.odometer.setText("45678")
    form.condition.fuel.setCurrentIndex(2)
    form.condition.complaints.setPlainText("Стучит спереди справа")
    qtbot.waitUntil(form.save_button.isEnabled)

    assert form.save() is None
    assert form.retry.isVisible() and form.retry.countdown.text() == "Retrying in 60 s…"
    assert "Your input is kept" in form.retry.message.text()
    assert said and "does not answer" in said[0]
    form.grab().save("/tmp/intake_retry_waiting.png")
    form.condition.complaints.setPlainText("Стучит спереди справа, скрип на кочках")
    assert intake_ui.orders(db) == []

    form.retry.delays_ms = SHORT
    with qtbot.waitSignal(area.sig_intake_saved, timeout=3000):
        form.retry.failed(form.retry.message.text())  # the countdown starts again, short

    (order,) = intake_ui.orders(db)
    assert order.complaints == "Стучит спереди справа, скрип на кочках"  # typed while waiting
    assert order.odometer_km == 45678
    assert not form.retry.isVisible() and not form.retry.is_retrying()
    assert form.is_blank()


def test_the_intake_stops_retrying_on_stop_and_keeps_the_form(
    qtbot, db, desk, shop, ivanov, monkeypatch
):
    area = intake_ui.open_area(qtbot, db, desk)
    assert area.start_new_intake()
    form = area.form
    form.retry.delays_ms = (60000,)

    def busy(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseBusy("The database “{path}” is busy.", path="desk.sqlite3")

    monkeypatch.setattr(intake, "accept_vehicle", busy)
    pick(qtbot, form, "A123BC77")
    form.condition.odometer.setText("45678")
    form.condition.fuel.setCurrentIndex(2)
    form.condition.complaints.setPlainText("ТО-2")
    qtbot.waitUntil(form.save_button.isEnabled)
    form.save()
    assert form.retry.is_retrying()

    form.retry.stop_button.click()

    assert not form.retry.is_retrying() and not form.retry.isVisible()
    assert "Not saved" in form.general.text()
    assert form.condition.complaints.toPlainText() == "ТО-2" and not form.is_blank()
