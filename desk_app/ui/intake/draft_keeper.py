"""Keeping the form as the desk's draft: a few seconds after the last change, and on demand.

Nothing is written while the form is empty or unchanged since the last keep; a form
emptied again drops its draft. The database keeps one draft per person (``drafts``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.errors import DeskError
from desk_app.services import drafts
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
"""A draft is kept this long after the last change: often enough, not on every key."""


class DraftKeeper(QObject):
    sig_failed = Signal(str)
    """The draft could not be kept (str: the message, for the status bar)."""

    def __init__(
        self,
        context: AreaContext,
        payload: Callable[[], dict[str, Any]],
        is_blank: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._payload = payload
        self._is_blank = is_blank
        self._kept: dict[str, Any] | None = None
        self.has_draft = False
        """The database holds a draft of this form (kept by it, or restored into it)."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.keep)

    def changed(self) -> None:
        """The form changed: keep it once the typing pauses."""
        self.timer.start()

    def adopt(self, restored: bool) -> None:
        """The form now shows new contents; ``restored`` if they are the draft on file."""
        self.timer.stop()
        self._kept = self._payload() if restored else None
        self.has_draft = self.has_draft or restored

    def saved(self) -> None:
        """The intake was saved: the service deleted the draft with it."""
        self.timer.stop()
        self._kept, self.has_draft = None, False

    def keep(self) -> None:
        """Write the form as the draft (a blank form drops it instead)."""
        self.timer.stop()
        db, actor = self._context.db, self._context.actor
        try:
            if self._is_blank():
                if self.has_draft:
                    drafts.discard_draft(db, actor)
                self._kept, self.has_draft = None, False
                return
            payload = self._payload()
            if payload == self._kept:
                return
            drafts.save_draft(db, actor, payload)
        except DeskError as error:
            log.warning("the intake draft could not be kept: %s", error)
            self.sig_failed.emit(error_text(error))
            return
        self._kept, self.has_draft = payload, True

    def discard(self) -> None:
        self.timer.stop()
        if self.has_draft:
            try:
                drafts.discard_draft(self._context.db, self._context.actor)
            except DeskError as error:
                self.sig_failed.emit(error_text(error))
        self._kept, self.has_draft = None, False
