"""What stays put around the chart: the time axis above it and the lane names left of it.

Each is a scene of its own, shown by a view that follows the chart's scroll bars in one
direction only, so the hours stay on top while the lanes scroll and the names stay on the
left while the hours do; like the chart they are built once per load from the same
``TimeScale`` and ``Layout``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from desk_app.services.shop_timeline import LaneKind
from desk_app.ui.appointments.blocks import (
    AXIS_TEXT,
    CURRENT_DAY,
    GRID_LINE,
    MUTED_TEXT,
    NOW_LINE,
    TODAY,
    clock_text,
)
from desk_app.ui.formatting import local_date
from desk_app.ui.timeline.gantt_layout import Layout, Row, lane_title
from desk_app.ui.timeline.gantt_scale import Span, TimeScale
from desk_app.ui.timeline.gantt_scene import APPOINTMENT_ROW, DAY_LINE, LANE_BACKGROUNDS, NO_PEN

RULER_BACKGROUND = QColor("#f7f8fa")
TEXT = QColor("#1d232a")
HEADER_WIDTHS = (150.0, 270.0)
"""The lane names' column is as wide as the longest name, within these bounds."""
INSET = 10.0


def _text(
    scene: QGraphicsScene, text: str, font: QFont, colour: QColor, x: float, y: float
) -> QGraphicsSimpleTextItem:
    item = scene.addSimpleText(text, font)
    item.setBrush(colour)
    item.setPos(x, y)
    return item


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    bold = QFont(base)
    bold.setBold(True)
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() - 0.5, 7.0))
    return bold, small


def axis_height(base: QFont, span: Span) -> float:
    bold, small = _fonts(base)
    day_row = QFontMetricsF(bold).height() + 8 if span is Span.WEEK else 0.0
    return round(day_row + QFontMetricsF(small).height() + 12)


def build_axis(scene: QGraphicsScene, scale: TimeScale, now: datetime, base: QFont) -> None:
    """Day titles (a week only) over the clock hours, with a red mark at the present."""
    scene.clear()
    bold, small = _fonts(base)
    height = axis_height(base, scale.span)
    hour_row = height - QFontMetricsF(small).height() - 10
    scene.setSceneRect(0, 0, scale.width, height)
    scene.setBackgroundBrush(RULER_BACKGROUND)
    lines, day_lines = QPainterPath(), QPainterPath()
    today = now.astimezone(scale.zone).date()
    if scale.span is Span.WEEK:
        locale = QLocale()
        for day, left, right in scale.day_edges():
            if day == today:
                scene.addRect(QRectF(left, 0, right - left, height), NO_PEN, CURRENT_DAY)
                scene.addRect(QRectF(left, height - 3, right - left, 3), NO_PEN, TODAY)
            title = f"{locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)}, "
            title += local_date(day)
            colour = TODAY if day == today else TEXT
            metrics = QFontMetricsF(bold)
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, right - left - 12)
            _text(scene, shown, bold, colour, left + 8, 4)
            day_lines.moveTo(left + 0.5, 0)
            day_lines.lineTo(left + 0.5, height)
    for x, local in scale.marks(scale.look.label_minutes):
        minute = local.hour * 60 + local.minute
        if minute == 0 and scale.span is Span.WEEK:
            continue
        lines.moveTo(x + 0.5, hour_row)
        lines.lineTo(x + 0.5, height)
        _text(scene, clock_text(minute), small, AXIS_TEXT, x + 4, hour_row + 4)
    lines.moveTo(0, height - 0.5)
    lines.lineTo(scale.width, height - 0.5)
    scene.addPath(lines, QPen(GRID_LINE, 1))
    scene.addPath(day_lines, QPen(DAY_LINE, 1))
    x = scale.x(now)
    if 0 < x < scale.width:
        mark = QPolygonF(
            [QPointF(x - 6, height - 8), QPointF(x + 6, height - 8), QPointF(x, height)]
        )
        scene.addPolygon(mark, NO_PEN, NOW_LINE).setZValue(1)


def header_width(layout: Layout, kind: LaneKind, base: QFont) -> float:
    bold, _small = _fonts(base)
    metrics = QFontMetricsF(bold)
    widest = max([metrics.horizontalAdvance(_row_title(row, kind)) for row in layout.rows] or [0.0])
    low, high = HEADER_WIDTHS
    return round(min(max(widest + 2 * INSET + 6, low), high))


def _row_title(row: Row, kind: LaneKind) -> str:
    if row.lane is None:
        return QCoreApplication.translate("ShopTimeline", "Appointments")
    return lane_title(row.lane, kind)


def _row_count(row: Row) -> str:
    if row.lane is None:
        if row.count == 0:
            return QCoreApplication.translate("ShopTimeline", "none")
        return QCoreApplication.translate("ShopTimeline", "%n booked", "", row.count)
    if not row.count:
        return QCoreApplication.translate("ShopTimeline", "free")
    return QCoreApplication.translate("ShopTimeline", "%n order(s)", "", row.count)


def build_lane_header(
    scene: QGraphicsScene, layout: Layout, kind: LaneKind, width: float, base: QFont
) -> None:
    """A name and a count per row, on the same bands as the chart."""
    scene.clear()
    bold, small = _fonts(base)
    scene.setSceneRect(0, 0, width, layout.height)
    scene.setBackgroundBrush(RULER_BACKGROUND)
    lines = QPainterPath()
    name_metrics = QFontMetricsF(bold)
    for index, row in enumerate(layout.rows):
        band = APPOINTMENT_ROW if row.lane is None else LANE_BACKGROUNDS[index % 2]
        scene.addRect(QRectF(0, row.top, width, row.height), NO_PEN, band)
        font, colour = QFont(bold), TEXT
        if row.lane is not None and row.lane.id is None:
            font.setItalic(True)
            colour = MUTED_TEXT
        title = name_metrics.elidedText(
            _row_title(row, kind), Qt.TextElideMode.ElideRight, width - 2 * INSET
        )
        name = _text(scene, title, font, colour, INSET, row.top + 6)
        if name.text() != _row_title(row, kind):
            name.setToolTip(_row_title(row, kind))
        count = _text(scene, _row_count(row), small, AXIS_TEXT, INSET, 0)
        count.setY(row.top + 6 + name_metrics.height())
        lines.moveTo(0, row.bottom - 0.5)
        lines.lineTo(width, row.bottom - 0.5)
    scene.addPath(lines, QPen(GRID_LINE, 1))
    scene.addLine(width - 0.5, 0, width - 0.5, layout.height, QPen(DAY_LINE, 1))
