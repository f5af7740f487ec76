"""Opening the preview of a document made from the services' data, and recording it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desk_app.ui.printing.preview_dialog import PreviewDialog


def show_preview(
    parent: QWidget,
    pdf: bytes,
    title: str,
    file_name: str,
    record: Callable[[], None] | None = None,
) -> PreviewDialog:
    """The preview of ``pdf``, open without waiting; ``record`` (if any) runs once for each
    copy printed or saved (what the document's history keeps)."""
    dialog = PreviewDialog(pdf, title, file_name, parent)
    dialog.setWindowTitle(title)
    if record is not None:
        dialog.sig_printed.connect(lambda _printer: record())
        dialog.sig_saved.connect(lambda _path: record())
    dialog.open()
    return dialog
