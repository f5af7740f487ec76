"""The shipped translations: each compiled .qm is what its .ts source compiles to, so a
translation fixed in the source is never left out of the application."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desk_app.resources import TRANSLATIONS_DIR

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
SOURCES = sorted(TRANSLATIONS_DIR.glob("desk_*.ts"))


def test_russian_and_chinese_ship():
    assert {source.stem for source in SOURCES} >= {"desk_ru", "desk_zh_CN"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.stem)
def test_each_compiled_translation_is_up_to_date(source, tmp_path):
    compiled = tmp_path / f"{source.stem}.qm"
    subprocess.run(
        [str(LRELEASE), str(source), "-qm", str(compiled)], check=True, capture_output=True
    )
    shipped = source.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run pyside6-lrelease"
    assert shipped.read_bytes() == compiled.read_bytes(), f"{shipped.name} is stale"


LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
CODE = sorted(str(path) for path in (Path(__file__).parents[1] / "desk_app").rglob("*.py"))


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.stem)
def test_every_text_of_the_code_is_translated(source, tmp_path):
    """lupdate run over the code now finds nothing new and nothing unfinished: a text added
    to a screen without its Russian and Chinese fails here, by name."""
    fresh = tmp_path / source.name
    fresh.write_bytes(source.read_bytes())
    subprocess.run(
        [str(LUPDATE), *CODE, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True
    )
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ElementTree.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == []
