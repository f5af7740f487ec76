"""Pieces every section of the intake form shares: messages beside fields, numbers, links.

The services name each problem by its field ("new_client.phones.0", "works.2.rate"); the
sections register where each field's message goes and which widget to focus, so one router
(``FieldMessages``) puts every message next to its field, whether it came from a check run
as the user left the field or from the service refusing the whole form at save.

Numbers are typed and shown the locale's way but held as ``Decimal``: the text is parsed
with the locale's separators and handed to ``Decimal`` as text, never through a float.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk_app.services.errors import ValidationError
from desk_app.services.validation import Problem, Severity
from desk_app.ui.errors import error_text

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"
MUTED_STYLE = "color: palette(placeholder-text);"
SECTION_STYLE = (
    "QGroupBox { font-weight: 600; border: 1px solid palette(mid); border-radius: 4px;"
    " margin-top: 9px; padding: 8px 6px 4px 6px; }"
    "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }"
    "QGroupBox > QWidget, QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QCheckBox,"
    " QGroupBox QComboBox, QGroupBox QPlainTextEdit, QGroupBox QTableWidget,"
    " QGroupBox QPushButton, QGroupBox QDateTimeEdit { font-weight: normal; }"
)
LINK_STYLE = (
    "QPushButton { border: none; color: palette(link); text-decoration: underline;"
    " padding: 0 2px; text-align: left; }"
    "QPushButton:focus { background: palette(highlight); color: palette(highlighted-text); }"
    "QPushButton:disabled { color: palette(placeholder-text); }"
)


def problem_error(problem: Problem) -> ValidationError:
    """A check's problem as the error the form shows (translated like any other)."""
    return ValidationError(problem.field, problem.template, **problem.params)


def message_label(parent: QWidget | None = None) -> QLabel:
    """The line under a field where its message appears; hidden while there is none."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def link_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A flat, underlined button: reads like a link, takes Tab focus and Space like a button."""
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class Pages(QWidget):
    """Alternative contents on one spot, only the current one shown.

    Unlike ``QStackedWidget`` it is exactly as tall as the page shown, and lets that
    page's wrapped messages ask for the height they need at the width they get.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current < 0:
            self._current = 0
        page.setVisible(len(self._pages) - 1 == self._current)
        return len(self._pages) - 1

    def currentIndex(self) -> int:
        return self._current

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)

    def widget(self, index: int) -> QWidget:
        return self._pages[index]


@dataclass
class FieldSlot:
    widget: QWidget
    """Focused when the field's error is the first one."""
    label: QLabel
    caption: str = ""
    """Names the field in a label that several fields share ("Year: …")."""
    row_name: Callable[[int], str] | None = None
    """For table fields ("works.<i>.rate"): names row ``i`` in the message ("Work 3")."""


class FieldMessages:
    """Where each field's message goes; several fields may share one label.

    Fields side by side share the line under their row (each message then starts with the
    field's caption), so a message is not squeezed into a narrow column; a table's rows
    share the line under the table. Errors are red, warnings amber, in the same label.
    """

    def __init__(self, fallback: QLabel) -> None:
        self._slots: dict[str, FieldSlot] = {}
        self._fallback = fallback
        self._shown: dict[str, tuple[str, bool]] = {}
        """field → (text, is a warning), in the order shown."""

    def add(
        self,
        field: str,
        widget: QWidget,
        label: QLabel,
        *,
        caption: str = "",
        row_name: Callable[[int], str] | None = None,
    ) -> None:
        label.setTextFormat(Qt.TextFormat.RichText)
        self._slots[field] = FieldSlot(widget, label, caption.replace("&", ""), row_name)

    def _slot(self, field: str) -> tuple[FieldSlot | None, str]:
        """The slot of ``field``, or of its longest registered prefix; and a row prefix."""
        if field in self._slots:
            return self._slots[field], ""
        parts = field.split(".")
        for end in range(len(parts) - 1, 0, -1):
            slot = self._slots.get(".".join(parts[:end]))
            if slot is None:
                continue
            row = parts[end]
            if slot.row_name and row.isdecimal():
                return slot, slot.row_name(int(row)) + ": "
            return slot, ""
        return None, ""

    def show(self, field: str, text: str, *, warning: bool = False) -> None:
        self._shown[field] = (text, warning)
        self._render()

    def show_error(self, error: ValidationError) -> None:
        self.show(error.field, error_text(error))

    def show_problems(self, field: str, problems: tuple[Problem, ...]) -> None:
        """A check's findings for ``field``: its errors, else its warnings; clears if none."""
        errors = [p for p in problems if p.severity is Severity.ERROR]
        shown = errors or list(problems)
        if not shown:
            self.clear(field)
            return
        text = " ".join(error_text(problem_error(p)) for p in shown)
        self.show(field, text, warning=not any(p.blocks_saving for p in shown))

    def clear(self, field: str) -> None:
        if self._shown.pop(field, None) is not None:
            self._render()

    def clear_prefix(self, prefix: str) -> None:
        """Forget the messages of ``prefix`` and of every field under it (a table's rows)."""
        for field in [f for f in self._shown if f == prefix or f.startswith(prefix + ".")]:
            del self._shown[field]
        self._render()

    def clear_all(self) -> None:
        self._shown.clear()
        self._render()

    def text(self, field: str) -> str:
        return self._shown.get(field, ("", False))[0]

    def error_fields(self) -> list[str]:
        return [field for field, (_text, warning) in self._shown.items() if not warning]

    def label(self, field: str) -> QLabel:
        """The message label of a registered field, to share it with another field."""
        return self._slots[field].label

    def widget(self, field: str) -> QWidget | None:
        slot, _prefix = self._slot(field)
        return slot.widget if slot else None

    def _render(self) -> None:
        labels = {id(slot.label): slot.label for slot in self._slots.values()}
        labels[id(self._fallback)] = self._fallback
        sharing: dict[int, int] = {}
        for slot in self._slots.values():
            sharing[id(slot.label)] = sharing.get(id(slot.label), 0) + 1
        lines: dict[int, list[str]] = {key: [] for key in labels}
        order = {id(slot): index for index, slot in enumerate(self._slots.values())}

        def place(field: str) -> int:
            slot, _prefix = self._slot(field)
            return order[id(slot)] if slot else len(order)

        for field, (text, warning) in sorted(self._shown.items(), key=lambda i: place(i[0])):
            slot, prefix = self._slot(field)
            label = slot.label if slot else self._fallback
            if slot and slot.caption and sharing[id(label)] > 1:
                prefix = f"{slot.caption}: "
            colour = WARNING_COLOUR if warning else ERROR_COLOUR
            lines[id(label)].append(f'<span style="color: {colour}">{escape(prefix + text)}</span>')
        for key, label in labels.items():
            if isValid(label):
                label.setText("<br>".join(lines[key]))
                label.setVisible(bool(lines[key]))


# -- numbers --------------------------------------------------------------------------------


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """A number typed the locale's way ("1 234,50", "1,234.50", "12.5") as a ``Decimal``.

    None when the text is not a number; "" is None too, the caller decides if it is needed.
    """
    locale = locale or QLocale()
    cleaned = "".join(text.split())
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if group and not group.isspace() and group != point:
        cleaned = cleaned.replace(group, "")
    cleaned = cleaned.replace(point, ".").replace(locale.negativeSign(), "-")
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def format_decimal(
    value: Decimal | None, places: int, locale: QLocale | None = None, *, trim: bool = False
) -> str:
    """``value`` with ``places`` decimals and the locale's grouping, without a float.

    ``trim`` drops the zeros at the end (a quantity of 1.5 pieces, not 1.500).
    """
    if value is None:
        return ""
    locale = locale or QLocale()
    rounded = value.quantize(Decimal(1).scaleb(-places))
    sign = locale.negativeSign() if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    text = sign + locale.toString(int(whole))
    return f"{text}{locale.decimalPoint()}{fraction}" if fraction else text


class DecimalEdit(QLineEdit):
    """A right-aligned amount or quantity; the typed text is kept when it is not a number."""

    def __init__(self, places: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._tidy)

    def value(self) -> Decimal | None:
        return parse_decimal(self.text())

    def is_valid(self) -> bool:
        """Empty or a number: anything else gets a message beside the field."""
        return not self.text().strip() or self.value() is not None

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_decimal(value, self.places))

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            tidy = format_decimal(value, self.places)
            if tidy != self.text():
                self.setText(tidy)
