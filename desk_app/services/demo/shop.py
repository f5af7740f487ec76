"""What every stage of the demo shares: the clock, the dice, the writer, and what is made.

``Shop`` is handed from stage to stage (staff, clients, vehicles, work orders,
appointments, requests); each stage adds what the later ones refer to. All chance comes
from one seeded ``random.Random`` (and Faker seeded alike), drawn in a fixed order, so the
same seed, clock and time zone give the same shop.
"""

from __future__ import annotations

import functools
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desk_app.models import DepartmentKind, RequestKind, Role, to_money
from desk_app.services.demo.calendar import open_from, open_until, opening
from desk_app.services.demo.catalogue import works
from desk_app.services.demo.records import Order, Request, ShopClient, ShopVehicle, Visit
from desk_app.services.demo.writer import Progress, Writer
from desk_app.services.service_standards import (
    Holidays,
    Standard,
    load_holidays,
    load_standards,
)

if TYPE_CHECKING:
    from desk_app.services.demo import DemoSize


class Pick:
    """A weighted choice prepared once: ``pick(rng)``."""

    def __init__(self, pairs: Iterable[tuple[Any, float]]) -> None:
        self.values, weights = zip(*pairs, strict=True)
        self.cumulative = []
        total = 0.0
        for weight in weights:
            total += weight
            self.cumulative.append(total)

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


@functools.cache
def picker(pairs: tuple[tuple[Any, float], ...]) -> Pick:
    """The prepared weighted choice for a table of the catalogue."""
    return Pick(pairs)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class Shop:
    """The demo shop being built: settings, chance, and what each stage has made so far."""

    def __init__(
        self, session: Session, size: DemoSize, seed: int, now: datetime, progress: Progress
    ) -> None:
        self.session = session
        self.size = size
        self.now = now
        self.shop_now = open_until(now)
        self.start = now - timedelta(days=365 * size.years)
        assert now.tzinfo is not None, "the demo shop lives in its own time zone"
        self.tz: tzinfo = now.tzinfo
        # the departments' agreed standards and closed days, as the database ships them
        self.standards: dict[RequestKind, Standard] = load_standards(session)
        self.holidays: Holidays = load_holidays(session)
        self.rng = random.Random(seed)
        from faker import Faker  # here, not at the top: every start-up imports the package

        self.fake = Faker("ru_RU")
        self.fake.seed_instance(seed)
        self.progress = progress
        self.writer = Writer(session)
        self.price_levels = [Decimal(works.YEARLY_PRICE_RISE) ** k for k in range(size.years + 2)]
        # the staff stage
        self.staff: dict[Role, list[int]] = defaultdict(list)
        self.names: dict[int, str] = {}
        self.department_of: dict[int, DepartmentKind] = {}
        self.filers: set[int] = set()
        """Who may file internal requests (the mechanics may not)."""
        self.specialists: dict[str, int] = {}
        self.departments: dict[DepartmentKind, int] = {}
        self.bays: list[int] = []
        # clients and their cars
        self.clients: list[ShopClient] = []
        self.vehicles: list[ShopVehicle] = []
        self.phones: set[str] = set()
        self.plates: set[str] = set()
        self.vins: set[str] = set()
        # work orders, and what appointments and requests take from them
        self.visits: list[Visit] = []
        self.arrivals: list[tuple[Visit, int, int]] = []
        """Booked visits of the last weeks: (visit, order id, minutes booked)."""
        self.open_orders: list[Order] = []
        self.handed_over: list[tuple[int, int, datetime]] = []
        """(work order id, client id, handed over at) of every car handed over."""
        self.hours: dict[tuple[int, int], dict[int, Decimal]] = defaultdict(
            lambda: defaultdict(Decimal)
        )
        """Norm-hours done per (year, month) and mechanic."""
        self.part_numbers: dict[tuple[str, str, str], str] = {}
        # the desk
        self.requests: list[Request] = []
        self.appointments = 0

    def uniform_time(self, low: datetime, high: datetime) -> datetime:
        return low + (high - low) * self.rng.random()

    def visit_time(self, moment: datetime) -> datetime:
        """A believable arrival time on that day (or the next working one)."""
        day = open_from(moment.replace(hour=0, minute=0)).date()
        hour = self.rng.choices((9, 10, 11, 12, 14, 16, 18), (18, 16, 12, 10, 14, 12, 6))[0]
        return opening(day, self.tz).replace(hour=hour) + timedelta(
            minutes=self.rng.uniform(0, 110 if hour < 18 else 55)
        )

    def on_shift(self, role: Role, moment: datetime) -> int:
        """Receptionists and masters work two days on, two days off, in turn."""
        people = self.staff[role]
        return people[(moment.toordinal() // 2) % len(people)]

    def price(self, base: int | Decimal, moment: datetime, step: int) -> Decimal:
        """Today's ``base`` price as it was at ``moment``: prices rise once a year."""
        years_back = min((self.now - moment).days // 365, len(self.price_levels) - 1)
        value = Decimal(base) / self.price_levels[years_back] / step
        return to_money(value.to_integral_value(ROUND_HALF_UP) * step)

    def unique(self, taken: set[str], make: Callable[[], str]) -> str:
        while (value := make()) in taken:
            pass
        taken.add(value)
        return value

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))
