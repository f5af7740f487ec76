"""Documents' data as the services would give it: a Russian shop, a client with a long
complaint, and the same in Chinese; the edge cases make them longer or emptier."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from desk_app.documents.data import (
    AcceptanceAct,
    Car,
    Customer,
    Damage,
    Inspection,
    Part,
    Requisites,
    Signer,
    Work,
)
from desk_app.models import DamageKind, InspectionState

ACCEPTED = datetime(2026, 11, 23, 7, 40, tzinfo=UTC)
PROMISED = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)

SHOP = Requisites(
    shop_name="Автосервис «Пример»",
    legal_form="ООО",
    tax_id="7707083893",
    registration_number="1027700132195",
    address="125009, г. Москва, ул. Тверская, д. 7, стр. 2",
    phone="+7 495 123-45-67",
    email="desk@primer-auto.ru",
    warranty_text=(
        "Исполнитель гарантирует качество работ в течение сроков, указанных для каждой "
        "работы, считая со дня выдачи автомобиля; на запасные части — гарантия изготовителя."
    ),
)

CUSTOMER = Customer(
    name="Иванов Иван Иванович",
    phone="8 (916) 123-45-67",
    address="г. Москва, ул. Лесная, д. 5, кв. 12",
    email="ivanov@mail.ru",
)

CAR = Car(
    title="Lada Vesta",
    year=2019,
    plate="А123ВС77",
    vin="XTAGFK330KY123456",
    engine_number="21129 1234567",
    colour="Белый",
    odometer_km=84_250,
    fuel_percent=40,
)


def work(n: int, name: str = "Замена масла в двигателе") -> Work:
    return Work(
        name=name,
        code=f"01-{n:03d}",
        norm_hours=Decimal("0.8"),
        rate=Decimal("2200.00"),
        amount=Decimal("1760.00"),
        warranty_months=6,
        mechanic="Петров П. П.",
    )


def part(n: int, name: str = "Фильтр масляный") -> Part:
    return Part(
        name=name,
        number=f"2108-1012005-{n:02d}",
        quantity=Decimal("1"),
        unit_price=Decimal("450.00"),
        amount=Decimal("450.00"),
    )


ACT = AcceptanceAct(
    number="WO-2026-00042",
    accepted_at=ACCEPTED,
    promised_at=PROMISED,
    shop=SHOP,
    customer=CUSTOMER,
    car=CAR,
    complaints="Стук в передней подвеске справа на неровностях, горит лампа «Check Engine».",
    accepted_by=Signer("Смирнова Анна Сергеевна", "Мастер-приёмщик"),
    works=(work(1), work(2, "Диагностика ходовой части")),
    parts=(part(1), part(2, "Масло моторное 5W-40, 4 л")),
    client_parts=(
        Part(
            name="Колодки тормозные передние",
            quantity=Decimal("1"),
            unit_price=Decimal("3200.00"),
            amount=Decimal("3200.00"),
        ),
    ),
    completeness=("Запасное колесо", "Домкрат", "Свидетельство о регистрации ТС"),
    damage=(
        Damage(DamageKind.SCRATCH, 0.30, 0.20, "Левая передняя дверь"),
        Damage(DamageKind.DENT, 0.62, 0.52, "Крыша"),
        Damage(DamageKind.CHIP, 0.10, 0.85, ""),
    ),
    inspection=(
        Inspection("Шины", InspectionState.OK),
        Inspection("Тормозные колодки", InspectionState.ATTENTION, "износ 70 %"),
    ),
    estimate=Decimal("5640.00"),
    prepayment=Decimal("2000.00"),
)

CHINESE_ACT = replace(
    ACT,
    customer=replace(CUSTOMER, name="王小明", address="北京市朝阳区建国路88号"),
    complaints="右前悬挂在颠簸路面上有异响，发动机故障灯亮。",
    works=(work(1, "更换机油"), work(2, "底盘检查")),
)


# -- the workshop sheet and the handover sheet ---------------------------------------------

from desk_app.documents.data import HandoverSheet, Money, WorkshopSheet  # noqa: E402

HANDED_OVER = datetime(2026, 11, 24, 14, 20, tzinfo=UTC)

CHECKLIST = (
    "Пробная поездка: шумов и увода нет",
    "Подтёков под автомобилем нет",
    "Колёсные болты затянуты моментом",
    "Контрольные лампы на панели не горят",
    "Салон чистый, чехлы сняты",
    "Снятые детали упакованы для клиента",
)

WORKSHOP_SHEET = WorkshopSheet(
    number=ACT.number,
    accepted_at=ACCEPTED,
    promised_at=PROMISED,
    car=CAR,
    complaints=ACT.complaints,
    works=ACT.works,
    parts=ACT.parts,
    client_parts=ACT.client_parts,
    master="Кузнецов Олег Викторович",
    bay="Пост 3 (подъёмник)",
    checklist=CHECKLIST,
    shop_name=SHOP.full_name,
)

CHINESE_WORKSHOP_SHEET = replace(
    WORKSHOP_SHEET,
    complaints=CHINESE_ACT.complaints,
    works=CHINESE_ACT.works,
    parts=(part(1, "机油滤清器"),),
    client_parts=(Part(name="前刹车片", quantity=Decimal("1")),),
    master="李师傅",
    bay="三号工位",
    checklist=("路试：无异响、不跑偏", "车底无渗漏", "仪表盘无故障灯"),
)

MONEY = Money(
    labour=Decimal("3520.00"),
    parts=Decimal("900.00"),
    subtotal=Decimal("4420.00"),
    discount=Decimal("442.00"),
    total=Decimal("3978.00"),
    prepayment=Decimal("2000.00"),
    balance_due=Decimal("1978.00"),
    discount_percent=Decimal("10"),
    discount_reason="Карта постоянного клиента",
)

HANDOVER_SHEET = HandoverSheet(
    number=ACT.number,
    accepted_at=ACCEPTED,
    handed_over_at=HANDED_OVER,
    shop=SHOP,
    customer=CUSTOMER,
    car=replace(CAR, odometer_km=84_263),
    works=tuple(replace(w, done=True) for w in ACT.works),
    parts=ACT.parts,
    client_parts=ACT.client_parts,
    money=MONEY,
    handed_over_by=Signer("Смирнова Анна Сергеевна", "Мастер-приёмщик"),
    paid=Decimal("1978.00"),
    next_visit="Через 10 000 км или 12 месяцев: замена масла; проверить передние колодки.",
    declined=("Замена передних тормозных дисков", "Промывка инжектора"),
)

CHINESE_HANDOVER_SHEET = replace(
    HANDOVER_SHEET,
    customer=CHINESE_ACT.customer,
    works=tuple(replace(w, done=True) for w in CHINESE_ACT.works),
    parts=(part(1, "机油滤清器"),),
    client_parts=(Part(name="前刹车片", quantity=Decimal("1")),),
    money=replace(MONEY, discount_reason="老客户优惠"),
    handed_over_by=Signer("张伟", "接车员"),
    next_visit="一万公里或十二个月后更换机油。",
    declined=("更换前刹车盘",),
)
