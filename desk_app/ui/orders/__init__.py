"""The work-order window: its header and moves, works and parts with the money, the
client's answer to extra works, the quality check and the order's history."""

from desk_app.ui.orders.order_dialog import OrderDialog

__all__ = ["OrderDialog"]
