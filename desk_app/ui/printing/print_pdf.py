"""Sending a PDF that is already made to a Qt printer, page by page.

QtPdf only rasterises, so each page is drawn as an image. The image is rendered at the
printer's resolution but never finer than ``MAX_DPI``: at a printer's 1200 dpi one A4 page
would take over half a gigabyte, and 300 dpi prints text as sharp as the eye can tell.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desk_app.errors import DeskError

MAX_DPI = 300


class PrintFailed(DeskError):
    template = "The printer {printer} could not start the job."


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the print dialog asked for: its page range, or every page."""
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(page_count))
    return [page for page in range(page_count) if ranges.contains(page + 1)]


def fit(page: QSizeF, area: QRectF) -> QRectF:
    """The largest rectangle of the page's shape in ``area``, centred across, at its top."""
    if page.isEmpty():
        return QRectF(area)
    scale = min(area.width() / page.width(), area.height() / page.height())
    size = page * scale
    left = area.left() + (area.width() - size.width()) / 2
    return QRectF(left, area.top(), size.width(), size.height())


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the document's pages on ``printer``; returns how many pages were sent.

    Copies are left to the printer when it can make them; otherwise the pages are sent
    again for each copy. Raises ``PrintFailed`` when the printer refuses the job.
    """
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer=printer.printerName() or printer.outputFileName())
    sent = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(painter.viewport())
        down = min(1.0, MAX_DPI / max(1, printer.resolution()))
        for page in pages * copies:
            if sent and not printer.newPage():
                raise PrintFailed(printer=printer.printerName() or printer.outputFileName())
            target = fit(document.pagePointSize(page), area)
            size = QSize(round(target.width() * down), round(target.height() * down))
            painter.drawImage(target, document.render(page, size))
            sent += 1
    finally:
        painter.end()
    return sent
