"""Whether the intake form can be saved, and what to say beside the Save button if not.

The rules are the service's: ``check_form`` (what needs no database) and the odometer
check against the car's last reading. The form adds the problems only it can see (a table
cell that is not a number) and the ones still shown beside fields since the user left them
or since the last save was refused (a phone already on another card).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app import clock
from desk_app.services.errors import ValidationError
from desk_app.services.form_fields import Collector
from desk_app.services.intake_form import IntakeForm, check_form
from desk_app.services.validation import OdometerCheck
from desk_app.ui.intake.fields import FieldMessages, problem_error

CONTEXT = "IntakeReadiness"
PARTS: tuple[tuple[str, str], ...] = (
    ("client", QT_TRANSLATE_NOOP("IntakeReadiness", "client")),
    ("new_client", QT_TRANSLATE_NOOP("IntakeReadiness", "client")),
    ("vehicle", QT_TRANSLATE_NOOP("IntakeReadiness", "car")),
    ("new_vehicle", QT_TRANSLATE_NOOP("IntakeReadiness", "car")),
    ("odometer_km", QT_TRANSLATE_NOOP("IntakeReadiness", "odometer")),
    ("fuel_level", QT_TRANSLATE_NOOP("IntakeReadiness", "fuel level")),
    ("complaints", QT_TRANSLATE_NOOP("IntakeReadiness", "complaints or a work")),
    ("works", QT_TRANSLATE_NOOP("IntakeReadiness", "works")),
    ("client_parts", QT_TRANSLATE_NOOP("IntakeReadiness", "client's parts")),
    ("completeness", QT_TRANSLATE_NOOP("IntakeReadiness", "left in the car")),
    ("inspection", QT_TRANSLATE_NOOP("IntakeReadiness", "inspection")),
    ("damage_marks", QT_TRANSLATE_NOOP("IntakeReadiness", "damage marks")),
    ("estimate", QT_TRANSLATE_NOOP("IntakeReadiness", "estimate")),
    ("prepayment", QT_TRANSLATE_NOOP("IntakeReadiness", "prepayment")),
    ("promised_at", QT_TRANSLATE_NOOP("IntakeReadiness", "promised time")),
    ("appointment_id", QT_TRANSLATE_NOOP("IntakeReadiness", "appointment")),
)


def form_problems(
    form: IntakeForm,
    odometer: OdometerCheck,
    local: Iterable[tuple[str, str]] = (),
    shown: FieldMessages | None = None,
) -> list[ValidationError]:
    """Everything that stops ``form`` from being saved, before asking the database.

    ``local`` are (field, template) the form alone can see; ``shown`` holds the errors
    still beside their fields (a refused save's "phone on another card").
    """
    errors = Collector()
    check_form(form, clock.now(), errors)
    problems = list(errors.errors)
    problems += [problem_error(p) for p in odometer.problems if p.blocks_saving]
    problems += [ValidationError(field, template) for field, template in local]
    if shown is not None:
        seen = {problem.field for problem in problems}
        problems += [
            ValidationError(field, "{text}", text=shown.text(field))
            for field in shown.error_fields()
            if field not in seen and shown.widget(field) is not None
        ]
    return problems


def part_name(field: str) -> str:
    """The part of the form a field belongs to, as the hint names it ("client", "car"…)."""
    head = field.split(".", 1)[0]
    for prefix, name in PARTS:
        if head == prefix:
            return QCoreApplication.translate(CONTEXT, name)
    return QCoreApplication.translate("IntakeReadiness", "other")


def missing_text(fields: Iterable[str]) -> str:
    """ "To save, complete: client · car · odometer" — each part named once, in form order."""
    order = {prefix: index for index, (prefix, _name) in enumerate(PARTS)}
    heads = sorted({f.split(".", 1)[0] for f in fields}, key=lambda h: order.get(h, len(order)))
    names = list(dict.fromkeys(part_name(head) for head in heads))
    if not names:
        return ""
    return QCoreApplication.translate("IntakeReadiness", "To save, complete: {parts}").format(
        parts=" · ".join(names)
    )
