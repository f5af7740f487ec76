"""Printed documents: how long each takes to make, beside the usual office route.

    .venv/bin/python bench/bench_documents.py [--orders N] [--office N] [--rebuild]

Times, on the demo shop (a SQLite file cached beside ``bench_search``'s):

- **acceptance act**, **workshop sheet**, **handover sheet**: per document, the service
  reading its data and reportlab laying it out (target: an acceptance act under 50 ms),
  over ``--orders`` orders; the fonts are loaded once before timing (a few hundred ms
  at the first print of a session, said separately);
- **100 letters**: a batch of reminder letters, as one PDF;
- **office route**: the same acceptance acts' main fields and works filled into a
  word-processor template (flat ODF) and turned into PDF by LibreOffice headless, one
  ``soffice`` run per document as a desk would, and ``--office`` documents in one run
  (its per-document share), when ``soffice`` is installed.

Prints median, p95 and max with the data size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from bench.bench_search import cached_sqlite, percentile
from desk_app import clock
from desk_app.documents import (
    acceptance_act,
    fonts,
    handover_sheet,
    reminder_letters,
    workshop_sheet,
)
from desk_app.documents.data import AcceptanceAct
from desk_app.models import Role, Staff, WorkOrder
from desk_app.services import demo, order_print
from desk_app.services.auth import actor_of
from desk_app.services.permissions import Actor
from desk_app.store.database import Database

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
TARGET_MS = 50.0
LETTERS = 100


def fill_demo(db: Database) -> None:
    demo.generate_demo(db, demo.DemoSize(clients=400, years=1), tz=timezone(timedelta(hours=3)))


def summary(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):8.2f}  p95 {percentile(values, 0.95):8.2f}  "
        f"max {max(values):8.2f} ms  ({len(values)})"
    )


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def desk_of(db: Database) -> Actor:
    with db.transaction() as session:
        for staff in session.scalars(select(Staff).order_by(Staff.id)):
            if Role.RECEPTIONIST in staff.roles:
                return actor_of(staff)
    raise SystemExit("the demo shop has no receptionist")


def order_ids(db: Database, count: int) -> list[int]:
    with db.transaction() as session:
        ids = session.scalars(select(WorkOrder.id).order_by(WorkOrder.id.desc()).limit(count))
        return list(ids)


def measure_documents(db: Database, desk: Actor, orders: list[int]) -> list[float]:
    """Each document for each order; returns the acceptance acts' times."""
    kinds = {
        "acceptance act": lambda o: acceptance_act.render(order_print.acceptance_act(db, desk, o)),
        "workshop sheet": lambda o: workshop_sheet.render(order_print.workshop_sheet(db, desk, o)),
        "handover sheet": lambda o: handover_sheet.render(order_print.handover_sheet(db, desk, o)),
    }
    acts: list[float] = []
    for kind, make in kinds.items():
        make(orders[0])
        times = [timed(lambda o=order, m=make: m(o)) for order in orders]
        print(f"  {kind:<26} {summary(times)}", flush=True)
        if kind == "acceptance act":
            acts = times
            data = [order_print.acceptance_act(db, desk, order) for order in orders]
            layout = [timed(lambda a=act: acceptance_act.render(a)) for act in data]
            print(f"  {'  of which the layout':<26} {summary(layout)}", flush=True)
    return acts


def measure_letters(db: Database) -> None:
    with db.transaction() as session:
        shop = order_print.requisites_of(session)
    letters = [
        reminder_letters.Letter(
            name=f"Клиентов Клиент {n}",
            address=f"125009, г. Москва, ул. Лесная, д. {n}, кв. {n % 90 + 1}",
            car="Lada Vesta",
            plate=f"А{n:03d}ВС77",
            due_date=NOW.date() + timedelta(days=n % 14),
            due_km=60_000,
            message="",
            written_on=NOW.date(),
        )
        for n in range(LETTERS)
    ]
    times = [timed(lambda: reminder_letters.render(letters, shop)) for _ in range(5)]
    print(f"  {f'{LETTERS} letters, one PDF':<26} {summary(times)}", flush=True)


# -- the office route --------------------------------------------------------------------


def office_document(act: AcceptanceAct) -> str:
    """The act's main fields and works in a flat ODF text document (a template filled in)."""
    lines = [
        f"Заказ-наряд № {act.number}",
        f"Исполнитель: {act.shop.full_name}, ИНН {act.shop.tax_id}, {act.shop.address}",
        f"Заказчик: {act.customer.name}, {act.customer.phone}",
        f"Автомобиль: {act.car.title}, {act.car.plate}, VIN {act.car.vin}",
        f"Жалобы: {act.complaints}",
    ]
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
    rows = "".join(
        "<table:table-row>"
        + "".join(
            f"<table:table-cell office:value-type='string'><text:p>{escape(str(value))}"
            "</text:p></table:table-cell>"
            for value in (work.code, work.name, work.norm_hours, work.amount)
        )
        + "</table:table-row>"
        for work in act.works
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<office:document xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
        "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' "
        "xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0' "
        "office:version='1.2' office:mimetype='application/vnd.oasis.opendocument.text'>"
        f"<office:body><office:text>{paragraphs}"
        "<table:table table:name='Works'><table:table-column table:number-columns-repeated='4'/>"
        f"{rows}</table:table><text:p>Подпись клиента ______</text:p>"
        "</office:text></office:body></office:document>"
    )


def measure_office(db: Database, desk: Actor, orders: list[int], batch: int) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("  office route: not measured (LibreOffice is not installed)")
        return
    acts = [order_print.acceptance_act(db, desk, order) for order in orders]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        profile = f"-env:UserInstallation=file://{work / 'profile'}"

        def convert(files: list[Path]) -> None:
            command = [soffice, profile, "--headless", "--convert-to", "pdf"]
            subprocess.run(
                [*command, "--outdir", str(work / "out"), *map(str, files)],
                check=True,
                capture_output=True,
            )

        sources = []
        for n, act in enumerate(acts):
            path = work / f"act{n}.fodt"
            path.write_text(office_document(act), encoding="utf-8")
            sources.append(path)
        convert(sources[:1])  # the first run makes the profile
        single = [timed(lambda p=path: convert([p])) for path in sources[: max(3, batch // 10)]]
        print(f"  {'office route, one each':<26} {summary(single)}", flush=True)
        whole = timed(lambda: convert(sources[:batch]))
        share = whole / len(sources[:batch])
        print(
            f"  {'office route, batch share':<26} {share:8.2f} ms per document "
            f"({len(sources[:batch])} in {whole / 1000:.1f} s)",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=60)
    parser.add_argument("--office", type=int, default=30, help="documents for LibreOffice")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    clock.set_source(lambda: NOW)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    first = timed(fonts.register)
    with cached_sqlite("documents-demo", fill_demo, args.rebuild) as db:
        desk = desk_of(db)
        orders = order_ids(db, args.orders)
        with db.transaction() as session:
            count = session.scalar(select(func.count(WorkOrder.id))) or 0
        print(
            f"\ndemo shop: {count:,} work orders; {len(orders)} timed; fonts loaded in "
            f"{first:.0f} ms (once per session)"
        )
        acts = measure_documents(db, desk, orders)
        measure_letters(db)
        measure_office(db, desk, orders, args.office)
    p95 = percentile(acts, 0.95)
    verdict = "within" if p95 < TARGET_MS else "OVER"
    print(f"\nacceptance act p95 {p95:.2f} ms, {verdict} the {TARGET_MS:.0f} ms target")
    return 0 if p95 < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
