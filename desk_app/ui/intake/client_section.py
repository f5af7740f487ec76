"""The client: found with the one search box, or entered anew, prefilled from what was typed.

Three states on one spot: the search box; a picked client shown read-only with "Change";
the fields of a new client with "Search instead". A phone is checked and shown in the
national format as the user leaves it; a phone already on another card is refused at save
with that card's name, and "Use this client" switches to him without retyping anything.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import ClientKind
from desk_app.services.client_search import IntakeHit
from desk_app.services.intake_form import IntakeForm, NewClient
from desk_app.services.permissions import Actor
from desk_app.services.validation import check_phone
from desk_app.store.database import Database
from desk_app.ui.intake.fields import FieldMessages, Pages, link_button
from desk_app.ui.intake.picks import hit_from_dict, hit_to_dict, looks_like_phone, split_name
from desk_app.ui.intake.search_box import ClientSearchBox
from desk_app.ui.intake.section import FieldGrid, Section
from desk_app.ui.labels import client_kind_label, phone_label

SEARCH, PICKED, NEW = range(3)
NAMES = ("last_name", "first_name", "middle_name")
PHONES = 2
REFERRALS = (
    QT_TRANSLATE_NOOP("ClientSection", "Friends or family"),
    QT_TRANSLATE_NOOP("ClientSection", "Car park agent"),
    QT_TRANSLATE_NOOP("ClientSection", "Website"),
    QT_TRANSLATE_NOOP("ClientSection", "Maps and reviews"),
    QT_TRANSLATE_NOOP("ClientSection", "Passing by"),
    QT_TRANSLATE_NOOP("ClientSection", "Advertising"),
)


class ClientSection(Section):
    sig_picked = Signal(object)
    """A client on file was chosen (object: the ``IntakeHit``, with his car or without)."""

    sig_new_client = Signal(str)
    """The user chose to enter a new client (str: the text typed in the search box)."""

    sig_new_vehicle = Signal(str)
    """The user chose a new car for the picked client (str: the text typed)."""

    def __init__(
        self, db: Database, actor: Actor, messages: FieldMessages, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Client"), messages, parent)
        self._hit: IntakeHit | None = None

        self.search = ClientSearchBox(db, actor)
        self.search.setObjectName("clientSearchBox")
        self.new_link = link_button(self.tr("&New client…"))
        self.new_link.setObjectName("newClient")
        self.new_link.clicked.connect(lambda: self.start_new(self.search.typed()))
        search_page = QWidget()
        row = QHBoxLayout(search_page)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.search, 1)
        row.addWidget(self.new_link)

        self.summary = QLabel()
        self.summary.setObjectName("clientSummary")
        self.summary.setWordWrap(True)
        self.change_link = link_button(self.tr("C&hange…"))
        self.change_link.setObjectName("changeClient")
        self.change_link.clicked.connect(self.change)
        picked_page = QWidget()
        row = QHBoxLayout(picked_page)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.summary, 1)
        row.addWidget(self.change_link)

        self.pages = Pages()
        self.pages.addWidget(search_page)
        self.pages.addWidget(picked_page)
        self.pages.addWidget(self._build_new_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.addWidget(self.pages)
        self.client_message = QLabel()
        self.client_message.hide()
        layout.addWidget(self.client_message)
        messages.add("client", self.search, self.client_message)

        self.search.sig_picked.connect(self.pick)
        self.search.sig_new_client.connect(self.start_new)
        self.search.sig_new_vehicle.connect(self.sig_new_vehicle)
        self.search.line_edit.textEdited.connect(self.sig_changed)

    def _build_new_page(self) -> QWidget:
        self.kind = QComboBox()
        self.kind.setObjectName("clientKind")
        for kind in ClientKind:
            self.kind.addItem(client_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.edits: dict[str, QLineEdit] = {}
        for name in (*NAMES, "company_name", "email"):
            self.edits[name] = QLineEdit()
        self.phones = [QLineEdit() for _ in range(PHONES)]
        self.referral = QComboBox()
        self.referral.setEditable(True)
        self.referral.addItems(
            ["", *(QCoreApplication.translate("ClientSection", text) for text in REFERRALS)]
        )
        self.consent = QCheckBox(self.tr("Agrees to reminders and greetings"))
        self.consent.setObjectName("consent")
        self.back_link = link_button(self.tr("Search &instead"))
        self.back_link.setObjectName("searchInstead")
        self.back_link.clicked.connect(self.change)

        grid = FieldGrid(self.messages, 4)
        f = "new_client."
        place = {
            "last_name": (self.tr("&Last name"), 0, 1),
            "first_name": (self.tr("First name"), 0, 2),
            "middle_name": (self.tr("Middle name"), 0, 3),
            "company_name": (self.tr("Company name"), 1, 1),
        }
        grid.add(self.tr("Client is a"), self.kind, 0, 0, field=f + "kind")
        for name, (caption, row, column) in place.items():
            span = 3 if name == "company_name" else 1
            grid.add(caption, self.edits[name], row, column, span, field=f + name)
            self.watch(self.edits[name], f + name)
        for i, (edit, caption) in enumerate(
            zip(self.phones, (self.tr("P&hone"), self.tr("Another phone")), strict=True)
        ):
            edit.setObjectName(f"phone{i}")
            phones = grid.add(caption, edit, 2, i, field=f"{f}phones.{i}")
            edit.editingFinished.connect(lambda i=i: self.check_phone(i))
            self.clear_on_edit(edit, f"{f}phones.{i}")
        self.messages.add(f + "phones", self.phones[0], phones, caption=self.tr("Phone"))
        grid.add(self.tr("E-mail"), self.edits["email"], 2, 2, 2, field=f + "email")
        self.watch(self.edits["email"], f + "email")
        caption = self.tr("Who sent the client")
        grid.add(caption, self.referral, 3, 0, 2, field=f + "referral_source")
        grid.add_wide(self.consent, 3, 2, 2)
        grid.add_wide(self.back_link, 4, 0, 2)
        for name, edit in self.edits.items():
            edit.setObjectName(f"client_{name}")
            edit.textEdited.connect(self.sig_changed)
        for edit in self.phones:
            edit.textEdited.connect(self.sig_changed)
        self.referral.editTextChanged.connect(self.sig_changed)
        self.consent.toggled.connect(self.sig_changed)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        page = QWidget()
        page.setLayout(grid)
        self._kind_changed()
        return page

    # -- the three states ------------------------------------------------------------------

    def picked(self) -> IntakeHit | None:
        return self._hit if self.pages.currentIndex() == PICKED else None

    def is_new(self) -> bool:
        return self.pages.currentIndex() == NEW

    def pick(self, hit: IntakeHit) -> None:
        """Show ``hit``'s client read-only; the form shows his car in the car section."""
        self._hit = hit
        phone = phone_label(hit.phone)
        lines = [f"<b>{escape(hit.display_name)}</b>"]
        lines.append(escape(phone) if phone else self.tr("No phone on file"))
        self.summary.setText(" · ".join(lines))
        self.pages.setCurrentIndex(PICKED)
        self.messages.clear_prefix("new_client")
        self.messages.clear("client")
        self.sig_picked.emit(hit)
        self.sig_changed.emit()

    def change(self) -> None:
        """Back to the search box, its text selected, to find another client."""
        self.pages.setCurrentIndex(SEARCH)
        self.search.setFocus()
        self.search.line_edit.selectAll()
        self.sig_changed.emit()

    def start_new(self, typed: str = "") -> None:
        """The new client's fields, prefilled with a typed phone or name."""
        self.pages.setCurrentIndex(NEW)
        self.messages.clear("client")
        typed = typed.strip()
        if looks_like_phone(typed) and not self.phones[0].text().strip():
            self.phones[0].setText(typed)
            self.check_phone(0)
        elif typed and not any(self.edits[name].text().strip() for name in NAMES):
            if self.chosen_kind() is ClientKind.COMPANY:
                self.edits["company_name"].setText(typed)
            else:
                for name, part in zip(NAMES, split_name(typed), strict=True):
                    self.edits[name].setText(part)
        self.sig_new_client.emit(typed)
        self.sig_changed.emit()
        self.kind.setFocus()

    def chosen_kind(self) -> ClientKind:
        """The kind picked (a combo box hands its data back as plain text)."""
        return ClientKind(self.kind.currentData() or ClientKind.PERSON)

    def _kind_changed(self) -> None:
        company = self.chosen_kind() is ClientKind.COMPANY
        for name in NAMES:
            self.edits[name].setEnabled(not company)
        self.edits["company_name"].setEnabled(company)
        self.sig_changed.emit()

    def check_phone(self, i: int) -> None:
        field = f"new_client.phones.{i}"
        result = check_phone(self.phones[i].text(), field=field)
        self.messages.show_problems(field, result.problems)
        if i == 0 and self.phones[0].text().strip():
            self.messages.clear("new_client.phones")
        if result.display and not result.errors and result.display != self.phones[i].text():
            self.phones[i].setText(result.display)
            self.sig_changed.emit()

    # -- the section's part of the form -------------------------------------------------------

    def values(self) -> dict[str, Any]:
        hit = self.picked()
        if hit is not None:
            return {"client_id": hit.client_id, "new_client": None}
        if not self.is_new():
            return {"client_id": None, "new_client": None}
        client = NewClient(
            kind=self.chosen_kind(),
            **{name: self.edits[name].text() for name in (*NAMES, "company_name", "email")},
            phones=tuple(edit.text() for edit in self.phones if edit.text().strip()),
            consent_to_contact=self.consent.isChecked(),
            referral_source=self.referral.currentText(),
        )
        return {"client_id": None, "new_client": client}

    def fill(self, form: IntakeForm, ui: dict[str, Any]) -> None:
        client = form.new_client or NewClient()
        self.kind.setCurrentIndex(max(self.kind.findData(client.kind), 0))
        for name in (*NAMES, "company_name", "email"):
            self.edits[name].setText(getattr(client, name))
        for i, edit in enumerate(self.phones):
            edit.setText(client.phones[i] if i < len(client.phones) else "")
        self.referral.setEditText(client.referral_source)
        self.consent.setChecked(client.consent_to_contact)
        self.search.clear()
        hit = hit_from_dict(ui.get("client_hit"))
        if form.client_id is not None and hit is not None and hit.client_id == form.client_id:
            self.pick(hit)
        elif form.new_client is not None:
            self.pages.setCurrentIndex(NEW)
        else:
            self.pages.setCurrentIndex(SEARCH)

    def ui_state(self) -> dict[str, Any]:
        hit = self.picked()
        return {"client_hit": hit_to_dict(hit)} if hit else {}

    def tab_chain(self) -> list[QWidget]:
        return [
            self.search.line_edit,
            self.new_link,
            self.change_link,
            self.kind,
            *(self.edits[name] for name in (*NAMES, "company_name")),
            *self.phones,
            self.edits["email"],
            self.referral,
            self.consent,
            self.back_link,
        ]
