"""The intake form: the sections assembled, saved with ``accept_vehicle``, kept as a draft.

The sections read and show their own fields; this module wires them together (a picked
client brings his car, the car its last odometer, the works their total), decides whether
Save may be pressed, routes each refused field's message to its place, and keeps what was
typed as a draft (``DraftKeeper``) a few seconds after the last change and when hidden.
When the database does not answer, the save is tried again on a countdown (``SaveRetry``)
with whatever the form holds then, until it goes through or the user stops.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.services import drafts, intake, loyalty
from desk_app.services.client_search import IntakeHit
from desk_app.services.errors import ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.intake import AcceptedOrder
from desk_app.services.intake_form import IntakeForm
from desk_app.store.errors import RETRYABLE_ERRORS, StoreError
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.intake.bars import BarAction, BarKind
from desk_app.ui.intake.checklists_section import ChecklistsSection
from desk_app.ui.intake.client_section import ClientSection
from desk_app.ui.intake.condition_section import ConditionSection
from desk_app.ui.intake.draft_keeper import DraftKeeper
from desk_app.ui.intake.form_page import FormPage
from desk_app.ui.intake.money_section import MoneySection
from desk_app.ui.intake.picks import describe, hit_to_dict, lookup_hit, vehicle_field_of
from desk_app.ui.intake.readiness import form_problems
from desk_app.ui.intake.refusals import ExistingCard, existing_card, first_field
from desk_app.ui.intake.section import Section
from desk_app.ui.intake.vehicle_section import VehicleSection
from desk_app.ui.intake.works_section import WorksSection
from desk_app.ui.save_retry import SaveRetry


class IntakeFormWidget(FormPage):
    """One car's intake, from the client's name to the saved work order."""

    sig_saved = Signal(object)
    """The intake was saved (object: the ``AcceptedOrder`` with the order's id and number)."""

    sig_closed = Signal()
    """The user left the form (it was empty, or its contents were discarded)."""

    sig_status_message = Signal(str)

    def __init__(self, context: AreaContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self._tz = context, tz
        db, actor = context.db, context.actor
        self._loading = False
        self._appointment_id: int | None = None
        self._fresh: dict[str, Any] = {}
        self.client = ClientSection(db, actor, self.messages)
        self.vehicle = VehicleSection(db, actor, self.messages)
        self.condition = ConditionSection(self.messages)
        self.works = WorksSection(db, actor, self.messages)
        self.checklists = ChecklistsSection(self.messages)
        self.money = MoneySection(actor.full_name, self.messages)
        self.sections: list[Section] = [
            self.client,
            self.vehicle,
            self.condition,
            self.works,
            self.checklists,
            self.money,
        ]
        self.place(
            [self.client, self.vehicle, self.condition, self.works],
            [self.damage_box(), self.checklists, self.money],
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.readiness_timer = QTimer(self)
        self.readiness_timer.setSingleShot(True)
        self.readiness_timer.setInterval(0)
        self.readiness_timer.timeout.connect(self.update_readiness)
        self.drafts = DraftKeeper(context, self.payload, self.is_blank, self)
        self.drafts.sig_failed.connect(self.sig_status_message)
        self.retry = SaveRetry(self)
        """The countdown while the database does not answer, above Save."""
        self.retry.sig_attempt.connect(self._save_again)
        self.retry.sig_stopped.connect(self._retry_stopped)
        page = self.layout()
        if isinstance(page, QBoxLayout):
            page.insertWidget(page.count() - 1, self.retry)
        self._wire()
        self._set_tab_order()

    def _wire(self) -> None:
        for section in self.sections:
            section.sig_changed.connect(self._changed)
            section.sig_left.connect(self.check_field)
        self.damage.sig_marks_changed.connect(lambda _marks: self._changed())
        self.client.sig_picked.connect(self._client_picked)
        self.client.sig_new_client.connect(self._new_client)
        self.client.sig_new_vehicle.connect(
            lambda text: self.vehicle.type_new(text, vehicle_field_of(text))
        )
        self.vehicle.sig_last_km_changed.connect(self.condition.set_last_km)
        self.works.sig_total_changed.connect(self.money.set_works_total)

    def _tab_chain(self) -> list[QWidget]:
        return [widget for section in self.sections for widget in section.tab_chain()]

    def _set_tab_order(self) -> None:
        for first, second in pairwise([*self._tab_chain(), self.save_button, self.cancel_button]):
            QWidget.setTabOrder(first, second)

    # -- starting ----------------------------------------------------------------------------

    def start_new(self) -> bool:
        """An empty form with the shop's lists and promise; False if the defaults failed."""
        return self.load(IntakeForm(), {})

    def start_from_appointment(self, appointment_id: int, hints: list[str] | None = None) -> bool:
        """The form prefilled from a booking: its client, car and reason."""
        db, actor = self.context.db, self.context.actor
        try:
            form = intake.prefill_from_appointment(db, actor, appointment_id)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return False
        ui: dict[str, Any] = {}
        if form.client_id is not None:
            hit = lookup_hit(db, actor, form.client_id, form.vehicle_id, hints or [])
            if hit is not None:
                ui["client_hit"] = ui["vehicle_hit"] = hit_to_dict(hit)
        return self.load(form, ui)

    def restore(self, payload: dict[str, Any]) -> bool:
        """Show a kept draft as it was left."""
        ui = payload.get("ui")
        form = drafts.payload_to_form(payload)
        return self.load(form, ui if isinstance(ui, dict) else {}, restored=True)

    def load(self, form: IntakeForm, ui: dict[str, Any], *, restored: bool = False) -> bool:
        """Show ``form`` (a draft's, an appointment's, or a new one) on the shop's lists."""
        try:
            defaults = intake.intake_defaults(self.context.db, self.context.actor)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return False
        self.retry.finish()  # a pending save is moot once the form shows something else
        self._loading = True
        try:
            self.bar.hide()
            self.messages.clear_all()
            self.checklists.set_names(defaults.completeness, defaults.inspection)
            self.works.labour_rate = defaults.labour_rate
            self._fresh = self._fill(IntakeForm(promised_at=defaults.promised_at), {})
            if form.promised_at is None:
                form = replace(form, promised_at=defaults.promised_at)
            self._fill(form, ui)
        finally:
            self._loading = False
        self.drafts.adopt(restored)
        self._set_tab_order()  # the lists were rebuilt with the manager's names
        self.update_readiness()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.focus_first()
        return True

    def _fill(self, form: IntakeForm, ui: dict[str, Any]) -> dict[str, Any]:
        for section in self.sections:
            section.fill(form, ui)
        self.damage.set_marks(form.damage_marks)
        self._appointment_id = form.appointment_id
        booked = form.appointment_id is not None
        self.heading.setText(
            self.tr("Intake for a booked visit") if booked else self.tr("New intake")
        )
        return self.payload()

    def focus_first(self) -> None:
        """The search box on a new form; the odometer when client and car are known."""
        if self.client.picked() is None:
            target: QWidget = self.client.kind if self.client.is_new() else self.client.search
        elif self.vehicle.picked() is None:
            target = self.vehicle.edits["make"]
        else:
            target = self.condition.odometer
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the sections report -------------------------------------------------------------

    def _client_picked(self, hit: IntakeHit) -> None:
        self.vehicle.set_picked(hit)
        if not self._loading:
            self.focus_first()

    def _new_client(self, typed: str) -> None:
        """A new client has no car on file; a plate or VIN typed in the search is his car's."""
        field = vehicle_field_of(typed)
        self.vehicle.set_picked(None)
        if field and not self.vehicle.edits[field].text().strip():
            self.vehicle.edits[field].setText(typed.strip())

    def _changed(self) -> None:
        if self._loading:
            return
        self.general.hide()
        self.readiness_timer.start()
        self.drafts.changed()

    # -- the values ----------------------------------------------------------------------------

    def form(self) -> IntakeForm:
        values: dict[str, Any] = {}
        for section in self.sections:
            values.update(section.values())
        marks = tuple(self.damage.marks())
        return IntakeForm(**values, damage_marks=marks, appointment_id=self._appointment_id)

    def payload(self) -> dict[str, Any]:
        """The form as a draft keeps it, with what the sections show beyond ``IntakeForm``."""
        ui: dict[str, Any] = {}
        for section in self.sections:
            ui.update(section.ui_state())
        return {**drafts.form_to_payload(self.form()), "ui": ui}

    def is_blank(self) -> bool:
        """Nothing typed since the form was started empty (or it was never started)."""
        return not self._fresh or self.payload() == self._fresh

    def summary(self) -> str:
        """Whose car this is, in a few words: "Иванов Иван, Lada Vesta А123ВС77"."""
        return describe(self.form(), self.client.picked(), self.vehicle.picked())

    # -- readiness ---------------------------------------------------------------------------

    def problems(self) -> list[ValidationError]:
        """What stops saving: the service's checks, the sections' own, the messages shown."""
        local = [p for section in self.sections for p in section.local_problems()]
        odometer = self.condition.odometer_check()
        return form_problems(self.form(), odometer, local, self.messages)

    def update_readiness(self) -> None:
        self._refresh_discount()
        self.show_readiness([problem.field for problem in self.problems()])

    def _refresh_discount(self) -> None:
        """Ask the rule what this client's visit earns; a new client has no visits to count."""
        form = self.form()
        advice = None
        if form.client_id is not None:
            try:
                advice = loyalty.discount_for_intake(
                    self.context.db,
                    self.context.actor,
                    form.client_id,
                    form.vehicle_id,
                    form.estimate,
                )
            except DeskError:
                advice = None
        self.money.set_discount_advice(advice)

    def check_field(self, field: str) -> None:
        """The whole form's rules applied to the one field the user just left."""
        errors = [p for p in self.problems() if p.field == field]
        if errors:
            self.messages.show_error(errors[0])
        else:
            self.messages.clear(field)
        self.readiness_timer.start()

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> AcceptedOrder | None:
        """Save the intake as a work order; on refusal every message goes beside its field."""
        if self.client.search.is_open():
            return None
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)  # editors commit their text
        problems = self.problems()
        if problems:
            self.retry.finish()
            self.show_errors(problems)
            return None
        try:
            order = intake.accept_vehicle(
                self.context.db, self.context.actor, self.form(), tz=self._tz
            )
        except RETRYABLE_ERRORS as error:
            self._wait_to_retry(error)
            return None
        except InvalidForm as refused:
            self.retry.finish()
            self.show_errors(list(refused.errors))
            return None
        except ValidationError as error:
            self.retry.finish()
            self.show_errors([error])
            return None
        except DeskError as error:
            self.retry.finish()
            self.show_general(error_text(error))
            self.sig_status_message.emit(error_text(error))
            return None
        self.drafts.saved()
        self.sig_saved.emit(order)
        self.start_new()
        return order

    def _wait_to_retry(self, error: StoreError) -> None:
        """The database does not answer: keep everything, say so, and try again later."""
        if not self.retry.is_retrying():
            self.sig_status_message.emit(error_text(error))
        self.general.hide()
        self.retry.failed(
            error_text(error)
            + "\n"
            + self.tr("Your input is kept; it will be saved when the connection is back.")
        )

    def _save_again(self) -> None:
        """The countdown ran out: save what the form holds now, leaving the focus where the
        user is typing if it fails again."""
        if self.client.search.is_open():
            self.retry.failed(self.retry.message.text())
            return
        focused = QApplication.focusWidget()
        self.save()
        if self.retry.is_retrying() and focused is not None and self.isAncestorOf(focused):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def _retry_stopped(self) -> None:
        self.show_general(
            self.tr(
                "Not saved: the database does not answer. Your input is kept: save again "
                "when the database is back."
            )
        )

    def show_errors(self, errors: list[ValidationError]) -> None:
        """Each message beside its field, the first field in Tab order focused."""
        for error in errors:
            self.messages.show_error(error)
        card = existing_card(errors)
        if card is not None:
            text = self.tr("Use this car and its owner") if card.vehicle_id else None
            action = BarAction(
                text or self.tr("Use this client"),
                lambda: self.use_existing(card),
                "useExisting",
                default=True,
            )
            self.bar.show_message(error_text(card.error), [action], BarKind.WARNING)
        self.update_readiness()
        first = first_field(self.messages, errors, self._tab_chain(), self)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(first)

    def use_existing(self, card: ExistingCard) -> None:
        """Take the client (and car) on file that a refused phone or VIN belongs to."""
        db, actor = self.context.db, self.context.actor
        hit = lookup_hit(db, actor, card.client_id, card.vehicle_id, card.hints)
        self.bar.hide()
        if hit is None:
            return
        self.messages.clear_prefix("new_client")
        self.messages.clear("new_vehicle.vin")
        typed_car = self.vehicle.values()["new_vehicle"]
        self.client.pick(hit)
        if card.vehicle_id is None and typed_car is not None:
            self.vehicle.set_picked(None)  # the car typed for him stays
        self.focus_first()

    # -- leaving -----------------------------------------------------------------------------

    def cancel(self) -> None:
        """Leave the form: at once when empty, after a question on the bar otherwise."""
        if self.client.search.is_open():
            self.client.search.hide_results()
        elif self.is_blank():
            self.discard()
        else:
            keep = BarAction(
                self.tr("Keep editing"), self._keep_editing, "keepEditing", default=True
            )
            self.bar.show_message(
                self.tr("Discard this intake? What was typed will be lost."),
                [BarAction(self.tr("Discard"), self.discard, "confirmDiscard"), keep],
                BarKind.WARNING,
            )
            self.bar.buttons[-1].setFocus()

    def _keep_editing(self) -> None:
        self.bar.hide()
        self.focus_first()

    def discard(self) -> None:
        """Forget what was typed and its draft; back to the day's list."""
        self.drafts.discard()
        self.start_new()
        self.sig_closed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        if not self._loading:
            self.drafts.keep()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape that no field used (a list open, a note edited) asks to leave the form."""
        if event.key() == Qt.Key.Key_Escape and QApplication.activePopupWidget() is None:
            self.cancel()
            return
        super().keyPressEvent(event)
