"""The one base of the errors a user may read.

An error carries an English message template and its parameters, not a finished
sentence, so the user interface can translate the template before filling it in.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """An error meant for the user: bad input, a forbidden action, an unavailable database."""

    template: str = "Something went wrong."

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in English (the UI translates ``template`` instead)."""
        return self.template.format(**self.params)
