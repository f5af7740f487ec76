"""The car outline of the intake's damage diagram, with the marks drawn on it and numbered
as the list under it numbers them: what the client and the desk agreed was already there."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.graphics.shapes import Circle, Drawing, Group, String
from reportlab.lib import colors
from svglib.svglib import svg2rlg

from desk_app.documents import fonts
from desk_app.documents.data import Damage
from desk_app.documents.words import translate
from desk_app.models import DamageKind
from desk_app.resources import DIAGRAM_OUTLINE
from desk_app.wording import DAMAGE_KIND

MARK = colors.Color(0.80, 0.10, 0.10)


def kind_label(kind: DamageKind) -> str:
    return translate("Labels", DAMAGE_KIND[kind])


@cache
def _outline() -> tuple[Group, float, float]:
    drawing = svg2rlg(str(DIAGRAM_OUTLINE))
    if drawing is None:  # pragma: no cover - the file ships with the application
        raise FileNotFoundError(DIAGRAM_OUTLINE)
    return drawing, drawing.width, drawing.height


def diagram(marks: Sequence[Damage], width: float) -> Drawing:
    """The outline ``width`` wide with each mark a numbered red dot (1, 2, … in order)."""
    outline, outline_width, outline_height = _outline()
    scale = width / outline_width
    height = outline_height * scale
    result = Drawing(width, height)
    group = Group(outline)
    group.scale(scale, scale)
    result.add(group)
    radius = 5.5
    for number, mark in enumerate(marks, start=1):
        x, y = mark.x * width, height - mark.y * height  # the diagram's y grows downwards
        result.add(Circle(x, y, radius, fillColor=MARK, strokeColor=colors.white, strokeWidth=0.8))
        label = String(x, y - 2.4, str(number), textAnchor="middle", fontSize=6.5)
        label.fontName, label.fillColor = fonts.BOLD, colors.white
        result.add(label)
    return result
