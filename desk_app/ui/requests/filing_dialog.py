"""“New request”: asking parts, finance or the workshop without leaving the desk.

The form shows, before anything is sent, when the answer will come: the answering
department's agreed standard counted in its service windows, or that the request waits
for the next window. A parts request may name a work order (the parts clerk sees the car
and its VIN) and its parts; the master may say the car waits for them, which moves the
order to "Awaiting parts" with the request. The rules are the service's; the form only
asks and puts each refusal beside its field, keeping everything typed.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import DepartmentKind, RequestKind
from desk_app.services import request_filing, service_standards
from desk_app.services.permissions import Action
from desk_app.services.request_filing import ItemInput, OrderRef, RequestInput
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import workstation_time_zone
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.intake.money_section import from_qdatetime, to_qdatetime
from desk_app.ui.labels import request_kind_label, status_label
from desk_app.ui.requests.form_dialog import RequestFormDialog
from desk_app.ui.requests.item_editor import ItemEditor
from desk_app.ui.requests.promise_text import promise_sentence

PROMISE_STYLE = (
    "QLabel { background: #e8f1fb; border: 1px solid #b9d3ef; border-radius: 4px;"
    " padding: 6px 8px; color: #16395c; }"
)
QUEUED_STYLE = (
    "QLabel { background: #fff4d6; border: 1px solid #e8c36a; border-radius: 4px;"
    " padding: 6px 8px; color: #5c4300; }"
)
LOOKUP_DELAY_MS = 300


class FilingDialog(RequestFormDialog):
    sig_filed = Signal(int)
    """The request was filed (int: its id)."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, order_number: str = ""
    ) -> None:
        super().__init__(context, None, parent)
        self.setWindowTitle(self.tr("New request"))
        self.order: OrderRef | None = None
        self._filed: list[int] = []
        self.sig_saved.connect(self._announce_filed)
        self.tz = workstation_time_zone()
        db, actor = context.db, context.actor
        try:
            department = request_filing.requester_department(db, actor)
            kinds = request_filing.filing_kinds(actor, department)
        except DeskError as error:
            kinds = []
            self.show_message(None, error_text(error))

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for kind in kinds:
            self.kind_combo.addItem(request_kind_label(kind), kind.value)
        self.order_edit = QLineEdit(order_number)
        self.order_edit.setObjectName("workOrder")
        self.order_edit.setPlaceholderText(self.tr("e.g. ЗН-00777"))
        self.order_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.vehicle_label = QLabel()
        self.vehicle_label.setObjectName("orderVehicle")
        self.vehicle_label.setStyleSheet(MUTED_STYLE)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self.look_up_order)
        self.order_edit.textEdited.connect(lambda _text: self._lookup.start())
        self.order_edit.editingFinished.connect(self.look_up_order)

        self.items_box = ItemEditor()
        self.items = self.items_box.table
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What do you need? e.g. original pads only"))
        self.text_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.needed_check = QCheckBox(self.tr("&Needed by"))
        self.needed_check.setObjectName("neededByCheck")
        self.needed_edit = QDateTimeEdit()
        self.needed_edit.setObjectName("neededBy")
        self.needed_edit.setTimeZone(QTimeZone.systemTimeZone())
        self.needed_edit.setCalendarPopup(True)
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.needed_edit.setDisplayFormat(f"{date_format} HH:mm")
        soon = clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=2)
        self.needed_edit.setDateTime(to_qdatetime(soon))
        self.needed_edit.setEnabled(False)
        self.needed_check.toggled.connect(self.needed_edit.setEnabled)
        self.waits_check = QCheckBox(
            self.tr("The car waits for these parts (order → Awaiting parts)")
        )
        self.waits_check.setObjectName("orderWaits")
        self.promise_label = QLabel()
        self.promise_label.setObjectName("promise")
        self.promise_label.setWordWrap(True)

        self._build_layout()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if order_number:
            self.look_up_order()
        self.setMinimumWidth(620)
        (self.order_edit if not order_number else self.text_edit).setFocus()

    def _build_layout(self) -> None:
        order_row = QWidget()
        row = QHBoxLayout(order_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.order_edit)
        row.addWidget(self.vehicle_label, 1)
        needed_row = QWidget()
        row = QHBoxLayout(needed_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.needed_check)
        row.addWidget(self.needed_edit)
        row.addStretch(1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_row(self.form, self.tr("&Kind:"), self.kind_combo, "kind")
        self.form_row(self.form, self.tr("Work &order:"), order_row, "work_order", self.order_edit)
        self.items_caption = self.form_row(
            self.form, self.tr("&Parts:"), self.items_box, "items", self.items
        )
        self.form_row(self.form, self.tr("&Text:"), self.text_edit, "text")
        self.form_row(self.form, self.tr("When:"), needed_row, "needed_by", self.needed_edit)
        self.form_row(self.form, "", self.waits_check, "order_waits")

        buttons, self.file_button = self.button_box(self.tr("&File the request"), "file", self.file)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.promise_label)
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)

    # -- what the form shows ---------------------------------------------------------------

    def kind(self) -> RequestKind | None:
        value = self.kind_combo.currentData()
        return RequestKind(value) if value else None

    def set_kind(self, kind: RequestKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def _kind_changed(self) -> None:
        kind = self.kind()
        parts = kind is not None and kind.department is DepartmentKind.PARTS
        self.form.setRowVisible(self.items_caption, parts)
        self.show_promise()
        self._update_waits()
        if parts and self.items.rowCount() == 0:
            self.add_item(focus=False)

    def show_promise(self) -> None:
        """The answer time the standard gives a request of this kind filed now."""
        kind = self.kind()
        if kind is None:
            self.promise_label.hide()
            return
        try:
            promise = service_standards.promise_for(self.context.db, kind, clock.now(), self.tz)
        except DeskError as error:
            self.promise_label.setText(error_text(error))
            self.promise_label.setStyleSheet(QUEUED_STYLE)
        else:
            self.promise_label.setText(promise_sentence(kind.department, promise))
            queued = promise.queued or promise.due_at is None
            self.promise_label.setStyleSheet(QUEUED_STYLE if queued else PROMISE_STYLE)
        self.promise_label.show()

    def look_up_order(self) -> None:
        """Find the typed order and show its car, so the right order is named."""
        self._lookup.stop()
        number = self.order_edit.text().strip()
        self.order = None
        if number:
            try:
                self.order = request_filing.find_order(self.context.db, self.context.actor, number)
            except DeskError as error:
                self.vehicle_label.setText(error_text(error))
                self._update_waits()
                return
        if not number:
            self.vehicle_label.setText("")
        elif self.order is None:
            self.vehicle_label.setText(self.tr("No work order with this number."))
        else:
            self.vehicle_label.setText(
                self.tr("{vehicle} — {status}").format(
                    vehicle=self.order.vehicle, status=status_label(self.order.status)
                )
            )
        self._update_waits()

    def _update_waits(self) -> None:
        kind = self.kind()
        shown = (
            kind is not None
            and kind.department is DepartmentKind.PARTS
            and self.order is not None
            and self.context.actor.can(Action.PLAN_WORKSHOP)
        )
        self.waits_check.setVisible(shown)

    def add_item(self, focus: bool = True) -> int:
        return self.items_box.add_item(focus)

    # -- filing ----------------------------------------------------------------------------

    def file(self) -> bool:
        """Send the request; on success the form closes and ``sig_filed`` names it."""
        self.clear_errors()
        kind = self.kind()
        if kind is None:
            self.show_message("kind", self.tr("Choose what you ask for."))
            return False
        self.look_up_order()
        if self.order_edit.text().strip() and self.order is None:
            self.show_message("work_order", self.tr("There is no work order with this number."))
            return False
        items: tuple[ItemInput, ...] = ()
        if self.items_box.isVisibleTo(self):
            bad = self.items_box.bad_line()
            if bad is not None:
                self.show_message(
                    "items", self.tr("Line {row}: the quantity is not a number.").format(row=bad)
                )
                return False
            items = self.items_box.inputs()
        data = RequestInput(
            kind=kind,
            text=self.text_edit.toPlainText(),
            work_order_id=self.order.id if self.order else None,
            items=items,
            needed_by=(
                from_qdatetime(self.needed_edit.dateTime())
                if self.needed_check.isChecked()
                else None
            ),
            order_waits=self.waits_check.isVisibleTo(self) and self.waits_check.isChecked(),
        )
        db, actor = self.context.db, self.context.actor

        def save() -> None:
            self._filed.append(request_filing.file_request(db, actor, data, self.tz))

        if not self.run(save):
            self.show_promise()  # time has passed; the promise may have moved
            return False
        return True

    def _announce_filed(self) -> None:
        """Saved now or by a retry once the database answered again: name the request."""
        if self._filed:
            self.sig_filed.emit(self._filed[-1])
