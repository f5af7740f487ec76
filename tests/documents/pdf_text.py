"""Reading a printed document back: its text per page, and whether its fonts are embedded."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    """Each page's text, with line breaks and runs of spaces made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def fonts_embedded(pdf: bytes) -> dict[str, bool]:
    """Each font the pages use, and whether its file is in the PDF."""
    found: dict[str, bool] = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found
