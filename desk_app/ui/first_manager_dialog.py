"""A new database has nobody in it: the first person to start it becomes its manager."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import auth
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from desk_app.ui.form_errors import FormErrors, error_label


class FirstManagerDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome — Service desk"))

        intro = QLabel(
            self.tr(
                "This database is new. Create the manager's account: the manager then adds "
                "the receptionists, masters, mechanics, parts clerks and finance staff."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Ivanova Maria Petrovna"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        name_error, password_error, general_error = error_label(), error_label(), error_label()
        self.errors = FormErrors(
            {"full_name": name_error, "password": password_error}, general_error
        )

        form = QFormLayout()
        form.addRow(self.tr("Full &name:"), self.name_edit)
        form.addRow("", name_error)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat password:"), self.repeat_edit)
        form.addRow("", password_error)

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Create and log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def try_create(self) -> None:
        self.errors.clear()
        if self.password_edit.text() != self.repeat_edit.text():
            self.errors.show_text("password", self.tr("The two passwords differ."))
            return
        try:
            self.actor = auth.create_first_manager(
                self._db, self.name_edit.text(), self.password_edit.text()
            )
        except DeskError as error:
            self.errors.show_error(error)
            return
        self.accept()
