"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns
nothing; a working day of clicks then aborts the application. This catches such a build.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 100
