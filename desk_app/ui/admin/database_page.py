"""The Admin area's "Database" tab: which database this desk uses, and which it opens next.

The choice belongs to this workstation (its settings file; the password in the keyring),
so a change applies at the next start, and the page says so. A shop that began on one
desk's file moves to a shared server from here: Connect to an EMPTY PostgreSQL database
first, then "Move this shop to the shared database…" copies everything over (the transfer
dialog counts and verifies the rows). Without ``MANAGE_SETTINGS`` the page only shows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.permissions import Action
from desk_app.store import secrets
from desk_app.store.connection_check import CheckKind, ConnectionCheck, check_connection
from desk_app.ui.area import AreaContext
from desk_app.ui.database_dialog import OK_STYLE, Checker, DatabaseChoiceBox
from desk_app.ui.form_errors import ERROR_STYLE
from desk_app.ui.intake.fields import MUTED_STYLE, SECTION_STYLE
from desk_app.ui.settings import LOCAL, SHARED, Settings


class DatabasePage(QWidget):
    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    def __init__(
        self,
        context: AreaContext,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        checker: Checker = check_connection,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings if settings is not None else Settings()
        self.editable = context.actor.can(Action.MANAGE_SETTINGS)
        self._save_when_checked = False
        self.in_use_label = QLabel()
        self.in_use_label.setWordWrap(True)
        self.next_start_label = QLabel()
        self.next_start_label.setWordWrap(True)
        self.choice_box = DatabaseChoiceBox(secrets.keyring_available(), checker)
        self.form = self.choice_box.form
        self.form.sig_checked.connect(self._checked)
        self.save_button = QPushButton(self.tr("Use for this workstation"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Move this shop to the shared database…"))
        self.move_button.clicked.connect(self.move_shop)
        self.move_hint = QLabel()
        self.move_hint.setWordWrap(True)
        self.move_hint.setStyleSheet(MUTED_STYLE)
        for edit in (self.form.host_edit, self.form.database_edit, self.form.user_edit):
            edit.textEdited.connect(self._update_move)
        self.form.password_edit.textEdited.connect(self._update_move)
        self.form.port_spin.valueChanged.connect(self._update_move)
        self.choice_box.shared_radio.toggled.connect(self._update_move)
        self._build_layout()
        if not self.editable:
            self.choice_box.setEnabled(False)
            self.save_button.hide()
            self.move_box.hide()
        self.refresh()

    def _build_layout(self) -> None:
        intro = QLabel(
            self.tr(
                "Which database this workstation opens. A change applies the next time the "
                "application starts on this computer; the other desks keep their own choice."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        state = QFormLayout()
        state.addRow(self.tr("In use now:"), self.in_use_label)
        state.addRow(self.tr("At the next start:"), self.next_start_label)
        choose = QGroupBox(self.tr("Database of this workstation"))
        choose.setStyleSheet(SECTION_STYLE)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.message, 1)
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(self.choice_box)
        choose_layout.addSpacing(6)
        choose_layout.addLayout(save_row)
        self.move_box = QGroupBox(self.tr("Moving the shop to a shared database"))
        self.move_box.setStyleSheet(SECTION_STYLE)
        move_intro = QLabel(
            self.tr(
                "A shop that began on this computer copies all its data to an empty "
                "PostgreSQL database once, then every desk chooses that database."
            )
        )
        move_intro.setWordWrap(True)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_button)
        move_row.addWidget(self.move_hint, 1)
        move_layout = QVBoxLayout(self.move_box)
        move_layout.addWidget(move_intro)
        move_layout.addLayout(move_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(state)
        layout.addWidget(choose)
        layout.addWidget(self.move_box)
        layout.addStretch(1)

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the database in use and the saved choice (the form is left as typed)."""
        db = self.context.db
        self.in_use_label.setText(
            self.tr("This computer only — {where}").format(where=db.describe())
            if db.is_sqlite
            else self.tr("Shared database — {where}").format(where=db.describe())
        )
        self._show_next_start()
        if not self.form.host_edit.text():
            self.form.set_server(self.settings.shared_server())
            self.choice_box.set_choice(self._saved_choice())
        self._update_move()

    def _saved_choice(self) -> str:
        return SHARED if self.settings.database_mode == SHARED else LOCAL

    def _show_next_start(self) -> None:
        server = self.settings.shared_server()
        if self._saved_choice() == SHARED and server is not None:
            text = self.tr("Shared database — {where}").format(
                where=f"{server.user}@{server.host}:{server.port}/{server.database}"
            )
        else:
            text = self.tr("This computer only")
        self.next_start_label.setText(text)

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    # -- saving the choice -----------------------------------------------------------------

    def save(self) -> None:
        """This computer at once; a shared database once Connect says it can be used."""
        self.message.clear()
        if self.choice_box.choice == LOCAL:
            self.settings.choose_local()
            self._saved()
            return
        check = self.form.last_check
        if check is not None and check.ok:
            self._save_shared()
            return
        self._save_when_checked = self.form.check()

    def _checked(self, check: ConnectionCheck) -> None:
        if self._save_when_checked and check.ok and self.choice_box.choice == SHARED:
            self._save_shared()
        self._save_when_checked = False
        self._update_move()

    def _save_shared(self) -> None:
        server = self.form.server()
        self.settings.choose_shared(server)
        kept = bool(self.form.password()) and secrets.save_password(
            server.key, self.form.password()
        )
        self._saved(
            ""
            if kept or not self.form.password()
            else self.tr("This computer has no keyring: the password is asked at each start.")
        )

    def _saved(self, note: str = "") -> None:
        self.settings.sync()
        self._show_next_start()
        text = self.tr("Saved: the application opens this database from its next start.")
        self._say(f"{text} {note}".strip())
        self.sig_status_message.emit(text)

    # -- moving the shop -------------------------------------------------------------------

    def _update_move(self) -> None:
        check = self.form.last_check
        empty = check is not None and check.kind is CheckKind.EMPTY
        ready = self.context.db.is_sqlite and self.choice_box.choice == SHARED and empty
        self.move_button.setEnabled(ready)
        if not self.context.db.is_sqlite:
            hint = self.tr("This desk already works on a shared database.")
        elif ready:
            hint = self.tr("Copies every record of this computer's database there.")
        else:
            hint = self.tr("First Connect to an empty PostgreSQL database above.")
        self.move_hint.setText(hint)

    def move_shop(self) -> None:
        check = self.form.last_check
        if check is None or check.kind is not CheckKind.EMPTY or not self.context.db.is_sqlite:
            return
        from desk_app.ui.transfer_dialog import TransferDialog  # written beside this page

        server, password = self.form.server(), self.form.password()
        target = server.url(password).render_as_string(hide_password=False)
        dialog = TransferDialog(self.context.db, target, self)
        switched = bool(dialog.exec())
        dialog.deleteLater()
        self.form.last_check = None  # no longer empty if it copied: Connect again to know
        self._update_move()
        if not switched:
            return
        self.settings.choose_shared(server)
        if password:
            secrets.save_password(server.key, password)
        self.settings.sync()
        self._show_next_start()
        text = self.tr(
            "The shop is in the shared database now. This workstation opens it from its next "
            "start; choose it on the other desks too."
        )
        self._say(text)
        self.sig_status_message.emit(text)
