"""The workshop sheet (наряд в цех): what the mechanics and the master need to do the job
and check it, printed when the car goes into the shop.

It travels round the shop floor, so it carries nothing about the owner (no name, phone,
address or e-mail: the data it is made from holds none) and no money: the works with
their norm hours and mechanic, the parts to fit, what the client brought, and the
master's quality-check list with tick boxes and a line for his signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
)

from desk_app.documents import fonts, page, paper
from desk_app.documents.data import WorkshopSheet
from desk_app.documents.sections import car_fields, parts_table, works_table
from desk_app.documents.words import current, translate

CONTENTS = (
    "order number and its QR code",
    "dates: accepted, promised",
    "vehicle: make, model, year, plate, VIN, engine number, colour, odometer, fuel",
    "the customer's complaints, verbatim",
    "works with code, norm hours and mechanic, no prices",
    "parts to fit, no prices",
    "parts supplied by the customer, no prices",
    "master and bay",
    "quality-check points as tick boxes, the master's signature",
)
"""What the sheet holds (the tests' checklist); never the owner's contacts or money."""

BOX = "☐"
"""An empty tick box (U+2610, in DejaVu Sans regular and bold)."""
_HEADING = 10 * mm
"""About a heading's height with the space above it."""
_SIGNATURE = 34 * mm
"""A little more than ``paper.signatures`` takes (gap, role, line, name, date: 33 mm)."""


def render(sheet: WorkshopSheet) -> bytes:
    """The workshop sheet as PDF bytes."""
    heading = page.Heading(
        sheet.shop_name, translate("WorkshopSheet", "Workshop sheet"), sheet.number
    )
    return page.render(heading, _story(sheet))


def _story(sheet: WorkshopSheet) -> list[Flowable]:
    words = current()
    subtitle = translate("WorkshopSheet", "To work order No. {number} of {date}").format(
        number=sheet.number, date=words.date_time(sheet.accepted_at)
    )
    promised = words.date_time(sheet.promised_at) if sheet.promised_at else ""
    return [
        paper.title_block(translate("WorkshopSheet", "Workshop sheet"), subtitle, sheet.number),
        paper.gap(2 * mm),
        paper.fields(
            [
                (translate("WorkshopSheet", "Accepted"), words.date_time(sheet.accepted_at)),
                (translate("WorkshopSheet", "To be ready by"), promised),
                (translate("WorkshopSheet", "Master"), sheet.master),
                (translate("WorkshopSheet", "Bay"), sheet.bay),
            ]
        ),
        paper.heading(translate("WorkshopSheet", "Vehicle")),
        car_fields(sheet.car, state=True),
        paper.heading(translate("WorkshopSheet", "Customer's complaints (verbatim)")),
        paper.para(sheet.complaints or "—"),
        paper.heading(translate("WorkshopSheet", "Works")),
        works_table(sheet.works, prices=False, mechanic=True),
        paper.heading(translate("WorkshopSheet", "Parts to fit")),
        parts_table(sheet.parts, prices=False),
        paper.heading(translate("WorkshopSheet", "Parts supplied by the customer")),
        parts_table(sheet.client_parts, prices=False),
        *_quality_check(sheet),
    ]


def _quality_check(sheet: WorkshopSheet) -> list[Flowable]:
    """The master's checklist, then the signatures: the heading stays with the first
    points and the last points with the signatures, so neither is left alone on a page.

    ``paper.signatures`` is a KeepTogether, which cannot sit inside another (reportlab
    then always breaks the page), so a conditional break keeps the end together."""
    title = paper.heading(translate("WorkshopSheet", "Quality check before the car is ready"))
    signature = paper.signatures(
        [
            (translate("WorkshopSheet", "Works done (mechanic)"), ""),
            (translate("WorkshopSheet", "Checked by the master"), sheet.master),
        ]
    )
    rows = _checklist(sheet.checklist) or [
        paper.para(translate("WorkshopSheet", "No check points."), "cell")
    ]
    tail, rest = rows[-2:], rows[:-2]
    end = sum(row.wrap(paper.WIDTH, paper.PAGE_HEIGHT)[1] for row in tail) + _SIGNATURE
    if rest:
        start = [KeepTogether([title, *rest[:2]]), *rest[2:], CondPageBreak(end)]
        return [*start, *tail, signature]
    return [CondPageBreak(_HEADING + end), title, *tail, signature]


def _checklist(points: Sequence[str]) -> list[Flowable]:
    """One row per point: a box to tick, the point, a line for a remark."""
    box = paper.style("body")
    box.fontSize, box.leading = 13, 14
    widths = [7 * mm, paper.WIDTH * 0.55, paper.WIDTH * 0.45 - 7 * mm]
    rows: list[Flowable] = []
    for point in points:
        cells: list[Any] = [Paragraph(fonts.markup(BOX), box), paper.para(point), ""]
        row = Table([cells], colWidths=widths)
        row.setStyle(
            paper.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (1, 0), (1, 0), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LINEBELOW", (2, 0), (2, 0), 0.3, paper.GRID),
                ]
            )
        )
        rows.append(row)
    return rows
