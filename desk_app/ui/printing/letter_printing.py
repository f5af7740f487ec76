"""Reminder letters for the To-contact list: made off the GUI thread (a hundred letters
take a while), then shown in the preview to print or save."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desk_app.documents import reminder_letters
from desk_app.errors import DeskError
from desk_app.services import letter_print
from desk_app.services.contact_due import ContactItem
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.printing.preview_dialog import PreviewDialog
from desk_app.ui.printing.show import show_preview
from desk_app.ui.tasks import BackgroundTask


class LetterPrinting(QObject):
    """Prints letters for the service reminders shown that may and can be posted."""

    sig_message = Signal(str)
    """What happened, for the status bar (str: translated)."""

    def __init__(self, context: AreaContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self.task: BackgroundTask | None = None
        self.preview: PreviewDialog | None = None

    @staticmethod
    def printable(items: Sequence[ContactItem]) -> int:
        """How many of ``items`` would get a letter."""
        return len(letter_print.printable(items))

    def start(self, items: Sequence[ContactItem], day: date) -> bool:
        """Make the letters in the background; False when none can be printed or some
        are still being made."""
        if self.task is not None and self.task.is_running():
            return False
        letters = [letter_print.letter_of(item, day) for item in letter_print.printable(items)]
        if not letters:
            return False
        try:
            shop = letter_print.letterhead(self.context.db, self.context.actor)
        except DeskError as error:
            self.sig_message.emit(error_text(error))
            return False
        self.task = BackgroundTask(
            lambda _report, _cancelled: reminder_letters.render(letters, shop)
        )
        self.task.sig_finished.connect(lambda pdf: self._show(pdf, len(letters), day))
        self.task.sig_failed.connect(self._failed)
        self.sig_message.emit(self.tr("Making %n letter(s)…", "", len(letters)))
        self.task.start()
        return True

    def _show(self, pdf: bytes, count: int, day: date) -> None:
        title = self.tr("Reminder letters")
        self.sig_message.emit(self.tr("%n letter(s) ready to print.", "", count))
        self.preview = show_preview(self._window, pdf, title, f"{title} {day.isoformat()}.pdf")

    def _failed(self, error: object) -> None:
        if isinstance(error, DeskError):
            self.sig_message.emit(error_text(error))
        else:
            self.sig_message.emit(
                QCoreApplication.translate("LetterPrinting", "The letters could not be made.")
            )
            raise error  # type: ignore[misc]
