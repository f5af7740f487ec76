"""Appointments: the day/week calendar of booked slots, booking, no-shows and arrivals."""

from desk_app.ui.appointments.panel import AppointmentsPanel

__all__ = ["AppointmentsPanel"]
