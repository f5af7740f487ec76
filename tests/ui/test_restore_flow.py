"""Restoring a backup from Admin: the window closes (and with it every connection to the
file), the copy is restored with a safety copy of the current state, and the desk asks who
logs in again, now on the restored data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import func, select

from desk_app import app
from desk_app.models import Client
from desk_app.services import auth
from desk_app.store import backups, open_database
from desk_app.store.backups import Reason
from desk_app.ui.settings import Settings
from tests.factories import make_client


def clients(db) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count(Client.id))) or 0


def test_a_restore_closes_the_window_restores_and_logs_in_again(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    manager = auth.create_first_manager(db, "Смирнова Анна Петровна", "secret1")
    make_client(db, "Иванов")
    copy = backups.take_backup(db, Reason.MANUAL)
    make_client(db, "Петров", phones=("+79169998877",))
    assert clients(db) == 2
    logins: list[object] = []

    def who(session: app.DeskSession):
        logins.append(session.db)
        return manager

    monkeypatch.setattr(app.DeskSession, "ask_who", who)
    settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    session = app.DeskSession(db, settings)
    assert session.start()
    first_window = session.window
    assert first_window is not None

    first_window.sig_restore_requested.emit(str(copy.path))

    qtbot.waitUntil(lambda: len(logins) == 2, timeout=5000)
    assert session.window is not None and session.window is not first_window
    assert clients(session.db) == 1
    safety = [b for b in backups.list_backups(Path(path)) if b.reason is Reason.BEFORE_RESTORE]
    assert len(safety) == 1
    session.window.close()
    session.db.dispose()


def test_a_desk_left_open_takes_the_day_s_copy_once(qtbot, tmp_path, fixed_clock):
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    session = app.DeskSession(db, settings)

    session.back_up_if_due()
    session.back_up_if_due()

    assert [b.reason for b in backups.list_backups(path)] == [Reason.DAILY]
    session.daily_backup.stop()
    db.dispose()
