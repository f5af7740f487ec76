"""Errors of the use cases: bad input, forbidden actions, failed logins, stale edits."""

from __future__ import annotations

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
    template = (
        "Someone else changed this {what} while you were editing it. "
        "Reload it to see their changes; your input is kept."
    )


class NotFound(DomainError):
    template = "The {what} no longer exists."
