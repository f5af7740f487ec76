"""One of every model, linked as in a real shop: the sample for store and model tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select

from desk_app.models import (
    Appointment,
    AppointmentStatus,
    AuditEntry,
    Bay,
    Client,
    ClientKind,
    ClientPhone,
    ContactChannel,
    DamageKind,
    DamageMark,
    Department,
    DepartmentKind,
    InspectionItem,
    InspectionState,
    InternalRequest,
    LabourLine,
    PartLine,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
    Role,
    Staff,
    StaffRole,
    StatusChange,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)

MOSCOW = timezone(timedelta(hours=3))
ACCEPTED = datetime(2026, 11, 23, 12, 15, tzinfo=MOSCOW)


def build_shop(session) -> int:
    """One of every model, all linked; returns the work order's id."""
    reception = session.scalar(
        select(Department).where(Department.kind == DepartmentKind.RECEPTION)
    )
    parts = session.scalar(select(Department).where(Department.kind == DepartmentKind.PARTS))
    clerk = Staff(
        full_name="Смирнова Ольга Игоревна",
        position="Мастер-приёмщик",
        department=reception,
        password_hash="x",
        created_at=ACCEPTED,
        role_links=[StaffRole(role=Role.RECEPTIONIST), StaffRole(role=Role.MASTER)],
    )
    bay = Bay(name="Пост 1")
    client = Client(
        kind=ClientKind.PERSON,
        last_name="Кузнецов",
        first_name="Пётр",
        middle_name="Алексеевич",
        email="petr@example.ru",
        birthday=date(1980, 2, 29),
        consent_to_contact=True,
        preferred_channel=ContactChannel.SMS,
        referral_source="парковщик",
        created_at=ACCEPTED,
        phones=[ClientPhone(number="+79161234567", label="mobile")],
    )
    vehicle = Vehicle(
        owner=client,
        make="Lada",
        model="Vesta",
        year=2021,
        plate="А123ВС77",
        vin="XTAGFL110MY123456",
        engine_number="21129 1234567",
        colour="белый",
        bought_here=True,
        created_at=ACCEPTED,
    )
    order = WorkOrder(
        number="26-000001",
        client=client,
        vehicle=vehicle,
        status=WorkOrderStatus.DIAGNOSIS,
        accepted_at=ACCEPTED,
        accepted_by=clerk,
        master=clerk,
        bay=bay,
        promised_at=ACCEPTED + timedelta(hours=6),
        odometer_km=45_210,
        fuel_level=25,
        complaints="Стучит спереди справа на кочках",
        completeness=["spare wheel", "jack"],
        estimate=Decimal("12500.50"),
        prepayment=Decimal("5000"),
        discount_percent=Decimal("10.00"),
        status_changes=[
            StatusChange(to_status=WorkOrderStatus.ACCEPTED, changed_at=ACCEPTED, changed_by=clerk),
            StatusChange(
                from_status=WorkOrderStatus.ACCEPTED,
                to_status=WorkOrderStatus.DIAGNOSIS,
                changed_at=ACCEPTED + timedelta(minutes=30),
                changed_by=clerk,
            ),
        ],
        labour_lines=[
            LabourLine(name="Диагностика подвески", norm_hours=Decimal("0.5"), rate=Decimal("2400"))
        ],
        part_lines=[
            PartLine(
                part_number="21700-2905402",
                name="Стойка стабилизатора",
                quantity=Decimal("2"),
                unit_price=Decimal("890.99"),
            )
        ],
        damage_marks=[DamageMark(kind=DamageKind.SCRATCH, x=0.25, y=0.5, note="дверь")],
        inspection_items=[InspectionItem(name="Тормоза", state=InspectionState.ATTENTION)],
    )
    session.add(order)
    session.flush()
    session.add_all(
        [
            Appointment(
                client=client,
                vehicle=vehicle,
                starts_at=ACCEPTED + timedelta(days=1),
                reason="ТО-3",
                status=AppointmentStatus.BOOKED,
                booked_by_id=clerk.id,
                created_at=ACCEPTED,
            ),
            InternalRequest(
                from_department=reception,
                to_department=parts,
                requester=clerk,
                kind=RequestKind.PARTS_AVAILABILITY,
                work_order=order,
                text="Есть ли стойки?",
                created_at=ACCEPTED,
                needed_by=ACCEPTED + timedelta(minutes=15),
                status=RequestStatus.ANSWERED,
                items=[RequestItem(part_number="21700-2905402", name="Стойка", quantity=2)],
                answers=[
                    RequestAnswer(
                        answered_by=clerk,
                        answered_at=ACCEPTED + timedelta(minutes=10),
                        in_stock=True,
                        quantity=Decimal("4"),
                        price=Decimal("890.99"),
                        bin="A-12",
                    )
                ],
            ),
            AuditEntry(
                at=ACCEPTED,
                staff_id=clerk.id,
                entity="work_order",
                action="create",
                entity_id=order.id,
                details={"number": "26-000001"},
            ),
        ]
    )
    return order.id
