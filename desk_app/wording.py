"""The English names of enumeration values that both the screens and the printed
documents show, marked for translation in the "Labels" context: one translation serves
both, and the documents stay Qt-free (``ui.labels`` translates them for the screens,
``documents.words.translate`` for paper)."""

from __future__ import annotations

from desk_app.models import DamageKind, DepartmentKind, RequestKind, RequestStatus


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks a text for lupdate where it is kept in a table; translate it when shown."""
    return text


REQUEST_KIND: dict[RequestKind, str] = {
    RequestKind.PARTS_AVAILABILITY: QT_TRANSLATE_NOOP("Labels", "Is the part in stock?"),
    RequestKind.PARTS_RESERVE: QT_TRANSLATE_NOOP("Labels", "Reserve parts"),
    RequestKind.PARTS_ISSUE: QT_TRANSLATE_NOOP("Labels", "Issue parts"),
    RequestKind.PARTS_ORDER: QT_TRANSLATE_NOOP("Labels", "Order parts"),
    RequestKind.FINANCE_PREPAYMENT: QT_TRANSLATE_NOOP("Labels", "Confirm prepayment"),
    RequestKind.FINANCE_DISCOUNT: QT_TRANSLATE_NOOP("Labels", "Approve a discount"),
    RequestKind.FINANCE_INVOICE: QT_TRANSLATE_NOOP("Labels", "Invoice a company"),
    RequestKind.FINANCE_REFUND: QT_TRANSLATE_NOOP("Labels", "Refund"),
    RequestKind.FINANCE_REIMBURSE: QT_TRANSLATE_NOOP("Labels", "Reimburse an expense"),
    RequestKind.INFO_FIGURES: QT_TRANSLATE_NOOP("Labels", "Figures (revenue, receivables)"),
}

REQUEST_STATUS: dict[RequestStatus, str] = {
    RequestStatus.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    RequestStatus.TAKEN: QT_TRANSLATE_NOOP("Labels", "Taken"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered"),
    RequestStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    RequestStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    RequestStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

DEPARTMENT: dict[DepartmentKind, str] = {
    DepartmentKind.RECEPTION: QT_TRANSLATE_NOOP("Labels", "Reception"),
    DepartmentKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "Workshop"),
    DepartmentKind.PARTS: QT_TRANSLATE_NOOP("Labels", "Parts department"),
    DepartmentKind.FINANCE: QT_TRANSLATE_NOOP("Labels", "Finance department"),
    DepartmentKind.MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Management"),
}

DAMAGE_KIND: dict[DamageKind, str] = {
    DamageKind.SCRATCH: QT_TRANSLATE_NOOP("Labels", "Scratch"),
    DamageKind.DENT: QT_TRANSLATE_NOOP("Labels", "Dent"),
    DamageKind.CHIP: QT_TRANSLATE_NOOP("Labels", "Chip"),
    DamageKind.CRACK: QT_TRANSLATE_NOOP("Labels", "Crack"),
    DamageKind.RUST: QT_TRANSLATE_NOOP("Labels", "Rust"),
    DamageKind.MISSING: QT_TRANSLATE_NOOP("Labels", "Missing part"),
}
