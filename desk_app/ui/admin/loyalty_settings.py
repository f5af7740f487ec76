"""The shop's loyalty settings in Admin: the extra discount for a car bought here, the
service interval, and when clients are called back after a visit.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import discount_table
from desk_app.services.errors import StaleEdit
from desk_app.services.form_fields import InvalidForm
from desk_app.ui.area import AreaContext
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.intake.fields import (
    DecimalEdit,
    link_button,
)


def button(text: str, slot: Callable[[], object]) -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(slot)
    return widget


class LoyaltySettingsBox(QGroupBox):
    """The shop's loyalty settings; each refused value gets its message beside its field."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__(self.tr("Loyalty settings"))
        self.context = context
        self.version: int | None = None
        self.extra_edit = DecimalEdit(2)
        self.extra_edit.setMaximumWidth(90)
        self.months_spin = self._spin(self.tr(" months"))
        self.km_spin = self._spin(self.tr(" km"))
        self.km_spin.setSingleStep(1000)
        self.days_spin = self._spin(self.tr(" days"))
        self.save_button = button(self.tr("Save settings"), self.save)
        self.reload_link = link_button(self.tr("Reload the saved settings"))
        self.reload_link.clicked.connect(self.load)
        self.reload_link.hide()
        general = error_label()
        fields: list[tuple[str, str, list[QWidget]]] = [
            ("bought_here_percent", self.tr("Extra discount for a car bought here:"),
             [self.extra_edit, QLabel("%")]),
            ("service_interval_months", self.tr("Next service after:"), [self.months_spin]),
            ("service_interval_km", self.tr("or after (whichever comes first):"), [self.km_spin]),
            ("call_back_days", self.tr("Call the client back after the handover in:"),
             [self.days_spin]),
        ]  # fmt: skip
        grid = QGridLayout(self)
        labels: dict[str, QLabel] = {}
        for row, (field, caption, widgets) in enumerate(fields):
            grid.addWidget(QLabel(caption), row, 0)
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch(1)
            grid.addLayout(line, row, 1)
            labels[field] = error_label()
            grid.addWidget(labels[field], row, 2)
        grid.setColumnStretch(2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(general)
        bottom.addWidget(self.reload_link)
        bottom.addStretch(1)
        grid.addLayout(bottom, len(fields), 0, 1, 3)
        self.field_errors, self.message = labels, general
        self.errors = FormErrors(labels, general)

    def _spin(self, suffix: str) -> QSpinBox:
        """Wide open: the service says what is allowed, beside the field."""
        spin = QSpinBox()
        spin.setRange(0, 999_999)
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(110)
        return spin

    def load(self) -> None:
        self.errors.clear()
        self.reload_link.hide()
        try:
            settings = discount_table.load_settings(self.context.db, self.context.actor)
        except DeskError as error:
            self.errors.show_error(error)
            return
        self.extra_edit.set_value(settings.bought_here_percent)
        self.months_spin.setValue(settings.service_interval_months)
        self.km_spin.setValue(settings.service_interval_km)
        self.days_spin.setValue(settings.call_back_days)
        self.version = settings.version

    def save(self) -> bool:
        if self.version is None:
            return False
        self.errors.clear()
        self.reload_link.hide()
        extra = self.extra_edit.value()
        try:
            saved = discount_table.save_settings(
                self.context.db,
                self.context.actor,
                bought_here_percent=self.extra_edit.text() if extra is None else extra,
                service_interval_months=self.months_spin.value(),
                service_interval_km=self.km_spin.value(),
                call_back_days=self.days_spin.value(),
                expected_version=self.version,
            )
        except InvalidForm as form:
            for error in reversed(form.errors):
                self.errors.show_error(error)
            return False
        except DeskError as error:
            self.errors.show_error(error)
            self.reload_link.setVisible(isinstance(error, StaleEdit))
            return False
        self.version = saved.version
        self.extra_edit.set_value(saved.bought_here_percent)
        self.sig_status_message.emit(self.tr("The loyalty settings are saved."))
        return True
