"""The Admin area's "Backups" tab: the copies listed, one taken, a restore asked for; the
PostgreSQL half dumps with pg_dump or says what to run on the server."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app import clock
from desk_app.models import Role
from desk_app.store import backups
from desk_app.store.backups import Reason
from desk_app.store.database import Database, create_desk_engine, database_url
from desk_app.store.schema import head_revision
from desk_app.ui.admin import backups_page
from desk_app.ui.admin.backups_page import BackupsPage
from desk_app.ui.area import AreaContext
from tests.conftest import FIXED_NOW
from tests.factories import make_client


@pytest.fixture
def copies(db) -> list[backups.BackupInfo]:
    """Three copies a day apart, oldest first: at start, by hand, before an upgrade."""
    make_client(db, "Кузнецов", "Пётр")
    taken = []
    for day, reason in enumerate((Reason.START, Reason.MANUAL, Reason.BEFORE_MIGRATION)):
        clock.set_source(lambda day=day: FIXED_NOW + timedelta(days=day - 3))
        taken.append(backups.take_backup(db, reason))
    clock.set_source(lambda: FIXED_NOW)
    return taken


def show(qtbot, page: BackupsPage) -> BackupsPage:
    qtbot.addWidget(page)
    page.resize(820, 420)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, db, manager, copies) -> BackupsPage:
    return show(qtbot, BackupsPage(AreaContext(db, manager)))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cells(page: BackupsPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_copies_are_listed_newest_first_with_why_and_schema(page, copies):
    assert cells(page, 1) == ["Before an upgrade", "By hand", "At start"]
    assert cells(page, 2) == [backups_page.size_text(c.size) for c in reversed(copies)]
    assert cells(page, 3) == [head_revision()] * 3
    assert cells(page, 4) == [c.path.name for c in reversed(copies)]
    assert not page.restore_button.isEnabled(), "nothing is chosen yet"


def test_back_up_now_adds_a_copy_off_the_gui_thread(qtbot, page):
    said: list[str] = []
    page.sig_status_message.connect(said.append)
    click(qtbot, page.backup_button)
    assert not page.backup_button.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert page.backup_button.isEnabled()
    chosen = page.selected()
    assert chosen is not None and chosen.reason is Reason.MANUAL
    assert said == ["Backing up…", f"The database was copied to {chosen.path.name}."]


def test_a_copy_that_fails_says_why(qtbot, page, db):
    folder = backups.backups_folder(db)
    for file in folder.iterdir():
        file.unlink()
    folder.rmdir()
    folder.write_text("a file where the folder should be")
    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert "could not be made" in page.message.text()


def test_restoring_asks_first_and_then_asks_the_app_to_restart(qtbot, page, copies):
    page.view.selectRow(1)
    assert page.restore_button.isEnabled()
    click(qtbot, page.restore_button)
    box = page.confirm_box
    assert isinstance(box, QMessageBox)
    assert "copy of the current database is taken first" in box.informativeText()
    with qtbot.waitSignal(page.sig_restore_requested) as asked:
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert Path(asked.args[0]) == copies[1].path


def test_a_restore_cancelled_asks_nothing(qtbot, page):
    page.view.selectRow(0)
    box = page.restore_selected()
    assert box is not None
    with qtbot.assertNotEmitted(page.sig_restore_requested):
        click(qtbot, box.button(QMessageBox.StandardButton.Cancel))


def test_open_folder_shows_the_backups_folder(qtbot, page, db, monkeypatch):
    opened = []
    monkeypatch.setattr(backups_page.QDesktopServices, "openUrl", opened.append)
    click(qtbot, page.folder_button)
    assert [url.toLocalFile() for url in opened] == [str(backups.backups_folder(db))]


def test_without_the_right_to_change_settings_the_copies_are_only_listed(
    qtbot, db, make_actor, copies
):
    page = show(qtbot, BackupsPage(AreaContext(db, make_actor(Role.RECEPTIONIST))))
    assert page.model.rowCount() == 3
    assert not page.backup_button.isVisible() and not page.restore_button.isVisible()
    page.view.selectRow(0)
    assert page.restore_selected() is None


# -- PostgreSQL ------------------------------------------------------------------------------


def postgres(url: str) -> Database:
    """A PostgreSQL database as the page sees it; nothing connects until asked."""
    return Database(create_desk_engine(database_url(url)))


def test_without_pg_dump_the_page_says_what_to_run_on_the_server(qtbot, manager, monkeypatch):
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    db = postgres("postgresql://desk:s3cret@db.example.ru:5432/service")
    page = show(qtbot, BackupsPage(AreaContext(db, manager)))
    assert page.command_edit.text() == "pg_dump -Fc -U desk -f service-2026-11-23.dump service"
    assert "s3cret" not in page.command_edit.text()
    assert not page.dump_button.isVisible()
    db.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(backups.pg_dump_available() is None, reason="pg_dump is not installed")
def test_dump_now_writes_a_dump_and_shows_it(qtbot, manager, postgres_url):
    db = Database.open(postgres_url)
    try:
        page = show(qtbot, BackupsPage(AreaContext(db, manager)))
        assert page.dump_button.isVisible()
        click(qtbot, page.dump_button)
        qtbot.waitUntil(lambda: "Last dump" in page.result_label.text(), timeout=20_000)
        dump = backups.latest_dump(db.url)
        assert dump is not None and dump.parent == backups.dumps_folder()
        assert str(dump) in page.result_label.text()
    finally:
        db.dispose()
