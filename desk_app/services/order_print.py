"""The printed documents of a work order: their data read in one unit of work, and each
print recorded on the order's history (who, when, which document, how many copies).

The documents lay out what is given here (``desk_app.documents.data``); what the workshop
sheet leaves out (the client) is left out here, so it cannot slip onto the paper.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session, joinedload, selectinload

from desk_app import clock
from desk_app.documents.data import (
    AcceptanceAct,
    Car,
    Customer,
    Damage,
    HandoverSheet,
    Inspection,
    Money,
    Part,
    Requisites,
    Signer,
    Work,
    WorkshopSheet,
)
from desk_app.documents.words import translate
from desk_app.models import (
    Client,
    ClientKind,
    LabourLine,
    LineApproval,
    ShopSettings,
    Staff,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services import audit
from desk_app.services.errors import NotFound
from desk_app.services.order_card import money_of
from desk_app.services.order_money import line_amount
from desk_app.services.permissions import Action, Actor
from desk_app.services.quality_check import STANDARD_POINTS
from desk_app.services.validation.phones import format_phone
from desk_app.store.database import Database


class Document(StrEnum):
    """What can be printed for an order; the value is what the history records."""

    ACCEPTANCE_ACT = "acceptance_act"
    WORKSHOP_SHEET = "workshop_sheet"
    HANDOVER_SHEET = "handover_sheet"


def requisites_of(session: Session) -> Requisites:
    settings = session.get(ShopSettings, SHOP_SETTINGS_ID)
    if settings is None:
        return Requisites(shop_name="")
    return Requisites(
        shop_name=settings.shop_name,
        legal_form=settings.legal_form,
        tax_id=settings.tax_id,
        registration_number=settings.registration_number,
        address=settings.address,
        phone=format_phone(settings.phone) if settings.phone.startswith("+") else settings.phone,
        email=settings.email,
        logo_png=settings.logo_png,
        warranty_text=settings.warranty_text,
    )


def customer_of(client: Client) -> Customer:
    phone = client.phones[0].number if client.phones else ""
    return Customer(
        name=client.display_name,
        phone=format_phone(phone) if phone else "",
        address=client.address,
        email=client.email,
        company=client.kind is ClientKind.COMPANY,
        tax_id=client.tax_id,
        contact_person=client.contact_person,
        company_details=client.company_details,
    )


def car_of(vehicle: Vehicle, order: WorkOrder) -> Car:
    return Car(
        title=vehicle.title,
        year=vehicle.year,
        plate=vehicle.plate,
        vin=vehicle.vin or "",
        engine_number=vehicle.engine_number,
        colour=vehicle.colour,
        odometer_km=order.odometer_km or None,
        fuel_percent=order.fuel_level,
    )


def _works(order: WorkOrder, approval: LineApproval = LineApproval.AGREED) -> tuple[Work, ...]:
    return tuple(
        Work(
            name=line.name,
            code=line.operation_code,
            norm_hours=line.norm_hours,
            rate=line.rate,
            amount=line_amount(line.norm_hours, line.rate),
            warranty_months=line.warranty_months,
            mechanic=line.mechanic.full_name if line.mechanic else "",
            done=line.done_at is not None,
        )
        for line in order.labour_lines
        if line.approval is approval
    )


def _parts(order: WorkOrder, brought: bool) -> tuple[Part, ...]:
    """The service's agreed parts, or (``brought``) those the client supplied, with the
    value he stated."""
    return tuple(
        Part(
            name=line.name,
            number=line.part_number,
            quantity=line.quantity,
            unit_price=line.unit_price,
            amount=line_amount(line.quantity, line.unit_price),
        )
        for line in order.part_lines
        if line.supplied_by_client is brought and line.approval is LineApproval.AGREED
    )


def _signer(staff: Staff) -> Signer:
    return Signer(staff.full_name, staff.position)


def _order(session: Session, order_id: int) -> WorkOrder:
    """The order with everything a document shows, in a few queries, not one per line."""
    order = session.get(
        WorkOrder,
        order_id,
        options=[
            joinedload(WorkOrder.client).selectinload(Client.phones),
            joinedload(WorkOrder.vehicle),
            joinedload(WorkOrder.accepted_by),
            joinedload(WorkOrder.master),
            joinedload(WorkOrder.bay),
            selectinload(WorkOrder.labour_lines).joinedload(LabourLine.mechanic),
            selectinload(WorkOrder.part_lines),
            selectinload(WorkOrder.damage_marks),
            selectinload(WorkOrder.inspection_items),
        ],
    )
    if order is None:
        raise NotFound(what="work order")
    return order


def acceptance_act(db: Database, actor: Actor, order_id: int) -> AcceptanceAct:
    actor.require(Action.PRINT_DOCUMENTS)
    with db.transaction() as session:
        order = _order(session, order_id)
        return AcceptanceAct(
            number=order.number,
            accepted_at=order.accepted_at,
            promised_at=order.promised_at,
            shop=requisites_of(session),
            customer=customer_of(order.client),
            car=car_of(order.vehicle, order),
            complaints=order.complaints,
            accepted_by=_signer(order.accepted_by),
            works=_works(order),
            parts=_parts(order, brought=False),
            client_parts=_parts(order, brought=True),
            completeness=tuple(order.completeness),
            damage=tuple(
                Damage(mark.kind, mark.x, mark.y, mark.note) for mark in order.damage_marks
            ),
            inspection=tuple(
                Inspection(item.name, item.state, item.note) for item in order.inspection_items
            ),
            estimate=order.estimate,
            prepayment=order.prepayment,
        )


def workshop_sheet(db: Database, actor: Actor, order_id: int) -> WorkshopSheet:
    """No client on it: the workshop does not see clients."""
    actor.require(Action.PRINT_DOCUMENTS)
    with db.transaction() as session:
        order = _order(session, order_id)
        return WorkshopSheet(
            number=order.number,
            accepted_at=order.accepted_at,
            promised_at=order.promised_at,
            car=car_of(order.vehicle, order),
            complaints=order.complaints,
            works=_works(order),
            parts=_parts(order, brought=False),
            client_parts=_parts(order, brought=True),
            master=order.master.full_name if order.master else "",
            bay=order.bay.name if order.bay else "",
            checklist=_checklist(order),
            shop_name=requisites_of(session).full_name,
        )


def handover_sheet(db: Database, actor: Actor, order_id: int) -> HandoverSheet:
    actor.require(Action.PRINT_DOCUMENTS)
    with db.transaction() as session:
        order = _order(session, order_id)
        sums = money_of(order)
        return HandoverSheet(
            number=order.number,
            accepted_at=order.accepted_at,
            handed_over_at=_handed_over_at(order),
            shop=requisites_of(session),
            customer=customer_of(order.client),
            car=car_of(order.vehicle, order),
            works=_works(order),
            parts=_parts(order, brought=False),
            client_parts=_parts(order, brought=True),
            money=Money(
                labour=sums.labour,
                parts=sums.parts,
                subtotal=sums.subtotal,
                discount=sums.discount,
                total=sums.total,
                prepayment=sums.prepayment,
                balance_due=sums.balance_due,
                discount_percent=order.discount_percent,
                discount_reason=order.discount_reason,
            ),
            handed_over_by=_signer(session.get(Staff, actor.id) or order.accepted_by),
            next_visit=order.next_visit_note,
            declined=tuple(
                line.name for line in order.labour_lines if line.approval is LineApproval.DECLINED
            ),
        )


def _checklist(order: WorkOrder) -> tuple[str, ...]:
    """The quality check's points: the standard ones (in the paper's language) and one
    per agreed work, as ``quality_check`` asks them."""
    standard = [translate("OrderTexts", text) for _key, text in STANDARD_POINTS]
    works = [line.name for line in order.labour_lines if line.approval is LineApproval.AGREED]
    return (*standard, *works)


def _handed_over_at(order: WorkOrder) -> datetime:
    if order.status is WorkOrderStatus.HANDED_OVER and order.closed_at is not None:
        return order.closed_at
    return clock.now()


def record_print(
    db: Database, actor: Actor, order_id: int, document: Document, copies: int = 1
) -> None:
    """Put the print on the order's history."""
    actor.require(Action.PRINT_DOCUMENTS)
    with db.transaction() as session:
        if session.get(WorkOrder, order_id) is None:
            raise NotFound(what="work order")
        audit.record(
            session,
            actor,
            "work_order",
            order_id,
            "printed",
            document=document.value,
            copies=copies,
        )
