"""Editing the client's details: the fields, each with its message right under it.

The form is checked by the service that saves it (``client_editing.update_client``), the
same checks as at intake; its messages land under their fields ("phones.1" under the
second phone) and nothing typed is lost. A save refused because another desk saved the
card meanwhile shows the two side by side (``ConflictPanel``) until the user decides.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import ClientKind, ContactChannel
from desk_app.services.client_card import ClientCard
from desk_app.services.client_editing import ClientForm, check_client_form
from desk_app.services.form_fields import Collector
from desk_app.services.intake_form import NewClient
from desk_app.services.validation import check_phone
from desk_app.ui.clients.card_texts import channel_label
from desk_app.ui.clients.card_values import (
    COMPANY_ONLY,
    PERSON_ONLY,
    caption,
    day_format,
    format_day,
    parse_day,
)
from desk_app.ui.form_errors import error_label
from desk_app.ui.intake.client_section import REFERRALS
from desk_app.ui.intake.fields import FieldMessages, link_button, message_label
from desk_app.ui.labels import client_kind_label

MAX_PHONES = 5
LINES = ("last_name", "first_name", "middle_name", "company_name", "tax_id", "contact_person")
LINES_AFTER_PHONES = ("email", "address")
EXAMPLE_DAY = date(1980, 3, 23)


class ClientFields(QWidget):
    """The client's fields and where their messages go; reads and fills a ``ClientForm``."""

    sig_phones_checked = Signal(tuple)
    """The user left a phone field (tuple of str: the phones typed, in E.164, readable ones)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = error_label()
        self.general.setObjectName("formMessage")
        self.messages = FieldMessages(self.general)
        self.cells: dict[str, QWidget] = {}

        self.kind = QComboBox()
        self.kind.setObjectName("edit_kind")
        for kind in ClientKind:
            self.kind.addItem(client_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lines = {name: self._line_edit(name) for name in (*LINES, *LINES_AFTER_PHONES)}
        self.birthday = self._line_edit("birthday")
        self.birthday.setPlaceholderText(day_format())
        self.company_details = self._text_edit("company_details", 60)
        self.notes = self._text_edit("notes", 90)
        self.channel = QComboBox()
        self.channel.setObjectName("edit_preferred_channel")
        for channel in ContactChannel:
            self.channel.addItem(channel_label(channel), channel)
        self.referral = QComboBox()
        self.referral.setObjectName("edit_referral_source")
        self.referral.setEditable(True)
        self.referral.addItems(
            ["", *(QCoreApplication.translate("ClientSection", text) for text in REFERRALS)]
        )
        self.consent = QCheckBox(self.tr("Agrees to reminders and greetings"))
        self.consent.setObjectName("edit_consent")
        self.phones: list[QLineEdit] = []
        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(1)
        self.add_phone_link = link_button(self.tr("Add another phone"))
        self.add_phone_link.setObjectName("addPhone")
        self.add_phone_link.clicked.connect(lambda: self.add_phone("").setFocus())

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        top = Qt.AlignmentFlag.AlignTop
        place = [
            ("kind", self.kind, 0, 0, 1, 1),
            ("last_name", self.lines["last_name"], 1, 0, 1, 1),
            ("first_name", self.lines["first_name"], 1, 1, 1, 1),
            ("middle_name", self.lines["middle_name"], 1, 2, 1, 1),
            ("birthday", self.birthday, 1, 3, 1, 1),
            ("company_name", self.lines["company_name"], 2, 0, 1, 2),
            ("tax_id", self.lines["tax_id"], 2, 2, 1, 1),
            ("contact_person", self.lines["contact_person"], 2, 3, 1, 1),
            ("company_details", self.company_details, 3, 0, 1, 4),
            ("email", self.lines["email"], 4, 2, 1, 2),
            ("preferred_channel", self.channel, 5, 2, 1, 1),
            ("address", self.lines["address"], 6, 0, 1, 2),
            ("referral_source", self.referral, 6, 2, 1, 2),
            ("notes", self.notes, 7, 0, 1, 4),
        ]
        for field, widget, row, col, rows, span in place:
            grid.addWidget(self._cell(field, widget), row, col, rows, span, top)
        grid.addWidget(self._phones_cell(), 4, 0, 2, 2, top)
        grid.addWidget(self.consent, 5, 3, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.general, 8, 0, 1, 4)
        for col in range(4):
            grid.setColumnStretch(col, 1)
        grid.setRowStretch(9, 1)
        self._kind_changed()

    # -- building -----------------------------------------------------------------------

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"edit_{name}")
        edit.textEdited.connect(lambda _text: self.messages.clear(name))
        return edit

    def _text_edit(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"edit_{name}")
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        edit.textChanged.connect(lambda: self.messages.clear(name))
        return edit

    def _cell(self, field: str, widget: QWidget, message: QLabel | None = None) -> QWidget:
        """Caption above, the field, and its own message line under it."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(1)
        label = QLabel(caption(field))
        label.setBuddy(widget)
        column.addWidget(label)
        column.addWidget(widget)
        message = message or message_label()
        message.setObjectName(f"error_{field}")
        column.addWidget(message)
        self.messages.add(field, widget, message, caption=caption(field))
        self.cells[field] = cell
        return cell

    def _phones_cell(self) -> QWidget:
        holder = QWidget()
        holder.setLayout(self.phone_box)
        self.phone_box.setContentsMargins(0, 0, 0, 0)
        cell = self._cell("phones", holder)
        layout = cell.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.add_phone_link)
        return cell

    def add_phone(self, text: str) -> QLineEdit:
        """One more phone line with its own message under it (up to ``MAX_PHONES``)."""
        i = len(self.phones)
        field = f"phones.{i}"
        edit = QLineEdit(text)
        edit.setObjectName(f"edit_phone{i}")
        edit.textEdited.connect(lambda _text: self.messages.clear(field))
        edit.editingFinished.connect(lambda: self.check_phone(i))
        message = message_label()
        message.setObjectName(f"error_phones.{i}")
        self.phone_box.addWidget(edit)
        self.phone_box.addWidget(message)
        self.messages.add(field, edit, message)
        self.phones.append(edit)
        self.add_phone_link.setVisible(len(self.phones) < MAX_PHONES)
        return edit

    def client_kind(self) -> ClientKind:
        return ClientKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        company = self.client_kind() is ClientKind.COMPANY
        for name in PERSON_ONLY:
            self.cells[name].setVisible(not company)
        for name in COMPANY_ONLY:
            self.cells[name].setVisible(company)
        has_tax_id = bool(self.lines["tax_id"].text().strip())
        self.cells["tax_id"].setVisible(company or has_tax_id)

    # -- values -------------------------------------------------------------------------

    def fill(self, card: ClientCard) -> None:
        """Show ``card``'s saved values; every message goes."""
        self.messages.clear_all()
        self.kind.setCurrentIndex(max(self.kind.findData(card.kind), 0))
        for name, edit in self.lines.items():
            edit.setText(getattr(card, name))
        self.birthday.setText(format_day(card.birthday))
        self.company_details.setPlainText(card.company_details)
        self.notes.setPlainText(card.notes)
        self.channel.setCurrentIndex(max(self.channel.findData(card.preferred_channel), 0))
        self.referral.setEditText(card.referral_source)
        self.consent.setChecked(card.consent_to_contact)
        numbers = [check_phone(number).display or number for number in card.phones]
        while len(self.phones) < max(len(numbers) + 1, 2) and len(self.phones) < MAX_PHONES:
            self.add_phone("")
        for i, edit in enumerate(self.phones):
            edit.setText(numbers[i] if i < len(numbers) else "")
        self._kind_changed()

    def read(self) -> tuple[ClientForm, bool]:
        """The form as typed, and whether the birthday could be read (else it is None)."""
        try:
            birthday, readable = parse_day(self.birthday.text()), True
        except ValueError:
            birthday, readable = None, False
        if self.client_kind() is ClientKind.COMPANY:
            birthday, readable = None, True
        text = {name: edit.text() for name, edit in self.lines.items()}
        basics = NewClient(
            kind=self.client_kind(),
            last_name=text["last_name"],
            first_name=text["first_name"],
            middle_name=text["middle_name"],
            company_name=text["company_name"],
            phones=tuple(edit.text() for edit in self.phones),
            email=text["email"],
            consent_to_contact=self.consent.isChecked(),
            referral_source=self.referral.currentText(),
        )
        form = ClientForm(
            basics=basics,
            address=text["address"],
            birthday=birthday,
            preferred_channel=ContactChannel(self.channel.currentData()),
            tax_id=text["tax_id"],
            contact_person=text["contact_person"],
            company_details=self.company_details.toPlainText(),
            notes=self.notes.toPlainText(),
        )
        return form, readable

    def check_locally(self) -> bool:
        """Before a save: a birthday that is not a date is named with every other problem
        the service's checks find, and nothing is sent. True when the form may be sent."""
        form, readable = self.read()
        if readable:
            return True
        errors = Collector()
        check_client_form(form, errors)
        for error in errors.errors:
            self.messages.show_error(error)
        self.messages.show(
            "birthday",
            self.tr("This is not a date: {text}. Type it as {example}.").format(
                text=self.birthday.text().strip(), example=format_day(EXAMPLE_DAY)
            ),
        )
        return False

    def check_phone(self, i: int) -> None:
        """As the user leaves a phone: its problem under it, else its national format."""
        if i >= len(self.phones):
            return
        edit = self.phones[i]
        result = check_phone(edit.text(), field=f"phones.{i}")
        self.messages.show_problems(f"phones.{i}", result.problems)
        if edit.text().strip():
            self.messages.clear("phones")
        if result.display and not result.errors and result.display != edit.text():
            edit.setText(result.display)
        numbers = tuple(check_phone(e.text()).value for e in self.phones)
        self.sig_phones_checked.emit(tuple(n for n in numbers if n))

    def focus_field(self, field: str) -> None:
        """Focus ``field``; a field the client's kind hides gives way to the name."""
        cell = self.cells.get(field.split(".")[0])
        if cell is not None and cell.isHidden():
            company = self.client_kind() is ClientKind.COMPANY
            field = "company_name" if company else "last_name"
        widget = self.messages.widget(field)
        if widget is not None:
            widget.setFocus()

    def message_for(self, field: str) -> str:
        """The text shown under ``field`` now ("" if none)."""
        return self.messages.text(field)
