"""Asks that overtake each other, answered off the GUI thread: only the newest shows."""

from __future__ import annotations

import threading

import pytest

from desk_app.ui.tasks import LatestOnly


@pytest.fixture
def asker(qtbot):
    latest = LatestOnly()
    answers: list[tuple[object, object]] = []
    failures: list[tuple[object, object]] = []
    latest.sig_answered.connect(lambda key, result: answers.append((key, result)))
    latest.sig_failed.connect(lambda key, error: failures.append((key, error)))
    yield latest, answers, failures
    latest.wait()


def test_an_ask_is_answered_off_the_gui_thread(qtbot, asker):
    latest, answers, _failures = asker
    gui = threading.get_ident()
    latest.ask("a", lambda: threading.get_ident())

    qtbot.waitUntil(lambda: answers != [])
    assert answers[0][0] == "a"
    assert answers[0][1] != gui
    assert not latest.is_busy()


def test_asks_made_while_one_runs_give_way_to_the_last(qtbot, asker):
    latest, answers, _failures = asker
    release = threading.Event()
    ran: list[str] = []

    def work(key: str):
        def run() -> str:
            ran.append(key)
            if key == "a":
                release.wait(5)
            return key.upper()

        return run

    latest.ask("a", work("a"))
    latest.ask("ab", work("ab"))
    latest.ask("abc", work("abc"))
    assert latest.is_busy()
    release.set()

    qtbot.waitUntil(lambda: answers != [] and not latest.is_busy())
    assert ran == ["a", "abc"]
    assert answers == [("abc", "ABC")]


def test_a_cancelled_ask_delivers_nothing(qtbot, asker):
    latest, answers, _failures = asker
    latest.ask("a", lambda: "A")
    latest.cancel()

    qtbot.waitUntil(lambda: not latest.is_busy())
    qtbot.wait(20)
    assert answers == []


def test_a_failure_is_delivered_with_its_key(qtbot, asker):
    latest, answers, failures = asker

    def broken() -> None:
        raise ValueError("no database")

    latest.ask("a", broken)

    qtbot.waitUntil(lambda: failures != [])
    assert answers == []
    assert failures[0][0] == "a"
    assert str(failures[0][1]) == "no database"
