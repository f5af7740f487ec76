"""The master's quality check: the shop's standard points and one per work done, each
ticked or not; pass makes the car ready, fail sends it back to work with the reason.

Whether every point must be ticked to pass, and whether a failure needs a reason, are the
service's rules; the form shows its messages beside the list and the reason box.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import quality_check
from desk_app.services.order_card import OrderCard
from desk_app.ui.area import AreaContext
from desk_app.ui.intake.fields import MUTED_STYLE, link_button
from desk_app.ui.orders.form_dialog import OrderFormDialog
from desk_app.ui.orders.texts import check_point_text

FAIL_STYLE = "QPushButton { color: #b3261e; }"


class QualityDialog(OrderFormDialog):
    def __init__(self, context: AreaContext, card: OrderCard, parent: QWidget | None = None):
        super().__init__(context, card, parent)
        self.setWindowTitle(
            self.tr("Quality check — {number}, {vehicle}").format(
                number=card.number, vehicle=card.vehicle_title
            )
        )
        self.point_boxes: dict[str, QCheckBox] = {}
        self._texts: dict[str, str] = {}
        """Each point as shown (a work's "&" is doubled on its box, not in the record)."""
        standard = QGroupBox(self.tr("Every car"))
        standard_layout = QVBoxLayout(standard)
        works = QGroupBox(self.tr("The works done on this car"))
        works_layout = QVBoxLayout(works)
        try:
            points = quality_check.checklist(context.db, context.actor, card.id)
        except DeskError as error:
            points = []
            self.errors.show_error(error)
        for point in points:
            self._texts[point.key] = check_point_text(point.key, point.text)
            box = QCheckBox(self._texts[point.key].replace("&", "&&"))
            box.setObjectName(f"point_{point.key}")
            box.toggled.connect(self._show_count)
            (works_layout if point.key.startswith("work:") else standard_layout).addWidget(box)
            self.point_boxes[point.key] = box
        works.setVisible(works_layout.count() > 0)

        points_widget = QWidget()
        points_layout = QVBoxLayout(points_widget)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(standard)
        points_layout.addWidget(works)
        points_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(points_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.all_button = link_button(self.tr("Tick all"))
        self.all_button.clicked.connect(self.tick_all)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED_STYLE)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addStretch(1)
        ticks.addWidget(self.count_label)

        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.reason_edit.setPlaceholderText(
            self.tr("A note if it passes; what is wrong, for the mechanic, if it fails")
        )
        reason_label = QLabel(self.tr("&Comment or reason:"))
        reason_label.setBuddy(self.reason_edit)

        buttons = QDialogButtonBox()
        self.pass_button = buttons.addButton(
            self.tr("&Pass: the car is ready"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pass_button.setObjectName("pass")
        self.fail_button = buttons.addButton(
            self.tr("&Fail: back to work"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.fail_button.setObjectName("fail")
        self.fail_button.setStyleSheet(FAIL_STYLE)
        self.fail_button.setAutoDefault(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.pass_button.clicked.connect(self.pass_check)
        self.fail_button.clicked.connect(self.fail_check)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.field_error("points"))
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.field_error("reason", self.reason_edit))
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.resize(560, 500)
        self._show_count()

    def tick_all(self) -> None:
        for box in self.point_boxes.values():
            box.setChecked(True)

    def points(self) -> dict[str, tuple[str, bool]]:
        """What the service records: each point's text as shown, and whether it was ok."""
        return {key: (self._texts[key], box.isChecked()) for key, box in self.point_boxes.items()}

    def _show_count(self) -> None:
        ticked = sum(box.isChecked() for box in self.point_boxes.values())
        self.count_label.setText(
            self.tr("{ticked} of {all} points ticked").format(
                ticked=ticked, all=len(self.point_boxes)
            )
        )

    def pass_check(self) -> bool:
        db, actor, order_id = self.context.db, self.context.actor, self.card.id
        points, comment = self.points(), self.reason_edit.toPlainText()
        return self.run(
            lambda: quality_check.pass_check(
                db, actor, order_id, expected_version=self.version, points=points, comment=comment
            )
        )

    def fail_check(self) -> bool:
        db, actor, order_id = self.context.db, self.context.actor, self.card.id
        points, reason = self.points(), self.reason_edit.toPlainText()
        return self.run(
            lambda: quality_check.fail_check(
                db, actor, order_id, expected_version=self.version, points=points, reason=reason
            )
        )
