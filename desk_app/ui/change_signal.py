"""One Qt signal for "another connection changed the shop", on either engine.

- PostgreSQL: a small thread sits in ``PgListener.wait`` (asleep on the socket; a
  wake-up socket stops it at once) and posts the tables it hears to the GUI thread as a
  queued signal. The thread, not a ``QSocketNotifier``, because connecting again to a
  server that went away can take seconds and must never freeze the window; it also asks
  the server something now and then, so a connection that died quietly is noticed.
- SQLite: a ``QTimer`` asks ``PRAGMA data_version`` on the GUI thread every
  ``SQLITE_POLL_MS`` (microseconds per look); it cannot say which tables changed.

Bursts are folded: whatever arrives within one turn of the event loop becomes one
``sig_changed``, and signals come at most every ``MIN_GAP_MS``. A lost connection is said
once (``sig_trouble``), retried with a growing pause, and when it works again
``sig_recovered`` comes, then a ``sig_changed`` with no tables, since changes made
meanwhile were not heard.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import sqlite3
import threading
import time
from typing import Any

import psycopg
from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.store.change_feed import PgListener, SqliteDataVersion, sqlite_path
from desk_app.store.database import Database

log = logging.getLogger(__name__)

SQLITE_POLL_MS = 500
FIRST_RETRY_MS = 1000
MAX_RETRY_MS = 30_000
MIN_GAP_MS = 100
"""Signals come at most this often: a bulk load at another desk must not keep the
window reloading; a single commit is still sent at once."""
PING_S = 15.0
"""How long the listener may stay silent before it asks the server whether it is there."""

EVERYTHING: frozenset[str] = frozenset()
"""What ``sig_changed`` carries when it cannot say which tables changed."""


class _Bridge(QObject):
    """Carries the listening thread's news to the GUI thread (queued connections)."""

    heard = Signal(object)
    lost = Signal(str)
    back = Signal()


class _Listening(threading.Thread):
    """Listens on PostgreSQL until told to stop; reconnects with a growing pause."""

    def __init__(self, listener: PgListener, bridge: _Bridge, first_ms: int, max_ms: int):
        super().__init__(name="desk-change-feed", daemon=True)
        self.listener = listener
        self.bridge = bridge
        self.first_ms = first_ms
        self.max_ms = max_ms
        self.stopping = threading.Event()
        self.listening = threading.Event()
        """Set while the connection listens (notices committed from then on are heard)."""
        self.pid: int | None = None
        """The listening backend's process id, while it listens."""
        self._wake_read, self._wake_write = socket.socketpair()

    def stop(self) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._wake_write.send(b"x")
        # a thread still connecting to a server that does not answer is left to finish on
        # its own (a daemon, it says nothing once stopping): closing must not wait for it
        self.join(timeout=1)
        if not self.is_alive():
            self._wake_read.close()
            self._wake_write.close()

    def _say(self, signal: Any, *args: object) -> None:
        """Post to the GUI thread, unless stopping (the receiver may be gone by now)."""
        if not self.stopping.is_set():
            with contextlib.suppress(RuntimeError):  # the C++ object was deleted meanwhile
                signal.emit(*args)

    def run(self) -> None:
        delay_ms, troubled, was_connected = self.first_ms, False, False
        while not self.stopping.is_set():
            try:
                self.listener.connect()
            except (psycopg.Error, OSError) as error:
                if not troubled:
                    troubled = True
                    self._say(self.bridge.lost, _first_line(error))
                self.stopping.wait(delay_ms / 1000)
                delay_ms = min(delay_ms * 2, self.max_ms)
                continue
            delay_ms = self.first_ms
            self.pid = self.listener.backend_pid()
            self.listening.set()
            if troubled:
                troubled = False
                self._say(self.bridge.back)
            if was_connected:  # what changed while we were away was not heard
                self._say(self.bridge.heard, EVERYTHING)
            was_connected = True
            try:
                self._listen()
            except (psycopg.Error, OSError) as error:
                troubled = True
                self._say(self.bridge.lost, _first_line(error))
            finally:
                self.listening.clear()
                self.pid = None
                self.listener.close()

    def _listen(self) -> None:
        while not self.stopping.is_set():
            tables = self.listener.wait(PING_S, self._wake_read)
            if tables:
                self._say(self.bridge.heard, tables)
            elif not self.stopping.is_set():
                self.listener.ping()  # silent for PING_S: is the server still there?


class ChangeFeed(QObject):
    """Tells open windows that another connection committed a change to the shop."""

    sig_changed = Signal(object)
    """Something changed (``frozenset[str]``: the tables changed; empty: cannot tell
    which, reload everything shown)."""

    sig_trouble = Signal(str)
    """Changes are not heard any more (str: the translated message; the cause goes to the
    log); sent once, until ``sig_recovered``. Meanwhile the polls that follow the feed poll
    at their own pace again."""

    sig_recovered = Signal()
    """Changes are heard again; a ``sig_changed`` with no tables follows."""

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        poll_ms: int = SQLITE_POLL_MS,
        first_retry_ms: int = FIRST_RETRY_MS,
        max_retry_ms: int = MAX_RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.poll_ms = poll_ms
        self.first_retry_ms = first_retry_ms
        self.max_retry_ms = max_retry_ms
        self._running = False
        self._troubled = False
        self._pending: set[str] = set()
        self._everything = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._last_sent = float("-inf")
        self._listening: _Listening | None = None
        self._bridge = _Bridge(self)
        self._bridge.heard.connect(self._heard)
        self._bridge.lost.connect(self._lost)
        self._bridge.back.connect(self._back)
        self._watch: SqliteDataVersion | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self._poll_sqlite)
        self._retry_ms = first_retry_ms

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start hearing changes made from now on (nothing is sent for the past)."""
        if self._running:
            return
        self._running, self._troubled = True, False
        self._retry_ms = self.first_retry_ms
        if self.db.is_sqlite:
            self._poll_timer.setInterval(self.poll_ms)
            self._watch = SqliteDataVersion(sqlite_path(self.db.engine))
            self._open_sqlite()
            self._poll_timer.start()
        else:
            self._listening = _Listening(
                PgListener(self.db.engine), self._bridge, self.first_retry_ms, self.max_retry_ms
            )
            self._listening.start()

    def stop(self) -> None:
        """Stop hearing (the thread ends, the connection closes); nothing is sent after."""
        self._running = False
        self._poll_timer.stop()
        self._flush_timer.stop()
        if self._listening is not None:
            self._listening.stop()
            self._listening = None
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def is_running(self) -> bool:
        return self._running

    def is_live(self) -> bool:
        """Changes are being heard now: the slow polls may stay slow."""
        return self._running and not self._troubled

    def is_listening(self) -> bool:
        """Changes committed from now on will be heard (SQLite: the watch is open)."""
        if self._watch is not None:
            return not self._troubled
        return self._listening is not None and self._listening.listening.is_set()

    def listener_pid(self) -> int | None:
        """The PostgreSQL backend that listens, while it does (for tests that cut it off)."""
        return self._listening.pid if self._listening is not None else None

    # -- what is heard -----------------------------------------------------------------------

    def _heard(self, tables: frozenset[str]) -> None:
        """Fold what arrives within one turn of the event loop into one signal."""
        if not self._running:
            return
        if tables:
            self._pending |= tables
        else:
            self._everything = True
        if not self._flush_timer.isActive():
            since_ms = (time.monotonic() - self._last_sent) * 1000
            self._flush_timer.start(int(max(0.0, MIN_GAP_MS - since_ms)))

    def _flush(self) -> None:
        tables = EVERYTHING if self._everything else frozenset(self._pending)
        self._pending, self._everything = set(), False
        if self._running:
            self._last_sent = time.monotonic()
            self.sig_changed.emit(tables)

    def _lost(self, detail: str) -> None:
        if not self._running or self._troubled:
            return
        self._troubled = True
        log.warning("change feed lost: %s", detail)
        self.sig_trouble.emit(
            self.tr("Changes at other desks are not heard right now; trying again.")
        )

    def _back(self) -> None:
        if not self._running or not self._troubled:
            return
        self._troubled = False
        log.info("change feed works again")
        self.sig_recovered.emit()

    # -- SQLite ------------------------------------------------------------------------------

    def _open_sqlite(self) -> bool:
        assert self._watch is not None
        try:
            self._watch.connect()
        except sqlite3.Error as error:
            self._sqlite_failed(error)
            return False
        return True

    def _poll_sqlite(self) -> None:
        watch = self._watch
        if watch is None:
            return
        if self._troubled:
            if not self._open_sqlite():
                return
            self._poll_timer.setInterval(self.poll_ms)
            self._retry_ms = self.first_retry_ms
            self._back()
            self._heard(EVERYTHING)
            return
        try:
            changed = watch.changed()
        except sqlite3.Error as error:
            self._sqlite_failed(error)
            return
        if changed:
            self._heard(EVERYTHING)

    def _sqlite_failed(self, error: sqlite3.Error) -> None:
        self._lost(_first_line(error))
        self._poll_timer.setInterval(self._retry_ms)
        self._retry_ms = min(self._retry_ms * 2, self.max_retry_ms)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
