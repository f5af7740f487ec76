"""The timeline's top row: the booked visits, expected but not yet in the shop.

Drawn like the orders' bars (same height, same two lines) but outlined, not filled; a day
shows each booking, a week one bar per day with the day's bookings in its tooltip.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from desk_app.services.shop_timeline import AppointmentBar
from desk_app.ui.appointments.blocks import MUTED_TEXT, clock_text
from desk_app.ui.formatting import local_datetime
from desk_app.ui.timeline.gantt_items import BAR_Z, STRIPE, TEXT, BarFonts, add_text, tooltip

if TYPE_CHECKING:
    from desk_app.ui.timeline.gantt_layout import Booked, Placed

APPOINTMENT_FILL = QColor("#ffffff")
APPOINTMENT_ACCENT = QColor("#2f6db5")


def _stripe(parent: QGraphicsRectItem, colour: QColor) -> None:
    rect = parent.rect()
    stripe = QGraphicsRectItem(QRectF(rect.left(), rect.top(), STRIPE, rect.height()), parent)
    stripe.setPen(QPen(Qt.PenStyle.NoPen))
    stripe.setBrush(colour)
    stripe.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class AppointmentItem(QGraphicsRectItem):
    """Booked visits: outlined, not filled, so they read as "expected", not "in the shop".

    One booking in a day's view; in a week's, a day's bookings together (a one-hour booking
    would be a sliver), with each of them in the tooltip.
    """

    def __init__(self, placed: Placed[Booked], fonts: BarFonts, zone: tzinfo) -> None:
        super().__init__(placed.rect)
        self.booked = placed.item
        self.setZValue(BAR_Z)
        self.setPen(QPen(APPOINTMENT_ACCENT, 1, Qt.PenStyle.DashLine))
        self.setBrush(APPOINTMENT_FILL)
        _stripe(self, APPOINTMENT_ACCENT.lighter(150))
        entries = self.booked.entries
        if len(entries) == 1:
            entry = entries[0]
            first = f"{_clock(entry.start, zone)}  {entry.client_name}"
            second = " · ".join(part for part in (entry.vehicle_title, entry.reason) if part)
            self.setToolTip(appointment_tooltip(entry))
        else:
            first = QCoreApplication.translate("ShopTimeline", "%n booked", "", len(entries))
            second = f"{_clock(self.booked.start, zone)}–{_clock(self.booked.end, zone)}"
            self.setToolTip(day_tooltip(entries, zone))
        add_text(self, (first, second), fonts, (TEXT, MUTED_TEXT), placed.rect.width())
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


def _clock(moment: datetime, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    return clock_text(local.hour * 60 + local.minute)


def appointment_tooltip(entry: AppointmentBar) -> str:
    return tooltip(
        QCoreApplication.translate("ShopTimeline", "Appointment"),
        [
            (
                QCoreApplication.translate("ShopTimeline", "Booked for:"),
                local_datetime(entry.start),
            ),
            (QCoreApplication.translate("ShopTimeline", "Client:"), entry.client_name),
            (QCoreApplication.translate("ShopTimeline", "Vehicle:"), entry.vehicle_title),
            (QCoreApplication.translate("ShopTimeline", "Reason:"), entry.reason),
        ],
    )


def day_tooltip(entries: tuple[AppointmentBar, ...], zone: tzinfo) -> str:
    """A day's bookings, one a line: time, client, car and reason."""
    return tooltip(
        QCoreApplication.translate("ShopTimeline", "Appointments"),
        [
            (
                _clock(entry.start, zone),
                entry.client_name,
                " · ".join(part for part in (entry.vehicle_title, entry.reason) if part) or "–",
            )
            for entry in entries
        ],
    )
