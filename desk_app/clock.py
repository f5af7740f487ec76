"""The one clock of the application, so that tests can set the time.

Every service asks ``clock.now()`` instead of calling ``datetime.now`` itself; a test
replaces the clock with a fixed or stepping one. Times are always timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

_source: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """The current moment, timezone-aware, in UTC."""
    return _source().astimezone(UTC)


def set_source(source: Callable[[], datetime] | None) -> None:
    """Replace the clock (``None`` restores the system clock)."""
    global _source
    _source = source if source is not None else (lambda: datetime.now(UTC))
