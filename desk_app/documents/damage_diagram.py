"""The car outline of the intake's damage diagram, with the marks drawn on it and numbered
as the list under it numbers them: what the client and the desk agreed was already there."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
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
def _outline() -> tuple[str, float, float]:
    """The outline's PDF drawing operators, made once per session (drawing the SVG's
    shapes one by one cost as much as the rest of the act), with its size."""
    drawing = svg2rlg(str(DIAGRAM_OUTLINE))
    if drawing is None:  # pragma: no cover - the file ships with the application
        raise FileNotFoundError(DIAGRAM_OUTLINE)
    scratch = Canvas(BytesIO())
    before = len(scratch._code)
    renderPDF.draw(drawing, scratch, 0, 0)
    # Only paths, colours and line widths: nothing that needs a resource of its own page.
    return "\n".join(scratch._code[before:]), drawing.width, drawing.height


class DamageDiagram(Flowable):
    """The outline ``width`` wide with each mark a numbered red dot (1, 2, … in order)."""

    def __init__(self, marks: Sequence[Damage], width: float) -> None:
        super().__init__()
        self.marks = marks
        _operators, outline_width, outline_height = _outline()
        self.scale = width / outline_width
        self.width, self.height = width, outline_height * self.scale

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        operators, _width, _height = _outline()
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        canvas.addLiteral(operators)
        canvas.restoreState()
        canvas.setFillColor(MARK)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.8)
        canvas.setFont(fonts.BOLD, 6.5)
        for number, mark in enumerate(self.marks, start=1):
            # the diagram's y grows downwards, the page's upwards
            x, y = mark.x * self.width, self.height - mark.y * self.height
            canvas.setFillColor(MARK)
            canvas.circle(x, y, 5.5, stroke=1, fill=1)
            canvas.setFillColor(colors.white)
            canvas.drawCentredString(x, y - 2.4, str(number))


def diagram(marks: Sequence[Damage], width: float) -> DamageDiagram:
    return DamageDiagram(marks, width)
