"""The Timeline area: open orders for the desk, a mechanic's own work for the workshop."""

from desk_app.ui.timeline.area import TimelineArea

__all__ = ["TimelineArea"]
