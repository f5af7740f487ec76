"""What the card reads from the reminders side: call-back results and next services due.

Those services (``services.reminders``, ``services.service_due``) were written alongside
the card; they are imported when first asked for, and a missing one (or one without the
function) makes the card say "not available" instead of failing to open. Errors of the
trade (``DeskError``) still reach the caller, to be shown like any other.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from desk_app.services.permissions import Actor
from desk_app.store.database import Database

log = logging.getLogger(__name__)

SATISFACTION = (("desk_app.services.reminders", "satisfaction_of"),)
SERVICE_DUE = (
    ("desk_app.services.service_due", "service_due"),
    ("desk_app.services.reminders", "service_due"),
)


def _function(candidates: tuple[tuple[str, str], ...]) -> Callable[..., Any] | None:
    for module_name, name in candidates:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            log.info("%s is not available", module_name)
            continue
        function = getattr(module, name, None)
        if callable(function):
            return function
    return None


def satisfaction(db: Database, actor: Actor, client_id: int) -> list[Any] | None:
    """The client's call-backs, newest first; None when this version cannot tell."""
    function = _function(SATISFACTION)
    return None if function is None else list(function(db, actor, client_id))


def service_due(db: Database, actor: Actor, vehicle_ids: Iterable[int]) -> dict[int, Any] | None:
    """Each car's next service (cars never handed over are left out); None when unknown."""
    function = _function(SERVICE_DUE)
    return None if function is None else dict(function(db, actor, list(vehicle_ids)))
