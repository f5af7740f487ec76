"""What is left in the car, and a short inspection: ok, attention or urgent per point.

The lists are the manager's (``checklists``); the names the shop started with are shown in
the user's language, the ones the manager added as typed. An inspection point nobody looked
at stays unset and is not recorded: the act shows only what was actually checked. Each
point's switch takes one Tab stop; arrows or the keys 1, 2, 3 set it, Delete clears it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import InspectionState
from desk_app.services.intake_form import InspectionEntry, IntakeForm
from desk_app.ui.intake.fields import MUTED_STYLE, FieldMessages, link_button, message_label
from desk_app.ui.intake.section import Section

KNOWN_NAMES = (
    QT_TRANSLATE_NOOP("Checklists", "Spare wheel"),
    QT_TRANSLATE_NOOP("Checklists", "Jack"),
    QT_TRANSLATE_NOOP("Checklists", "Tools"),
    QT_TRANSLATE_NOOP("Checklists", "First-aid kit"),
    QT_TRANSLATE_NOOP("Checklists", "Warning triangle"),
    QT_TRANSLATE_NOOP("Checklists", "Fire extinguisher"),
    QT_TRANSLATE_NOOP("Checklists", "Documents"),
    QT_TRANSLATE_NOOP("Checklists", "Valuables"),
    QT_TRANSLATE_NOOP("Checklists", "Lights"),
    QT_TRANSLATE_NOOP("Checklists", "Tyres"),
    QT_TRANSLATE_NOOP("Checklists", "Brakes"),
    QT_TRANSLATE_NOOP("Checklists", "Fluids"),
    QT_TRANSLATE_NOOP("Checklists", "Battery"),
    QT_TRANSLATE_NOOP("Checklists", "Wipers"),
    QT_TRANSLATE_NOOP("Checklists", "Windscreen"),
    QT_TRANSLATE_NOOP("Checklists", "Dashboard warning lights"),
)
"""The names the migration seeds (``checklists.DEFAULT_NAMES``), for the translators."""
STATES = (InspectionState.OK, InspectionState.ATTENTION, InspectionState.URGENT)
STATE_TEXT = {
    InspectionState.OK: QT_TRANSLATE_NOOP("Checklists", "OK"),
    InspectionState.ATTENTION: QT_TRANSLATE_NOOP("Checklists", "Attention"),
    InspectionState.URGENT: QT_TRANSLATE_NOOP("Checklists", "Urgent"),
}
STATE_COLOURS = {
    InspectionState.OK: "#2b8a3e",
    InspectionState.ATTENTION: "#b26a00",
    InspectionState.URGENT: "#c92a2a",
}
COMPLETENESS_COLUMNS = 4


def shown_name(name: str) -> str:
    """A list item's name in the user's language when it is one the shop started with."""
    return QCoreApplication.translate("Checklists", name)


class StateSwitch(QFrame):
    """Ok / attention / urgent as three joined buttons with one Tab stop; none set at first."""

    sig_state_changed = Signal(object)
    """The state changed (object: the ``InspectionState``, or None when cleared)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("stateSwitch")
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[InspectionState, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(1, 1, 1, 1)
        row.setSpacing(0)
        style = []
        for state in STATES:
            button = QToolButton()
            button.setObjectName(f"state_{state.value}")
            button.setText(QCoreApplication.translate("Checklists", STATE_TEXT[state]))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _on, state=state: self.toggle(state))
            self.group.addButton(button)
            self.buttons[state] = button
            row.addWidget(button)
            colour = STATE_COLOURS[state]
            style.append(
                f"QToolButton#state_{state.value}:checked {{ background: {colour};"
                " color: white; border-color: " + colour + "; }"
            )
        self.setStyleSheet(
            "QFrame#stateSwitch { border: 1px solid transparent; border-radius: 3px; }"
            "QFrame#stateSwitch:focus { border: 1px solid palette(highlight); }"
            "QToolButton { border: 1px solid palette(mid); padding: 1px 6px;"
            " background: palette(base); }" + "".join(style)
        )
        self._state: InspectionState | None = None

    def state(self) -> InspectionState | None:
        return self._state

    def set_state(self, state: InspectionState | None) -> None:
        for each, button in self.buttons.items():
            button.setChecked(each is state)
        if state is not self._state:
            self._state = state
            self.sig_state_changed.emit(state)

    def toggle(self, state: InspectionState) -> None:
        """A click on the state already set clears it, as a second look may find nothing."""
        self.set_state(None if self._state is state else state)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = STATES.index(self._state) if self._state else -1
        if key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
            self.set_state(STATES[key - Qt.Key.Key_1])
        elif key == Qt.Key.Key_Right:
            self.set_state(STATES[min(index + 1, len(STATES) - 1)])
        elif key == Qt.Key.Key_Left:
            self.set_state(STATES[max(index - 1, 0)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_state(None)
        else:
            super().keyPressEvent(event)


class ChecklistsSection(Section):
    def __init__(self, messages: FieldMessages, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Left in the car and inspection"), messages, parent)
        self.checks: dict[str, QCheckBox] = {}
        self.switches: dict[str, StateSwitch] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.completeness_grid = QGridLayout()
        self.completeness_grid.setHorizontalSpacing(12)
        self.completeness_grid.setVerticalSpacing(2)
        self.inspection_grid = QGridLayout()
        self.inspection_grid.setHorizontalSpacing(8)
        self.inspection_grid.setVerticalSpacing(2)
        self.inspection_grid.setColumnStretch(2, 1)
        self.all_ok = link_button(self.tr("Mark the rest OK"))
        self.all_ok.setObjectName("allOk")
        self.all_ok.clicked.connect(self.mark_rest_ok)
        heading = QHBoxLayout()
        caption = QLabel(self.tr("Inspection (1 OK, 2 attention, 3 urgent)"))
        caption.setStyleSheet(MUTED_STYLE)
        heading.addWidget(caption, 1)
        heading.addWidget(self.all_ok)
        completeness_message = message_label()
        inspection_message = message_label()
        self._completeness_message = completeness_message
        messages.add("inspection", self.all_ok, inspection_message, row_name=self._point_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(self.completeness_grid)
        layout.addWidget(completeness_message)
        layout.addSpacing(4)
        layout.addLayout(heading)
        layout.addLayout(self.inspection_grid)
        layout.addWidget(inspection_message)

    def _point_name(self, index: int) -> str:
        names = list(self.switches)
        return shown_name(names[index]) if index < len(names) else str(index + 1)

    def set_names(self, completeness: tuple[str, ...], inspection: tuple[str, ...]) -> None:
        """Rebuild both lists from the manager's names (done before each ``fill``)."""
        for grid in (self.completeness_grid, self.inspection_grid):
            while grid.count():
                widget = grid.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.checks.clear()
        self.switches.clear()
        self.notes.clear()
        for index, name in enumerate(dict.fromkeys(completeness)):
            box = QCheckBox(shown_name(name))
            box.toggled.connect(self.sig_changed)
            self.checks[name] = box
            row, column = divmod(index, COMPLETENESS_COLUMNS)
            self.completeness_grid.addWidget(box, row, column)
        first = next(iter(self.checks.values()), self.all_ok)
        self.messages.add("completeness", first, self._completeness_message)
        for row, name in enumerate(dict.fromkeys(inspection)):
            self._add_point(row, name)

    def _add_point(self, row: int, name: str) -> None:
        switch = StateSwitch()
        switch.setObjectName(f"inspection_{row}")
        note = QLineEdit()
        note.setPlaceholderText(self.tr("What was seen"))
        note.setEnabled(False)
        note.textEdited.connect(self.sig_changed)

        def changed(state: InspectionState | None) -> None:
            note.setEnabled(state in (InspectionState.ATTENTION, InspectionState.URGENT))
            self.sig_changed.emit()

        switch.sig_state_changed.connect(changed)
        self.inspection_grid.addWidget(QLabel(shown_name(name)), row, 0)
        self.inspection_grid.addWidget(switch, row, 1)
        self.inspection_grid.addWidget(note, row, 2)
        self.switches[name] = switch
        self.notes[name] = note

    def mark_rest_ok(self) -> None:
        for switch in self.switches.values():
            if switch.state() is None:
                switch.set_state(InspectionState.OK)

    def values(self) -> dict[str, Any]:
        return {
            "completeness": tuple(name for name, box in self.checks.items() if box.isChecked()),
            "inspection": tuple(
                InspectionEntry(name, state, self.notes[name].text())
                for name, switch in self.switches.items()
                if (state := switch.state()) is not None
            ),
        }

    def fill(self, form: IntakeForm, ui: dict[str, Any]) -> None:
        extra_checks = [name for name in form.completeness if name not in self.checks]
        extra_points = [e.name for e in form.inspection if e.name not in self.switches]
        if extra_checks or extra_points:  # a draft made before the manager changed a list
            self.set_names((*self.checks, *extra_checks), (*self.switches, *extra_points))
        for name, box in self.checks.items():
            box.setChecked(name in form.completeness)
        entries = {entry.name: entry for entry in form.inspection}
        for name, switch in self.switches.items():
            entry = entries.get(name)
            switch.set_state(entry.state if entry else None)
            self.notes[name].setText(entry.note if entry else "")

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = list(self.checks.values())
        chain.append(self.all_ok)
        for name, switch in self.switches.items():
            chain += [switch, self.notes[name]]
        return chain
