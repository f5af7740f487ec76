"""The Admin area's "Shop" tab: the shop's own requisites, printed on every document.

The whole form is saved at once (``shop_requisites.save_requisites``); each refused value
gets its message beside its field and everything typed is kept. Another manager's save in
between is reported with an offer to reload, never overwritten. Without ``MANAGE_SETTINGS``
the page is shown read-only, as the Discounts tab is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import shop_requisites
from desk_app.services.errors import StaleEdit
from desk_app.services.form_fields import InvalidForm
from desk_app.services.permissions import Action
from desk_app.services.shop_requisites import ShopRequisites
from desk_app.services.validation import format_phone
from desk_app.ui.area import AreaContext
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.intake.fields import MUTED_STYLE, link_button

LOGO_SIZE = QSize(160, 80)
FIELD_WIDTH = 440
LINE_FIELDS = ("shop_name", "legal_form", "tax_id", "registration_number", "address", "phone",
               "email")  # fmt: skip


def _buddy(caption: str, field: QWidget) -> QLabel:
    """A caption whose Alt+letter goes to ``field`` (QFormLayout only does so for a widget)."""
    label = QLabel(caption)
    label.setBuddy(field)
    return label


class ShopPage(QWidget):
    """The requisites form; ``loaded`` is what the service last gave, ``dirty`` an edit since."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.actor.can(Action.MANAGE_SETTINGS)
        self.loaded: ShopRequisites | None = None
        self.dirty = False
        self.logo: bytes | None = None
        self.edits = {name: QLineEdit() for name in LINE_FIELDS}
        self.edits["legal_form"].setPlaceholderText(self.tr("e.g. ООО or ИП"))
        self.edits["tax_id"].setPlaceholderText(self.tr("10 digits, or 12 for an entrepreneur"))
        self.edits["registration_number"].setPlaceholderText(
            self.tr("13 digits, or 15 for an entrepreneur")
        )
        self.warranty_edit = QPlainTextEdit()
        self.warranty_edit.setTabChangesFocus(True)
        self.warranty_edit.setFixedHeight(110)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose_logo_button = QPushButton(self.tr("Choose logo…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.reload_link = link_button(self.tr("Reload the saved details"))
        self.reload_link.clicked.connect(self.load)
        self.reload_link.hide()
        self.field_errors = {
            name: error_label() for name in (*LINE_FIELDS, "logo_png", "warranty_text")
        }
        self.message = error_label()
        self.errors = FormErrors(dict(self.field_errors), self.message)
        self._build_layout()
        for edit in (*self.edits.values(), self.warranty_edit):
            edit.textChanged.connect(self._edited)
            edit.setReadOnly(not self.editable)
        if not self.editable:
            for hidden in (self.choose_logo_button, self.remove_logo_button, self.save_button):
                hidden.hide()
        self._update_buttons()

    def _build_layout(self) -> None:
        intro = QLabel(self.tr("How the shop is named on every printed act, sheet and letter."))
        intro.setStyleSheet(MUTED_STYLE)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_preview)
        logo.addLayout(logo_buttons)
        logo.addStretch(1)
        form = QFormLayout()
        captions = {
            "shop_name": self.tr("&Name:"),
            "legal_form": self.tr("&Legal form:"),
            "tax_id": self.tr("&INN:"),
            "registration_number": self.tr("&OGRN / OGRNIP:"),
            "address": self.tr("&Address:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
        }
        for name, caption in captions.items():
            form.addRow(_buddy(caption, self.edits[name]), self._beside(self.edits[name], name))
        form.addRow(self.tr("Logo:"), self._beside(logo, "logo_png"))
        form.addRow(
            _buddy(self.tr("&Warranty text:"), self.warranty_edit),
            self._beside(self.warranty_edit, "warranty_text"),
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.reload_link)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def _beside(self, field: QWidget | QHBoxLayout, name: str) -> QHBoxLayout:
        """The field at a fixed width and its message to the right of it."""
        row = QHBoxLayout()
        if isinstance(field, QWidget):
            field.setFixedWidth(FIELD_WIDTH)
            row.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
        else:
            holder = QWidget()
            holder.setFixedWidth(FIELD_WIDTH)
            holder.setLayout(field)
            field.setContentsMargins(0, 0, 0, 0)
            row.addWidget(holder, 0, Qt.AlignmentFlag.AlignTop)
        beside = Qt.AlignmentFlag.AlignVCenter if isinstance(field, QLineEdit) else None
        row.addWidget(self.field_errors[name], 1, beside or Qt.AlignmentFlag.AlignTop)
        return row

    # -- loading and saving ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload unless the manager is halfway through an edit."""
        if not self.dirty:
            self.load()

    def load(self) -> None:
        self.errors.clear()
        self.reload_link.hide()
        try:
            requisites = shop_requisites.load_requisites(self.context.db, self.context.actor)
        except DeskError as error:
            self.errors.show_error(error)
            return
        self._fill(requisites)

    def form(self) -> ShopRequisites | None:
        """What the page shows, as the service takes it (None before the first load)."""
        if self.loaded is None:
            return None
        texts = {name: edit.text() for name, edit in self.edits.items()}
        return ShopRequisites(
            **texts,
            logo_png=self.logo,
            warranty_text=self.warranty_edit.toPlainText(),
            version=self.loaded.version,
        )

    def save(self) -> bool:
        form = self.form()
        if form is None:
            return False
        self.errors.clear()
        self.reload_link.hide()
        try:
            saved = shop_requisites.save_requisites(self.context.db, self.context.actor, form)
        except InvalidForm as refused:
            for error in reversed(refused.errors):  # the first message of a field wins
                self.errors.show_error(error)
            return False
        except DeskError as error:
            self.errors.show_error(error)
            self.reload_link.setVisible(isinstance(error, StaleEdit))
            return False
        self._fill(saved)
        self.sig_status_message.emit(self.tr("The shop's details are saved."))
        return True

    # -- the logo --------------------------------------------------------------------------

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("PNG images (*.png)")
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> None:
        """Read the file (no more than the service would take, plus one byte to refuse)."""
        try:
            with path.open("rb") as file:
                data = file.read(shop_requisites.MAX_LOGO_BYTES + 1)
        except OSError as error:
            text = self.tr("Cannot read {file}: {reason}")
            reason = error.strerror or str(error)
            self.errors.show_text("logo_png", text.format(file=path.name, reason=reason))
            return
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data or None
        self._show_logo()
        self._edited()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo is None:
            self.logo_preview.setText(self.tr("No logo"))
        elif pixmap.loadFromData(self.logo, "PNG"):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_SIZE - QSize(4, 4),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setText(self.tr("Not a PNG image"))

    # -- state -----------------------------------------------------------------------------

    def _fill(self, requisites: ShopRequisites) -> None:
        for name, edit in self.edits.items():
            text = getattr(requisites, name)
            edit.setText(format_phone(text) if name == "phone" else text)
        self.warranty_edit.setPlainText(requisites.warranty_text)
        self.logo = requisites.logo_png
        self._show_logo()
        self.loaded, self.dirty = requisites, False
        self._update_buttons()

    def _edited(self) -> None:
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty and self.loaded is not None)
        self.remove_logo_button.setEnabled(self.logo is not None)
