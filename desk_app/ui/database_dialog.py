"""Which database this desk opens: this computer's file, or a shared PostgreSQL server.

Shown at the very first start, and again at start when the saved shared database cannot be
opened (its message beside the field at fault). The same choice, with the same Connect
check, is on Admin → Database (``DatabaseChoiceBox`` is shared by both). Connect runs off
the GUI thread: a server that does not answer keeps nobody waiting on a frozen window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.store.connection_check import (
    DEFAULT_PORT,
    ConnectionCheck,
    SharedServer,
    check_connection,
)
from desk_app.store.locations import default_database_path
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import ERROR_STYLE, error_label
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.settings import LOCAL, SHARED
from desk_app.ui.tasks import LatestOnly

FIELD_WIDTH = 260
MESSAGE_WIDTH = 320
OK_STYLE = "color: #2e7d32;"
FIELDS = ("host", "port", "database", "user", "password")
Checker = Callable[[str], ConnectionCheck]


def check_text(check: ConnectionCheck) -> str:
    """A check's message, translated as the errors' templates are."""
    return error_text(DeskError(check.template, **check.params))


class SharedDatabaseForm(QWidget):
    """Host, port, database, user and password, a Connect button, and what Connect found."""

    sig_checked = Signal(object)
    """Connect has answered (object: the ``ConnectionCheck`` of the current values)."""

    def __init__(
        self,
        keyring_available: bool,
        checker: Checker = check_connection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checker = checker
        self.last_check: ConnectionCheck | None = None
        """The answer for the values shown now (None once any of them is edited)."""
        self._asks = LatestOnly(self)
        self._asks.sig_answered.connect(self._answered)
        self._asks.sig_failed.connect(self._failed)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. db.shop.local or 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit("desk")
        self.user_edit = QLineEdit("desk")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        password_note = QLabel(
            self.tr("Kept in this computer's keyring, never in the settings file.")
            if keyring_available
            else self.tr("This computer has no keyring: the password is asked at each start.")
        )
        password_note.setStyleSheet(MUTED_STYLE)
        password_note.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.clicked.connect(self.check)
        self.result_label = error_label()
        self.errors = {name: error_label() for name in FIELDS}
        fields: dict[str, QWidget] = {
            "host": self.host_edit,
            "port": self.port_spin,
            "database": self.database_edit,
            "user": self.user_edit,
            "password": self.password_edit,
        }
        captions = {
            "host": self.tr("Server (&host):"),
            "port": self.tr("P&ort:"),
            "database": self.tr("&Database:"),
            "user": self.tr("&User:"),
            "password": self.tr("Pass&word:"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        for row, name in enumerate(FIELDS):
            caption = QLabel(captions[name])
            caption.setBuddy(fields[name])
            fields[name].setFixedWidth(FIELD_WIDTH if name != "port" else 90)
            self.errors[name].setMinimumWidth(MESSAGE_WIDTH)
            grid.addWidget(caption, row, 0)
            grid.addWidget(fields[name], row, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(self.errors[name], row, 2)
        grid.addWidget(password_note, len(FIELDS), 1, 1, 2)
        grid.addWidget(self.connect_button, len(FIELDS) + 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.result_label, len(FIELDS) + 2, 0, 1, 3)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(self._edited)
        self.port_spin.valueChanged.connect(self._edited)

    def server(self) -> SharedServer:
        return SharedServer(
            self.host_edit.text().strip(),
            self.port_spin.value(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
        )

    def password(self) -> str:
        return self.password_edit.text()

    def set_server(self, server: SharedServer | None, password: str = "") -> None:
        if server is not None:
            self.host_edit.setText(server.host)
            self.port_spin.setValue(server.port)
            self.database_edit.setText(server.database)
            self.user_edit.setText(server.user)
        self.password_edit.setText(password)
        self._edited()

    def is_checking(self) -> bool:
        return self._asks.is_busy()

    def check(self) -> bool:
        """Try the values shown (off the GUI thread); ``sig_checked`` tells what was found.
        False: a value is missing (said beside its field) and nothing was tried."""
        self._edited()
        self.clear_messages()
        missing = self._missing()
        if missing is not None:
            self.show_message(*missing)
            return False
        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Connecting…"))
        url = self.server().url(self.password()).render_as_string(hide_password=False)
        checker = self._checker
        self._asks.ask((self.server(), self.password()), lambda: checker(url))
        return True

    def _missing(self) -> tuple[str, str] | None:
        server = self.server()
        if not server.host:
            return "host", self.tr("Name the computer the database server runs on.")
        if not server.database:
            return "database", self.tr("Name the database on that server.")
        if not server.user:
            return "user", self.tr("Name the user the desk connects as.")
        return None

    def _failed(self, _key: object, error: object) -> None:
        """A bug in the check (it says every environment problem as an answer)."""
        self._answered(_key, None)
        self.show_message(None, error_text(error) if isinstance(error, Exception) else "")

    def _answered(self, key: object, check: object) -> None:
        self.connect_button.setEnabled(True)
        self.connect_button.setText(self.tr("&Connect"))
        if not isinstance(check, ConnectionCheck) or key != (self.server(), self.password()):
            return  # edited while it ran: the answer is about other values
        self.show_check(check)
        self.sig_checked.emit(check)

    def show_check(self, check: ConnectionCheck) -> None:
        """What was found: green under the form if usable, red beside the field if not."""
        self.clear_messages()
        self.last_check = check
        if check.ok:
            self.result_label.setStyleSheet(OK_STYLE)
            self.result_label.setText(check_text(check))
            self.result_label.show()
        else:
            self.show_message(check.field, check_text(check))

    def show_message(self, field: str | None, text: str) -> None:
        """A problem's text beside ``field`` (under the form if it names none)."""
        label = self.errors.get(field or "", self.result_label)
        if label is self.result_label:
            label.setStyleSheet(ERROR_STYLE)
        label.setText(text)
        label.show()

    def clear_messages(self) -> None:
        for label in (*self.errors.values(), self.result_label):
            label.clear()
            label.hide()

    def _edited(self) -> None:
        self.last_check = None


class DatabaseChoiceBox(QWidget):
    """The two choices, each with what it means, and the shared database's form."""

    def __init__(
        self,
        keyring_available: bool,
        checker: Checker = check_connection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.local_radio = QRadioButton(self.tr("&This computer only"))
        self.shared_radio = QRadioButton(self.tr("&Shared database (PostgreSQL)"))
        self.local_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.shared_radio)
        local_note = QLabel(
            self.tr(
                "The shop's data is kept in a file on this computer ({path}). "
                "Right for a shop with one desk."
            ).format(path=default_database_path())
        )
        shared_note = QLabel(
            self.tr(
                "Several desks work on one database on the shop's server, and see each "
                "other's work. Ask whoever set up the server for these details."
            )
        )
        for note in (local_note, shared_note):
            note.setWordWrap(True)
            note.setStyleSheet(MUTED_STYLE)
            note.setContentsMargins(24, 0, 0, 4)
        self.form = SharedDatabaseForm(keyring_available, checker)
        self.form.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.local_radio, local_note, self.shared_radio, shared_note, self.form):
            layout.addWidget(widget)
        self.shared_radio.toggled.connect(self._switched)
        self._switched(False)

    @property
    def choice(self) -> str:
        return SHARED if self.shared_radio.isChecked() else LOCAL

    def set_choice(self, choice: str) -> None:
        (self.shared_radio if choice == SHARED else self.local_radio).setChecked(True)

    def _switched(self, shared: bool) -> None:
        self.form.setEnabled(shared)
        if not shared:
            self.form.clear_messages()


class DatabaseDialog(QDialog):
    """The first-start choice; accepted only with a database the desk can use."""

    def __init__(
        self,
        server: SharedServer | None = None,
        *,
        shared: bool = False,
        password: str = "",
        problem: ConnectionCheck | str | None = None,
        keyring_available: bool = True,
        checker: Checker = check_connection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the database — Service desk"))
        heading = QLabel(
            self.tr("Where does this desk keep the shop's data?")
            if problem is None
            else self.tr("The shared database cannot be opened")
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.choice_box = DatabaseChoiceBox(keyring_available, checker)
        self.form = self.choice_box.form
        self.form.set_server(server, password)
        self.choice_box.set_choice(SHARED if shared or problem is not None else LOCAL)
        if isinstance(problem, ConnectionCheck):
            self.form.show_check(problem)
        elif problem is not None:
            self.form.show_message(None, problem)
        self._accept_when_checked = False
        self.form.sig_checked.connect(self._checked)
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(
            self.tr("Use this database"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.choice_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(FIELD_WIDTH + MESSAGE_WIDTH + 200)

    @property
    def choice(self) -> str:
        return self.choice_box.choice

    def server(self) -> SharedServer:
        return self.form.server()

    def password(self) -> str:
        return self.form.password()

    def try_accept(self) -> None:
        """This computer: at once. Shared: once Connect says the database can be used."""
        if self.choice == LOCAL:
            self.accept()
            return
        check = self.form.last_check
        if check is not None and check.ok:
            self.accept()
            return
        self._accept_when_checked = self.form.check()

    def _checked(self, check: ConnectionCheck) -> None:
        if self._accept_when_checked and check.ok and self.choice == SHARED:
            self.accept()
        self._accept_when_checked = False


def ask_password(
    server: SharedServer, keyring_available: bool, parent: QWidget | None = None
) -> str | None:
    """The shared database's password, asked at start when no keyring gave it; None if the
    user would rather not start."""
    question = QCoreApplication.translate(
        "DatabaseDialog", "The password of user “{user}” for the shared database {where}:"
    ).format(user=server.user, where=f"{server.host}:{server.port}/{server.database}")
    note = (
        QCoreApplication.translate(
            "DatabaseDialog", "It is kept in this computer's keyring once the database opens."
        )
        if keyring_available
        else QCoreApplication.translate(
            "DatabaseDialog",
            "This computer has no keyring, so the password is asked at each start.",
        )
    )
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("DatabaseDialog", "Password — Service desk"),
        f"{question}\n{note}",
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None
