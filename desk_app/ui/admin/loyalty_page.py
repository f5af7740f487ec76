"""The Admin area's "Discounts" tab: the regular clients' discount table of each make group,
and the shop's loyalty settings.

Each table is edited in place and saved whole (``discount_table.save_table``); a cell the
service refuses keeps its text, turns red, and the message under the table names its row.
Another manager's save in between is reported with an offer to reload, never overwritten.
Cells are read the locale's way here and handed over as numbers, since the service would
read "25,000" as twenty-five.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import MakeGroup
from desk_app.services import discount_table, loyalty
from desk_app.services.discount_table import DiscountTable
from desk_app.services.errors import StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.permissions import Action
from desk_app.ui.admin.loyalty_settings import LoyaltySettingsBox, button
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import money
from desk_app.ui.intake.fields import (
    MUTED_STYLE,
    SECTION_STYLE,
    DecimalEdit,
    format_decimal,
    link_button,
    parse_decimal,
)
from desk_app.ui.intake.line_tables import BAD_CELL, LineColumn, LineTable

TIER_COLUMNS = [
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "From order value"), places=2),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Discount %"), places=2, trim=True, width=12),
]
COL_THRESHOLD, COL_PERCENT = 0, 1
CELL_OF_FIELD = {"min_order_value": COL_THRESHOLD, "percent": COL_PERCENT}
EXAMPLE_ORDER = Decimal(25000)


def percent(value: Decimal) -> str:
    return format_decimal(value, 2, trim=True)


def _typed(text: str) -> Decimal | str:
    number = parse_decimal(text)
    return text if number is None else number


class TierTableBox(QGroupBox):
    """One make group's table with its own Save and Revert, and a sentence that shows what
    an example order would get by the rows as they stand."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    def __init__(
        self, context: AreaContext, group: MakeGroup, title: str, sentence: str, editable: bool
    ) -> None:
        super().__init__(title)
        self.context, self.group, self.sentence = context, group, sentence
        self.loaded: DiscountTable | None = None
        self.dirty = False
        self.example: Decimal | None = EXAMPLE_ORDER
        self.extra: Decimal | None = None
        self.table = LineTable(TIER_COLUMNS)
        self.table.setObjectName(f"{group.value}Tiers")
        self.table.verticalHeader().show()
        self.table.sig_edited.connect(self._edited)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.message = error_label()
        self.reload_link = link_button(self.tr("Reload the saved table"))
        self.reload_link.clicked.connect(self.load)
        self.reload_link.hide()
        self.add_button = button(self.tr("Add row"), self.add_row)
        self.remove_button = button(self.tr("Remove row"), self.remove_rows)
        self.revert_button = button(self.tr("Revert"), self.load)
        self.revert_button.setToolTip(self.tr("Show the saved table again"))
        self.save_button = button(self.tr("Save"), self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(self.reload_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            for hidden in (self.add_button, self.remove_button, self.save_button):
                hidden.hide()
            self.revert_button.hide()
        self._update_buttons()

    # -- loading and saving ----------------------------------------------------------------

    def load(self) -> None:
        try:
            table = discount_table.load_table(self.context.db, self.context.actor, self.group)
        except DeskError as error:
            self._show_message(error_text(error))
            return
        self._fill(table)

    def save(self) -> bool:
        """Save the rows as typed (empty rows are left out); False if the service refused."""
        if self.loaded is None:
            return False
        self._hide_message()
        rows = [
            row
            for row in range(self.table.rowCount())
            if any(self.table.text(row, column).strip() for column in CELL_OF_FIELD.values())
        ]
        tiers = [
            (_typed(self.table.text(r, COL_THRESHOLD)), _typed(self.table.text(r, COL_PERCENT)))
            for r in rows
        ]
        try:
            saved = discount_table.save_table(
                self.context.db, self.context.actor, self.group, tiers, stamp=self.loaded.stamp
            )
        except InvalidForm as form:
            self._show_errors(form.errors, rows)
            return False
        except StaleEdit as error:
            self._show_message(error_text(error))
            self.reload_link.show()
            return False
        except DeskError as error:
            self._show_message(error_text(error))
            return False
        self._fill(saved)
        self.sig_status_message.emit(self.tr('"{table}" is saved.').format(table=self.title()))
        return True

    def tiers(self) -> list[tuple[Decimal, Decimal]]:
        """The rows whose both cells hold numbers, as the preview reads them."""
        rows = (
            (self.table.number(r, COL_THRESHOLD), self.table.number(r, COL_PERCENT))
            for r in range(self.table.rowCount())
        )
        return [(low, share) for low, share in rows if low is not None and share is not None]

    # -- editing ---------------------------------------------------------------------------

    def add_row(self) -> None:
        row = self.table.add_line(["", ""])
        self.table.setCurrentCell(row, COL_THRESHOLD)
        self.table.setFocus()

    def remove_rows(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        if rows:
            self.table.remove_lines(sorted(rows))

    def set_example(self, value: Decimal | None, extra: Decimal | None) -> None:
        self.example, self.extra = value, extra
        self._update_preview()

    def _fill(self, table: DiscountTable) -> None:
        self.table.clear_lines()
        for tier in table.tiers:
            self.table.add_line([money(tier.min_order_value), percent(tier.percent)])
        self.loaded, self.dirty = table, False
        self._hide_message()
        self._update_buttons()
        self._update_preview()

    def _edited(self) -> None:
        self.dirty = True
        self._update_buttons()
        self._update_preview()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty and self.loaded is not None)
        self.revert_button.setEnabled(self.dirty)
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def _update_preview(self) -> None:
        if self.example is None:
            self.preview.setText(self.tr("Type an order value above to see its discount."))
            return
        share = discount_table.percent_for(self.tiers(), self.example)
        if share is None:
            result = self.tr("no discount")
        else:
            result = self.tr("{percent} %").format(percent=percent(share))
        text = self.sentence.format(value=money(self.example), result=result)
        if self.extra:
            text += " " + self.tr("A car bought here gets {extra} % more.").format(
                extra=percent(self.extra)
            )
        self.preview.setText(text)

    # -- messages --------------------------------------------------------------------------

    def _show_errors(self, errors: tuple[ValidationError, ...], rows: list[int]) -> None:
        lines = []
        with QSignalBlocker(self.table):  # a red mark is not an edit
            for error in errors:
                _, index, cell = [*error.field.split("."), "", ""][:3]
                if index.isdigit() and int(index) < len(rows) and cell in CELL_OF_FIELD:
                    row = rows[int(index)]
                    self.table.item(row, CELL_OF_FIELD[cell]).setBackground(BAD_CELL)
                    text = self.tr("Row {row}: {message}")
                    lines.append(text.format(row=row + 1, message=error_text(error)))
                else:
                    lines.append(error_text(error))
        self._show_message("\n".join(lines))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _hide_message(self) -> None:
        self.message.hide()
        self.reload_link.hide()
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                for column in CELL_OF_FIELD.values():
                    if self.table.number(row, column) is not None:
                        self.table.item(row, column).setData(Qt.ItemDataRole.BackgroundRole, None)


class LoyaltyPage(QWidget):
    """Both make groups' tables side by side, the example order for their previews above,
    the settings below. Without ``MANAGE_SETTINGS`` the tables are shown read-only."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        editable = context.actor.can(Action.MANAGE_SETTINGS)
        intro = QLabel(
            self.tr(
                "A regular client ({visits} visits within {days} days) gets the discount of "
                "the highest row his order reaches, by the make of the car."
            ).format(visits=loyalty.REGULAR_VISITS, days=loyalty.REGULAR_WINDOW_DAYS)
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        self.example_edit = DecimalEdit(2)
        self.example_edit.setMaximumWidth(140)
        self.example_edit.set_value(EXAMPLE_ORDER)
        self.example_edit.textChanged.connect(self._update_previews)
        example = QHBoxLayout()
        example.addWidget(QLabel(self.tr("Preview for an order of")))
        example.addWidget(self.example_edit)
        example.addStretch(1)
        domestic = TierTableBox(
            context,
            MakeGroup.DOMESTIC,
            self.tr("Domestic makes (ZAZ, VAZ/Lada, GAZ, UAZ)"),
            self.tr("An order of {value} for a Lada: {result}."),
            editable,
        )
        foreign = TierTableBox(
            context,
            MakeGroup.FOREIGN,
            self.tr("Foreign makes"),
            self.tr("An order of {value} for a foreign car: {result}."),
            editable,
        )
        self.tables = {MakeGroup.DOMESTIC: domestic, MakeGroup.FOREIGN: foreign}
        tables = QHBoxLayout()
        for box in self.tables.values():
            box.setStyleSheet(SECTION_STYLE)
            box.sig_status_message.connect(self.sig_status_message)
            tables.addWidget(box, 1)
        self.settings: LoyaltySettingsBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(example)
        layout.addLayout(tables)
        if editable:
            self.settings = LoyaltySettingsBox(context)
            self.settings.setStyleSheet(SECTION_STYLE)
            self.settings.sig_status_message.connect(self.sig_status_message)
            self.settings.extra_edit.textChanged.connect(self._update_previews)
            layout.addWidget(self.settings)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Reload what is not being edited: unsaved rows are kept until saved or reverted."""
        for box in self.tables.values():
            if not box.dirty:
                box.load()
        if self.settings is not None and self.settings.version is None:
            self.settings.load()
        self._update_previews()

    def _update_previews(self) -> None:
        extra = self.settings.extra_edit.value() if self.settings is not None else None
        for box in self.tables.values():
            box.set_example(self.example_edit.value(), extra)
