"""The answering department's answer: per part in stock or not, how many, the price, the
bin and when a missing part arrives; and a text. Finance and the workshop answer in words.

Each part is a row of its own widgets (a yes/no choice and a date do not fit a plain
table cell); the clerk may add a part the requester did not name (an analogue, a kit).
A number that does not read as one is reported beside the parts, never thrown away.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.models import DepartmentKind
from desk_app.services import request_answers
from desk_app.services.request_answers import AnswerInput, ItemAnswer
from desk_app.services.request_detail import ItemDetail, RequestDetail
from desk_app.ui.area import AreaContext
from desk_app.ui.intake.fields import MUTED_STYLE, DecimalEdit, format_decimal
from desk_app.ui.intake.money_section import from_qdatetime, to_qdatetime
from desk_app.ui.labels import request_kind_label
from desk_app.ui.requests.form_dialog import RequestFormDialog

VISIBLE_ITEM_ROWS = 6


class ItemRow:
    """One part's answer widgets; ``item_id`` None for a part the clerk adds himself."""

    def __init__(self, item: ItemDetail | None, parent: QWidget) -> None:
        self.item_id = item.id if item else None
        self.number = QLineEdit(item.part_number if item else "", parent)
        self.number.setObjectName("partNumber")
        self.name = QLineEdit(item.name if item else "", parent)
        self.name.setObjectName("partName")
        self.quantity = _decimal_edit(3, item.quantity if item else Decimal("1"), parent)
        self.stock = QComboBox(parent)
        self.stock.setObjectName("inStock")
        self.stock.addItem("—", None)
        self.stock.addItem(QCoreApplication.translate("AnswerDialog", "Yes"), True)
        self.stock.addItem(QCoreApplication.translate("AnswerDialog", "No"), False)
        self.available = _decimal_edit(3, item.available if item else None, parent)
        self.price = _decimal_edit(2, item.unit_price if item else None, parent)
        self.bin = QLineEdit(item.bin if item else "", parent)
        self.bin.setObjectName("bin")
        self.bin.setMaxLength(40)
        self.eta = QDateTimeEdit(parent)
        self.eta.setObjectName("eta")
        self.eta.setTimeZone(QTimeZone.systemTimeZone())
        self.eta.setCalendarPopup(True)
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.eta.setDisplayFormat(f"{date_format} HH:mm")
        self.eta.setSpecialValueText("—")
        today = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
        eta = item.eta if item else None
        self.eta.setMinimumDateTime(to_qdatetime(min(today, eta) if eta else today))
        self.eta.setDateTime(to_qdatetime(eta) if eta else self.eta.minimumDateTime())
        self.stock.currentIndexChanged.connect(self._stock_changed)
        self.set_in_stock(item.in_stock if item else None)
        self._asked = (self.number.text(), self.name.text(), self.quantity.text())

    def widgets(self) -> list[QWidget]:
        return [
            self.number,
            self.name,
            self.quantity,
            self.stock,
            self.available,
            self.price,
            self.bin,
            self.eta,
        ]

    def set_in_stock(self, in_stock: bool | None) -> None:
        self.stock.setCurrentIndex({None: 0, True: 1, False: 2}[in_stock])
        self._stock_changed()

    def in_stock(self) -> bool | None:
        value = self.stock.currentData()
        return value if isinstance(value, bool) else None

    def eta_value(self) -> datetime | None:
        if self.in_stock() is not False or self.eta.dateTime() == self.eta.minimumDateTime():
            return None
        return from_qdatetime(self.eta.dateTime())

    def is_blank(self) -> bool:
        """Nothing to send: a new line left empty, or a part asked for and not answered."""
        if self.item_id is None:
            return not (self.number.text().strip() or self.name.text().strip())
        untouched = (self.number.text(), self.name.text(), self.quantity.text()) == self._asked
        unanswered = self.in_stock() is None and not (
            self.available.text().strip() or self.price.text().strip() or self.bin.text().strip()
        )
        return untouched and unanswered

    def _stock_changed(self) -> None:
        self.eta.setEnabled(self.in_stock() is False)


class QuantityEdit(DecimalEdit):
    """A quantity: “4”, not “4.000”; up to three decimals when there are any."""

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_decimal(value, self.places, trim=True))

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            tidy = format_decimal(value, self.places, trim=True)
            if tidy != self.text():
                self.setText(tidy)


def _decimal_edit(places: int, value: Decimal | None, parent: QWidget) -> DecimalEdit:
    edit = QuantityEdit(places, parent) if places == 3 else DecimalEdit(places, parent)
    edit.set_value(value)
    return edit


class AnswerDialog(RequestFormDialog):
    def __init__(
        self, context: AreaContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, detail, parent)
        self.setWindowTitle(
            self.tr("Answer request {number} — {kind}").format(
                number=detail.id, kind=request_kind_label(detail.kind)
            )
        )
        self.rows: list[ItemRow] = []
        self.with_items = bool(detail.items) or detail.to_department is DepartmentKind.PARTS

        self.asked = QLabel(self._asked_text(detail))
        self.asked.setObjectName("asked")
        self.asked.setWordWrap(True)
        self.asked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid_box = QWidget()
        box_layout = QVBoxLayout(self.grid_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        box_layout.addLayout(self.grid)
        box_layout.addStretch(1)
        self.grid.setHorizontalSpacing(6)
        headers = [
            self.tr("Part number"),
            self.tr("Name"),
            self.tr("Qty"),
            self.tr("In stock"),
            self.tr("Available"),
            self.tr("Price"),
            self.tr("Bin"),
            self.tr("Arrives"),
        ]
        for column, header in enumerate(headers):
            label = QLabel(header)
            label.setStyleSheet(MUTED_STYLE)
            self.grid.addWidget(label, 0, column)
        for column, stretch in enumerate((3, 5, 1, 2, 1, 2, 2, 3)):
            self.grid.setColumnStretch(column, stretch)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid_box)
        row_height = self.fontMetrics().height() + 18
        scroll.setMinimumHeight(row_height * (min(len(detail.items), VISIBLE_ITEM_ROWS) + 2))
        self.add_button = QPushButton(self.tr("&Add a part"))
        self.add_button.setObjectName("addPart")
        self.add_button.clicked.connect(lambda: self.add_row(None))
        for item in detail.items:
            self.add_row(item)
        if self.with_items and not detail.items:
            self.add_row(None)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("answerText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("e.g. analogue from Bosch, cheaper, same day"))
        self.text_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)

        buttons, self.send_button = self.button_box(self.tr("&Send the answer"), "send", self.send)

        layout = QVBoxLayout(self)
        layout.addWidget(self.asked)
        self.items_box = QWidget()
        items_layout = QVBoxLayout(self.items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(scroll, 1)
        items_layout.addWidget(self.field_error("items", self.grid_box))
        items_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.items_box, 1)
        self.items_box.setVisible(self.with_items)
        text_caption = QLabel(self.tr("Ans&wer:"))
        text_caption.setBuddy(self.text_edit)
        layout.addWidget(text_caption)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.field_error("text", self.text_edit))
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(900 if self.with_items else 480)
        (self.rows[0].stock if self.rows else self.text_edit).setFocus()

    def _asked_text(self, detail: RequestDetail) -> str:
        """Who asks, for which car, and what he wrote: the clerk answers with it in view."""
        who = self.tr("{name} asks").format(name=detail.requester)
        car = ""
        if detail.vehicle is not None:
            vehicle = detail.vehicle
            title = f"{vehicle.title} {vehicle.year}" if vehicle.year else vehicle.title
            car = ", ".join(word for word in (title, vehicle.plate) if word)
            if vehicle.vin:
                car = f"{car}, VIN {vehicle.vin}"
        head = f"{who} ({car})" if car else who
        return f"{head}: {detail.text}" if detail.text else head

    def add_row(self, item: ItemDetail | None) -> ItemRow:
        row = ItemRow(item, self.grid_box)
        self.rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.rows), column)
        if item is None:
            row.name.setFocus()
        return row

    def answer(self) -> AnswerInput | None:
        """The answer as typed; None after saying which number does not read as one."""
        items: list[ItemAnswer] = []
        for number, row in enumerate(self.rows, start=1):
            if row.is_blank():
                continue
            for edit, caption in (
                (row.quantity, self.tr("the quantity")),
                (row.available, self.tr("the quantity available")),
                (row.price, self.tr("the price")),
            ):
                if not edit.is_valid():
                    self.show_message(
                        "items",
                        self.tr("Line {row}: {what} is not a number.").format(
                            row=number, what=caption
                        ),
                    )
                    edit.setFocus()
                    return None
            items.append(
                ItemAnswer(
                    item_id=row.item_id,
                    part_number=row.number.text().strip(),
                    name=row.name.text().strip(),
                    quantity=row.quantity.value() or Decimal("0"),
                    in_stock=row.in_stock(),
                    available=row.available.value(),
                    unit_price=row.price.value(),
                    bin=row.bin.text().strip(),
                    eta=row.eta_value(),
                )
            )
        return AnswerInput(text=self.text_edit.toPlainText(), items=tuple(items))

    def send(self) -> bool:
        self.clear_errors()
        data = self.answer()
        if data is None:
            return False
        db, actor = self.context.db, self.context.actor
        request_id = self.detail.id if self.detail else 0
        return self.run(
            lambda: request_answers.answer_request(
                db, actor, request_id, data, expected_version=self.version
            )
        )
