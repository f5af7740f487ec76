"""The shop's requisites: check digits of ИНН and ОГРН, who may change them, stale saves,
the logo, and a round trip."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk_app.models import AuditEntry, Role
from desk_app.models.price_list import DEFAULT_WARRANTY_TEXT
from desk_app.services import shop_requisites
from desk_app.services.errors import PermissionDenied, StaleEdit
from desk_app.services.form_fields import InvalidForm
from desk_app.services.shop_requisites import (
    MAX_LOGO_BYTES,
    PNG_SIGNATURE,
    ShopRequisites,
    inn_is_valid,
    ogrn_is_valid,
)

LOGO = PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + bytes(20)


def filled(loaded: ShopRequisites, **changes: object) -> ShopRequisites:
    """A believable form over what was loaded, with ``changes`` on top."""
    form = replace(
        loaded,
        shop_name="Автосервис Пример",
        legal_form="ООО",
        tax_id="7715483020",
        registration_number="1187746527319",
        address="127247, г. Москва, Дмитровское ш., д. 100, стр. 2",
        phone="8 (495) 780-12-34",
        email="priemka@avtoservis-primer.ru",
        logo_png=LOGO,
        warranty_text="Гарантия на работы — по срокам каждой работы.",
    )
    return replace(form, **changes)


def refused_fields(db, actor, form: ShopRequisites) -> list[str]:
    with pytest.raises(InvalidForm) as refused:
        shop_requisites.save_requisites(db, actor, form)
    return refused.value.fields


@pytest.mark.parametrize(
    "inn",
    [
        "7707083893",  # a real organisation's
        "7715483020",
        "7700000070",  # the weighted sum leaves 10 by 11: the check digit is 0
        "500100732259",  # an entrepreneur's
        "771512345691",
    ],
)
def test_valid_inns(inn):
    assert inn_is_valid(inn)


@pytest.mark.parametrize(
    "inn",
    [
        "7707083894",  # last digit off by one
        "7700000071",  # 10 taken as the digit instead of 0
        "500100732269",  # 11th digit wrong
        "500100732258",  # 12th digit wrong
        "770708389",  # 9 digits
        "77070838930",  # 11 digits
        "5001007322590",  # 13 digits
        "77070838 3",
        "７７０７０８３８９３",  # full-width digits: the service folds them, this does not
        "",
    ],
)
def test_invalid_inns(inn):
    assert not inn_is_valid(inn)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("1027700132195", True),  # a real ОГРН
        ("1027700132194", False),
        ("1187746000090", True),  # the first 12 digits leave 10 by 11: check digit 0
        ("1187746000091", False),
        ("304500116000157", True),  # a real ОГРНИП
        ("304500116000158", False),
        ("304500116000072", True),  # the first 14 digits leave 12 by 13: check digit 2
        ("304500116000071", False),
        ("102770013219", False),  # 12 digits
        ("10277001321950", False),  # 14 digits
        ("3045001160001570", False),  # 16 digits
        ("1O27700132195", False),
    ],
)
def test_ogrn_check_digit(number, valid):
    assert ogrn_is_valid(number) is valid


def test_a_new_database_has_the_default_warranty_and_no_name(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    assert loaded.shop_name == loaded.tax_id == loaded.phone == ""
    assert loaded.logo_png is None
    assert loaded.warranty_text == DEFAULT_WARRANTY_TEXT


def test_round_trip_and_audit(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    saved = shop_requisites.save_requisites(
        db, manager, filled(loaded, tax_id=" 7715 483020 ", registration_number="1187746 527319")
    )
    assert saved.version > loaded.version
    assert saved.phone == "+74957801234"
    assert saved.tax_id == "7715483020"
    assert saved.registration_number == "1187746527319"
    assert shop_requisites.load_requisites(db, manager) == saved
    assert saved == replace(
        filled(loaded), phone="+74957801234", version=saved.version
    )  # everything else as typed
    with db.transaction() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "requisites")).one()
        assert entry.entity == "shop_settings"
        assert entry.staff_id == manager.id
        assert "logo_png" in entry.details["changed"]
        assert "version" not in entry.details["changed"]


def test_empty_numbers_phone_and_logo_are_allowed(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    form = filled(loaded, tax_id="", registration_number="", phone=" ", logo_png=None)
    saved = shop_requisites.save_requisites(db, manager, form)
    assert (saved.tax_id, saved.registration_number, saved.phone) == ("", "", "")
    assert saved.logo_png is None


def test_a_full_width_inn_is_read_as_plain_digits(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    typed = "７７１５４８３０２０"  # from a Chinese keyboard
    saved = shop_requisites.save_requisites(db, manager, filled(loaded, tax_id=typed))
    assert saved.tax_id == "7715483020"


def test_an_entrepreneur(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    form = filled(
        loaded, legal_form="ИП", tax_id="500100732259", registration_number="304500116000157"
    )
    assert shop_requisites.save_requisites(db, manager, form).legal_form == "ИП"


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"shop_name": "   "}, ["shop_name"]),
        ({"shop_name": "x" * 201}, ["shop_name"]),
        ({"tax_id": "7715483021"}, ["tax_id"]),
        ({"tax_id": "771548302"}, ["tax_id"]),
        ({"tax_id": "77154830AB"}, ["tax_id"]),
        ({"registration_number": "1187746527318"}, ["registration_number"]),
        ({"registration_number": "11877465273"}, ["registration_number"]),
        # an organisation's ИНН with an entrepreneur's ОГРНИП
        ({"registration_number": "304500116000157"}, ["registration_number"]),
        ({"phone": "12"}, ["phone"]),
        ({"phone": "+7 495 ★ 780"}, ["phone"]),
        ({"address": "д" * 301}, ["address"]),
        ({"warranty_text": "w" * 4001}, ["warranty_text"]),
        ({"shop_name": "", "tax_id": "1", "phone": "12"}, ["shop_name", "tax_id", "phone"]),
    ],
)
def test_bad_values_are_named_by_field(db, manager, changes, fields):
    loaded = shop_requisites.load_requisites(db, manager)
    assert refused_fields(db, manager, filled(loaded, **changes)) == fields
    assert shop_requisites.load_requisites(db, manager) == loaded


def test_the_logo_must_be_a_png(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    jpeg = b"\xff\xd8\xff\xe0" + bytes(100)
    assert refused_fields(db, manager, filled(loaded, logo_png=jpeg)) == ["logo_png"]
    truncated = PNG_SIGNATURE[:-1]
    assert refused_fields(db, manager, filled(loaded, logo_png=truncated)) == ["logo_png"]


def test_the_logo_may_be_one_megabyte_and_no_more(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    largest = PNG_SIGNATURE + bytes(MAX_LOGO_BYTES - len(PNG_SIGNATURE))
    with pytest.raises(InvalidForm) as refused:
        shop_requisites.save_requisites(db, manager, filled(loaded, logo_png=largest + b"\x00"))
    assert refused.value.fields == ["logo_png"]
    assert refused.value.message == "The logo may be at most 1 MB."
    saved = shop_requisites.save_requisites(db, manager, filled(loaded, logo_png=largest))
    assert saved.logo_png == largest


def test_anyone_reads_only_the_manager_saves(db, make_actor):
    for role in (Role.RECEPTIONIST, Role.MECHANIC, Role.PARTS_CLERK):
        person = make_actor(role)
        loaded = shop_requisites.load_requisites(db, person)
        with pytest.raises(PermissionDenied):
            shop_requisites.save_requisites(db, person, filled(loaded))


def test_a_save_in_between_is_not_overwritten(db, manager):
    seen = shop_requisites.load_requisites(db, manager)
    shop_requisites.save_requisites(db, manager, filled(seen))
    with pytest.raises(StaleEdit):
        shop_requisites.save_requisites(db, manager, filled(seen, shop_name="Другой"))
    assert shop_requisites.load_requisites(db, manager).shop_name == "Автосервис Пример"
