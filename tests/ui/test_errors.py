"""Errors reach the user as sentences with their values filled in, never as tracebacks."""

from __future__ import annotations

import sys

from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.store.errors import SchemaTooNew
from desk_app.ui.errors import error_text, install_crash_handler


def test_an_error_is_shown_with_its_values():
    assert "schema 0042" in error_text(SchemaTooNew(found="0042"))
    assert error_text(PermissionDenied(action="manage staff")).endswith("manage staff.")


def test_a_validation_error_names_the_value_typed():
    error = ValidationError("name", "“{name}” already has an account.", name="Anna")
    assert error_text(error) == "“Anna” already has an account."


def test_the_crash_handler_logs_and_shows_the_bug(qapp, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[str] = []
    monkeypatch.setattr(
        "desk_app.ui.errors.QMessageBox.exec", lambda box: shown.append(box.detailedText())
    )
    install_crash_handler(tmp_path / "desk-app.log")
    try:
        raise RuntimeError("a bug")
    except RuntimeError as bug:
        sys.excepthook(RuntimeError, bug, bug.__traceback__)
    assert "RuntimeError: a bug" in shown[0]
    assert "uncaught exception" in caplog.text
