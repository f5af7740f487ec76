"""Service reminder letters: one A4 page per client, to fold into a window envelope.

Each page has the shop's letterhead (its logo, name, address, phone), the recipient's name
and postal address where a right-hand window shows it (85 × 40 mm, 20 mm from the right
edge, 45 mm from the top, as in DIN 5008 form B), then a polite letter: what is due for
which car, and how to book. A letter is for a person, so it has no document heading or
page numbers, and a long address or message is shrunk to fit rather than spill over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desk_app.documents import fonts, paper
from desk_app.documents.data import Requisites
from desk_app.documents.words import current, kilometres, translate

SIDE = 20 * mm
TOP = 12 * mm
WIDTH = paper.PAGE_WIDTH - 2 * SIDE
LETTERHEAD = 30 * mm
WINDOW_TOP = 45 * mm
"""From the sheet's top edge to the address field."""
WINDOW = (85 * mm, 40 * mm)
BODY = paper.PAGE_HEIGHT - WINDOW_TOP - WINDOW[1] - 2 * TOP - 8 * mm
"""The height left for the letter itself, under the address field."""


@dataclass(frozen=True)
class Letter:
    """One reminder: to whom, where, about which car and what is due."""

    name: str
    address: str
    """The postal address; line breaks are kept."""
    car: str = ""
    """Make and model, e.g. "Lada Vesta"."""
    plate: str = ""
    due_date: date | None = None
    """The day the next service falls due (the earlier of its date and its mileage)."""
    due_km: int | None = None
    """The odometer reading the next service is due at, if known."""
    message: str = ""
    """A few words of the shop's own, printed after the reminder."""
    written_on: date | None = None


def _day(day: date) -> str:
    """A calendar day in the paper's date format (which takes a moment: noon UTC is the
    same day in the shop's zones)."""
    return current().date(datetime.combine(day, time(12), UTC))


def render(letters: Sequence[Letter], shop: Requisites) -> bytes:
    """The letters as PDF bytes, one page each, in the order given."""
    fonts.register()
    out = BytesIO()
    document = BaseDocTemplate(
        out,
        pagesize=(paper.PAGE_WIDTH, paper.PAGE_HEIGHT),
        title=translate("ReminderLetter", "Service reminders"),
        author=shop.full_name,
        creator="desk-app",
        initialFontName=fonts.REGULAR,  # not Helvetica, which is not embedded
    )
    frame = Frame(SIDE, TOP, WIDTH, paper.PAGE_HEIGHT - 2 * TOP, 0, 0, 0, 0, id="letter")
    document.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPage=_fold_marks)])
    logo = paper.read_logo(shop.logo_png)
    story: list[Flowable] = []
    for letter in letters:
        story += [_letterhead(shop, logo), _window(letter), _body(letter, shop), PageBreak()]
    document.build(story[:-1] or [_para("")])
    return out.getvalue()


def _fold_marks(canvas: Canvas, _document: BaseDocTemplate) -> None:
    """Where to fold the sheet in three for a DL envelope (105 and 210 mm from the top)."""
    canvas.setStrokeColor(paper.GRID)
    canvas.setLineWidth(0.4)
    for y in (105 * mm, 210 * mm):
        canvas.line(5 * mm, paper.PAGE_HEIGHT - y, 9 * mm, paper.PAGE_HEIGHT - y)


def _para(text: str, size: float = 10.5, *, bold: bool = False) -> Paragraph:
    """A paragraph bigger than the forms' (a letter is read, not filled in)."""
    style = paper.style("body", bold=bold)
    style.fontSize, style.leading = size, size * 1.35
    if current().language.startswith("zh") or fonts.has_cjk(text):
        style.wordWrap = "CJK"
    return Paragraph(fonts.markup(text, style.fontName), style)


def _letterhead(shop: Requisites, logo: ImageReader | None) -> Table:
    contacts = "   ".join(part for part in (shop.phone, shop.email) if part)
    lines = [_para(shop.full_name, 14, bold=True), _para(shop.address, 8.5), _para(contacts, 8.5)]
    box = LETTERHEAD - 6 * mm
    cells: list[Any] = [paper.Logo(logo, box) if logo else "", KeepInFrame(WIDTH, box, lines)]
    widths = [box + 4 * mm, WIDTH - box - 4 * mm] if logo else [0, WIDTH]
    return _boxes([cells], widths, [LETTERHEAD], ("LINEBELOW", (0, 0), (-1, 0), 0.6, paper.GRID))


def _window(letter: Letter) -> Table:
    """The date at the left, the recipient in the envelope's window at the right."""
    written = _day(letter.written_on) if letter.written_on else ""
    recipient = [_para(letter.name, bold=True), _para(letter.address)]
    cells: list[list[Any]] = [
        ["", ""],
        [_para(written), KeepInFrame(WINDOW[0], WINDOW[1], recipient, mode="shrink")],
    ]
    return _boxes(cells, [WIDTH - WINDOW[0], WINDOW[0]], [WINDOW_TOP - TOP - LETTERHEAD, WINDOW[1]])


def _boxes(cells: list[list[Any]], widths: list[float], heights: list[float], *more: Any) -> Table:
    """A grid of fixed boxes, so the address always lands in the window."""
    table = Table(cells, colWidths=widths, rowHeights=heights)
    everywhere = [
        ("VALIGN", "TOP"),
        ("FONTNAME", fonts.REGULAR),  # the empty cells' font, else Helvetica (not embedded)
        ("LEFTPADDING", 0),
        ("TOPPADDING", 0),
    ]
    table.setStyle(TableStyle([(name, (0, 0), (-1, -1), value) for name, value in everywhere]))
    table.setStyle(TableStyle(list(more)))
    return table


def _body(letter: Letter, shop: Requisites) -> KeepInFrame:
    """The letter's text, shrunk if ever needed to stay on its page."""
    paragraphs = [
        _reminder(letter),
        translate(
            "ReminderLetter",
            "Regular maintenance keeps your car safe and reliable, and costs less than a repair.",
        ),
        letter.message,
        _booking(shop),
        translate("ReminderLetter", "Our address: {address}.").format(address=shop.address)
        if shop.address
        else "",
        translate("ReminderLetter", "We look forward to seeing you."),
    ]
    story: list[Flowable] = [
        paper.gap(10 * mm),
        _para(translate("ReminderLetter", "Dear {name},").format(name=letter.name), 11, bold=True),
    ]
    for text in filter(None, paragraphs):
        story += [paper.gap(3 * mm), _para(text)]
    story += [
        paper.gap(8 * mm),
        _para(translate("ReminderLetter", "Kind regards,")),
        _para(shop.full_name, bold=True),
    ]
    return KeepInFrame(WIDTH, BODY, story, mode="shrink")


def _reminder(letter: Letter) -> str:
    car = letter.car or translate("ReminderLetter", "car")
    parts = {"car": f"{car} ({letter.plate})" if letter.plate else car}
    if letter.due_date and letter.due_km:
        text = translate(
            "ReminderLetter",
            "According to our records, your {car} is due for its next scheduled service "
            "by {date} or at {km}, whichever comes first.",
        )
        parts |= {"date": _day(letter.due_date), "km": kilometres(letter.due_km)}
    elif letter.due_date:
        text = translate(
            "ReminderLetter",
            "According to our records, your {car} is due for its next scheduled service by {date}.",
        )
        parts["date"] = _day(letter.due_date)
    else:
        text = translate(
            "ReminderLetter",
            "According to our records, your {car} is due for its next scheduled service.",
        )
    return text.format(**parts)


def _booking(shop: Requisites) -> str:
    if shop.phone and shop.email:
        text = translate(
            "ReminderLetter", "To book a convenient time, call us at {phone} or write to {email}."
        )
    elif shop.phone or shop.email:
        text = translate("ReminderLetter", "To book a convenient time, contact us: {contact}.")
    else:
        text = translate("ReminderLetter", "To book a convenient time, call us or drop in.")
    return text.format(phone=shop.phone, email=shop.email, contact=shop.phone or shop.email)
