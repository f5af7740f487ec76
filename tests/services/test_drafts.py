"""Drafts of the intake form: kept while typing, offered back, never blocking the desk."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desk_app import clock
from desk_app.models import ClientKind, DamageKind, InspectionState, Role
from desk_app.services import drafts
from desk_app.services.damage import MarkData
from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.services.intake_form import (
    ClientPart,
    InspectionEntry,
    IntakeForm,
    NewClient,
    NewVehicle,
    WorkItem,
)
from tests.conftest import FIXED_NOW
from tests.factories import make_staff

FULL_FORM = IntakeForm(
    new_client=NewClient(
        kind=ClientKind.COMPANY,
        company_name="ООО «Ромашка» 🌼",
        phones=("+7 495 000-11-22", "8 916 1"),
        email="office@romashka.ru",
        consent_to_contact=True,
        referral_source="Сайт",
    ),
    new_vehicle=NewVehicle("Kia", "Rio", 2020, "м456ор199", "Z94CB41AAGR323020", "G4FC", "Синий"),
    odometer_km=88_000,
    odometer_rollback_confirmed=True,
    fuel_level=62,
    complaints="Не заводится на холодную\nи дёргается 🚗",
    works=(
        WorkItem("Диагностика", Decimal("0.50"), Decimal("2900.00"), 3),
        WorkItem("Свечи", Decimal("0.6"), Decimal("2900.005")),
    ),
    client_parts=(ClientPart("Свеча NGK", "BKR6E-11", Decimal("4.125")),),
    completeness=("Spare wheel", "Documents"),
    inspection=(InspectionEntry("Battery", InspectionState.URGENT, "Не держит заряд"),),
    damage_marks=(MarkData(DamageKind.CHIP, 0.125, 0.875, "лобовое"),),
    estimate=Decimal("12345.67"),
    prepayment=Decimal("0.1"),
    promised_at=(FIXED_NOW + timedelta(hours=30)).astimezone(ZoneInfo("Asia/Shanghai")),
    appointment_id=17,
)


def test_a_form_survives_a_round_trip_through_a_draft_exactly(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    payload = drafts.form_to_payload(FULL_FORM)
    payload["ui"] = {"search": "романш", "tab": 2}

    drafts.save_draft(any_db, desk, payload)
    draft = drafts.pending_draft(any_db, desk)

    assert draft is not None
    assert draft.updated_at == FIXED_NOW
    assert draft.payload["ui"] == {"search": "романш", "tab": 2}
    restored = drafts.payload_to_form(draft.payload)
    assert restored == FULL_FORM
    assert restored.works[1].rate == Decimal("2900.005")  # as typed: the service rounds on save
    assert restored.promised_at.utcoffset() == timedelta(hours=8)


def test_an_empty_form_round_trips_too():
    assert drafts.payload_to_form(drafts.form_to_payload(IntakeForm())) == IntakeForm()


def test_saving_again_replaces_the_persons_one_draft(any_db, fixed_clock):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    other = make_staff(any_db, Role.MASTER)
    first = drafts.save_draft(any_db, desk, {"form": {"complaints": "Стук"}})
    clock.set_source(lambda: FIXED_NOW + timedelta(seconds=5))
    second = drafts.save_draft(any_db, desk, {"form": {"complaints": "Стук спереди"}})

    assert first == second
    draft = drafts.pending_draft(any_db, desk)
    assert draft.payload == {"form": {"complaints": "Стук спереди"}}
    assert draft.updated_at == FIXED_NOW + timedelta(seconds=5)
    assert draft.version == 2
    assert drafts.pending_draft(any_db, other) is None


def test_a_discarded_draft_is_not_offered_again(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    drafts.discard_draft(db, desk)  # nothing to discard is fine
    drafts.save_draft(db, desk, drafts.form_to_payload(FULL_FORM))
    drafts.discard_draft(db, desk)
    assert drafts.pending_draft(db, desk) is None


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"form": None},
        {"form": "garbage"},
        {"format": 99, "form": {"works": "x", "inspection": [None, 5]}},
        {
            "form": {
                "odometer_km": "12a",
                "fuel_level": True,
                "estimate": "abc",
                "prepayment": "NaN",
                "promised_at": "tomorrow",
                "new_client": {"kind": "alien", "phones": [1, "+7"]},
                "damage_marks": [{"kind": "dent"}, {"kind": "bite", "x": 0.1, "y": 0.1}],
                "inspection": [{"name": "Lights", "state": "broken"}],
            }
        },
        {"form": {"promised_at": "2026-11-24T10:00:00"}},
    ],
    ids=["empty", "none", "text", "wrong-types", "bad-values", "naive-time"],
)
def test_a_damaged_draft_still_opens_with_what_can_be_read(payload):
    form = drafts.payload_to_form(payload)
    assert isinstance(form, IntakeForm)
    assert form.promised_at is None
    assert form.damage_marks == ()
    if form.new_client is not None:
        assert form.new_client.kind is ClientKind.PERSON
        assert form.new_client.phones == ("", "+7")
    if form.inspection:
        assert form.inspection[0].state is InspectionState.OK


def test_a_draft_must_be_json_and_of_a_sane_size(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    with pytest.raises(ValidationError):
        drafts.save_draft(db, desk, {"form": {"estimate": Decimal("1")}})
    with pytest.raises(ValidationError):
        drafts.save_draft(db, desk, {"form": {"complaints": "а" * drafts.MAX_PAYLOAD_CHARS}})
    assert drafts.pending_draft(db, desk) is None


def test_only_people_who_accept_cars_keep_drafts(db):
    mechanic = make_staff(db, Role.MECHANIC)
    for call in (
        lambda: drafts.save_draft(db, mechanic, {}),
        lambda: drafts.pending_draft(db, mechanic),
        lambda: drafts.discard_draft(db, mechanic),
    ):
        with pytest.raises(PermissionDenied):
            call()
