"""The small forms the "To contact" panel opens under its table, instead of dialogs.

Each keeps the list in view and shows a refusal beside the field it is about; the panel
connects the Save button and makes the service call. Reached… notes a call-back's answer,
Postpone… puts a contact off, and the bulk form asks before the shown reminders and
greetings are all marked done.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.reminders import ContactItem
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.formatting import number
from desk_app.ui.labels import contact_kind_label


class InlineForm(QFrame):
    """A small form under the table for the selected contact, with Save and Cancel."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: #f7f8fa; border: 1px solid #dfe3e8; }}")
        self.item: ContactItem | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.form = QFormLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName(name + "Save")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.close_form)
        fallback = error_label()
        self._error_labels: dict[str, QLabel] = {}
        self.errors = FormErrors(self._error_labels, fallback)
        buttons = QHBoxLayout()
        buttons.addWidget(fallback, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.hide()

    def add_field(self, field: str, label: str, widget: QWidget | QLayout) -> None:
        """A row with its error label under it, for the service's ``ValidationError.field``."""
        self.form.addRow(label, widget)
        self._error_labels[field] = error_label()
        self._error_labels[field].setObjectName(field + "Error")
        self.form.addRow("", self._error_labels[field])

    def show_for(self, item: ContactItem | None, title: str) -> None:
        self.item = item
        self.title.setText(title)
        self.errors.clear()
        self.show()

    def close_form(self) -> None:
        self.item = None
        self.errors.clear()
        self.hide()


class ReachedForm(InlineForm):
    """The client answered the call-back: how satisfied he is (1–5) and what he said."""

    def __init__(self) -> None:
        super().__init__("reachedForm")
        self.scores = QButtonGroup(self)
        row = QHBoxLayout()
        for value in range(1, 6):
            button = QPushButton(str(value))
            button.setObjectName(f"score{value}")
            button.setCheckable(True)
            button.setFixedWidth(40)
            self.scores.addButton(button, value)
            row.addWidget(button)
        row.addWidget(QLabel(self.tr("1 — very unhappy, 5 — delighted")))
        row.addStretch(1)
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("What the client said about the car and us"))
        self.add_field("satisfaction", self.tr("Satisfaction:"), row)
        self.add_field("comment", self.tr("Comment:"), self.comment)

    def score(self) -> int | None:
        return self.scores.checkedId() if self.scores.checkedId() > 0 else None

    def open_for(self, item: ContactItem) -> None:
        self.scores.setExclusive(False)
        for button in self.scores.buttons():
            button.setChecked(False)
        self.scores.setExclusive(True)
        self.comment.clear()
        title = self.tr("Call-back to {name}").format(name=item.name)
        if item.last_satisfaction:
            last = self.tr("last time: {score} of 5").format(score=item.last_satisfaction)
            title = f"{title} ({last})"
        self.show_for(item, title)
        self.scores.button(5).setFocus()


class PostponeForm(InlineForm):
    """Put a contact off to a later day, no later than the day it still makes sense."""

    def __init__(self) -> None:
        super().__init__("postponeForm")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("until")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumWidth(180)
        self.add_field("until", self.tr("Until:"), self.date_edit)

    def open_for(self, item: ContactItem, today: date) -> None:
        tomorrow = today + timedelta(days=1)
        last = max(item.task.last_day or today + timedelta(days=365), tomorrow)
        self.date_edit.setDateRange(_qdate(tomorrow), _qdate(last))
        self.date_edit.setDate(_qdate(tomorrow))
        self.show_for(item, self.tr("Put off {name}").format(name=item.name))
        self.date_edit.setFocus()


class MarkAllForm(InlineForm):
    """Asks before the reminders and greetings shown are all marked done, after a mailing."""

    def __init__(self) -> None:
        super().__init__("markAllForm")
        self.items: list[ContactItem] = []
        self.save_button.setText(self.tr("Mark done"))
        note = QLabel(
            self.tr(
                "Do this once the mailing is sent. Call-backs are not included: "
                "each needs its own answer."
            )
        )
        note.setObjectName("markAllNote")
        note.setWordWrap(True)
        self.kinds = QLabel()
        self.kinds.setObjectName("markAllKinds")
        self.form.addRow(self.kinds)
        self.form.addRow(note)

    def open_with(self, items: Sequence[ContactItem]) -> None:
        """Ask about these contacts (those a bulk action takes, counted for the title)."""
        self.items = list(items)
        counts = Counter(item.kind for item in self.items)
        each = self.tr("{kind}: {count}")
        self.kinds.setText(
            " · ".join(
                each.replace("{kind}", contact_kind_label(kind)).replace("{count}", number(n))
                for kind, n in counts.items()
            )
        )
        title = self.tr("Mark the %n contact(s) shown as done?", "", len(self.items))
        self.show_for(None, title)
        self.save_button.setFocus()

    def close_form(self) -> None:
        self.items = []
        super().close_form()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
