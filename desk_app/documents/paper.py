"""The pieces documents are made of, on A4 (``page`` lays them out on numbered pages):
paragraphs in the embedded fonts, tables whose header row repeats on each page,
label-value grids, signature lines, the title with the shop's logo and a QR code.

Long texts and long tables flow onto the next pages; a cell's text wraps (Chinese
between characters) and a word longer than its cell is split, so nothing is cut off.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.documents import fonts
from desk_app.documents.words import current, translate

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
HEADER = 14 * mm
"""Room at the top of each page for the repeated heading."""
FOOTER = 10 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
"""The width of the text frame."""
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.93, 0.93, 0.93)

_SIZES = {"title": 13.0, "heading": 10.0, "body": 8.8, "cell": 8.2, "small": 7.2}


def style(kind: str = "body", *, right: bool = False, bold: bool = False) -> ParagraphStyle:
    size = _SIZES[kind]
    return ParagraphStyle(
        f"{kind}-{right}-{bold}",
        fontName=fonts.BOLD if bold or kind in ("title", "heading") else fonts.REGULAR,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_RIGHT if right else 0,
        spaceBefore=6 if kind == "heading" else 0,
        spaceAfter=3 if kind in ("title", "heading") else 0,
        splitLongWords=True,
        keepWithNext=kind == "heading",
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table's style in the embedded font: a cell left empty is drawn in Helvetica
    otherwise, which no PDF of ours may lean on."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def para(text: str, kind: str = "body", *, right: bool = False, bold: bool = False) -> Paragraph:
    """A paragraph of ``text`` (plain, not markup): Chinese in its own font, broken between
    characters when there is any, or when the paper is in Chinese."""
    paragraph_style = style(kind, right=right, bold=bold)
    if current().language.startswith("zh") or fonts.has_cjk(text):
        paragraph_style.wordWrap = "CJK"
    return Paragraph(fonts.markup(text, paragraph_style.fontName), paragraph_style)


def heading(text: str) -> Paragraph:
    return para(text, "heading")


def gap(height: float = 3 * mm) -> Spacer:
    return Spacer(1, height)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[str] | None = None,
) -> Table:
    """A ruled table whose header row repeats on every page it runs over; the columns in
    ``right`` (numbers) are right-aligned; ``total``: a last row in bold."""
    scale = WIDTH / sum(widths)
    cells: list[list[Any]] = [[para(text, "cell", bold=True) for text in header]]
    for row in rows:
        cells.append([_cell(text, n in right) for n, text in enumerate(row)])
    if total is not None:
        cells.append(
            [para(text, "cell", right=n in right, bold=True) for n, text in enumerate(total)]
        )
    result = Table(cells, colWidths=[w * scale for w in widths], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("FONTSIZE", (0, 1), (-1, -1), _SIZES["cell"]),
        ("LEADING", (0, 1), (-1, -1), _SIZES["cell"] * 1.25),
        *(("ALIGN", (n, 1), (n, -1), "RIGHT") for n in right),
    ]
    result.setStyle(table_style(commands))
    return result


_PLAIN = frozenset("0123456789 .,-+%№—")


def _cell(text: str, right: bool) -> Any:
    """A number as a plain string (a paragraph would be wrapped three times over for a
    few digits), anything else as a paragraph that wraps."""
    if len(text) <= 16 and _PLAIN.issuperset(text):
        return text
    return para(text, "cell", right=right)


def fields(pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """Label-value pairs in ``columns`` columns; an empty value leaves a line to write on."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        row += [para(label, "cell", bold=True), para(value or " ", "cell")]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    label_width, value_width = 0.38 * WIDTH / columns, 0.62 * WIDTH / columns
    result = Table(cells, colWidths=[label_width, value_width] * columns)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    for column in range(1, 2 * columns, 2):
        commands.append(("LINEBELOW", (column, 0), (column, -1), 0.3, GRID))
    result.setStyle(table_style(commands))
    return result


def signatures(signers: Sequence[tuple[str, str]]) -> KeepTogether:
    """Signature lines side by side: who signs (``role``), a line to sign on, and under it
    the signer's name (and position); then the date. Kept on one page."""
    space = 8 * mm
    column = (WIDTH - space * (len(signers) - 1)) / len(signers)

    def spaced(cells: list[Any]) -> list[Any]:
        """The cells with an empty column between signers, so their lines stay apart."""
        return [cell for n, item in enumerate(cells) for cell in ([""] if n else []) + [item]]

    cells = [
        spaced([para(role, "cell", bold=True) for role, _who in signers]),
        spaced(["" for _signer in signers]),
        spaced(
            [
                para(translate("Paper", "signature") + (f"  /  {who}" if who else ""), "small")
                for _role, who in signers
            ]
        ),
        spaced([para(translate("Paper", "Date: ____ . ____ . ________"), "cell") for _ in signers]),
    ]
    widths = spaced([column] * len(signers))
    widths = [space if width == "" else width for width in widths]
    result = Table(cells, colWidths=widths, rowHeights=[None, 9 * mm, None, None])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 3), (-1, 3), 5),
    ]
    for n in range(len(signers)):
        commands.append(("LINEBELOW", (2 * n, 1), (2 * n, 1), 0.6, colors.black))
    result.setStyle(table_style(commands))
    return KeepTogether([gap(4 * mm), result])


def qr_code(text: str, size: float = 24 * mm) -> Flowable:
    """A QR code of ``text`` (the order number: scanned at the desk, it opens the order),
    drawn straight on the page: a drawing of it would cost more than the rest of a page."""
    return QrCode(text, width=size, height=size, qrBorder=0, qrLevel="M")


class Logo(Flowable):
    """The shop's logo scaled into a box (``height`` too when it is not square), its
    proportions kept."""

    def __init__(self, image: ImageReader, box: float, height: float | None = None) -> None:
        super().__init__()
        pixels_wide, pixels_high = image.getSize()
        scale = min(box / pixels_wide, (height or box) / pixels_high)
        self.image, self.width, self.height = image, pixels_wide * scale, pixels_high * scale

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, self.width, self.height, mask="auto")


def read_logo(png: bytes | None) -> ImageReader | None:
    """The logo, read once per document; a damaged one is left out, never fatal."""
    if not png:
        return None
    try:
        image = ImageReader(BytesIO(png))
        image.getSize()
    except OSError:
        return None
    return image


def title_block(title: str, subtitle: str, qr_text: str | None, logo: bytes | None = None) -> Table:
    """The document's title and subtitle, the shop's logo before them when it has one,
    and the QR code at the right."""
    image = read_logo(logo)
    left: list[Any] = [para(title, "title"), para(subtitle, "body")]
    if image is not None:
        left.insert(0, Logo(image, 60 * mm, 14 * mm))
        left.insert(1, gap(2 * mm))
    right: Any = qr_code(qr_text) if qr_text else ""
    result = Table([[left, right]], colWidths=[WIDTH - 28 * mm, 28 * mm])
    result.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return result
