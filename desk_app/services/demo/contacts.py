"""The demo's call-backs after visits: most clients were called a few days after their car
was handed over and said how satisfied they were (a few not reached, a few unhappy), so the
client cards show scores, and the latest handovers are still waiting on "To contact".
"""

from __future__ import annotations

from datetime import timedelta

from desk_app.models import ContactKind, ContactLog, ContactState, Role
from desk_app.services.demo.shop import Shop, picker

CALL_BACK_DAYS = 3
SCORES = picker(((5, 62), (4, 25), (3, 8), (2, 3), (1, 2)))
COMMENTS = {
    5: ("Всё отлично, спасибо", "Машина как новая", "", "", "Доволен, приедет на ТО"),
    4: ("Всё хорошо, но долго ждал выдачи", "Нормально", "", "Доволен, дороговато"),
    3: ("Стук почти пропал", "Ждал запчасти дольше обещанного", "Не помыли машину"),
    2: ("Проблема вернулась через день", "Недоволен сроками"),
    1: ("Обещали к обеду, выдали вечером; больше не приедет", "Остался стук, просит перезвонить"),
}


def write_contact_logs(shop: Shop) -> None:
    """A call-back for each handover older than the call-back delay; the recent wait."""
    rng, w = shop.rng, shop.writer
    for order_id, client_id, closed_at in shop.handed_over:
        due = closed_at + timedelta(days=CALL_BACK_DAYS)
        if due.date() >= shop.now.date() or rng.random() < 0.12:
            continue  # still to call, or the desk never got round to it
        called = due.replace(hour=rng.randint(7, 14), minute=rng.randint(0, 59))
        desk = shop.on_shift(Role.RECEPTIONIST, called)
        reached = rng.random() < 0.86
        score = SCORES(rng) if reached else None
        w.add(
            ContactLog,
            client_id=client_id,
            kind=ContactKind.CALL_BACK,
            subject=f"order:{order_id}",
            state=ContactState.DONE if reached else ContactState.GAVE_UP,
            reached=reached,
            satisfaction=score,
            comment=rng.choice(COMMENTS[score]) if score else "Не отвечает",
            postponed_to=None,
            attempts=1 if reached else 3,
            work_order_id=order_id,
            updated_at=called,
            updated_by_id=desk,
        )
