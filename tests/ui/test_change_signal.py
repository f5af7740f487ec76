"""The change feed's Qt signal: a commit at "another desk" (another ``Database`` on the
same data) reaches it on both engines; bursts fold into one signal; a listener cut off by
the server says so once, connects again and still hears."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from desk_app.store import schema
from desk_app.store.change_feed import SqliteDataVersion
from desk_app.store.database import Database
from desk_app.ui.change_signal import EVERYTHING, ChangeFeed
from tests.factories import make_client

HEARD_WITHIN_MS = 2000
FAST_MS = 50


def other_desk(db: Database) -> Database:
    """The same data opened again, as a second workstation would."""
    return Database.open(db.url.render_as_string(hide_password=False))


def record(feed: ChangeFeed) -> list[object]:
    """What the feed says, in order: "trouble", "recovered" or the tables changed."""
    said: list[object] = []
    feed.sig_trouble.connect(lambda _text: said.append("trouble"))
    feed.sig_recovered.connect(lambda: said.append("recovered"))
    feed.sig_changed.connect(said.append)
    return said


def started(qtbot, db: Database) -> ChangeFeed:
    feed = ChangeFeed(db, poll_ms=FAST_MS, first_retry_ms=FAST_MS)
    feed.start()
    qtbot.waitUntil(feed.is_listening, timeout=HEARD_WITHIN_MS)
    return feed


@pytest.fixture
def feed(qtbot, any_db) -> Iterator[ChangeFeed]:
    feed = started(qtbot, any_db)
    yield feed
    feed.stop()


def test_a_commit_at_another_desk_fires_the_signal(qtbot, any_db, feed):
    other = other_desk(any_db)
    try:
        with qtbot.waitSignal(feed.sig_changed, timeout=HEARD_WITHIN_MS) as heard:
            make_client(other, "Кузнецов", "Игорь")
    finally:
        other.dispose()
    expected = EVERYTHING if any_db.is_sqlite else {"clients", "client_phones"}
    assert heard.args == [expected]
    assert feed.is_live()
    with qtbot.assertNotEmitted(feed.sig_changed, wait=5 * FAST_MS):
        pass  # nothing more happened


def test_a_burst_comes_as_one_signal_naming_every_table(qtbot, db):
    feed = ChangeFeed(db)
    feed.start()
    received: list[frozenset[str]] = []
    feed.sig_changed.connect(received.append)
    for tables in ({"clients"}, {"vehicles"}, {"clients", "client_phones"}):
        feed._bridge.heard.emit(frozenset(tables))  # as the listening thread would post
    qtbot.waitUntil(lambda: bool(received), timeout=HEARD_WITHIN_MS)
    with qtbot.assertNotEmitted(feed.sig_changed, wait=200):
        pass
    assert received == [{"clients", "vehicles", "client_phones"}]

    feed._bridge.heard.emit(frozenset({"clients"}))
    feed._bridge.heard.emit(EVERYTHING)  # cannot tell which: the whole burst is "everything"
    qtbot.waitUntil(lambda: len(received) == 2, timeout=HEARD_WITHIN_MS)
    assert received[1] == EVERYTHING
    feed.stop()
    feed._bridge.heard.emit(frozenset({"clients"}))
    with qtbot.assertNotEmitted(feed.sig_changed, wait=200):
        pass  # stopped: nothing is sent


@pytest.mark.postgres
def test_a_listener_cut_off_by_the_server_says_so_and_comes_back(qtbot, postgres_url):
    db = Database.open(postgres_url)
    schema.upgrade(db)
    feed = started(qtbot, db)
    try:
        pid = feed.listener_pid()
        assert pid is not None
        with (
            qtbot.waitSignal(feed.sig_trouble, timeout=HEARD_WITHIN_MS) as trouble,
            db.engine.connect() as connection,
        ):
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        assert "not heard" in trouble.args[0]
        assert not feed.is_live()

        said = record(feed)
        qtbot.waitUntil(lambda: len(said) >= 2, timeout=HEARD_WITHIN_MS)
        assert said == ["recovered", EVERYTHING]  # then reload: we were away
        assert feed.is_live() and feed.listener_pid() not in (None, pid)

        with qtbot.waitSignal(feed.sig_changed, timeout=HEARD_WITHIN_MS) as heard:
            make_client(db, "Орлова", "Анна")
        assert "clients" in heard.args[0]
    finally:
        feed.stop()
        db.dispose()


def test_an_unreadable_sqlite_file_says_so_once_and_comes_back(qtbot, db, monkeypatch, caplog):
    feed = started(qtbot, db)
    said = record(feed)

    def broken(_self):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SqliteDataVersion, "changed", broken)
    monkeypatch.setattr(SqliteDataVersion, "connect", broken)
    with qtbot.waitSignal(feed.sig_trouble, timeout=HEARD_WITHIN_MS) as trouble:
        pass
    assert trouble.args[0] == "Changes at other desks are not heard right now; trying again."
    assert "disk I/O error" in caplog.text  # the cause is logged
    qtbot.wait(10 * FAST_MS)  # several more failed looks and reconnections: said once
    assert said == ["trouble"]
    assert not feed.is_live()

    monkeypatch.undo()
    qtbot.waitUntil(lambda: len(said) >= 3, timeout=HEARD_WITHIN_MS)
    assert said == ["trouble", "recovered", EVERYTHING]
    assert feed.is_live()
    feed.stop()
