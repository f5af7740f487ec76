"""The print preview: a PDF shown page by page, printed through Qt's printer, saved as is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desk_app.ui.printing import preview_dialog
from desk_app.ui.printing.preview_dialog import PreviewDialog
from desk_app.ui.printing.print_pdf import PrintFailed, pages_to_print, print_pdf
from desk_app.ui.settings import Settings


def make_pdf(pages: int = 2) -> bytes:
    """A small A4 PDF made with Qt itself, one heading per page."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 20))
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(400, 600, f"Page {page + 1}")
    painter.end()
    buffer.close()
    return bytes(data)


def load(path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    return document


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def pdf() -> bytes:
    return make_pdf(2)


@pytest.fixture
def dialog(qtbot, pdf, settings) -> PreviewDialog:
    widget = PreviewDialog(pdf, "Acceptance act A-1", "A-1.pdf", settings=settings)
    qtbot.addWidget(widget)
    return widget


def shown(qtbot, dialog: PreviewDialog) -> PreviewDialog:
    """On screen and active, so its shortcuts take keys."""
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# -- print_pdf ---------------------------------------------------------------------------


def test_print_pdf_sends_every_page_to_the_printer(qapp, tmp_path, pdf, dialog):
    out = tmp_path / "printed.pdf"
    assert print_pdf(dialog.document, pdf_printer(out)) == 2
    printed = load(out)
    assert printed.pageCount() == 2
    assert printed.pagePointSize(0).toSize() == dialog.document.pagePointSize(0).toSize()


def test_print_pdf_keeps_to_the_page_range(qapp, tmp_path, dialog):
    out = tmp_path / "second.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert pages_to_print(printer, 2) == [1]
    assert print_pdf(dialog.document, printer) == 1
    assert load(out).pageCount() == 1


def test_a_range_is_ignored_unless_the_dialog_chose_page_range(qapp):
    printer = QPrinter()
    printer.setFromTo(2, 2)
    assert pages_to_print(printer, 3) == [0, 1, 2]


def test_copies_are_sent_again_when_the_printer_cannot_make_them(qapp, tmp_path, dialog):
    out = tmp_path / "copies.pdf"
    printer = pdf_printer(out)
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()
    assert print_pdf(dialog.document, printer) == 4
    assert load(out).pageCount() == 4


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_raises_print_failed(qapp, tmp_path, dialog):
    printer = pdf_printer(tmp_path / "no-such-folder" / "out.pdf")
    with pytest.raises(PrintFailed):
        print_pdf(dialog.document, printer)


# -- the dialog --------------------------------------------------------------------------


def test_the_document_opens_with_its_pages_fitted_to_width(dialog):
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 2
    assert dialog.page_label.text() == "Page 1 of 2"
    assert dialog.windowTitle() == "Acceptance act A-1"
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert dialog.view.pageMode() == dialog.view.PageMode.MultiPage
    assert dialog.fit_button.isChecked()


def test_the_page_label_follows_the_scroll(qtbot, dialog):
    dialog.resize(900, 1000)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Page 2 of 2")


def test_zoom_leaves_fit_width_and_fit_width_comes_back(qtbot, dialog):
    dialog.resize(900, 1000)
    dialog.show()
    qtbot.waitExposed(dialog)
    fitted = dialog._shown_zoom()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * preview_dialog.ZOOM_STEP)
    assert not dialog.fit_button.isChecked()
    for _ in range(30):
        dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(preview_dialog.ZOOM_LIMITS[0])
    dialog.fit_button.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert dialog.fit_button.isChecked()


def test_a_pdf_that_cannot_be_read_shows_why_and_can_still_be_saved(qtbot, settings):
    dialog = PreviewDialog(b"not a pdf", "Broken", "broken.pdf", settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.view.isHidden()
    assert not dialog.failure.isHidden()
    assert "not a valid PDF" in dialog.failure.text()
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()


def test_save_writes_the_same_bytes_and_remembers_the_folder(
    qtbot, monkeypatch, tmp_path, pdf, dialog, settings
):
    asked: list[str] = []

    def answer(_parent, _caption, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "act"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["A-1.pdf"]
    assert saved.args == [str(tmp_path / "act.pdf")]
    assert (tmp_path / "act.pdf").read_bytes() == pdf

    dialog.save_button.click()
    assert asked[-1] == str(tmp_path / "A-1.pdf")


def test_save_cancelled_writes_nothing(qtbot, monkeypatch, dialog):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    with qtbot.assertNotEmitted(dialog.sig_saved):
        dialog.save_button.click()


def test_a_failed_save_is_shown_in_the_dialog(qtbot, monkeypatch, tmp_path, dialog):
    target = tmp_path / "missing" / "act.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.assertNotEmitted(dialog.sig_saved):
        dialog.save_button.click()
    assert not dialog.message.isHidden()
    assert dialog.message.text().startswith("The file could not be saved")


def test_ctrl_p_asks_the_print_dialog_for_an_a4_printer(qtbot, dialog):
    shown(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    print_dialog = dialog.print_dialog
    assert print_dialog is not None and print_dialog.isVisible()
    assert dialog.printer is not None
    assert dialog.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert dialog.printer.fullPage()
    assert dialog.printer.resolution() >= 300
    print_dialog.reject()


def test_an_accepted_print_dialog_prints_every_page(qtbot, tmp_path, dialog):
    out = tmp_path / "printed.pdf"
    dialog.printer = pdf_printer(out)  # set before the dialog, which fills its form from it
    dialog.print_button.click()
    assert dialog.print_dialog is not None
    with qtbot.waitSignal(dialog.sig_printed) as printed:
        dialog.print_dialog.accept()
    assert printed.args == [str(out)]
    assert load(out).pageCount() == 2
    assert dialog.print_dialog is None


def test_a_cancelled_print_dialog_prints_nothing(qtbot, monkeypatch, dialog):
    calls: list[object] = []
    monkeypatch.setattr(preview_dialog, "print_pdf", lambda *args: calls.append(args) or 2)
    dialog.print_button.click()
    assert dialog.print_dialog is not None
    with qtbot.assertNotEmitted(dialog.sig_printed):
        dialog.print_dialog.reject()
    assert calls == []
    assert dialog.print_dialog is None


def test_a_printer_failure_is_shown_in_the_dialog(qtbot, monkeypatch, dialog):
    def fail(_document, _printer):
        raise PrintFailed(printer="Office")

    monkeypatch.setattr(preview_dialog, "print_pdf", fail)
    dialog.print_button.click()
    assert dialog.print_dialog is not None
    with qtbot.assertNotEmitted(dialog.sig_printed):
        dialog.print_dialog.accept()
    assert dialog.message.text() == "The printer Office could not start the job."


def test_the_size_is_remembered(qtbot, pdf, settings):
    first = PreviewDialog(pdf, "A", "a.pdf", settings=settings)
    qtbot.addWidget(first)
    first.resize(640, 700)
    first.show()
    qtbot.waitExposed(first)
    first.done(QDialog.DialogCode.Rejected)
    second = PreviewDialog(pdf, "A", "a.pdf", settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 700)
