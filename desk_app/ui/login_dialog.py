"""Who is at the desk: pick your name, type your password."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.resources import APP_ICON
from desk_app.services import auth
from desk_app.services.errors import AuthenticationFailed
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label


class LoginDialog(QDialog):
    def __init__(self, db: Database, last_user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — Service desk"))

        icon = QLabel()
        icon.setPixmap(QIcon(str(APP_ICON)).pixmap(48, 48))
        heading = QLabel(self.tr("Who is at the desk?"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.name_box = QComboBox()
        self.name_box.setEditable(True)
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in auth.login_choices(db):
            self.name_box.addItem(choice.full_name, choice.position)
        self.name_box.setMinimumWidth(340)
        self.position_label = QLabel()
        self.position_label.setStyleSheet("color: #5f6b76;")
        self.name_box.currentTextChanged.connect(self._show_position)
        if last_user:
            self.name_box.setCurrentText(last_user)
        self._show_position(self.name_box.currentText())
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_box)
        form.addRow("", self.position_label)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.error)

        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_log_in)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.password_edit if last_user else self.name_box).setFocus()

    def _show_position(self, name: str) -> None:
        index = self.name_box.findText(name)
        self.position_label.setText(self.name_box.itemData(index) if index >= 0 else "")

    def try_log_in(self) -> None:
        try:
            self.actor = auth.log_in(
                self._db, self.name_box.currentText(), self.password_edit.text()
            )
        except AuthenticationFailed as failure:
            self.error.setText(error_text(failure))
            self.error.show()
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()
