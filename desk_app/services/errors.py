"""Errors of the use cases: bad input, forbidden actions, failed logins, stale edits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desk_app.errors import DeskError


class DomainError(DeskError):
    """A rule of the trade refuses what was asked."""


class ValidationError(DomainError):
    """Bad input in one field; ``field`` tells the form where to show the message."""

    def __init__(self, field: str, template: str, /, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class PermissionDenied(DomainError):
    template = "Your role does not allow this: {action}."


class AuthenticationFailed(DomainError):
    """Deliberately does not say whether the name or the password was wrong."""

    template = "Unknown name or wrong password."


class StaleEdit(DomainError):
    """Another desk saved the row since this form loaded it; nothing was written.

    ``stale_edit`` in ``form_fields`` names who saved it last and when (``who``, ``when``),
    and for a work order moved to another status, the status (``status``); the plain
    template stays for rows whose changes nobody recorded.
    """

    template = (
        "Someone else changed this {what} while you were editing it. "
        "Reload it to see their changes; your input is kept."
    )
    SAVED_BY = (
        "Someone else changed this {what} while you were editing it: {who} saved it at "
        "{when}. Reload it to see their changes; your input is kept."
    )
    MOVED_BY = (
        "Someone else changed this {what} while you were editing it: {who} moved it to "
        "“{status}” at {when}. Reload it to see their changes; your input is kept."
    )

    @property
    def who(self) -> str | None:
        """The name of whoever saved the row last, when the record says."""
        who = self.params.get("who")
        return who if isinstance(who, str) else None

    @property
    def when(self) -> datetime | None:
        """When that save was made (UTC)."""
        when = self.params.get("when")
        return when if isinstance(when, datetime) else None


class NotFound(DomainError):
    template = "The {what} no longer exists."
