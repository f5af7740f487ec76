"""Damage marks on the car diagram as plain values, and the rules they must keep.

The diagram widget and the intake service exchange ``MarkData``; neither needs Qt or the ORM
to do so. ``x`` and ``y`` are fractions of the whole diagram's width and height, exactly as
``DamageMark`` stores them, so the printed act can draw them on the same outline at any size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.models import DamageKind
from desk_app.services.errors import ValidationError

FIELD = "damage_marks"
MAX_MARKS = 60
"""More marks than this no longer fit legibly on the printed act's diagram."""
MAX_NOTE_LENGTH = 300
"""The length of ``DamageMark.note`` in the database."""


@dataclass(frozen=True)
class MarkData:
    """One mark: what kind of damage, where on the diagram (fractions in [0, 1]), a note."""

    kind: DamageKind
    x: float
    y: float
    note: str = ""


def clean_note(note: str) -> str:
    """A note as one line: runs of spaces, tabs and line breaks become one space."""
    return " ".join(note.split())


def check_marks(marks: Sequence[MarkData]) -> list[MarkData]:
    """Refuse marks that cannot be saved; return them with their notes cleaned.

    Marks are numbered from 1 in the messages, in the order given, as the act lists them.
    """
    if len(marks) > MAX_MARKS:
        raise ValidationError(
            FIELD, "At most {limit} damage marks fit on one diagram.", limit=MAX_MARKS
        )
    checked: list[MarkData] = []
    for number, mark in enumerate(marks, start=1):
        try:
            kind = DamageKind(mark.kind)
        except ValueError:
            raise ValidationError(
                FIELD, "Mark {number} has an unknown kind of damage.", number=number
            ) from None
        if not all(_is_fraction(value) for value in (mark.x, mark.y)):
            raise ValidationError(FIELD, "Mark {number} lies outside the diagram.", number=number)
        note = clean_note(mark.note)
        if len(note) > MAX_NOTE_LENGTH:
            raise ValidationError(
                FIELD,
                "The note of mark {number} is longer than {limit} characters.",
                number=number,
                limit=MAX_NOTE_LENGTH,
            )
        checked.append(MarkData(kind, float(mark.x), float(mark.y), note))
    return checked


def _is_fraction(value: float) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and 0.0 <= value <= 1.0
