"""The layers of ARCHITECTURE.md, checked on every run: the core never imports Qt or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desk_app"
CORE = ["models", "services", "store", "documents"]
FORBIDDEN_EVERYWHERE_IN_CORE = ("PySide6", "shiboken6", "desk_app.ui", "desk_app.app")
FORBIDDEN_BY_LAYER = {
    "models": ("desk_app.services", "desk_app.store", "desk_app.documents"),
    "store": ("desk_app.services", "desk_app.documents"),
    "documents": ("desk_app.store",),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_files() -> list[Path]:
    return [path for layer in CORE for path in sorted((PACKAGE / layer).rglob("*.py"))]


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_core_does_not_import_qt_or_the_ui(path):
    layer = path.relative_to(PACKAGE).parts[0]
    forbidden = FORBIDDEN_EVERYWHERE_IN_CORE + FORBIDDEN_BY_LAYER.get(layer, ())
    offending = {name for name in imported_modules(path) if name.startswith(forbidden)}
    assert not offending, f"{path.name} imports {sorted(offending)}"
