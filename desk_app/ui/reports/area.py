"""The Reports area: the shop at a glance, as figure cards and two small tables.

Days and months are the workstation's local ones, so "today" ends at the shop's midnight.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import WorkOrderStatus
from desk_app.services import reports
from desk_app.services.permissions import Area
from desk_app.services.reports import DepartmentRequests, ShopSummary
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.errors import error_text
from desk_app.ui.figure_parts import CardFrame, section_heading, small_table
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_datetime, money, number, workstation_time_zone
from desk_app.ui.labels import department_label, status_colour, status_label
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "ReportsArea"
StatusCount = tuple[WorkOrderStatus, int]


def month_name(first_day: date) -> str:
    """“November 2026” in the user's language (the stand-alone form of the month)."""
    locale = QLocale()
    return f"{locale.standaloneMonthName(first_day.month)} {first_day.year}"


def _share(row: DepartmentRequests) -> str:
    if row.good_share is None:
        return "—"
    percent = number(round(row.good_share * 100))
    return f"{percent} % ({row.good}/{row.rated})"


STATUS_COLUMNS: list[Column[StatusCount]] = [
    Column(
        QT_TRANSLATE_NOOP("ReportsArea", "Status"),
        lambda r: status_label(r[0]),
        context=CONTEXT,
        background=lambda r: status_colour(r[0]),
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsArea", "Orders"),
        lambda r: number(r[1]),
        align_right=True,
        context=CONTEXT,
    ),
]

REQUEST_COLUMNS: list[Column[DepartmentRequests]] = [
    Column(
        QT_TRANSLATE_NOOP("ReportsArea", "Department"),
        lambda r: department_label(r.department),
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsArea", "Open"),
        lambda r: number(r.open),
        align_right=True,
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsArea", "Overdue"),
        lambda r: number(r.overdue),
        align_right=True,
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsArea", "Rated “good”, 90 days"),
        _share,
        align_right=True,
        context=CONTEXT,
    ),
]


class FigureCard(CardFrame):
    """One figure, large, with what it counts above it and a detail line below."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__("figureCard", parent)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #4a5560; font-size: 10pt;")
        self.caption.setWordWrap(True)
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1d2a36;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #5f6b76;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str = "", caption: str | None = None) -> None:
        if caption is not None:
            self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)


class ReportsArea(AreaWidget):
    area = Area.REPORTS

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, tz: tzinfo | None = None
    ) -> None:
        super().__init__(context, parent)
        self._tz = tz or workstation_time_zone()
        self.summary: ShopSummary | None = None

        heading = QLabel(self.tr("Shop summary"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #5f6b76;")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.open_card = FigureCard(self.tr("Open work orders"))
        self.accepted_card = FigureCard(self.tr("Cars accepted today"))
        self.revenue_card = FigureCard("")
        self.last_revenue_card = FigureCard("")
        self.turnaround_card = FigureCard(self.tr("Time to handover"))
        cards = QGridLayout()
        cards.setSpacing(12)
        for column, card in enumerate(
            (
                self.open_card,
                self.accepted_card,
                self.revenue_card,
                self.last_revenue_card,
                self.turnaround_card,
            )
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.status_model: RowTableModel[StatusCount] = RowTableModel(STATUS_COLUMNS, self)
        self.status_table = small_table(self.status_model)
        self.requests_model: RowTableModel[DepartmentRequests] = RowTableModel(
            REQUEST_COLUMNS, self
        )
        self.requests_table = small_table(self.requests_model)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(section_heading(self.tr("Open work orders by status")))
        left.addWidget(self.status_table)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(section_heading(self.tr("Internal requests by department")))
        right.addWidget(self.requests_table)
        note = QLabel(
            self.tr(
                "“Rated good” is the share of answers their requesters rated good. "
                "One “not good” weighs heavily: read what went wrong with that department."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b76;")
        right.addWidget(note)
        right.addStretch(1)
        tables = QHBoxLayout()
        tables.setSpacing(24)
        tables.addLayout(left)
        tables.addLayout(right)
        tables.addStretch(1)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(top)
        page_layout.addWidget(self.error)
        page_layout.addLayout(cards)
        page_layout.addSpacing(12)
        page_layout.addLayout(tables)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        try:
            summary = reports.shop_summary(self.context.db, self.context.actor, self._tz)
        except DeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.error.hide()
        self.summary = summary
        self._show(summary)

    def _show(self, summary: ShopSummary) -> None:
        self.as_of.setText(self.tr("as of {moment}").format(moment=local_datetime(clock.now())))
        waiting = summary.open_orders[WorkOrderStatus.READY]
        self.open_card.show_figure(
            number(summary.open_orders_total),
            self.tr("%n ready for handover", "", waiting),
        )
        self.accepted_card.show_figure(
            number(summary.accepted_today),
            self.tr("{count} this month").format(count=number(summary.accepted_this_month)),
        )
        this_month = month_name(summary.periods.month)
        self.revenue_card.show_figure(
            money(summary.revenue_this_month),
            self.tr("%n order(s) handed over", "", summary.handed_over_this_month),
            self.tr("Revenue, {month}").format(month=this_month),
        )
        self.last_revenue_card.show_figure(
            money(summary.revenue_last_month),
            self.tr("%n order(s) handed over", "", summary.handed_over_last_month),
            self.tr("Revenue, {month}").format(month=month_name(summary.periods.last_month)),
        )
        self.turnaround_card.show_figure(*self._turnaround(summary))
        self.status_model.set_rows(list(summary.open_orders.items()))
        self.requests_model.set_rows(list(summary.requests))

    def _turnaround(self, summary: ShopSummary) -> tuple[str, str]:
        hours = summary.average_turnaround_hours
        if hours is None:
            return "—", self.tr("no cars handed over in the last 90 days")
        detail = self.tr(
            "average of %n car(s) handed over in 90 days", "", summary.turnaround_orders
        )
        if hours < 48:
            return self.tr("{hours} h").format(hours=number(hours, 1)), detail
        return self.tr("{days} days").format(days=number(hours / 24, 1)), detail
