"""How a window showing shared data follows changes made at other desks.

It reloads once, after the current turn of the event loop (a burst of notices, or a reload
made meanwhile for another reason, costs one reload at most); while the person is in the
middle of something (a form, a question, a message on show) it only says so beside Reload,
so nothing typed or shown is taken away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class ChangeFollower(QObject):
    def __init__(
        self,
        parent: QObject,
        tables: frozenset[str],
        *,
        is_editing: Callable[[], bool],
        reload: Callable[[], None],
        say_changed: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.tables = tables
        self._is_editing = is_editing
        self._reload = reload
        self._say_changed = say_changed
        self._due = False

    def changed(self, tables: frozenset[str]) -> None:
        """Another connection changed ``tables`` (empty: it cannot tell which)."""
        if tables and not tables & self.tables:
            return
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self, self._follow)

    def settled(self) -> None:
        """The window has just read everything again: a change still due is seen."""
        self._due = False

    def _follow(self) -> None:
        if not self._due:
            return
        self._due = False
        if self._is_editing():
            self._say_changed()
        else:
            self._reload()
