"""The demo shop's people: its staff in every role and bay, and its clients with their cards.

Clients are people (about nine in ten) and companies with a fleet; some are regulars who
come four or more times a year. Each client's visit times are chosen here, with the card;
the cars and the orders of those visits come in later stages.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from desk_app.models import (
    Bay,
    Client,
    ClientKind,
    ClientPhone,
    ContactChannel,
    Department,
    DepartmentKind,
    Role,
    Staff,
    StaffRole,
)
from desk_app.services import passwords
from desk_app.services.demo.catalogue import names
from desk_app.services.demo.records import ShopClient
from desk_app.services.demo.shop import Shop, picker
from desk_app.services.demo.writer import DemoStage
from desk_app.services.permissions import PERMISSIONS, Action
from desk_app.services.staff import home_department

DEMO_PASSWORD = "demo"


def hire_staff(shop: Shop) -> None:
    shop.progress(DemoStage.STAFF)
    w = shop.writer
    for kind, dept_id in shop.session.execute(select(Department.kind, Department.id)):
        shop.departments[kind] = dept_id
    for kind in DepartmentKind:
        if kind not in shop.departments:
            shop.departments[kind] = w.add(Department, kind=kind, name=kind.value.title())
    password_hash = passwords.hash_password(DEMO_PASSWORD)
    used: set[str] = set()
    for member in names.STAFF:
        role = Role(member.role)
        name = shop.unique(used, functools.partial(person_name, shop, member.female))
        staff_id = w.add(
            Staff,
            full_name=name,
            position=member.position,
            department_id=shop.departments[home_department([role])],
            password_hash=password_hash,
            active=True,
            created_at=shop.start - timedelta(days=shop.rng.randint(30, 2500)),
        )
        w.add(StaffRole, staff_id=staff_id, role=role)
        shop.staff[role].append(staff_id)
        shop.names[staff_id] = name
        shop.department_of[staff_id] = home_department([role])
        if Action.FILE_REQUEST in PERMISSIONS[role]:
            shop.filers.add(staff_id)
        if member.position == "Автоэлектрик-диагност":
            shop.specialists["diag"] = staff_id
        elif member.position == "Шиномонтажник":
            shop.specialists["tyre"] = staff_id
    existing = set(shop.session.scalars(select(Bay.name)))
    for name in names.BAY_NAMES:
        if name not in existing:
            shop.bays.append(w.add(Bay, name=name, active=True))
    shop.bays = shop.bays or list(shop.session.scalars(select(Bay.id).where(Bay.active)))
    shop.progress(DemoStage.STAFF, 1.0)


def person_name(shop: Shop, female: bool) -> str:
    """Faker's surnames; first names and patronymics from the common ones."""
    fake = shop.fake
    patronymic = fake.random_element(names.PATRONYMICS)
    patronymic = patronymic[:-2] + "на" if female else patronymic
    if female:
        return f"{fake.last_name_female()} {fake.random_element(names.FEMALE_NAMES)} {patronymic}"
    return f"{fake.last_name_male()} {fake.random_element(names.MALE_NAMES)} {patronymic}"


def write_clients(shop: Shop) -> None:
    rng, total = shop.rng, shop.size.clients
    for index in range(total):
        if index % 100 == 0:
            shop.progress(DemoStage.CLIENTS, index / total)
        company = rng.random() < 0.07
        regular = rng.random() < (0.6 if company else 0.15)
        joined, visits = _visit_times(shop, regular, company)
        shop.clients.append(_write_client(shop, company, joined, visits))
    shop.progress(DemoStage.CLIENTS, 1.0)


def _visit_times(shop: Shop, regular: bool, company: bool) -> tuple[datetime, list[datetime]]:
    """When a client comes: regulars 4+ times a year, the others now and then."""
    rng = shop.rng
    joined = shop.start - timedelta(days=rng.uniform(-365 * shop.size.years, 1000))
    first = max(joined, shop.start)
    days: list[datetime] = []
    if regular:
        per_year = rng.uniform(6, 12) if company else rng.uniform(4.3, 7)
        gap = 365 / per_year
        moment = first + timedelta(days=rng.uniform(0, gap))
        while moment < shop.now:
            days.append(moment)
            moment += timedelta(days=max(7.0, gap * rng.uniform(0.6, 1.4)))
    elif rng.random() > 0.05:
        moment = first + timedelta(days=rng.uniform(0, 200))
        if moment > shop.now:
            moment = shop.uniform_time(first, shop.now)
        limit = rng.choice((1, 1, 2, 2, 3, 4))
        while moment < shop.now and len(days) < limit:
            days.append(moment)
            moment += timedelta(days=rng.uniform(130, 600))
    times = [t for t in (shop.visit_time(day) for day in days) if t <= shop.shop_now]
    return joined, sorted(times)


def _write_client(
    shop: Shop, company: bool, joined: datetime, visits: list[datetime]
) -> ShopClient:
    """A card made at the first visit (or the phone call before it), or long ago."""
    rng, fake = shop.rng, shop.fake
    created = min(shop.visit_time(joined), shop.shop_now)
    if visits and joined >= shop.start:
        early = timedelta(days=rng.uniform(1, 10)) if rng.random() < 0.4 else timedelta()
        created = visits[0] - early - timedelta(minutes=rng.uniform(3, 15))
    values: dict[str, Any] = {
        "last_name": "",
        "first_name": "",
        "middle_name": "",
        "company_name": "",
        "tax_id": "",
        "email": "",
        "address": "",
        "birthday": None,
        "notes": "",
    }
    if company:
        form = picker(names.COMPANY_FORMS)(rng)
        if form == "ИП":
            values["company_name"] = "ИП " + person_name(shop, rng.random() < 0.2)
            values["tax_id"] = fake.individuals_inn()
        else:
            stem = rng.choice(names.COMPANY_STEMS) + rng.choice(names.COMPANY_TAILS).lower()
            values["company_name"] = f"{form} «{stem}»"
            values["tax_id"] = fake.businesses_inn()
            values["email"] = f"info@{_translit(stem)}.ru"
        values["address"] = _address(shop)
        contact = person_name(shop, rng.random() < 0.3).split()
        role = rng.choice(names.FLEET_ROLES)
        values["notes"] = f"Контактное лицо: {contact[0]} {contact[1]}, {role}"
        name, channel = values["company_name"], ContactChannel.EMAIL
    else:
        female = rng.random() < 0.28
        last, first_name, middle = person_name(shop, female).split()
        values.update(last_name=last, first_name=first_name, middle_name=middle)
        if rng.random() < 0.85:
            values["birthday"] = shop.now.date() - timedelta(days=rng.randint(19 * 365, 75 * 365))
        if rng.random() < 0.35:
            values["email"] = _email(shop, last, first_name, values["birthday"])
        if rng.random() < 0.25:
            values["address"] = _address(shop)
        if rng.random() < 0.08:
            values["notes"] = rng.choice(names.CLIENT_NOTES)
        name = f"{last} {first_name} {middle}"
        channel = _channel(shop, bool(values["email"]), bool(values["address"]))
    client_id = shop.writer.add(
        Client,
        kind=ClientKind.COMPANY if company else ClientKind.PERSON,
        consent_to_contact=company or rng.random() < 0.85,
        preferred_channel=channel,
        referral_source=picker(names.REFERRALS)(rng),
        created_at=created,
        anonymised_at=None,
        **values,
    )
    _write_phones(shop, client_id, company)
    return ShopClient(client_id, company, name, values["tax_id"], created, visits)


def _write_phones(shop: Shop, client_id: int, company: bool) -> None:
    rng = shop.rng
    numbers = []
    if company:
        landline = shop.unique(
            shop.phones, lambda: "+7" + rng.choice(names.LANDLINE_CODES) + shop.digits(7)
        )
        numbers.append((landline, "офис"))
        numbers.append((_mobile(shop), rng.choice(names.COMPANY_PHONE_LABELS[1:])))
    else:
        numbers.append((_mobile(shop), "мобильный"))
        if rng.random() < 0.2:
            numbers.append((_mobile(shop), rng.choice(names.EXTRA_PHONE_LABELS)))
    for number, label in numbers:
        shop.writer.add(ClientPhone, client_id=client_id, number=number, label=label)


def _mobile(shop: Shop) -> str:
    return shop.unique(
        shop.phones, lambda: "+79" + shop.rng.choice(names.MOBILE_CODES)[1:] + shop.digits(7)
    )


def _email(shop: Shop, last: str, first: str, birthday: date | None) -> str:
    rng = shop.rng
    shape = rng.randint(0, 3)
    login = {
        0: f"{_translit(first)}.{_translit(last)}",
        1: f"{_translit(first)[0]}{_translit(last)}",
        2: f"{_translit(last)}{birthday.year if birthday else rng.randint(70, 99)}",
        3: f"{_translit(last)}_{_translit(first)[:3]}{rng.randint(1, 99)}",
    }[shape]
    return f"{login}@{rng.choice(names.EMAIL_DOMAINS)}"


def _address(shop: Shop) -> str:
    city = picker(names.CITIES)(shop.rng)
    return f"{shop.fake.postcode()}, г. {city}, {shop.fake.street_address()}"


def _channel(shop: Shop, email: bool, address: bool) -> ContactChannel:
    roll = shop.rng.random()
    if roll < 0.45:
        return ContactChannel.PHONE
    if roll < 0.82 or (roll < 0.96 and not email):
        return ContactChannel.SMS
    if roll < 0.96:
        return ContactChannel.EMAIL
    return ContactChannel.POST if address else ContactChannel.PHONE


def _translit(words: str) -> str:
    return "".join(names.TRANSLIT.get(ch, ch) for ch in words.lower() if ch.isalnum())
