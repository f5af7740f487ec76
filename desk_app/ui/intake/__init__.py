"""The Intake area: the day's bookings, the appointments calendar, and the intake form."""

from desk_app.ui.intake.area import IntakeArea

__all__ = ["IntakeArea"]
