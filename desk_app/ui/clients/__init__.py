"""The Clients area: search as you type over every client (the full card comes later)."""

from desk_app.ui.clients.area import ClientsArea

__all__ = ["ClientsArea"]
