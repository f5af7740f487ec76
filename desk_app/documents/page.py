"""The pages a document is laid out on: A4, the service's name and the document's title
and number repeated at the top of each page (with whose copy it is), "page n of N" at the
bottom, and a heading kept with the start of what follows it."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from desk_app.documents import fonts
from desk_app.documents.paper import (
    FOOTER,
    GRID,
    HEADER,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    WIDTH,
)
from desk_app.documents.words import translate


@dataclass(frozen=True)
class Heading:
    """What each page's top says: who, which document, which number."""

    shop: str
    title: str
    number: str


class CopyMark(Flowable):
    """Says from here on whose copy this is ("Client's copy"); the pages' heading shows it."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._desk_copy = self.label


class _KeepWithStart(KeepTogether):
    """A heading kept with what follows it (reportlab groups them for ``keepWithNext``):
    when the whole does not fit but the heading and the start of what follows do, it
    starts here, rather than leaving the rest of the page blank before a long table."""

    START = 20 * mm

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        last = self._content[-1].wrapOn(self.canv, available_width, available_height)[1]
        heads = self._H - last
        if available_height < self._H and heads + self.START <= available_height:
            return list(self._content)
        return super().split(available_width, available_height)


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, so each can say "page n of N"."""

    def __init__(self, *args: Any, heading: Heading, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._heading = heading
        self._pages: list[dict[str, Any]] = []
        self._desk_copy = ""

    def showPage(self) -> None:
        self._pages.append({**self.__dict__, "_desk_copy_of_page": self._desk_copy})
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_frame(self, self._heading, number, total, state["_desk_copy_of_page"])
            super().showPage()
        super().save()


def _draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, font: str, right: bool = False
) -> None:
    """A line of ``text`` in the embedded fonts, run by run (Chinese in its own)."""
    if right:
        x -= fonts.text_width(text, size, font)
    for name, piece in fonts.runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, name, size)


def _fit(text: str, size: float, font: str, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (a heading has one line)."""
    if fonts.text_width(text, size, font) <= width:
        return text
    while text and fonts.text_width(text + "…", size, font) > width:
        text = text[:-1]
    return text + "…"


def _draw_frame(canvas: Canvas, heading: Heading, number: int, total: int, copy: str) -> None:
    top = PAGE_HEIGHT - MARGIN
    half = WIDTH / 2 - 4 * mm
    _draw_text(canvas, MARGIN, top - 8, _fit(heading.shop, 8.5, fonts.BOLD, half), 8.5, fonts.BOLD)
    title = f"{heading.title} № {heading.number}"
    right = PAGE_WIDTH - MARGIN
    _draw_text(
        canvas,
        right,
        top - 8,
        _fit(title, 8.5, fonts.REGULAR, half),
        8.5,
        fonts.REGULAR,
        right=True,
    )
    if copy:
        _draw_text(canvas, right, top - 18, copy, 7.5, fonts.BOLD, right=True)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - HEADER + 6, right, top - HEADER + 6)
    page = translate("Paper", "Page {number} of {total}").format(number=number, total=total)
    _draw_text(canvas, right, MARGIN - 2, page, 7.5, fonts.REGULAR, right=True)


def render(heading: Heading, story: list[Flowable]) -> bytes:
    """The PDF of ``story`` on A4 with the repeated heading, as bytes."""
    fonts.register()
    out = BytesIO()
    document = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + FOOTER,
        title=f"{heading.title} № {heading.number}",
        author=heading.shop,
        creator="desk-app",
        keepTogetherClass=_KeepWithStart,
    )
    frame = Frame(
        MARGIN, MARGIN + FOOTER, WIDTH, PAGE_HEIGHT - 2 * MARGIN - HEADER - FOOTER, id="text"
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        # Canvas starts each page in Helvetica, which is not embedded: start in ours.
        kwargs["initialFontName"] = fonts.REGULAR
        return _NumberedCanvas(*args, heading=heading, **kwargs)

    document.build(story, canvasmaker=canvas_maker)
    return out.getvalue()
