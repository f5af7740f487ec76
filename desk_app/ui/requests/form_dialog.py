"""What the small request forms share: ``ui.form_dialog.FormDialog`` (each message beside
its field, nothing typed lost), with the request's detail to fill from and its reload.

When someone else changed the request meanwhile (``StaleEdit``), the form offers to reload
it; the area reloads and hands the form the new detail (``request_reloaded``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.services.request_detail import RequestDetail
from desk_app.ui.area import AreaContext
from desk_app.ui.form_dialog import FormDialog


class RequestFormDialog(FormDialog):
    def __init__(
        self, context: AreaContext, detail: RequestDetail | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, detail.version if detail is not None else 0, parent)
        self.detail = detail
        self.reload_button.setText(self.tr("Reloa&d the request"))
        self.reload_button.setObjectName("reloadRequest")

    def request_reloaded(self, detail: RequestDetail) -> None:
        """The area reloaded the request: send against its new version from now on."""
        self.detail = detail
        self.reloaded(
            detail.version,
            self.tr(
                "The request now shows the other changes. Your input is kept: check it and "
                "send again."
            ),
        )
