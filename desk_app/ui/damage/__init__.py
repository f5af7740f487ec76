"""The damage diagram: visible damage marked on a car outline at intake.

``DamageDiagram`` is the widget the intake form embeds; marks go in and out as
``desk_app.services.damage.MarkData``.
"""

from desk_app.services.damage import MarkData
from desk_app.ui.damage.widget import DamageDiagram

__all__ = ["DamageDiagram", "MarkData"]
