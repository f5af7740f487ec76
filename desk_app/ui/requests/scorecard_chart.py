"""The scorecards' week-by-week chart: per department, the share answered within the agreed
standard (solid) and the share rated "good" (dashed), so a slipping week stands out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.models import DepartmentKind
from desk_app.services.scorecards import Scorecard
from desk_app.ui.figure_parts import section_heading
from desk_app.ui.labels import department_label

COLOURS = {
    DepartmentKind.PARTS: "#1f6fb2",
    DepartmentKind.FINANCE: "#c2571a",
    DepartmentKind.WORKSHOP: "#2e8540",
    DepartmentKind.RECEPTION: "#7b4fa0",
    DepartmentKind.MANAGEMENT: "#5f6b76",
}
"""Each department's colour, the same on its card and its lines."""


class TrendChart(QWidget):
    """The chart with its heading and the choice of department (all, or one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scorecards: list[Scorecard] = []
        self.department = QComboBox()
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department.currentIndexChanged.connect(self._draw)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(300)
        note = QLabel(
            self.tr(
                "Solid line: share answered within the agreed standard. "
                "Dashed line: share rated “good”. Per week, in per cent."
            )
        )
        note.setStyleSheet("color: #5f6b76;")
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(section_heading(self.tr("Week by week")))
        top.addSpacing(12)
        top.addWidget(note, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.department)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def show_cards(self, scorecards: list[Scorecard]) -> None:
        """Draw these cards' trends; the department chosen stays chosen if still there."""
        self.scorecards = scorecards
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for card in scorecards:
            self.department.addItem(department_label(card.department), card.department)
        self.department.setCurrentIndex(max(self.department.findData(chosen), 0))
        self.department.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        """Two lines per department: within the standard (solid) and rated good (dashed)."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        chosen = self.department.currentData()
        shown = [c for c in self.scorecards if chosen is None or c.department == chosen]
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d %%")
        y_axis.setTickCount(6)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        weeks = shown[0].trend if shown else ()
        if weeks:
            x_axis.setRange(_moment(weeks[0].monday), _moment(weeks[-1].monday))
            x_axis.setTickCount(min(len(weeks), 9))
        for card in shown:
            label = department_label(card.department)
            for dashed, name in (
                (False, label),
                (True, self.tr("{department}: rated good").format(department=label)),
            ):
                series = QLineSeries()
                series.setName(name)
                pen = QPen(QColor(COLOURS[card.department]), 2 if dashed else 2.5)
                if dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                series.setPen(pen)
                for week in card.trend:
                    share = week.good_share if dashed else week.within_standard_share
                    if share is not None:
                        series.append(_moment(week.monday).toMSecsSinceEpoch(), share * 100)
                self.chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
                if dashed:  # one legend entry per department; the note tells the lines apart
                    self.chart.legend().markers(series)[0].setVisible(False)


def _moment(day: date) -> QDateTime:
    """Noon of ``day`` on the chart's time axis, which shows the workstation's dates."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
