"""The clients' cars: make and model as common on the roads, a real-looking VIN and plate.

A person has one car, rarely two or three; a company has a small fleet. The visits chosen
with the client are shared out among the cars, the first car getting most of them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desk_app.models import Vehicle
from desk_app.services.demo.catalogue import cars
from desk_app.services.demo.records import ShopClient, ShopVehicle
from desk_app.services.demo.shop import Pick, Shop, picker
from desk_app.services.demo.writer import DemoStage

_MODELS = Pick(
    ((make.name, model), make.weight * model.weight / sum(m.weight for m in make.models))
    for make in cars.MAKES
    for model in make.models
)
_VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def write_vehicles(shop: Shop) -> None:
    rng, total = shop.rng, len(shop.clients)
    for index, client in enumerate(shop.clients):
        if index % 100 == 0:
            shop.progress(DemoStage.VEHICLES, index / total)
        if client.company:
            count = rng.choice((2, 2, 3, 3, 4, 5, 6, 8))
        else:
            count = rng.choices((1, 2, 3), (83, 15, 2))[0]
        which = rng.choices(range(count), [3] + [1] * (count - 1), k=len(client.visits))
        client.vehicles = [
            _write_vehicle(
                shop, client, [t for t, w in zip(client.visits, which, strict=True) if w == i], i
            )
            for i in range(count)
        ]
    shop.progress(DemoStage.VEHICLES, 1.0)


def _write_vehicle(
    shop: Shop, client: ShopClient, visits: list[datetime], index: int
) -> ShopVehicle:
    rng, now = shop.rng, shop.now
    make, model = _MODELS(rng)
    newest = min(model.years[1], now.year)
    age = int(rng.expovariate(1 / (3 if client.company else 6)))
    year = max(model.years[0], min(newest, now.year - age))
    built = date(year, rng.randint(1, 12), rng.randint(1, 28))
    if built > now.date():
        built = now.date() - timedelta(days=30)
    bought_here = make in cars.DEALER_MAKES and year >= now.year - 6 and rng.random() < 0.35
    created = client.created_at if index == 0 else shop.uniform_time(client.created_at, now)
    if visits:
        created = max(client.created_at, min(created, visits[0] - timedelta(minutes=2)))
    vin = shop.unique(shop.vins, lambda: _vin(shop, model, year))
    plate = shop.unique(shop.plates, lambda: _plate(shop))
    engine = rng.choice(model.engines) + " " + _engine_serial(shop, model.tier == 0)
    vehicle_id = shop.writer.add(
        Vehicle,
        owner_id=client.id,
        make=make,
        model=model.name,
        year=year,
        plate=plate,
        vin=vin,
        engine_number=engine,
        colour=picker(cars.COLOURS)(rng),
        bought_here=bought_here,
        created_at=created,
    )
    km = rng.randint(25_000, 60_000) if client.company else rng.randint(7_000, 24_000)
    vehicle = ShopVehicle(
        vehicle_id, client, visits, make, model, f"{make} {model.name} {plate}", vin,
        created, bought_here, km, built,
    )  # fmt: skip
    shop.vehicles.append(vehicle)
    return vehicle


def _vin(shop: Shop, model: cars.CarModel, year: int) -> str:
    """WMI and model code from the catalogue, a correct check digit, the year's code."""
    rng, letters = shop.rng, cars.VIN_LETTERS
    plant = "0" if model.wmi == "XTA" else rng.choice(letters)
    year_code = cars.VIN_YEAR_CODES[(year - 1980) % 30]
    body = model.wmi + model.vds + "0" + year_code + plant + shop.digits(6)
    return body[:8] + _vin_check_digit(body) + body[9:]


def _vin_check_digit(vin: str) -> str:
    """ISO 3779 check digit (position 9), as North American VINs carry it."""
    total = sum(
        (int(ch) if ch.isdigit() else _VIN_VALUES[ch]) * weight
        for ch, weight in zip(vin, _VIN_WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def _plate(shop: Shop) -> str:
    letters, rng = cars.PLATE_LETTERS, shop.rng
    region = picker(cars.PLATE_REGIONS)(rng)
    number = rng.randint(1, 999)
    return f"{rng.choice(letters)}{number:03d}{rng.choice(letters)}{rng.choice(letters)}{region}"


def _engine_serial(shop: Shop, domestic: bool) -> str:
    if domestic:
        return shop.digits(7)
    return "".join(shop.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + shop.digits(6)
