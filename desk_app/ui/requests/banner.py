"""The coloured line that says a request has just arrived; it stays until it is read.

No sound: the counter is loud enough. The banner names who asks for what and for which
car, so the clerk can judge from across the room whether to walk over now; a click opens
the request, the cross puts the banner away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from desk_app.services.requests import RequestRow
from desk_app.ui.labels import request_kind_label
from desk_app.ui.requests.queue import short_name

BANNER_STYLE = (
    "#arrivalBanner { background: #fff1b8; border: 1px solid #e0b400; border-radius: 5px; }"
    "#arrivalBanner QPushButton { border: none; background: transparent; padding: 4px 6px;"
    " color: #3d2f00; text-align: left; }"
    "#arrivalBanner QPushButton:focus { text-decoration: underline; }"
    "#arrivalBanner QPushButton#openArrival { font-weight: 600; }"
)


def arrival_text(row: RequestRow) -> str:
    """“Petrov O. I.: Is the part in stock? — Lada Vesta”: who asks what, for which car."""
    what = request_kind_label(row.kind)
    vehicle = row.vehicle_title or row.vehicle
    text = f"{short_name(row.requester)}: {what}"
    return f"{text} — {vehicle}" if vehicle else text


class ArrivalBanner(QFrame):
    sig_open = Signal(int)
    """Open this request (int: its id); the banner has hidden itself."""

    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.rows: list[RequestRow] = []
        """The requests announced and not yet opened or dismissed, oldest first."""
        self.open_button = QPushButton()
        self.open_button.setObjectName("openArrival")
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.open_button.clicked.connect(self.open_newest)
        self.dismiss_button = QPushButton("✕")
        self.dismiss_button.setObjectName("dismissArrival")
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 4, 2)
        layout.addWidget(self.open_button, 1)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def announce(self, rows: list[RequestRow]) -> None:
        """Add newly arrived requests; the banner names the newest and counts the rest."""
        known = {row.id for row in self.rows}
        self.rows.extend(row for row in rows if row.id not in known)
        if not self.rows:
            return
        newest = self.rows[-1]
        if len(self.rows) == 1:
            text = self.tr("New request from {request} (click to open)")
        else:
            text = self.tr("{count} new requests; the latest from {request} (click to open)")
        self.open_button.setText(text.format(request=arrival_text(newest), count=len(self.rows)))
        self.open_button.setToolTip(newest.text)
        self.show()

    def open_newest(self) -> None:
        if not self.rows:
            return
        newest = self.rows[-1].id
        self._clear()
        self.sig_open.emit(newest)

    def dismiss(self) -> None:
        self._clear()
        self.sig_dismissed.emit()

    def _clear(self) -> None:
        self.rows = []
        self.hide()
