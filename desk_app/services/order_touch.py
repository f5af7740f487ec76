"""Marking a work order changed when only its lines changed.

A work order's version is what other desks compare (a stale form, the live timeline), so
a change to any of its lines, marks or assignments must move it too.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk_app.models import WorkOrder
from desk_app.services.form_fields import flush_versioned

WHAT = "work order"


def touch(session: Session, order: WorkOrder) -> None:
    """Write the order's row again so its version moves; a stale one raises ``StaleEdit``."""
    flag_modified(order, "status")
    flush_versioned(session, WHAT)
