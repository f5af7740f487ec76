"""The two forms under the goals list: agree a new goal, record the fact of a chosen one.

Both only ask the service (``services.joint_goals``) and show its messages next to the
field they concern; who may do what and when is decided there.
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import DepartmentKind
from desk_app.services import joint_goals
from desk_app.services.form_fields import InvalidForm
from desk_app.services.joint_goals import GoalRow, Terms
from desk_app.ui.area import AreaContext
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.formatting import local_date
from desk_app.ui.intake.fields import MUTED_STYLE, DecimalEdit, format_decimal
from desk_app.ui.labels import department_label

DEFAULT_TERM = timedelta(days=30)
"""A new goal is due in a month unless the departments agree otherwise."""


def amount(value: Decimal | None, unit: str) -> str:
    """“3 чел.”: a quantity without trailing zeros, then its unit."""
    if value is None:
        return ""
    return f"{format_decimal(value, 2, trim=True)} {unit}".strip()


def parties(row: GoalRow) -> str:
    return f"{department_label(row.supplier)} → {department_label(row.customer)}"


def _typed(edit: DecimalEdit) -> Decimal | str:
    """The number as the locale reads it, or the text as typed for the service to refuse."""
    value = edit.value()
    return edit.text() if value is None else value


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _department_box(name: str, chosen: DepartmentKind) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for kind in DepartmentKind:
        box.addItem(department_label(kind), kind)
    box.setCurrentIndex(list(DepartmentKind).index(chosen))
    return box


class AgreeForm(QGroupBox):
    """A new goal: what, between whom, how much, by when."""

    sig_agreed = Signal(int)
    """A goal was agreed (int: its id)."""

    def __init__(self, context: AreaContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.tz = context, tz
        self.setTitle(self.tr("Agree a new goal"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("goalTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. fitters trained for air conditioning"))
        self.supplier = _department_box("goalSupplier", DepartmentKind.WORKSHOP)
        self.customer = _department_box("goalCustomer", DepartmentKind.RECEPTION)
        self.target = DecimalEdit(places=2)
        self.target.setObjectName("goalTarget")
        self.target.setMaximumWidth(110)
        self.unit = QLineEdit()
        self.unit.setObjectName("goalUnit")
        self.unit.setPlaceholderText(self.tr("pcs, people, days…"))
        self.unit.setMaximumWidth(140)
        self.due = QDateEdit()
        self.due.setObjectName("goalDue")
        self.due.setCalendarPopup(True)
        self.agree_button = QPushButton(self.tr("&Agree the goal"))
        self.agree_button.setObjectName("agreeGoal")
        self.agree_button.clicked.connect(self.agree)
        labels = {name: error_label() for name in ("title", "customer", "target", "due_on")}
        labels["unit"] = labels["target"]
        self.message = error_label()
        self.errors = FormErrors(labels, self.message)

        who = QHBoxLayout()
        who.addWidget(self.supplier, 1)
        who.addWidget(QLabel("→"))
        who.addWidget(self.customer, 1)
        size = QHBoxLayout()
        size.addWidget(self.target)
        size.addWidget(self.unit)
        size.addStretch(1)
        self.due.setMinimumWidth(140)
        when = QHBoxLayout()
        when.addWidget(self.due)
        when.addStretch(1)
        when.addWidget(self.agree_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Goal:"), self.title_edit)
        form.addRow("", labels["title"])
        form.addRow(_buddy(self.tr("&Supplier → customer:"), self.supplier), who)
        form.addRow("", labels["customer"])
        form.addRow(_buddy(self.tr("&Target and unit:"), self.target), size)
        form.addRow("", labels["target"])
        form.addRow(_buddy(self.tr("&Due on:"), self.due), when)
        form.addRow("", labels["due_on"])
        form.addRow("", self.message)
        self.reset()

    def reset(self) -> None:
        today = clock.now().astimezone(self.tz).date()
        due = today + DEFAULT_TERM
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.title_edit.clear()
        self.target.clear()
        self.unit.clear()
        self.errors.clear()

    def agree(self) -> None:
        self.errors.clear()
        due = self.due.date()
        terms = Terms(
            title=self.title_edit.text(),
            target=_typed(self.target),
            unit=self.unit.text(),
            due_on=date(due.year(), due.month(), due.day()),
        )
        try:
            row = joint_goals.agree_goal(
                self.context.db,
                self.context.actor,
                DepartmentKind(self.supplier.currentData()),
                DepartmentKind(self.customer.currentData()),
                terms,
                tz=self.tz,
            )
        except InvalidForm as form:
            for problem in form.errors:
                self.errors.show_error(problem)
            return
        except DeskError as error:
            self.errors.show_error(error)
            return
        self.reset()
        self.sig_agreed.emit(row.id)


class FactForm(QGroupBox):
    """The fact of the goal chosen in the list, recorded by one of its two departments."""

    sig_recorded = Signal(int)
    """A fact was recorded (int: the goal's id)."""

    def __init__(self, context: AreaContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.tz = context, tz
        self.row: GoalRow | None = None
        self.setTitle(self.tr("Record the fact"))
        self.goal = QLabel()
        self.goal.setObjectName("factGoal")
        self.goal.setWordWrap(True)
        self.fact = DecimalEdit(places=2)
        self.fact.setObjectName("goalFact")
        self.fact.setMaximumWidth(110)
        self.unit = QLabel()
        self.record_button = QPushButton(self.tr("&Record the fact"))
        self.record_button.setObjectName("recordFact")
        self.record_button.clicked.connect(self.record)
        self.fact_error = error_label()
        self.message = error_label()
        self.errors = FormErrors({"fact": self.fact_error}, self.message)
        self.rule = QLabel(
            self.tr(
                "A fact is recorded from the due date on; earlier only when the target is "
                "already met. A fact below the target, or none after the due date, is missed."
            )
        )
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(MUTED_STYLE)
        line = QHBoxLayout()
        line.addWidget(self.fact)
        line.addWidget(self.unit)
        line.addStretch(1)
        line.addWidget(self.record_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Goal:"), self.goal)
        form.addRow(_buddy(self.tr("&Fact:"), self.fact), line)
        form.addRow("", self.fact_error)
        form.addRow("", self.message)
        form.addRow(self.rule)
        self.show_goal(None)

    def show_goal(self, row: GoalRow | None) -> None:
        self.row = row
        self.errors.clear()
        if row is None:
            self.goal.setText(self.tr("Choose a goal in the list."))
        else:
            self.goal.setText(
                self.tr("{title}: {target} by {due} ({parties})").format(
                    title=row.title,
                    target=amount(row.target, row.unit),
                    due=local_date(row.due_on),
                    parties=parties(row),
                )
            )
        self.unit.setText(row.unit if row else "")
        self.fact.setText(format_decimal(row.fact, 2, trim=True) if row else "")
        editable = row is not None and row.may_edit
        self.fact.setEnabled(editable)
        self.record_button.setEnabled(editable)
        if row is not None and not row.may_edit:
            self.message.setText(
                self.tr("Only the two departments of a goal and the manager record its fact.")
            )
            self.message.show()

    def record(self) -> None:
        if self.row is None:
            return
        self.errors.clear()
        try:
            joint_goals.record_fact(
                self.context.db,
                self.context.actor,
                self.row.id,
                self.row.version,
                _typed(self.fact),
                tz=self.tz,
            )
        except DeskError as error:
            self.errors.show_error(error)
            return
        self.sig_recorded.emit(self.row.id)
