"""Adding a person to the staff, or changing one: name, position, roles, password.

The dialog saves through the services itself and stays open on a refusal, with the
message beside the field it concerns and everything typed kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import Role
from desk_app.services import staff
from desk_app.services.staff import StaffRow
from desk_app.ui.area import AreaContext
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.labels import department_label, role_label


class StaffDialog(QDialog):
    """Add a person (``person`` is None) or change one (his roles, position, password)."""

    def __init__(
        self, context: AreaContext, person: StaffRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self.saved: StaffRow | None = None
        """The person as saved, once the dialog is accepted."""
        adding = person is None
        self.setWindowTitle(
            self.tr("Add a person")
            if adding
            else self.tr("Change {name}").format(name=person.full_name)
        )

        self.name_edit = QLineEdit(person.full_name if person else "")
        if not adding:
            self.name_edit.setReadOnly(True)
            self.name_edit.setFrame(False)
            self.name_edit.setStyleSheet("background: transparent; font-weight: 600;")
        self.name_edit.setPlaceholderText(self.tr("Surname, first name and patronymic"))
        self.position_edit = QLineEdit(person.position if person else "")
        self.position_edit.setPlaceholderText(self.tr("e.g. Senior receptionist"))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_grid = QGridLayout()
        for index, role in enumerate(Role):
            box = QCheckBox(role_label(role))
            box.setChecked(person is not None and role in person.roles)
            self.role_boxes[role] = box
            roles_grid.addWidget(box, index // 2, index % 2)
            box.toggled.connect(self._show_department)
        self.department_label = QLabel()
        self.department_label.setStyleSheet("color: #5f6b76;")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if not adding:
            self.password_edit.setPlaceholderText(self.tr("Leave empty to keep the password"))

        self.name_error, self.roles_error = error_label(), error_label()
        self.password_error, self.general_error = error_label(), error_label()
        self.errors = FormErrors(
            {
                "full_name": self.name_error,
                "roles": self.roles_error,
                "password": self.password_error,
            },
            self.general_error,
        )
        form = QFormLayout()
        form.addRow(self.tr("Full &name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Position:"), self.position_edit)
        form.addRow(self.tr("Roles:"), roles_grid)
        form.addRow("", self.department_label)
        form.addRow("", self.roles_error)
        form.addRow(
            self.tr("&Password:") if adding else self.tr("New &password:"), self.password_edit
        )
        form.addRow(self.tr("&Repeat password:"), self.repeat_edit)
        form.addRow("", self.password_error)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Add") if adding else self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._show_department()
        (self.name_edit if adding else self.position_edit).setFocus()

    def chosen_roles(self) -> list[Role]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def _show_department(self) -> None:
        """The department follows the roles, as the services decide; show where it lands."""
        roles = self.chosen_roles()
        self.department_label.setVisible(bool(roles))
        if roles:
            department = department_label(staff.home_department(roles))
            self.department_label.setText(
                self.tr("Department: {department}").format(department=department)
            )

    def try_save(self) -> None:
        self.errors.clear()
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.errors.show_text("password", self.tr("The two passwords differ."))
            return
        try:
            self.saved = self._save(password)
        except DeskError as error:
            self.errors.show_error(error)
            return
        self.accept()

    def _save(self, password: str) -> StaffRow:
        db, actor = self._context.db, self._context.actor
        if self._person is None:
            return staff.add_staff(
                db,
                actor,
                self.name_edit.text(),
                self.chosen_roles(),
                password,
                self.position_edit.text(),
            )
        return staff.update_staff(
            db,
            actor,
            self._person.id,
            self._person.version,
            position=self.position_edit.text(),
            roles=self.chosen_roles(),
            password=password or None,
        )
