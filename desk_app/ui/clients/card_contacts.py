"""The Contacts tab: the client's details to read, and "Edit…" turning them into a form.

A save goes through ``client_editing.update_client`` with the version the form was
filled from. Refused for bad input, the messages stand under their fields; refused
because another desk saved first, the tab shows what they saved beside what was typed
and waits for the user: reload (their version) or keep the input and save again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import ClientKind
from desk_app.services import client_card, client_editing
from desk_app.services.client_card import ClientCard
from desk_app.services.errors import StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.permissions import Action
from desk_app.ui.area import AreaContext
from desk_app.ui.clients.card_conflict import ConflictPanel, differences
from desk_app.ui.clients.card_contact_form import ClientFields
from desk_app.ui.clients.card_values import (
    COMPANY_ONLY,
    FIELDS,
    PERSON_ONLY,
    caption,
    card_values,
    form_values,
)
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import local_date

VIEW, EDIT = 0, 1


class ContactsView(QWidget):
    """The saved details, one labelled line each; empty ones are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QFormLayout()
        self.rows.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for field, _caption in FIELDS:
            value = QLabel()
            value.setObjectName(f"view_{field}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[field] = value
            self.rows.addRow(caption(field), value)
        self.since = QLabel()
        self.rows.addRow(self.tr("Client since"), self.since)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addStretch(1)

    def set_card(self, card: ClientCard) -> None:
        company = card.kind is ClientKind.COMPANY
        hidden = PERSON_ONLY if company else COMPANY_ONLY
        for field, text in card_values(card).items():
            self.values[field].setText(text)
            self.rows.setRowVisible(self.values[field], field not in hidden and bool(text))
        self.since.setText(local_date(card.created_at))


class ContactsTab(QWidget):
    sig_saved = Signal()
    """The client's details were saved (the card reloads)."""

    sig_reload_requested = Signal()
    """Show the card as saved now; the form takes the saved values (input dropped)."""

    sig_card_refreshed = Signal(object)
    """The card was read anew while the form kept its input (object: ``ClientCard``)."""

    sig_editing = Signal(bool)
    """The form was opened (True) or closed (False)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.base: ClientCard | None = None
        """The card the form was filled from: its version goes with the save."""
        self._fresh: ClientCard | None = None
        self.can_edit = False
        """The card as another desk saved it, read when a save was refused as stale."""
        self.view = ContactsView()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editClient")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(lambda: self.start_edit())
        view_page = QWidget()
        view_layout = QVBoxLayout(view_page)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.edit_button)
        view_layout.addLayout(top)
        view_layout.addWidget(self.view, 1)

        self.fields = ClientFields()
        self.conflict = ConflictPanel()
        self.conflict.sig_reload.connect(self.sig_reload_requested)
        self.conflict.sig_keep_mine.connect(self.keep_mine)
        self.notice = QLabel()
        self.notice.setObjectName("formNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveClient")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelEdit")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.stop_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        edit_page = QWidget()
        edit_layout = QVBoxLayout(edit_page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(self.conflict)
        edit_layout.addWidget(scroll, 1)
        edit_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(view_page)
        self.pages.addWidget(edit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    @property
    def editing(self) -> bool:
        return self.pages.currentIndex() == EDIT

    def set_card(self, card: ClientCard) -> None:
        """Show the saved card; an open form keeps what was typed."""
        self.view.set_card(card)
        erased = card.anonymised_at is not None
        self.can_edit = self.context.actor.can(Action.EDIT_CLIENTS) and not erased
        self.edit_button.setVisible(self.can_edit)
        if self.base is None or not self.editing:
            self.base = card
        if erased and self.editing:
            self._close_form()

    def start_edit(self, focus: str = "last_name") -> None:
        if self.base is None or not self.can_edit:
            return
        self.fields.fill(self.base)
        self.conflict.hide()
        self.notice.hide()
        self.pages.setCurrentIndex(EDIT)
        self.save_button.setDefault(True)
        self.sig_editing.emit(True)
        self.fields.focus_field(focus)

    def stop_edit(self) -> None:
        """Leave the form without saving."""
        self._close_form()

    def _close_form(self) -> None:
        self.fields.messages.clear_all()
        self.conflict.hide()
        self.save_button.setDefault(False)
        self.pages.setCurrentIndex(VIEW)
        self.sig_editing.emit(False)

    def is_dirty(self) -> bool:
        """Whether the form holds anything that differs from the card it was filled from."""
        if not self.editing or self.base is None:
            return False
        form, _readable = self.fields.read()
        return form_values(form, self.fields.birthday.text()) != _clean(card_values(self.base))

    def save(self) -> bool:
        base = self.base
        if base is None or not self.editing:
            return False
        self.fields.messages.clear_all()
        self.notice.hide()
        if not self.fields.check_locally():
            self._focus_first()
            return False
        form, _readable = self.fields.read()
        db, actor = self.context.db, self.context.actor
        try:
            client_editing.update_client(db, actor, base.id, form, expected_version=base.version)
        except StaleEdit as error:
            self._show_conflict(error)
            return False
        except InvalidForm as errors:
            for problem in errors.errors:
                self.fields.messages.show_error(problem)
            self._focus_first()
            return False
        except ValidationError as error:
            self.fields.messages.show_error(error)
            self._focus_first()
            return False
        except DeskError as error:
            self.fields.messages.show("", error_text(error))
            return False
        self.conflict.hide()
        self._close_form()
        self.sig_saved.emit()
        return True

    def _focus_first(self) -> None:
        fields = self.fields.messages.error_fields()
        if fields:
            self.fields.focus_field(fields[0])

    def _show_conflict(self, error: StaleEdit) -> None:
        """Read the card as the other desk saved it and lay it beside what was typed."""
        assert self.base is not None
        try:
            fresh = client_card.load_card(self.context.db, self.context.actor, self.base.id)
        except DeskError as failure:
            self.fields.messages.show("", error_text(failure))
            return
        self._fresh = fresh
        form, _readable = self.fields.read()
        mine = form_values(form, self.fields.birthday.text())
        before, theirs = _clean(card_values(self.base)), _clean(card_values(fresh))
        rows = differences([(caption(f), before[f], theirs[f], mine[f]) for f, _caption in FIELDS])
        self.conflict.show_conflict(error_text(error), rows)
        self.sig_card_refreshed.emit(fresh)

    def take_saved(self, card: ClientCard) -> None:
        """After "Reload": the form shows the card as saved now, the input dropped."""
        self.base = card
        self._fresh = None
        if not self.editing:
            return
        self.fields.fill(card)
        self.conflict.hide()
        self.notice.setText(self.tr("The form now shows what is saved. Change it and save."))
        self.notice.show()

    def keep_mine(self) -> None:
        """Save over the other desk's version from now on; the input stays as typed."""
        if self._fresh is not None:
            self.base = self._fresh
        self.conflict.hide()
        self.notice.setText(
            self.tr("Your input is kept. Save to replace what the other desk saved.")
        )
        self.notice.show()
        self.save_button.setFocus()


def drop_changes_question(parent: QWidget, drop: Callable[[], None]) -> QMessageBox:
    """Asks before closing over unsaved changes; ``drop`` runs if the user drops them.
    Open it with ``open()``: nothing waits on it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ContactsTab", "Unsaved changes"),
        QCoreApplication.translate(
            "ContactsTab", "Close the card and drop your changes to the client's details?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Discard).clicked.connect(drop)
    return box


def _clean(values: dict[str, str]) -> dict[str, str]:
    """Saved values written as ``form_values`` writes typed ones (spaces made one)."""
    multi_line = ("company_details", "notes")
    return {
        name: text.strip() if name in multi_line else " ".join(text.split())
        for name, text in values.items()
    }
