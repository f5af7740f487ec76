"""The move to the shared database runs off the GUI thread, shows its progress and its end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import create_engine, inspect

from desk_app.store.database import database_url
from desk_app.store.transfer import TargetNotPostgres, TransferCancelled
from desk_app.ui.transfer_dialog import State, TransferDialog, server_text
from tests.factories import make_client, make_vehicle

WAIT_MS = 30_000


def server_tables(url: str) -> list[str]:
    engine = create_engine(database_url(url))
    try:
        return inspect(engine).get_table_names()
    finally:
        engine.dispose()


@pytest.fixture
def shop(db):
    owner = make_client(db, "Соколова", "Марина", phones=("+79261234500",))
    make_vehicle(db, owner, "Kia", "Rio", "В456ОР199")
    return db


@pytest.mark.postgres
def test_start_shows_progress_then_the_checked_counts_and_offers_the_switch(
    qtbot, shop, postgres_url
):
    dialog = TransferDialog(shop, postgres_url)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.switch_button.isVisible()
    seen: list[tuple[str, int]] = []
    with qtbot.waitSignal(dialog.sig_ended, timeout=WAIT_MS) as ended:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.task is not None and not dialog.start_button.isEnabled()
        dialog.task.sig_progress.connect(
            lambda *_: seen.append((dialog.status_label.text(), dialog.progress_bar.value()))
        )
    assert ended.args == [True]
    assert any(text.startswith("Copying client cards…") for text, _value in seen)
    assert any(text.startswith("Checking the copy") for text, _value in seen)
    assert dialog.report is not None and dialog.report.counts["vehicles"] == 1
    assert f"rows in {dialog.report.tables} tables copied and checked" in (
        dialog.result_label.text()
    )
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.switch_button.isVisible() and not dialog.start_button.isVisible()
    with qtbot.waitSignal(dialog.sig_transferred) as switched:
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert switched.args == [postgres_url]
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.postgres
def test_cancel_stops_the_copy_and_leaves_the_server_empty(qtbot, shop, postgres_url):
    dialog = TransferDialog(shop, postgres_url)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_ended, timeout=WAIT_MS) as ended:
        dialog.start()
        assert dialog.task is not None
        dialog.task.sig_progress.connect(
            lambda *_: qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        )
    assert ended.args == [False]
    assert isinstance(dialog.error, TransferCancelled)
    assert dialog.status_label.text() == "Cancelled."
    assert dialog.isVisible()
    assert server_tables(postgres_url) == []


def test_a_refused_target_says_why_and_offers_to_try_again(qtbot, shop, tmp_path):
    dialog = TransferDialog(shop, str(tmp_path / "other.sqlite3"))
    qtbot.addWidget(dialog)
    dialog.show()
    transferred: list[str] = []
    dialog.sig_transferred.connect(transferred.append)
    with qtbot.waitSignal(dialog.sig_ended, timeout=WAIT_MS) as ended:
        dialog.start()
    assert ended.args == [False]
    assert isinstance(dialog.error, TargetNotPostgres)
    assert "only to a PostgreSQL server" in dialog.result_label.text()
    assert "#b3261e" in dialog.result_label.styleSheet()
    assert dialog.start_button.text() == "Try again" and dialog.start_button.isEnabled()
    assert not dialog.switch_button.isVisible()
    assert transferred == []


def test_closing_while_it_runs_waits_for_the_rollback(qtbot, shop, tmp_path):
    dialog = TransferDialog(shop, str(tmp_path / "other.sqlite3"))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_ended, timeout=WAIT_MS):
        dialog.start()
        dialog.close()
        assert dialog.isVisible() and dialog.state is State.CANCELLING
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_server_is_shown_without_its_password():
    assert server_text("postgresql://desk:secret@10.0.0.5/shop") == "desk@10.0.0.5:5432/shop"
