"""The internal request slip's data, read in one unit of work.

Whoever may see a request in his queues may print it (``requests.list_requests``): its
requester (who may file requests), and whoever answers for the department it is addressed
to (a manager: every department). Printing needs no other right: the parts clerk prints
the slip at his counter though he prints no acts. Nothing about the client is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from desk_app.documents.data import Car, Part
from desk_app.documents.request_slip import RequestSlip
from desk_app.models import InternalRequest, Staff, WorkOrder
from desk_app.services.errors import NotFound, PermissionDenied
from desk_app.services.order_print import requisites_of
from desk_app.services.permissions import Action, Actor
from desk_app.services.requests import answered_departments, first_line
from desk_app.store.database import Database

NOT_YOURS = "Only whoever filed request {number} and the department it is addressed to may see it."


def may_see(actor: Actor, request: InternalRequest) -> bool:
    """Whether the request is in one of ``actor``'s queues (incoming or outgoing)."""
    filed = request.requester_id == actor.id and actor.can(Action.FILE_REQUEST)
    return filed or request.to_department.kind in answered_departments(actor)


def require_a_queue(actor: Actor) -> None:
    """Refuse, before anything is read, whoever has no queue at all: he answers for no
    department and files no requests."""
    if not answered_departments(actor):
        actor.require(Action.FILE_REQUEST)


def request_to_see(
    session: Session, actor: Actor, request_id: int, options: Sequence[ORMOption]
) -> InternalRequest:
    """Request ``request_id`` loaded with ``options``; ``NotFound``, or ``PermissionDenied``
    unless ``may_see``."""
    request = session.get(InternalRequest, request_id, options=options)
    if request is None:
        raise NotFound(what="request")
    if not may_see(actor, request):
        raise PermissionDenied(NOT_YOURS, number=request.id)
    return request


def request_slip(db: Database, actor: Actor, request_id: int) -> RequestSlip:
    """The slip of request ``request_id``; ``PermissionDenied`` unless ``may_see``."""
    require_a_queue(actor)
    with db.transaction() as session:
        request = request_to_see(
            session,
            actor,
            request_id,
            [
                selectinload(InternalRequest.items),
                selectinload(InternalRequest.from_department),
                selectinload(InternalRequest.to_department),
                selectinload(InternalRequest.requester),
            ],
        )
        taken_by = session.get(Staff, request.taken_by_id) if request.taken_by_id else None
        order = request.work_order
        return RequestSlip(
            id=request.id,
            kind=request.kind,
            from_department=request.from_department.kind,
            to_department=request.to_department.kind,
            subject=first_line(request.text),
            details=_details(request.text),
            requested_by=request.requester.full_name,
            requested_at=request.created_at,
            status=request.status,
            items=tuple(
                Part(name=item.name, number=item.part_number, quantity=item.quantity)
                for item in request.items
            ),
            needed_by=request.needed_by,
            taken_by=taken_by.full_name if taken_by else "",
            order_number=order.number if order else "",
            car=_car(order),
            shop_name=requisites_of(session).full_name,
        )


def _details(text: str) -> str:
    """The text after its first line (``first_line`` is the subject)."""
    lines = text.strip().splitlines()
    return "\n".join(lines[1:]).strip()


def _car(order: WorkOrder | None) -> Car | None:
    if order is None:
        return None
    vehicle = order.vehicle
    return Car(title=vehicle.title, plate=vehicle.plate, vin=vehicle.vin or "")
