"""Where the application keeps its files when the user names none."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "desk-app"
DATABASE_FILE_NAME = "desk.sqlite3"


def data_dir() -> Path:
    """The per-user data folder (``DESK_APP_DATA_DIR`` overrides it, e.g. for a kiosk)."""
    override = os.environ.get("DESK_APP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME
