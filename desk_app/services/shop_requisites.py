"""The shop's own requisites: what every printed document says about who did the work.

Anyone at the desk reads them (every document prints them); only the manager changes them,
in Admin. The numbers are checked by their check digits, since a typo in an ИНН or ОГРН on
an acceptance act is a legal nuisance that nobody notices until a dispute.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy.orm import Session

from desk_app.models import ShopSettings
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services import audit
from desk_app.services.errors import StaleEdit
from desk_app.services.form_fields import (
    Collector,
    column_length,
    flush_versioned,
    free_text,
    one_line,
)
from desk_app.services.permissions import Action, Actor
from desk_app.services.price_list import rates_in
from desk_app.services.validation import check_phone
from desk_app.services.validation.text import canonical
from desk_app.store.database import Database

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 1024 * 1024
MAX_WARRANTY_CHARS = 4000
WHAT = "shop's details"
"""How a stale save names what it refused."""

_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_FIRST = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_SECOND = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


@dataclass(frozen=True)
class ShopRequisites:
    """The shop as documents name it; ``version`` is the row's, handed back on save."""

    shop_name: str
    legal_form: str
    tax_id: str
    """ИНН, digits only; "" if not set."""
    registration_number: str
    """ОГРН or ОГРНИП, digits only; "" if not set."""
    address: str
    phone: str
    """E.164 as stored (``validation.format_phone`` shows it); as typed on save."""
    email: str
    logo_png: bytes | None
    warranty_text: str
    version: int


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_is_valid(inn: str) -> bool:
    """Whether ``inn`` is a 10-digit (organisation) or 12-digit (entrepreneur) ИНН whose
    check digits match."""
    if not inn.isascii() or not inn.isdigit():
        return False
    if len(inn) == 10:
        return _check_digit(inn, _INN10) == int(inn[9])
    if len(inn) == 12:
        return _check_digit(inn, _INN12_FIRST) == int(inn[10]) and _check_digit(
            inn, _INN12_SECOND
        ) == int(inn[11])
    return False


def ogrn_is_valid(number: str) -> bool:
    """Whether ``number`` is an ОГРН (13 digits) or ОГРНИП (15 digits) whose check digit
    matches: the rest of the leading digits by 11 (ОГРН) or 13 (ОГРНИП), last digit."""
    if not number.isascii() or not number.isdigit():
        return False
    if len(number) == 13:
        return int(number[:12]) % 11 % 10 == int(number[12])
    if len(number) == 15:
        return int(number[:14]) % 13 % 10 == int(number[14])
    return False


def _row(session: Session) -> ShopSettings:
    rates_in(session)  # makes the row if a hand-edited database lacks it
    settings = session.get(ShopSettings, SHOP_SETTINGS_ID)
    assert settings is not None
    return settings


def _requisites(s: ShopSettings) -> ShopRequisites:
    return ShopRequisites(
        shop_name=s.shop_name,
        legal_form=s.legal_form,
        tax_id=s.tax_id,
        registration_number=s.registration_number,
        address=s.address,
        phone=s.phone,
        email=s.email,
        logo_png=s.logo_png,
        warranty_text=s.warranty_text,
        version=s.version,
    )


def load_requisites(db: Database, actor: Actor) -> ShopRequisites:
    """Readable by anyone logged in (``actor`` needs no action): every document shows them."""
    with db.transaction() as session:
        return _requisites(_row(session))


def _line(errors: Collector, field: str, text: str, required: str | None = None) -> str:
    with errors.check():
        return one_line(field, text, column_length(getattr(ShopSettings, field)), required=required)
    return text


def _number(errors: Collector, field: str, text: str) -> str:
    """Digits as typed, spaces dropped (numbers are copied so from certificates) and
    full-width digits made plain."""
    return "".join(canonical(_line(errors, field, text)).split())


def check_requisites(form: ShopRequisites, errors: Collector) -> ShopRequisites:
    """The form cleaned; each problem noted in ``errors`` under its field's name."""
    name = _line(errors, "shop_name", form.shop_name, "Enter the shop's name.")
    inn = _number(errors, "tax_id", form.tax_id)
    if inn and not errors.has("tax_id"):
        if not (inn.isascii() and inn.isdigit() and len(inn) in (10, 12)):
            errors.add("tax_id", "An INN has 10 digits (an organisation) or 12 (an entrepreneur).")
        elif not inn_is_valid(inn):
            errors.add("tax_id", "The check digits of this INN do not match: look for a typo.")
    ogrn = _number(errors, "registration_number", form.registration_number)
    if ogrn and not errors.has("registration_number"):
        if not (ogrn.isascii() and ogrn.isdigit() and len(ogrn) in (13, 15)):
            errors.add(
                "registration_number",
                "An OGRN has 13 digits; an entrepreneur's OGRNIP has 15.",
            )
        elif not ogrn_is_valid(ogrn):
            errors.add(
                "registration_number",
                "The check digit of this number does not match: look for a typo.",
            )
        elif inn_is_valid(inn) and (len(inn) == 10) != (len(ogrn) == 13):
            errors.add(
                "registration_number",
                "An organisation has a 10-digit INN and a 13-digit OGRN; an entrepreneur "
                "a 12-digit INN and a 15-digit OGRNIP.",
            )
    phone = _line(errors, "phone", form.phone)
    if not errors.has("phone"):
        check = check_phone(phone, field="phone")
        if errors.result(check):
            phone = check.value
    warranty = form.warranty_text
    with errors.check():
        warranty = free_text("warranty_text", form.warranty_text, MAX_WARRANTY_CHARS)
    logo = form.logo_png or None
    if logo is not None:
        if not logo.startswith(PNG_SIGNATURE):
            errors.add("logo_png", "The logo must be a PNG image.")
        elif len(logo) > MAX_LOGO_BYTES:
            errors.add("logo_png", "The logo may be at most {limit} MB.", limit=1)
    return replace(
        form,
        shop_name=name,
        legal_form=_line(errors, "legal_form", form.legal_form),
        tax_id=inn,
        registration_number=ogrn,
        address=_line(errors, "address", form.address),
        phone=phone,
        email=_line(errors, "email", form.email),
        logo_png=logo,
        warranty_text=warranty,
    )


def save_requisites(db: Database, actor: Actor, form: ShopRequisites) -> ShopRequisites:
    """Save the whole form; ``form.version`` is the version it was loaded with."""
    actor.require(Action.MANAGE_SETTINGS)
    errors = Collector()
    clean = check_requisites(form, errors)
    errors.raise_if_any()
    with db.transaction() as session:
        s = _row(session)
        if s.version != form.version:
            raise StaleEdit(what=WHAT)
        before = _requisites(s)
        names = [f.name for f in fields(ShopRequisites) if f.name != "version"]
        changed = [name for name in names if getattr(before, name) != getattr(clean, name)]
        for field in changed:
            setattr(s, field, getattr(clean, field))
        flush_versioned(session, WHAT)
        audit.record(session, actor, "shop_settings", s.id, "requisites", changed=changed)
        return _requisites(s)
