"""The chart's view, with the time axis above it and the lane names left of it.

The axis and the names are views of their own scenes, placed in the chart view's margins
(as a table's headers are) and moved by its scroll bars, one direction each: the hours stay
on top while the lanes scroll, the names stay on the left while the hours do. Python runs
on a scroll or a resize, never on a paint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QLabel, QWidget

from desk_app.ui.timeline.gantt_scene import ChartScene

CORNER_STYLE = (
    "QLabel { background: #f7f8fa; color: #5f6b76; font-weight: 600; padding-left: 10px;"
    " border-right: 1px solid #aeb6bf; border-bottom: 1px solid #dfe3e8; }"
)


class _Ruler(QGraphicsView):
    """Shows its scene and nothing else: no scroll bars, no mouse; the chart scrolls it."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for policy in (self.setHorizontalScrollBarPolicy, self.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class GanttView(QGraphicsView):
    """The chart, with the time axis above it and the lane names left of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartScene(self)
        self.setScene(self.chart)
        self.setObjectName("ganttChart")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.axis_scene = QGraphicsScene(self)
        self.lane_scene = QGraphicsScene(self)
        for scene in (self.axis_scene, self.lane_scene):
            scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.axis = _Ruler(self.axis_scene, self)
        self.axis.setObjectName("ganttAxis")
        self.lanes = _Ruler(self.lane_scene, self)
        self.lanes.setObjectName("ganttLanes")
        self.corner = QLabel(self)
        self.corner.setObjectName("ganttCorner")
        self.corner.setStyleSheet(CORNER_STYLE)
        self.horizontalScrollBar().valueChanged.connect(self.axis.horizontalScrollBar().setValue)
        self.horizontalScrollBar().valueChanged.connect(self.reveal)
        self.verticalScrollBar().valueChanged.connect(self.reveal)
        self.verticalScrollBar().valueChanged.connect(self.lanes.verticalScrollBar().setValue)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.rangeChanged.connect(self._place_rulers)  # a scroll bar came or went
        self._margins = (0, 0)

    def set_rulers(self, lane_width: int, axis_height: int) -> None:
        if (lane_width, axis_height) != self._margins:
            self._margins = (lane_width, axis_height)
            self.setViewportMargins(lane_width, axis_height, 0, 0)
        self._place_rulers()

    def sync_rulers(self) -> None:
        self.axis.horizontalScrollBar().setValue(self.horizontalScrollBar().value())
        self.lanes.verticalScrollBar().setValue(self.verticalScrollBar().value())

    def reveal(self) -> None:
        """Let the chart dress the bars now in view (see ``ChartScene.reveal``)."""
        self.chart.reveal(self.mapToScene(self.viewport().rect()).boundingRect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_rulers()

    def _place_rulers(self) -> None:
        lane_width, axis_height = self._margins
        port = self.viewport().geometry()
        self.axis.setGeometry(port.x(), port.y() - axis_height, port.width(), axis_height)
        self.lanes.setGeometry(port.x() - lane_width, port.y(), lane_width, port.height())
        self.corner.setGeometry(
            port.x() - lane_width, port.y() - axis_height, lane_width, axis_height
        )
        self.sync_rulers()
        self.reveal()
