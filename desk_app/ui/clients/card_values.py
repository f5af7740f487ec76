"""The client's editable fields as the desk reads them, from a saved card or from a typed form.

Both sides give the same captions and the same way of writing each value, so a stale
save can be compared field by field (``card_conflict``) and a form can tell whether
anything was typed at all. Dates in the form are typed with a four-digit year in the
locale's short format; "23.03.1980" and "1980-03-23" are read too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from desk_app.models import ClientKind
from desk_app.services.client_card import ClientCard
from desk_app.services.client_editing import ClientForm
from desk_app.services.validation import check_phone
from desk_app.ui.clients.card_texts import channel_label, tr
from desk_app.ui.labels import client_kind_label, phone_label

translate = QCoreApplication.translate
"""Short, and still found by lupdate with its literal context."""

FIELDS: tuple[tuple[str, str], ...] = (
    ("kind", QT_TRANSLATE_NOOP("ClientCard", "Client is a")),
    ("last_name", QT_TRANSLATE_NOOP("ClientCard", "Last name")),
    ("first_name", QT_TRANSLATE_NOOP("ClientCard", "First name")),
    ("middle_name", QT_TRANSLATE_NOOP("ClientCard", "Middle name")),
    ("birthday", QT_TRANSLATE_NOOP("ClientCard", "Birthday")),
    ("company_name", QT_TRANSLATE_NOOP("ClientCard", "Company name")),
    ("tax_id", QT_TRANSLATE_NOOP("ClientCard", "Tax number")),
    ("contact_person", QT_TRANSLATE_NOOP("ClientCard", "Contact person")),
    ("company_details", QT_TRANSLATE_NOOP("ClientCard", "Company details")),
    ("phones", QT_TRANSLATE_NOOP("ClientCard", "Phones")),
    ("email", QT_TRANSLATE_NOOP("ClientCard", "E-mail")),
    ("address", QT_TRANSLATE_NOOP("ClientCard", "Address")),
    ("preferred_channel", QT_TRANSLATE_NOOP("ClientCard", "Preferred channel")),
    ("consent", QT_TRANSLATE_NOOP("ClientCard", "Reminders and greetings")),
    ("referral_source", QT_TRANSLATE_NOOP("ClientCard", "Who sent the client")),
    ("notes", QT_TRANSLATE_NOOP("ClientCard", "Notes")),
)
PERSON_ONLY = frozenset({"last_name", "first_name", "middle_name", "birthday"})
COMPANY_ONLY = frozenset({"company_name", "contact_person", "company_details"})


def caption(field: str) -> str:
    return tr(dict(FIELDS)[field])


def day_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (birthdays span centuries)."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def format_day(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format())


def parse_day(text: str) -> date | None:
    """A typed date; None for an empty text. Raises ``ValueError`` when it is not a date."""
    text = text.strip()
    if not text:
        return None
    locale = QLocale()
    for pattern in (day_format(locale), "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"):
        found = locale.toDate(text, pattern)
        if found.isValid():
            return date(found.year(), found.month(), found.day())
    raise ValueError(text)


def consent_text(consent: bool) -> str:
    return (
        translate("ClientCard", "Agrees to be reminded")
        if consent
        else translate("ClientCard", "Not to be reminded")
    )


def _phones(numbers: tuple[str, ...]) -> str:
    return ", ".join(phone_label(number) for number in numbers)


def card_values(card: ClientCard) -> dict[str, str]:
    """The card's fields as saved, written as the compare shows them."""
    return {
        "kind": client_kind_label(card.kind),
        "last_name": card.last_name,
        "first_name": card.first_name,
        "middle_name": card.middle_name,
        "birthday": format_day(card.birthday),
        "company_name": card.company_name,
        "tax_id": card.tax_id,
        "contact_person": card.contact_person,
        "company_details": card.company_details,
        "phones": _phones(card.phones),
        "email": card.email,
        "address": card.address,
        "preferred_channel": channel_label(card.preferred_channel),
        "consent": consent_text(card.consent_to_contact),
        "referral_source": card.referral_source,
        "notes": card.notes,
    }


def form_values(form: ClientForm, birthday_text: str) -> dict[str, str]:
    """The typed form written like ``card_values``: what the save would store, as far as
    can be told without the database (phones in E.164 where they can be read)."""
    basics = form.basics
    company = basics.kind is ClientKind.COMPANY
    numbers: list[str] = []
    for typed in basics.phones:
        value = check_phone(typed).value or " ".join(typed.split())
        if value and value not in numbers:
            numbers.append(value)
    values = {
        "kind": client_kind_label(basics.kind),
        "last_name": basics.last_name,
        "first_name": basics.first_name,
        "middle_name": basics.middle_name,
        "birthday": format_day(form.birthday) if form.birthday else birthday_text.strip(),
        "company_name": basics.company_name,
        "tax_id": form.tax_id,
        "contact_person": form.contact_person,
        "company_details": form.company_details,
        "phones": _phones(tuple(numbers)),
        "email": basics.email,
        "address": form.address,
        "preferred_channel": channel_label(form.preferred_channel),
        "consent": consent_text(basics.consent_to_contact),
        "referral_source": basics.referral_source,
        "notes": form.notes,
    }
    hidden = PERSON_ONLY if company else COMPANY_ONLY
    for name in hidden:
        values[name] = ""
    multi_line = ("company_details", "notes")
    return {
        name: text.strip() if name in multi_line else " ".join(text.split())
        for name, text in values.items()
    }
