"""Writing the audit log from inside a service's unit of work."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import AuditEntry
from desk_app.services.permissions import Actor


def record(
    session: Session,
    actor: Actor | None,
    entity: str,
    entity_id: int | None,
    action: str,
    **details: Any,
) -> None:
    session.add(
        AuditEntry(
            at=clock.now(),
            staff_id=actor.id if actor else None,
            entity=entity,
            entity_id=entity_id,
            action=action,
            details=details,
        )
    )
