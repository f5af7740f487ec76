"""Saving again while the database does not answer: the countdown row a form shows.

A form whose save failed with a retryable store error (``store.errors.RETRYABLE_ERRORS``:
the server is gone, the file is locked) keeps its input and shows this row: why, then
"Retrying in 5 s… [Retry now] [Stop]". When the countdown ends, or on Retry now, the row asks
the form to save again (``sig_attempt``); each new failure waits longer (``RETRY_DELAYS_MS``,
then the last one again) until the form saves, the user stops, or the form is closed. The
form does the saving; the row only keeps time. ``ui.form_dialog`` and the intake form use it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

RETRY_DELAYS_MS: tuple[int, ...] = (5000, 10000, 20000, 30000)
"""The wait before each new attempt: the first after one failure, and so on; the last
repeats for as long as the database stays away."""

TICK_MS = 1000
"""How often the countdown is redrawn."""

INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
"""What a form locks while its save waits for the database."""

STYLE = "SaveRetry { background: #fdf1dc; border: 1px solid #c98a1b; border-radius: 4px; }"


class SaveRetry(QFrame):
    """The reason, the countdown and its two buttons; hidden while nothing waits."""

    sig_attempt = Signal()
    """Time to save again (the countdown ran out, or Retry now was pressed)."""

    sig_stopped = Signal()
    """The user pressed Stop: the form keeps its input and waits for him."""

    def __init__(
        self, parent: QWidget | None = None, delays_ms: Sequence[int] = RETRY_DELAYS_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveRetry")
        self.setStyleSheet(STYLE)
        self.delays_ms = tuple(delays_ms)
        """Public so a test can make the waits short."""
        self._failures = 0
        self._left_ms = 0
        self.message = QLabel()
        self.message.setObjectName("retryMessage")
        self.message.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("retryCountdown")
        self.retry_now = QPushButton(self.tr("Retry &now"))
        self.retry_now.setObjectName("retryNow")
        self.retry_now.setAutoDefault(False)
        self.retry_now.clicked.connect(self.attempt_now)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("stopRetrying")
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.countdown, 1)
        row.addWidget(self.retry_now)
        row.addWidget(self.stop_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 6, 6)
        column.setSpacing(4)
        column.addWidget(self.message)
        column.addLayout(row)
        self.hide()

    def is_retrying(self) -> bool:
        """A save failed and the form is waiting to try again (or trying now)."""
        return self._failures > 0

    def seconds_left(self) -> int:
        return math.ceil(self._left_ms / 1000)

    def failed(self, reason: str) -> None:
        """A save failed (again) for ``reason``: wait the next delay, then ``sig_attempt``."""
        delay = self.delays_ms[min(self._failures, len(self.delays_ms) - 1)]
        self._failures += 1
        self._left_ms = delay
        self.message.setText(reason)
        self._show_left()
        self.retry_now.setEnabled(True)
        self.show()
        self._arm()

    def attempt_now(self) -> None:
        """Try at once instead of waiting for the countdown."""
        if not self.is_retrying():
            return
        self.timer.stop()
        self._left_ms = 0
        self.retry_now.setEnabled(False)
        self.countdown.setText(self.tr("Saving…"))
        self.countdown.repaint()  # the attempt holds the event loop until the server answers
        self.sig_attempt.emit()

    def finish(self) -> None:
        """Nothing waits any more (saved, refused for another reason, or the form closed)."""
        self.timer.stop()
        self._failures = 0
        self._left_ms = 0
        self.hide()

    def stop(self) -> None:
        """The user gives up waiting; the form keeps what was typed."""
        self.finish()
        self.sig_stopped.emit()

    def _arm(self) -> None:
        self.timer.start(min(TICK_MS, self._left_ms))

    def _tick(self) -> None:
        self._left_ms -= self.timer.interval()
        if self._left_ms <= 0:
            self.attempt_now()
            return
        self._show_left()
        self._arm()

    def _show_left(self) -> None:
        self.countdown.setText(
            self.tr("Retrying in {seconds} s…").format(seconds=self.seconds_left())
        )


def lock_inputs(root: QWidget, spared: set[QWidget]) -> list[QWidget]:
    """Disable every enabled input under ``root`` but ``spared``; returns them, to enable
    again (``setEnabled(True)``) when the waiting ends."""
    locked: list[QWidget] = [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INPUTS) and widget.isEnabled() and widget not in spared
    ]
    for widget in locked:
        widget.setEnabled(False)
    return locked
