"""Erasing a client's personal data at his request (``client_merge.forget_client``).

It cannot be undone, so the dialog says plainly what goes and what stays, and the red
button works only once the manager ticked that the client asked for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import client_merge
from desk_app.services.client_card import ClientCard
from desk_app.services.errors import StaleEdit
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label

DANGER_STYLE = (
    "QPushButton:enabled { background: #b3261e; color: white; font-weight: 600;"
    " padding: 4px 12px; border-radius: 3px; }"
)


class ForgetDialog(QDialog):
    sig_forgotten = Signal()
    """The client's personal data was erased."""

    sig_reload_requested = Signal()
    """The card changed meanwhile: read it again before erasing."""

    def __init__(self, context: AreaContext, card: ClientCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.card = card
        self.setWindowTitle(self.tr("Erase the client's personal data"))
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        title = QLabel(self.tr("Erase the personal data of {name}?").format(name=card.display_name))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        title.setWordWrap(True)
        erased = QLabel(
            self.tr(
                "<b>Erased for good:</b> the name, every phone, the e-mail and the address, "
                "the birthday, the company's details, the notes, who sent the client, the "
                "plates of the cars and the record of reminders and call-backs. Bookings "
                "still to come are cancelled."
            )
        )
        kept = QLabel(
            self.tr(
                "<b>Kept:</b> the card as “#{id}”, the cars without their plates, and every "
                "work order with its works, parts and money — the shop must keep them for "
                "accounting and warranty."
            ).format(id=card.id)
        )
        for label in (erased, kept):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_box = QCheckBox(
            self.tr("The client asked to be forgotten. I understand this cannot be undone.")
        )
        self.confirm_box.setObjectName("forgetConfirm")
        self.message = error_label()
        self.message.setObjectName("forgetMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase personal data"))
        self.erase_button.setObjectName("forgetClient")
        self.erase_button.setStyleSheet(DANGER_STYLE)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.confirm_box.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.forget)
        buttons.rejected.connect(self.reject)

        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(erased)
        layout.addWidget(kept)
        layout.addSpacing(6)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)

    def card_reloaded(self, card: ClientCard) -> None:
        """The card window read the card again: erase against its new version if asked."""
        self.card = card
        self.message.setText(
            self.tr("Someone changed the card meanwhile; it shows their changes now.")
            + " "
            + self.tr("Erase again if the client still asks for it.")
        )
        self.message.show()

    def forget(self) -> bool:
        if not self.confirm_box.isChecked():
            return False
        try:
            client_merge.forget_client(
                self.context.db,
                self.context.actor,
                self.card.id,
                expected_version=self.card.version,
            )
        except StaleEdit as error:
            self.message.setText(error_text(error))
            self.message.show()
            self.sig_reload_requested.emit()
            return False
        except DeskError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return False
        self.sig_forgotten.emit()
        self.accept()
        return True
