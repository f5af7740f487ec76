"""What every small form over one order shares: ``ui.form_dialog.FormDialog`` (each message
beside its field, nothing typed lost), with the order's card to fill from and its reload.

When someone else changed the order meanwhile (``StaleEdit``), the form offers to reload the
order; the order window reloads and gives the form the new card (``order_reloaded``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.services.order_card import OrderCard
from desk_app.ui.area import AreaContext
from desk_app.ui.form_dialog import FormDialog


class OrderFormDialog(FormDialog):
    def __init__(self, context: AreaContext, card: OrderCard, parent: QWidget | None = None):
        super().__init__(context, card.version, parent)
        self.card = card
        self.reload_button.setText(self.tr("Reloa&d the order"))
        self.reload_button.setObjectName("reloadOrder")

    def order_reloaded(self, card: OrderCard) -> None:
        """The order window reloaded the order: save against its new version from now on."""
        self.card = card
        self.reloaded(
            card.version,
            self.tr(
                "The order now shows the other changes. Your input is kept: check it and "
                "save again."
            ),
        )
