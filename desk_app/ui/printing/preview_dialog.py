"""The preview of a printed document: the PDF as it will come out, and the two ways on from
it, the workstation's printer or a file.

The PDF is made elsewhere (``desk_app.documents``) and arrives as bytes; this window only
shows, prints and saves it. What was done is told by ``sig_printed`` / ``sig_saved`` so the
caller can record it in the order's history. The print dialog is opened with ``open()``, so
nothing here waits on a nested event loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.printing.print_pdf import print_pdf
from desk_app.ui.settings import Option, Settings

DEFAULT_SIZE = (900, 1000)
ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 6.0)


class PreviewSettings(Settings):
    """What the preview remembers on this workstation."""

    preview_geometry = Option("printing/preview_geometry", QByteArray, QByteArray())
    save_folder = Option("printing/save_folder", str, "")


class PreviewDialog(QDialog):
    sig_printed = Signal(str)
    """The document went to a printer; the parameter names it (or the file printed to)."""
    sig_saved = Signal(str)
    """The document was saved as a PDF file; the parameter is the file's path."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = bytes(pdf)
        self.file_name = file_name
        self.settings = PreviewSettings(settings.store if settings is not None else None)
        self.printer: QPrinter | None = None
        """Made on the first print, so a second print keeps the choices of the first."""
        self.print_dialog: QPrintDialog | None = None
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(520, 420)

        # QPdfDocument reads from the buffer while it lives; as its child the buffer outlives it.
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self.document)
        self.buffer.setData(QByteArray(self.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setDocument(self.document)
        self.failure = QLabel(self)
        self.failure.setObjectName("load_error")
        self.failure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failure.setWordWrap(True)
        self.message = error_label(self)

        layout = QVBoxLayout(self)
        layout.addLayout(self._button_row())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.failure, 1)
        layout.addWidget(self.message)
        self._add_shortcuts()
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_state()
        self._restore_size()

    def _button_row(self) -> QHBoxLayout:
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.clicked.connect(self.fit_width)
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Print).toString())
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_button.clicked.connect(self.save_document)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setAutoDefault(False)
        self.print_button.setDefault(True)

        row = QHBoxLayout()
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_in_button)
        row.addWidget(self.fit_button)
        row.addSpacing(16)
        row.addWidget(self.page_label)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    def _add_shortcuts(self) -> None:
        keys = (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_document),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0), self.fit_width),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, activated=slot)

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _show_state(self) -> None:
        """The pages when the PDF opened; otherwise a message instead of an empty view."""
        self.view.setVisible(self.loaded)
        self.failure.setVisible(not self.loaded)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            widget.setEnabled(self.loaded)
        self.print_button.setEnabled(self.loaded)
        if self.loaded:
            self._show_page(self.view.pageNavigator().currentPage())
        else:
            self.page_label.clear()
            self.failure.setText(
                self.tr(
                    "The document cannot be shown or printed: the PDF could not be read "
                    "({reason}). It can still be saved as a file."
                ).format(reason=self._error_reason())
            )

    def _error_reason(self) -> str:
        reasons = {
            QPdfDocument.Error.InvalidFileFormat: self.tr("not a valid PDF"),
            QPdfDocument.Error.IncorrectPassword: self.tr("it is protected by a password"),
            QPdfDocument.Error.UnsupportedSecurityScheme: self.tr("unsupported protection"),
            QPdfDocument.Error.DataNotYetAvailable: self.tr("the data is incomplete"),
        }
        return reasons.get(self.document.error(), self.tr("unknown error"))

    def _show_page(self, page: int) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=self.document.pageCount())
        )

    # -- zoom ----------------------------------------------------------------------------

    def zoom_by(self, step: float) -> None:
        if not self.loaded:
            return
        current = self._shown_zoom()
        low, high = ZOOM_LIMITS
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, current * step)))
        self.fit_button.setChecked(False)

    def _shown_zoom(self) -> float:
        """The zoom on screen; in fit-to-width mode QPdfView keeps no factor, so work it out."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        margins = self.view.documentMargins()
        free = self.view.viewport().width() - margins.left() - margins.right()
        pages = range(self.document.pageCount())
        widest = max((self.document.pagePointSize(page).width() for page in pages), default=0.0)
        screen = self.view.logicalDpiX() / 72
        return free / (widest * screen) if widest > 0 else 1.0

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)

    # -- print and save ------------------------------------------------------------------

    def print_document(self) -> None:
        """Ask the print dialog which printer and pages; print when it is accepted."""
        if not self.loaded or self.print_dialog is not None:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            # The document carries its own margins; the printer's would shrink it again.
            self.printer.setFullPage(True)
            self.printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.windowTitle()))
        dialog.setMinMax(1, self.document.pageCount())
        dialog.accepted.connect(self._print_now)
        dialog.finished.connect(self._print_dialog_closed)
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver to call back

    def _print_dialog_closed(self) -> None:
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
        self.print_dialog = None

    def _print_now(self) -> None:
        printer = self.printer
        assert printer is not None
        self.message.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pdf(self.document, printer)
        except DeskError as error:
            self._show_message(error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if printed:
            self.sig_printed.emit(printer.printerName() or printer.outputFileName())

    def save_document(self) -> None:
        """Write the PDF exactly as it came; the suggested name goes in the last folder used."""
        folder = self.settings.save_folder
        suggested = str(Path(folder) / self.file_name) if folder else self.file_name
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".pdf")
        try:
            target.write_bytes(self.pdf)
        except OSError as error:
            self._show_message(
                self.tr("The file could not be saved: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return
        self.message.hide()
        self.settings.save_folder = str(target.parent)
        self.sig_saved.emit(str(target))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- size ----------------------------------------------------------------------------

    def _restore_size(self) -> None:
        geometry = self.settings.preview_geometry
        if not geometry.isEmpty() and self.restoreGeometry(geometry):
            return
        width, height = DEFAULT_SIZE
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(width, screen.width()), min(height, screen.height() - 40))

    def done(self, result: int) -> None:
        self.settings.preview_geometry = self.saveGeometry()
        super().done(result)
