"""The Intake area: the day's appointments and the latest intakes (the form comes later)."""

from desk_app.ui.intake.area import IntakeArea

__all__ = ["IntakeArea"]
