"""The fonts every document embeds, so a Cyrillic name or a Chinese complaint prints the
same on a machine that has no such fonts: DejaVu Sans (Latin, Cyrillic) and Droid Sans
Fallback (Chinese), both free to redistribute, in ``resources/fonts``. reportlab embeds
only the glyphs a document uses.

No one font covers both scripts, so text is cut into runs by the font that has each
character (``runs``) and marked up for reportlab's paragraphs (``markup``).
"""

from __future__ import annotations

from functools import cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.resources import FONTS_DIR

REGULAR = "DeskSans"
BOLD = "DeskSans-Bold"
CJK = "DeskCJK"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}


@cache
def register() -> None:
    """Load the fonts once per process (the Chinese one takes a few hundred ms)."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR)
    # Drawings (the QR code, the car diagram) start in Helvetica, which is not embedded.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR


@cache
def _glyphs(font: str) -> frozenset[int]:
    """The characters ``font`` has a glyph for."""
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def font_for(character: str, font: str = REGULAR) -> str:
    """The font that draws ``character``: ``font`` (regular or bold) unless only the
    Chinese font has it."""
    code = ord(character)
    if code in _glyphs(REGULAR) or code not in _glyphs(CJK):
        return font
    return CJK


def runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """``text`` as (font, piece) runs, for drawing on a canvas."""
    return [
        (name, "".join(piece))
        for name, piece in groupby(text, key=lambda character: font_for(character, font))
    ]


def markup(text: str, font: str = REGULAR) -> str:
    """``text`` escaped for a reportlab paragraph, its Chinese runs in the Chinese font;
    line breaks kept."""
    parts = []
    for name, piece in runs(text, font):
        escaped = escape(piece).replace("\n", "<br/>")
        parts.append(escaped if name == font else f'<font name="{name}">{escaped}</font>')
    return "".join(parts)


def has_cjk(text: str) -> bool:
    """Whether ``text`` needs breaking between characters (Chinese has no spaces)."""
    return any(font_for(character) == CJK for character in text)


def text_width(text: str, size: float, font: str = REGULAR) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, font))
