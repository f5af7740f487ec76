"""Printing a work order's documents from its window: a Print button with the documents
this order has, Ctrl+P for the one its status calls for, the preview of the real PDF, and
each print or saved copy put on the order's history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desk_app.documents import acceptance_act, handover_sheet, workshop_sheet
from desk_app.errors import DeskError
from desk_app.models import WorkOrderStatus
from desk_app.services import order_print
from desk_app.services.order_print import Document
from desk_app.services.permissions import Action
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.labels import document_label
from desk_app.ui.printing.preview_dialog import PreviewDialog
from desk_app.ui.printing.show import show_preview

HANDOVER_STATUSES = (WorkOrderStatus.READY, WorkOrderStatus.HANDED_OVER)


def render(context: AreaContext, order_id: int, document: Document, copies: int = 1) -> bytes:
    """The document's PDF: its data from the services, laid out by ``documents``."""
    db, actor = context.db, context.actor
    if document is Document.ACCEPTANCE_ACT:
        return acceptance_act.render(order_print.acceptance_act(db, actor, order_id), copies)
    if document is Document.WORKSHOP_SHEET:
        return workshop_sheet.render(order_print.workshop_sheet(db, actor, order_id))
    return handover_sheet.render(order_print.handover_sheet(db, actor, order_id))


def default_document(status: WorkOrderStatus) -> Document:
    """What Ctrl+P prints: the handover sheet once the car is ready, else the act."""
    return Document.HANDOVER_SHEET if status in HANDOVER_STATUSES else Document.ACCEPTANCE_ACT


class OrderPrinting(QObject):
    """The Print button and Ctrl+P of one order's window."""

    sig_printed = Signal()
    """A document was printed or saved and is on the order's history."""
    sig_failed = Signal(str)
    """Printing could not start (str: the translated reason)."""

    def __init__(
        self,
        context: AreaContext,
        order_id: int,
        status: Callable[[], WorkOrderStatus | None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.order_id = order_id
        self._status = status
        self._window = window
        self.preview: PreviewDialog | None = None
        self.allowed = context.actor.can(Action.PRINT_DOCUMENTS)
        self.button = QPushButton(self.tr("&Print"))
        self.button.setObjectName("print")
        self.button.setAutoDefault(False)
        self.button.setToolTip(self.tr("Print a document of this order (Ctrl+P)"))
        menu = QMenu(self.button)
        for document in Document:
            menu.addAction(document_label(document), lambda d=document: self.open_preview(d))
        two = menu.addAction(
            self.tr("Acceptance act, two copies"),
            lambda: self.open_preview(Document.ACCEPTANCE_ACT, copies=2),
        )
        two.setObjectName("twoCopies")
        self.button.setMenu(menu)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, window)
        shortcut.setEnabled(self.allowed)
        shortcut.activated.connect(self.print_default)

    def print_default(self) -> None:
        status = self._status()
        if status is not None:
            self.open_preview(default_document(status))

    def open_preview(self, document: Document, copies: int = 1) -> PreviewDialog | None:
        """Make the PDF and show it; the user prints or saves it from there."""
        try:
            pdf = render(self.context, self.order_id, document, copies)
        except DeskError as error:
            self.sig_failed.emit(error_text(error))
            return None
        title = document_label(document)

        def record() -> None:
            try:
                order_print.record_print(
                    self.context.db, self.context.actor, self.order_id, document, copies
                )
            except DeskError as error:
                self.sig_failed.emit(error_text(error))
            else:
                self.sig_printed.emit()

        self.preview = show_preview(
            self._window, pdf, title, f"{title} {self.order_id}.pdf", record
        )
        return self.preview
