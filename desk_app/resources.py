"""Where the data files that ship with the application live (icons, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
APP_ICON = ICONS_DIR / "desk-app.svg"
DIAGRAM_OUTLINE = RESOURCES_DIR / "diagrams" / "car_outline.svg"
FONTS_DIR = RESOURCES_DIR / "fonts"
