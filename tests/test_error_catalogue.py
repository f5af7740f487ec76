"""The error catalogue lupdate reads holds every error template of the code, and no other.

A template added to a service (a new ``ValidationError`` message) fails here until the
catalogue is regenerated with ``python -m tests.error_templates --write``; without it the
message would never reach the .ts files and would show in English.
"""

from __future__ import annotations

import ast
import textwrap

from tests import error_templates
from tests.error_templates import (
    CATALOGUE,
    Finder,
    catalogued_templates,
    find_templates,
    unresolved_templates,
)


def test_the_catalogue_lists_exactly_the_templates_of_the_code():
    found = set(find_templates())
    listed = catalogued_templates()
    assert len(listed) == len(set(listed)), "a template is listed twice"
    missing = sorted(found - set(listed))
    stale = sorted(set(listed) - found)
    hint = "run: python -m tests.error_templates --write"
    assert not missing, f"not in {CATALOGUE.name} ({hint}): {missing}"
    assert not stale, f"no longer in the code ({hint}): {stale}"


def test_what_cannot_be_read_statically_is_shown():
    unresolved = unresolved_templates()
    print("template arguments not read statically:", *unresolved, sep="\n  ")
    assert all(": " in where for where in unresolved)


def test_the_catalogue_is_in_the_errors_context():
    tree = ast.parse(CATALOGUE.read_text(encoding="utf-8"))
    contexts = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    assert contexts == {"Errors"}


def _finder_over(tmp_path, monkeypatch, files: dict[str, str]) -> Finder:
    package = tmp_path / "desk_app"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.setattr(error_templates, "ROOT", tmp_path)
    monkeypatch.setattr(error_templates, "PACKAGE", package)
    monkeypatch.setattr(error_templates, "CATALOGUE", package / "ui" / "error_catalogue.py")
    return Finder()


ERRORS = """
    class DeskError(Exception):
        template = "Something went wrong."
        def __init__(self, template=None, /, **params): ...
    class ValidationError(DeskError):
        def __init__(self, field, template, /, **params): ...
    class NotFound(DeskError):
        template = "The {what} no longer exists."
        SAVED_BY = "Saved by {who}."
"""


def test_each_way_a_template_reaches_an_error_is_found(tmp_path, monkeypatch):
    found = _finder_over(
        tmp_path,
        monkeypatch,
        {
            "errors.py": ERRORS,
            "consts.py": 'SHARED = "Imported constant."\n',
            "service.py": """
                from desk_app.errors import DeskError, NotFound, ValidationError
                from desk_app.consts import SHARED
                LOCAL = "Module constant."
                REASONS = {1: "From a dict.", 2: "Also from a dict."}
                def check(field, text, *, required=None):
                    if not text and required:
                        raise ValidationError(field, required)
                def run(kind):
                    check("name", "", required="Keyword-only, handed on.")
                    raise ValidationError("name", "Second positional, " "concatenated.")
                    raise DeskError(LOCAL)
                    raise DeskError(SHARED)
                    raise NotFound(NotFound.SAVED_BY, who="x")
                    message = REASONS.get(kind, "The default.")
                    raise DeskError(message)
                    raise DeskError(f"An {kind} f-string.")
                    raise ValidationError("field-name-not-a-template", "Field second.")
                    raise NotFound(what="car")
            """,
        },
    ).find()
    assert found.templates == {
        "Something went wrong.",
        "The {what} no longer exists.",
        "Keyword-only, handed on.",
        "Second positional, concatenated.",
        "Module constant.",
        "Imported constant.",
        "Saved by {who}.",
        "From a dict.",
        "Also from a dict.",
        "The default.",
        "Field second.",
    }
    assert [where.split(": ", 1)[1] for where in found.unresolved] == ["f'An {kind} f-string.'"]


def test_a_same_named_helper_elsewhere_is_no_template_sink(tmp_path, monkeypatch):
    found = _finder_over(
        tmp_path,
        monkeypatch,
        {
            "errors.py": ERRORS,
            "problems.py": """
                def warning(field, template, /, **params): ...
                class Collector:
                    def add(self, field, template, /, **params): ...
            """,
            "other.py": """
                import logging
                log = logging.getLogger()
                def grid(layout):
                    log.warning("Not a template: %s", "nor this")
                    layout.add("Caption, not a template", "widget", 0, 1)
            """,
            "user.py": """
                from desk_app.problems import warning
                def check(errors):
                    warning("field", "A real warning.")
                    errors.add("field", "A real problem.")
            """,
        },
    ).find()
    assert found.templates == {
        "Something went wrong.",
        "The {what} no longer exists.",
        "A real warning.",
        "A real problem.",
    }
    assert found.unresolved == []


def test_a_template_without_words_is_left_out():
    assert not error_templates.readable("{text}")
    assert error_templates.readable("Enter {what}.")
