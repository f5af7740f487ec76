"""A lean card file for the search benchmark: many clients, their phones and cars, fast.

The demo shop writes three years of work orders for each client (~3,000 clients in 10 s);
the search needs only clients, phones and cars, so this writes just those, through the
demo's bulk ``Writer`` (Core inserts on SQLite, COPY on PostgreSQL) — the same path whose
rows the search index's triggers must catch. Names come from Faker ru_RU's surnames and
the demo's common first names; plates, VINs and phones are unique, as on the road.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from faker import Faker

from desk_app.models import Client, ClientKind, ClientPhone, ContactChannel, Vehicle
from desk_app.services.demo.catalogue import cars, names
from desk_app.services.demo.writer import Writer
from desk_app.store.database import Database

CREATED = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
COMPANY_SHARE = 0.06
CARS_PER_CLIENT = ((0, 8), (1, 68), (2, 19), (3, 5))
"""How many cars a client has on file (count, weight): 1.2 on average, a few none."""


class CardFile:
    """Draws unique, realistic details from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        faker = Faker("ru_RU")
        faker.seed_instance(seed)
        self.male = sorted({faker.last_name_male() for _ in range(4000)})
        self.female = sorted({faker.last_name_female() for _ in range(4000)})
        self.models = [(make.name, model) for make in cars.MAKES for model in make.models]
        self.weights = [make.weight * model.weight for make in cars.MAKES for model in make.models]
        self.used: set[str] = set()

    def unique(self, draw: object) -> str:
        while (value := draw()) in self.used:  # type: ignore[operator]
            pass
        self.used.add(value)
        return value

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def phone(self) -> str:
        return self.unique(lambda: "+79" + self.rng.choice(names.MOBILE_CODES)[1:] + self.digits(7))

    def plate(self) -> str:
        def draw() -> str:
            letter = lambda: self.rng.choice(cars.PLATE_LETTERS)  # noqa: E731
            region = self.rng.choice(cars.PLATE_REGIONS)[0]
            return f"{letter()}{self.digits(3)}{letter()}{letter()}{region}"

        return self.unique(draw)

    def vin(self, wmi: str, vds: str) -> str:
        tail = lambda: "".join(self.rng.choice(cars.VIN_LETTERS) for _ in range(9))  # noqa: E731
        return self.unique(lambda: (wmi + vds + tail())[:17])

    def person(self) -> dict[str, str]:
        female = self.rng.random() < 0.3
        patronymic = self.rng.choice(names.PATRONYMICS)
        return {
            "last_name": self.rng.choice(self.female if female else self.male),
            "first_name": self.rng.choice(names.FEMALE_NAMES if female else names.MALE_NAMES),
            "middle_name": patronymic[:-2] + "на" if female else patronymic,
        }


def fill(db: Database, clients: int, seed: int = 2026) -> None:
    """Add ``clients`` clients with their phones and cars in one transaction."""
    card = CardFile(seed)
    rng = card.rng
    counts, weights = zip(*CARS_PER_CLIENT, strict=True)
    with db.transaction() as session:
        writer = Writer(session)
        for _ in range(clients):
            company = rng.random() < COMPANY_SHARE
            person = {"last_name": "", "first_name": "", "middle_name": ""}
            if company:
                stem = rng.choice(names.COMPANY_STEMS) + rng.choice(names.COMPANY_TAILS).lower()
                name = f"{rng.choice(names.COMPANY_FORMS)[0]} «{stem}»"
            else:
                name, person = "", card.person()
            client_id = writer.add(
                Client,
                kind=ClientKind.COMPANY if company else ClientKind.PERSON,
                company_name=name,
                tax_id="",
                email=f"client{rng.randrange(10**6)}@mail.ru" if rng.random() < 0.35 else "",
                address="",
                birthday=None,
                consent_to_contact=True,
                preferred_channel=ContactChannel.PHONE,
                referral_source="",
                notes="",
                created_at=CREATED,
                anonymised_at=None,
                **person,
            )
            for _phone in range(1 + (rng.random() < 0.2)):
                writer.add(ClientPhone, client_id=client_id, number=card.phone(), label="")
            for _car in range(rng.choices(counts, weights)[0]):
                make, model = rng.choices(card.models, card.weights)[0]
                writer.add(
                    Vehicle,
                    owner_id=client_id,
                    make=make,
                    model=model.name,
                    year=rng.randint(*model.years),
                    plate=card.plate(),
                    vin=card.vin(model.wmi, model.vds),
                    engine_number="",
                    colour="",
                    bought_here=False,
                    created_at=CREATED,
                )
        writer.flush()
        writer.reset_sequences()
