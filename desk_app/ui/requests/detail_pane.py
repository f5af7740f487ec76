"""The chosen request in full, beside its queue: who asks whom for what, by when the
standard promises the answer, the car (with its VIN for the catalogue), the parts with the
clerk's answer, the answers' texts and the requester's rating.

The buttons are exactly what the services say this person may do now
(``RequestDetail.actions``); pressing one only asks the area to do it (``sig_action``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.request_detail import RequestAction, RequestDetail
from desk_app.ui.formatting import local_datetime
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.labels import (
    department_label,
    request_kind_label,
    request_status_label,
    status_label,
)
from desk_app.ui.requests.detail_items import ItemsTable, answers_html
from desk_app.ui.requests.promise_text import moment_text, queued_note

ACTION_LABELS: dict[RequestAction, str] = {
    RequestAction.TAKE: QT_TRANSLATE_NOOP("RequestDetailPane", "&Take"),
    RequestAction.ANSWER: QT_TRANSLATE_NOOP("RequestDetailPane", "&Answer…"),
    RequestAction.RESERVE: QT_TRANSLATE_NOOP("RequestDetailPane", "Reser&ve"),
    RequestAction.ISSUE: QT_TRANSLATE_NOOP("RequestDetailPane", "&Issue to order"),
    RequestAction.REJECT: QT_TRANSLATE_NOOP("RequestDetailPane", "Re&ject…"),
    RequestAction.CANCEL: QT_TRANSLATE_NOOP("RequestDetailPane", "Cancel re&quest"),
    RequestAction.CLOSE: QT_TRANSLATE_NOOP("RequestDetailPane", "C&lose and rate…"),
}
OVERDUE_STYLE = "color: #8c1d18; font-weight: 600;"
LATE_STYLE = "color: #8a5300;"
STATUS_STYLE = (
    "QLabel { background: #eef2f6; border: 1px solid #c9d3dd; border-radius: 9px;"
    " padding: 1px 10px; }"
)
NOT_GOOD_STYLE = "color: #8c1d18; font-weight: 600;"


class RequestDetailPane(QFrame):
    sig_action = Signal(object)
    """The user pressed an action's button (``RequestAction``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail: RequestDetail | None = None

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.status = QLabel()
        self.status.setObjectName("detailStatus")
        self.status.setStyleSheet(STATUS_STYLE)
        self.buttons: dict[RequestAction, QPushButton] = {}
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status)
        header.addStretch(1)
        for action, text in ACTION_LABELS.items():
            button = QPushButton(QCoreApplication.translate("RequestDetailPane", text))
            button.setObjectName(f"action_{action.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self.sig_action.emit(a))
            button.hide()
            self.buttons[action] = button
            header.addWidget(button)

        self.route = self._value("route")
        self.filed = self._value("filed")
        self.needed_by = self._value("neededBy")
        self.due = self._value("due")
        self.queued = self._value("queued")
        self.queued.setStyleSheet("color: #5c4300;")
        self.handled = self._value("handled")
        self.order = self._value("order")
        self.vehicle = self._value("vehicle")
        self.vin_edit = QLineEdit()
        self.vin_edit.setObjectName("vin")
        self.vin_edit.setReadOnly(True)
        self.vin_edit.setFrame(False)
        self.vin_edit.setStyleSheet("font-family: monospace; background: transparent;")
        self.vin_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("W" * 19))
        self.copy_vin = QPushButton(self.tr("&Copy"))
        self.copy_vin.setObjectName("copyVin")
        self.copy_vin.setAutoDefault(False)
        self.copy_vin.setToolTip(self.tr("Copy the VIN for the parts catalogue"))
        self.copy_vin.clicked.connect(self.copy_vin_text)
        vin_row = QWidget()
        row = QHBoxLayout(vin_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.vin_edit)
        row.addWidget(self.copy_vin)
        row.addStretch(1)
        self.vin_row = vin_row
        self.text = self._value("requestText")

        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts.setVerticalSpacing(3)
        self._fact(self.tr("From → to:"), self.route)
        self._fact(self.tr("Filed:"), self.filed)
        self._fact(self.tr("Needed by:"), self.needed_by)
        self._fact(self.tr("Promised by:"), self.due)
        self._fact("", self.queued)
        self._fact(self.tr("Handled:"), self.handled)
        self._fact(self.tr("Work order:"), self.order)
        self._fact(self.tr("Vehicle:"), self.vehicle)
        self._fact(self.tr("VIN:"), vin_row)
        self._fact(self.tr("Request:"), self.text)

        self.items = ItemsTable()
        self.answers = self._value("answers")
        self.answers.setTextFormat(Qt.TextFormat.RichText)
        self.outcome = self._value("outcome")
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.items)
        self.answers_caption = QLabel(self.tr("Answers"))
        self.answers_caption.setStyleSheet("font-weight: 600;")
        right.addWidget(self.answers_caption)
        right.addWidget(self.answers)
        right.addWidget(self.outcome)
        right.addStretch(1)
        facts_box = QWidget()
        facts_box.setLayout(self.facts)
        facts_box.setMinimumWidth(380)
        body_box = QWidget()
        body = QHBoxLayout(body_box)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(facts_box, 2)
        body.addLayout(right, 3)
        # a long request or a language with taller glyphs scrolls instead of being cut off
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body_box)
        scroll.setMinimumHeight(self.fontMetrics().height() * 15)

        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(header)
        column.addWidget(scroll, 1)
        self.empty = QLabel(self.tr("Choose a request in the list to see it here."))
        self.empty.setObjectName("detailEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_detail(None)

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _fact(self, caption: str, widget: QWidget) -> None:
        label = QLabel(caption)
        label.setStyleSheet(MUTED_STYLE)
        self.facts.addRow(label, widget)

    def _show_fact(self, widget: QWidget, shown: bool) -> None:
        self.facts.setRowVisible(widget, shown)

    # -- showing ---------------------------------------------------------------------------

    def set_detail(self, detail: RequestDetail | None) -> None:
        """Show ``detail`` (None: the hint to choose one) with only its allowed buttons."""
        self.detail = detail
        for action, button in self.buttons.items():
            button.setVisible(detail is not None and action in detail.actions)
        if detail is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        self.title.setText(
            self.tr("No. {number} · {kind}").format(
                number=detail.id, kind=request_kind_label(detail.kind)
            )
        )
        self.status.setText(request_status_label(detail.status))
        self.route.setText(
            self.tr("{source} ({name}) → {target}").format(
                source=department_label(detail.from_department),
                name=detail.requester,
                target=department_label(detail.to_department),
            )
        )
        self.filed.setText(local_datetime(detail.created_at))
        self.needed_by.setText(moment_text(detail.needed_by))
        self._show_fact(self.needed_by, detail.needed_by is not None)
        self._show_due(detail)
        note = queued_note(detail.created_at, detail.window_opens_at)
        self.queued.setText(note)
        self._show_fact(self.queued, bool(note))
        self.handled.setText(self._handled_text(detail))
        self._show_fact(self.handled, bool(self.handled.text()))
        self._show_order(detail)
        self.text.setText(detail.text)
        self._show_fact(self.text, bool(detail.text))
        self.items.set_items(detail.items)
        self.items.setVisible(bool(detail.items))
        self.answers.setText(answers_html(detail.answers))
        self.answers.setVisible(bool(detail.answers))
        self.answers_caption.setVisible(bool(detail.answers))
        self._show_outcome(detail)

    def _show_due(self, detail: RequestDetail) -> None:
        if detail.due_at is None:
            self.due.setText(self.tr("no agreed standard"))
            self.due.setStyleSheet(MUTED_STYLE)
        elif detail.overdue:
            self.due.setText(
                self.tr("{moment} — overdue").format(moment=moment_text(detail.due_at))
            )
            self.due.setStyleSheet(OVERDUE_STYLE)
        elif detail.late:
            self.due.setText(
                self.tr("{moment} — answered late").format(moment=moment_text(detail.due_at))
            )
            self.due.setStyleSheet(LATE_STYLE)
        else:
            self.due.setText(moment_text(detail.due_at))
            self.due.setStyleSheet("")

    def _handled_text(self, detail: RequestDetail) -> str:
        parts = []
        if detail.taken_by:
            parts.append(
                self.tr("taken by {name} {moment}").format(
                    name=detail.taken_by, moment=local_datetime(detail.taken_at)
                )
            )
        if detail.responded_at is not None:
            parts.append(
                self.tr("answered {moment}").format(moment=local_datetime(detail.responded_at))
            )
        if detail.closed_at is not None:
            parts.append(self.tr("closed {moment}").format(moment=local_datetime(detail.closed_at)))
        return "; ".join(parts)

    def _show_order(self, detail: RequestDetail) -> None:
        has_order = detail.work_order_number is not None
        if has_order and detail.work_order_status is not None:
            self.order.setText(
                f"{detail.work_order_number} — {status_label(detail.work_order_status)}"
            )
        else:
            self.order.setText(detail.work_order_number or "")
        self._show_fact(self.order, has_order)
        vehicle = detail.vehicle
        if vehicle is not None:
            words = [vehicle.title]
            if vehicle.year:
                words.append(str(vehicle.year))
            text = " ".join(word for word in words if word)
            self.vehicle.setText(", ".join(part for part in (text, vehicle.plate) if part))
        self._show_fact(self.vehicle, vehicle is not None)
        vin = vehicle.vin if vehicle is not None else ""
        self.vin_edit.setText(vin)
        self.vin_edit.setCursorPosition(0)
        self._show_fact(self.vin_row, bool(vin))

    def _show_outcome(self, detail: RequestDetail) -> None:
        lines: list[str] = []
        style = ""
        if detail.reject_reason:
            lines.append(self.tr("Rejected: {reason}").format(reason=detail.reject_reason))
        if detail.rating_good is not None:
            verdict = self.tr("Good") if detail.rating_good else self.tr("Not good")
            if detail.rating_score is not None:
                verdict = f"{verdict}, {detail.rating_score}/5"
            rating = self.tr("Rated: {verdict}").format(verdict=verdict)
            if detail.rating_comment:
                rating = f"{rating} — {detail.rating_comment}"
            lines.append(rating)
            if not detail.rating_good:
                style = NOT_GOOD_STYLE
        self.outcome.setText("\n".join(lines))
        self.outcome.setStyleSheet(style)
        self.outcome.setVisible(bool(lines))

    def copy_vin_text(self) -> None:
        """The VIN to the clipboard, for the parts catalogue's search."""
        QGuiApplication.clipboard().setText(self.vin_edit.text())
        self.vin_edit.selectAll()
