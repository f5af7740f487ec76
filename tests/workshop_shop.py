"""A small shop for the tests of work in the shop: one person per role, a car, two bays,
and a builder of orders in any status with priced works and parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from desk_app import clock
from desk_app.models import (
    LabourLine,
    LineApproval,
    PartLine,
    Role,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from tests.factories import make_bay, make_client, make_staff, make_vehicle

CLIENT_NAME = "Петров Сергей Иванович"
CLIENT_PHONE = "+79031112233"


@dataclass
class WorkshopShop:
    db: Database
    people: dict[Role, Actor]
    mechanic2: Actor
    client_id: int
    vehicle_id: int
    bays: tuple[int, int]
    _count: int = 0

    def __getitem__(self, role: Role) -> Actor:
        return self.people[role]

    def order(
        self,
        status: WorkOrderStatus = WorkOrderStatus.ACCEPTED,
        *,
        done: bool = False,
        mechanic: Actor | None = None,
        proposed: bool = False,
        discount: str = "0",
        prepayment: str = "0",
    ) -> int:
        """An order in ``status`` with two works (1.5 h and 0.25 h at 2,000.00) and a part.

        ``done`` ticks the works; ``proposed`` adds a proposed extra work waiting for the
        client. The works go to ``mechanic`` (the shop's first mechanic by default).
        """
        self._count += 1
        who = mechanic or self.people[Role.MECHANIC]
        now = clock.now()
        with self.db.transaction() as session:
            lines = [
                LabourLine(
                    position=1,
                    name="Замена масла ДВС",
                    norm_hours=Decimal("1.5"),
                    rate=Decimal("2000.00"),
                    mechanic_id=who.id,
                    done_at=now if done else None,
                ),
                LabourLine(
                    position=2,
                    name="Замена воздушного фильтра",
                    norm_hours=Decimal("0.25"),
                    rate=Decimal("2000.00"),
                    mechanic_id=who.id,
                    done_at=now if done else None,
                ),
            ]
            if proposed:
                lines.append(
                    LabourLine(
                        position=3,
                        name="Замена колодок передних",
                        norm_hours=Decimal("1"),
                        rate=Decimal("2000.00"),
                        mechanic_id=who.id,
                        approval=LineApproval.PROPOSED,
                    )
                )
            order = WorkOrder(
                number=f"26-{self._count:06d}",
                client_id=self.client_id,
                vehicle_id=self.vehicle_id,
                status=status,
                accepted_at=now - timedelta(hours=3),
                accepted_by_id=self.people[Role.RECEPTIONIST].id,
                promised_at=now + timedelta(hours=4),
                bay_id=self.bays[0],
                complaints="Стук спереди справа",
                discount_percent=Decimal(discount),
                prepayment=Decimal(prepayment),
                estimate=Decimal("0"),
                labour_lines=lines,
                part_lines=[
                    PartLine(
                        position=1,
                        part_number="21080-1012005",
                        name="Фильтр масляный",
                        quantity=Decimal("1"),
                        unit_price=Decimal("450.00"),
                    )
                ],
                status_changes=[
                    StatusChange(
                        from_status=None,
                        to_status=WorkOrderStatus.ACCEPTED,
                        changed_at=now - timedelta(hours=3),
                        changed_by_id=self.people[Role.RECEPTIONIST].id,
                    )
                ],
            )
            session.add(order)
            session.flush()
            return order.id

    def version(self, order_id: int) -> int:
        with self.db.transaction() as session:
            order = session.get(WorkOrder, order_id)
            assert order is not None
            return order.version

    def status(self, order_id: int) -> WorkOrderStatus:
        with self.db.transaction() as session:
            order = session.get(WorkOrder, order_id)
            assert order is not None
            return order.status


def build_workshop(db: Database) -> WorkshopShop:
    people = {role: make_staff(db, role, name=f"Staff {role.value}") for role in Role}
    client = make_client(db, "Петров", "Сергей", "Иванович", phones=[CLIENT_PHONE])
    vehicle = make_vehicle(db, client, "Kia", "Rio", "М456ОР199", vin="Z94CB41AAGR323020")
    return WorkshopShop(
        db=db,
        people=people,
        mechanic2=make_staff(db, Role.MECHANIC, name="Staff mechanic two"),
        client_id=client,
        vehicle_id=vehicle,
        bays=(make_bay(db, "Пост 1"), make_bay(db, "Пост 2")),
    )
