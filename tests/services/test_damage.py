"""Damage marks as plain values: what check_marks accepts, cleans and refuses."""

from __future__ import annotations

import pytest

from desk_app.models import DamageKind
from desk_app.services.damage import MAX_MARKS, MAX_NOTE_LENGTH, MarkData, check_marks
from desk_app.services.errors import ValidationError


def test_no_marks_is_fine():
    assert check_marks([]) == []


def test_accepts_the_corners_and_every_kind():
    marks = [MarkData(kind, float(i % 2), 1.0 - i % 2) for i, kind in enumerate(DamageKind)]

    assert check_marks(marks) == marks


def test_notes_become_one_trimmed_line_and_keep_emoji():
    checked = check_marks([MarkData(DamageKind.DENT, 0.5, 0.5, "  глубокая\n\tвмятина 🚗  ")])

    assert checked == [MarkData(DamageKind.DENT, 0.5, 0.5, "глубокая вмятина 🚗")]


def test_kind_given_as_text_becomes_the_enumeration():
    checked = check_marks([MarkData("rust", 0.1, 0.2)])  # type: ignore[arg-type]

    assert checked[0].kind is DamageKind.RUST


def test_integer_coordinates_become_floats():
    checked = check_marks([MarkData(DamageKind.CHIP, 0, 1)])

    assert checked == [MarkData(DamageKind.CHIP, 0.0, 1.0)]
    assert isinstance(checked[0].x, float)


@pytest.mark.parametrize(
    ("x", "y"),
    [(-0.01, 0.5), (0.5, 1.01), (2.0, 0.0), (float("nan"), 0.5), (0.5, float("inf"))],
)
def test_refuses_a_mark_outside_the_diagram(x, y):
    marks = [MarkData(DamageKind.SCRATCH, 0.5, 0.5), MarkData(DamageKind.SCRATCH, x, y)]

    with pytest.raises(ValidationError) as excinfo:
        check_marks(marks)

    assert excinfo.value.field == "damage_marks"
    assert excinfo.value.params == {"number": 2}


def test_refuses_an_unknown_kind():
    with pytest.raises(ValidationError, match="unknown kind"):
        check_marks([MarkData("hail", 0.5, 0.5)])  # type: ignore[arg-type]


def test_a_note_of_the_limit_passes_and_one_more_character_does_not():
    longest = "я" * MAX_NOTE_LENGTH
    assert check_marks([MarkData(DamageKind.CRACK, 0.5, 0.5, longest)])[0].note == longest

    with pytest.raises(ValidationError) as excinfo:
        check_marks([MarkData(DamageKind.CRACK, 0.5, 0.5, longest + "!")])

    assert excinfo.value.params == {"number": 1, "limit": MAX_NOTE_LENGTH}


def test_whitespace_does_not_count_towards_the_note_limit():
    padded = " " * 50 + "x" * MAX_NOTE_LENGTH + "\n" * 50

    assert len(check_marks([MarkData(DamageKind.RUST, 0.5, 0.5, padded)])[0].note) == 300


def test_refuses_more_marks_than_fit():
    enough = [MarkData(DamageKind.SCRATCH, 0.5, 0.5)] * MAX_MARKS
    assert len(check_marks(enough)) == MAX_MARKS

    with pytest.raises(ValidationError) as excinfo:
        check_marks([*enough, MarkData(DamageKind.SCRATCH, 0.5, 0.5)])

    assert excinfo.value.params == {"limit": MAX_MARKS}
