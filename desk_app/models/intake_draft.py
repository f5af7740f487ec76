"""Drafts of the intake form, so that nothing typed is lost to a crash or a closed window.

Each staff member has at most one draft; the form overwrites it every few seconds, and it
is deleted when the intake is saved or the desk discards it. The payload is the form's
own JSON (see ``desk_app.services.drafts``), not a model of the order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Versioned, intpk


class IntakeDraft(Versioned, Base):
    __tablename__ = "intake_drafts"

    id: Mapped[intpk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), unique=True)
    updated_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
