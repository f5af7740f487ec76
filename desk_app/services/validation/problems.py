"""What a check found wrong with a field, in a form the UI can translate and show beside it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desk_app.services.errors import ValidationError


class Severity(StrEnum):
    ERROR = "error"
    """The value cannot be saved as it is."""
    WARNING = "warning"
    """The value can be saved, but the person at the desk should look at it again."""


@dataclass(frozen=True)
class Problem:
    """One finding: an English ``template`` with ``params``, so the UI translates it first.

    A warning with ``needs_confirmation`` blocks saving until the person confirms it
    (the check is then repeated with the confirmation and reports a plain warning).
    """

    severity: Severity
    field: str
    template: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    needs_confirmation: bool = False

    @property
    def message(self) -> str:
        """The message in English (the UI translates ``template`` instead)."""
        return self.template.format(**self.params)

    @property
    def blocks_saving(self) -> bool:
        return self.severity is Severity.ERROR or self.needs_confirmation


def error(field: str, template: str, /, **params: Any) -> Problem:
    return Problem(Severity.ERROR, field, template, params)


def warning(field: str, template: str, /, **params: Any) -> Problem:
    return Problem(Severity.WARNING, field, template, params)


@dataclass(frozen=True, kw_only=True)
class CheckResult:
    """The common part of every check's result; each check adds its value and extras."""

    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """True when nothing blocks saving: no error and no unconfirmed warning."""
        return not any(p.blocks_saving for p in self.problems)


def raise_first_error(*results: CheckResult) -> None:
    """Raise ``ValidationError`` for the first problem that blocks saving, if any.

    For the services that save: the form shows every problem, the service refuses the
    first one that would make the record wrong.
    """
    for result in results:
        for problem in result.problems:
            if problem.blocks_saving:
                raise ValidationError(problem.field, problem.template, **problem.params)
