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


def test_statuses_in_a_message_read_as_the_screens_name_them(qapp):
    from desk_app.models import WorkOrderStatus
    from desk_app.services.errors import DomainError

    error = DomainError(
        "An order in “{source}” cannot go to “{target}”.",
        source=WorkOrderStatus.AWAITING_PARTS,
        target=WorkOrderStatus.READY,
    )
    assert error_text(error) == "An order in “Awaiting parts” cannot go to “Ready”."
