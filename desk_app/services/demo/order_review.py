"""The demo's answers of clients to extra works and the master's quality checks, written
from each order's lived history, so the order window and its history look like a real
shop's: who agreed by phone and when, and what the master ticked or sent back.
"""

from __future__ import annotations

import itertools

from desk_app.models import (
    ApprovalChannel,
    ClientApproval,
    LineApproval,
    QualityCheck,
    Role,
    WorkOrderStatus,
)
from desk_app.services.demo.records import Visit
from desk_app.services.demo.shop import Shop

W = WorkOrderStatus
QC_POINTS = (
    "Пробная поездка: шумов и увода нет",
    "Подтёков под автомобилем нет",
    "Колёсные болты затянуты моментом",
    "Контрольные лампы на панели не горят",
    "Салон чистый, чехлы сняты",
    "Заменённые детали упакованы для клиента",
)
ANSWERED_BY = ("Владелец", "Владелец, по телефону", "Супруга владельца", "Водитель компании")
CHANNELS = (ApprovalChannel.PHONE, ApprovalChannel.PHONE, ApprovalChannel.MESSAGE)


def extras_approval(visit: Visit) -> LineApproval | None:
    """How the order's extra works stand: agreed, still proposed, or None (no extras asked)."""
    reached = [event.status for event in visit.events]
    if not visit.extras or W.AWAITING_APPROVAL not in reached:
        return None
    asked = reached.index(W.AWAITING_APPROVAL)
    if asked == len(reached) - 1:
        return LineApproval.PROPOSED
    return None if reached[asked + 1] is W.CANCELLED else LineApproval.AGREED


def write_approval(shop: Shop, order_id: int, visit: Visit) -> int | None:
    """The client's answer that let the order go on after it waited for him, if it did."""
    if extras_approval(visit) is not LineApproval.AGREED:
        return None
    statuses = [event.status for event in visit.events]
    answer = visit.events[statuses.index(W.AWAITING_APPROVAL) + 1]
    rng = shop.rng
    return shop.writer.add(
        ClientApproval,
        work_order_id=order_id,
        recorded_by_id=shop.on_shift(Role.RECEPTIONIST, answer.at),
        recorded_at=answer.at,
        answered_by=rng.choice(ANSWERED_BY),
        channel=rng.choice(CHANNELS),
        answered_at=answer.at,
        comment=answer.comment,
    )


def write_quality_checks(shop: Shop, order_id: int, visit: Visit, master: int) -> None:
    """One check per time the car left the quality check: passed to ready, or sent back."""
    events = visit.events
    for before, after in itertools.pairwise(events):
        if before.status is not W.QUALITY_CHECK or after.status is W.CANCELLED:
            continue
        passed = after.status is W.READY
        failed_point = shop.rng.randrange(len(QC_POINTS))
        shop.writer.add(
            QualityCheck,
            work_order_id=order_id,
            checked_by_id=master,
            checked_at=after.at,
            passed=passed,
            reason=after.comment,
            items=[
                {"name": name, "ok": passed or index != failed_point}
                for index, name in enumerate(QC_POINTS)
            ],
        )
