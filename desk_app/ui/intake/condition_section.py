"""The car as it arrives: odometer, fuel and the client's complaints in his own words.

A reading below the last one on file is not refused (a replaced cluster, a typo last time)
but must be confirmed: the check box appears with the warning, and saving waits for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.intake_form import FUEL_STEPS, IntakeForm
from desk_app.services.validation import OdometerCheck, check_odometer
from desk_app.ui.intake.fields import MUTED_STYLE, FieldMessages
from desk_app.ui.intake.section import FieldGrid, Section
from desk_app.ui.intake.vehicle_section import km_text

FIELD = "odometer_km"


def fuel_label(eighths: int) -> str:
    """The gauge's mark as people say it: Empty, 1/8, 1/4 … Full."""
    if eighths == 0:
        return QCoreApplication.translate("ConditionSection", "Empty")
    if eighths == len(FUEL_STEPS) - 1:
        return QCoreApplication.translate("ConditionSection", "Full")
    numerator, denominator = eighths, 8
    while numerator % 2 == 0:
        numerator, denominator = numerator // 2, denominator // 2
    return f"{numerator}/{denominator}"


class ConditionSection(Section):
    def __init__(self, messages: FieldMessages, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Arrival"), messages, parent)
        self.last_km: int | None = None

        self.odometer = QLineEdit()
        self.odometer.setObjectName("odometer")
        self.odometer.setMaxLength(16)
        self.odometer.setPlaceholderText(self.tr("km"))
        self.last_label = QLabel()
        self.last_label.setStyleSheet(MUTED_STYLE)
        self.confirm = QCheckBox(self.tr("The reading is &right (confirm the lower value)"))
        self.confirm.setObjectName("confirmOdometer")
        self.confirm.hide()
        self.fuel = QComboBox()
        self.fuel.setObjectName("fuel")
        self.fuel.setPlaceholderText(self.tr("—"))
        for eighths, percent in enumerate(FUEL_STEPS):
            self.fuel.addItem(fuel_label(eighths), percent)
        self.fuel.setCurrentIndex(-1)
        self.complaints = QPlainTextEdit()
        self.complaints.setObjectName("complaints")
        self.complaints.setTabChangesFocus(True)
        self.complaints.setPlaceholderText(self.tr("In the client's own words"))
        self.complaints.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        odometer_row = QWidget()
        row = QHBoxLayout(odometer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.odometer, 1)
        row.addWidget(self.last_label)
        grid = FieldGrid(messages, 2)
        caption = self.tr("&Odometer, km")
        grid.add(caption, odometer_row, 0, 0, field=FIELD, focus=self.odometer)
        grid.add(self.tr("&Fuel"), self.fuel, 0, 1, field="fuel_level")
        grid.add_wide(self.confirm, 1)
        caption = self.tr("&Complaints and requests")
        grid.add(caption, self.complaints, 2, 0, 2, field="complaints")
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.addLayout(grid)

        self.odometer.textEdited.connect(self.sig_changed)
        self.clear_on_edit(self.odometer, FIELD)
        self.odometer.editingFinished.connect(self.check_odometer)
        self.confirm.toggled.connect(self._confirmed)
        self.fuel.currentIndexChanged.connect(self._fuel_changed)
        self.complaints.textChanged.connect(self.sig_changed)

    def set_last_km(self, km: int | None) -> None:
        """The car's last recorded reading; a typed reading is checked against it again."""
        self.last_km = km
        self.last_label.setText("" if km is None else self.tr("last {km}").format(km=km_text(km)))
        if self.odometer.text().strip():
            self.check_odometer()

    def odometer_check(self) -> OdometerCheck:
        return check_odometer(
            self.odometer.text(), self.last_km, confirmed=self.confirm.isChecked(), field=FIELD
        )

    def check_odometer(self) -> None:
        """Show what is wrong with the reading; the box to confirm a rollback when there is one."""
        if not self.odometer.text().strip():
            self.messages.clear(FIELD)
            self.confirm.hide()
            return
        result = self.odometer_check()
        if not result.needs_confirmation and self.confirm.isChecked():
            self.confirm.setChecked(False)
        appears = result.needs_confirmation and self.confirm.isHidden()
        self.confirm.setVisible(result.needs_confirmation)
        self.messages.show_problems(FIELD, result.problems)
        if appears and QApplication.focusWidget() is self.fuel:
            # Tab left the reading before the box existed: it is the next stop now.
            self.confirm.setFocus(Qt.FocusReason.TabFocusReason)

    def _confirmed(self) -> None:
        self.check_odometer()
        self.sig_changed.emit()

    def _fuel_changed(self) -> None:
        self.messages.clear("fuel_level")
        self.sig_changed.emit()

    def values(self) -> dict[str, Any]:
        return {
            "odometer_km": self.odometer_check().value,
            "odometer_rollback_confirmed": not self.confirm.isHidden() and self.confirm.isChecked(),
            "fuel_level": self.fuel.currentData(),
            "complaints": self.complaints.toPlainText(),
        }

    def fill(self, form: IntakeForm, ui: dict[str, Any]) -> None:
        typed = ui.get("odometer_text")
        if isinstance(typed, str):
            self.odometer.setText(typed)
        else:
            self.odometer.setText("" if form.odometer_km is None else str(form.odometer_km))
        self.confirm.setChecked(form.odometer_rollback_confirmed)
        self.fuel.setCurrentIndex(self.fuel.findData(form.fuel_level))
        self.complaints.setPlainText(form.complaints)
        self.messages.clear(FIELD)
        self.check_odometer()

    def ui_state(self) -> dict[str, Any]:
        return {"odometer_text": self.odometer.text()}

    def tab_chain(self) -> list[QWidget]:
        return [self.odometer, self.confirm, self.fuel, self.complaints]
