"""The Intake area: the day's overview and the intake form, one in front of the other.

The overview (``overview.py``) lists the day's appointments and the latest intakes; the
form (``form.py``) takes one car in. Ctrl+N or "New intake" opens the form; Enter or a
double click on a booked appointment opens it prefilled, as ``start_intake_from_appointment``
does for the calendar. A draft left by a crash or an accidental close is offered back on a
bar each time the area is opened; an order just saved is announced on a bar too.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.services import drafts
from desk_app.services.appointments import AppointmentRow
from desk_app.services.intake import AcceptedOrder
from desk_app.services.permissions import Action, Area
from desk_app.ui.appointments import AppointmentsPanel
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import local_date, workstation_time_zone
from desk_app.ui.intake.bars import BarAction, BarKind, InlineBar
from desk_app.ui.intake.form import IntakeFormWidget
from desk_app.ui.intake.overview import IntakeOverview

__all__ = ["IntakeArea"]


class IntakeArea(AreaWidget):
    """The receptionist's main screen: today's bookings, and the form that accepts a car."""

    area = Area.INTAKE

    sig_intake_saved = Signal(int, str)
    """A car was accepted (int: the work order's id; str: its number, e.g. "26-000123")."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, tz: tzinfo | None = None
    ) -> None:
        super().__init__(context, parent)
        self._tz = tz or workstation_time_zone()
        self.overview = IntakeOverview(context, self._tz)
        self.appointments = AppointmentsPanel(context, tz=self._tz)
        self.desk_tabs = QTabWidget()
        self.desk_tabs.setDocumentMode(True)
        self.desk_tabs.addTab(self.overview, self.tr("&Today"))
        self.desk_tabs.addTab(self.appointments, self.tr("&Appointments"))
        self.desk_tabs.currentChanged.connect(self._desk_tab_changed)
        self.form = IntakeFormWidget(context, self._tz)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.desk_tabs)
        self.stack.addWidget(self.form)
        self.draft_bar = InlineBar()
        self.draft_bar.setObjectName("draftBar")
        self.result_bar = InlineBar()
        self.result_bar.setObjectName("resultBar")
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.result_bar)
        layout.addWidget(self.stack, 1)

        QShortcut(
            QKeySequence.StandardKey.New,
            self,
            self.start_new_intake,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for page in (self.overview, self.form, self.appointments):
            page.sig_status_message.connect(self.sig_status_message)
        self.appointments.sig_start_intake.connect(self.start_intake_from_appointment)
        self.appointments.sig_changed.connect(self.overview.refresh)
        self.overview.sig_new_intake.connect(self.start_new_intake)
        self.overview.sig_accept_appointment.connect(self._accept_booked)
        self.overview.sig_open_client.connect(lambda id_: self.sig_open_record.emit("client", id_))
        self.overview.sig_open_order.connect(
            lambda id_: self.sig_open_record.emit("work_order", id_)
        )
        self.form.sig_saved.connect(self._saved)
        self.form.sig_closed.connect(self.show_overview)
        self.form.sig_back.connect(self.show_overview)

    def title(self) -> str:
        return self.tr("Intake")

    def refresh(self) -> None:
        """Reload the day's lists, and offer back a draft the form does not hold."""
        self.overview.refresh()
        self.offer_draft()

    # -- the two pages ------------------------------------------------------------------------

    def is_form_open(self) -> bool:
        return self.stack.currentWidget() is self.form

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.desk_tabs)
        self.desk_tabs.setCurrentWidget(self.overview)
        self.overview.set_intake_in_progress(not self.form.is_blank())
        self.overview.refresh()
        self.overview.appointment_view.setFocus()

    def show_appointments(self) -> None:
        """The booking calendar (day and week), where a booking turns into an intake."""
        self.stack.setCurrentWidget(self.desk_tabs)
        self.desk_tabs.setCurrentWidget(self.appointments)

    def _desk_tab_changed(self, index: int) -> None:
        page = self.desk_tabs.widget(index)
        if page is self.appointments:
            self.appointments.refresh()
        elif page is self.overview:
            self.overview.refresh()

    def show_form(self) -> None:
        self.stack.setCurrentWidget(self.form)
        self.form.focus_first()

    def start_new_intake(self) -> bool:
        """Open the form: empty, or as it was left if an intake is being filled in."""
        if not self.context.actor.can(Action.ACCEPT_VEHICLE):
            return False
        if self._kept_draft_waiting():
            return False
        if self.form.is_blank() and not self.form.start_new():
            return False
        self.draft_bar.hide()
        self.show_form()
        return True

    def start_intake_from_appointment(self, appointment_id: int) -> bool:
        """Open the form prefilled from a booked appointment (its client, car and reason).

        Refused (False, with a message) while another intake is being filled in, so
        nothing typed is lost, and when the appointment cannot turn into an intake.
        """
        if not self.context.actor.can(Action.ACCEPT_VEHICLE):
            return False
        if self._kept_draft_waiting():
            return False
        if not self.form.is_blank():
            self.show_form()
            self.result_bar.show_message(
                self.tr("Another intake is being filled in: save it or cancel it first."),
                kind=BarKind.WARNING,
            )
            return False
        row = self.overview.appointment_row(appointment_id)
        hints = [row.phone, row.plate, row.client_name] if row else []
        if not self.form.start_from_appointment(appointment_id, hints):
            return False
        self.draft_bar.hide()
        self.result_bar.hide()
        self.show_form()
        return True

    def _kept_draft_waiting(self) -> bool:
        """A kept draft is offered: a new form would overwrite it, so ask for a decision first."""
        if self.draft_bar.isHidden() or not self.form.is_blank():
            return False
        self.sig_status_message.emit(
            self.tr("An unfinished intake was kept: restore it or discard it first.")
        )
        return True

    def _accept_booked(self, row: AppointmentRow) -> None:
        self.start_intake_from_appointment(row.id)

    # -- drafts and results -------------------------------------------------------------------

    def offer_draft(self) -> None:
        """Offer "An unfinished intake from 14:02 was kept — Restore / Discard" if there is one."""
        if not self.context.actor.can(Action.ACCEPT_VEHICLE) or not self.form.is_blank():
            self.draft_bar.hide()
            return
        try:
            draft = drafts.pending_draft(self.context.db, self.context.actor)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        if draft is None:
            self.draft_bar.hide()
            return
        self.draft_bar.show_message(
            self.tr("An unfinished intake from {when} was kept.").format(
                when=self._when(draft.updated_at)
            ),
            [
                BarAction(
                    self.tr("Restore"),
                    lambda: self._restore(draft.payload),
                    "restoreDraft",
                    default=True,
                ),
                BarAction(self.tr("Discard"), self._discard_draft, "discardDraft"),
            ],
            BarKind.INFO,
            closable=False,
        )

    def _when(self, moment: datetime) -> str:
        local = moment.astimezone(self._tz)
        time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == self.overview.today():
            return time
        return f"{local_date(local)} {time}"

    def _restore(self, payload: dict) -> None:
        if self.form.restore(payload):
            self.draft_bar.hide()
            self.result_bar.hide()
            self.show_form()

    def _discard_draft(self) -> None:
        try:
            drafts.discard_draft(self.context.db, self.context.actor)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
        self.draft_bar.hide()

    def _saved(self, order: AcceptedOrder) -> None:
        summary = self.form.summary()
        text = self.tr("Work order <b>{number}</b> is saved: {summary}.").format(
            number=order.number, summary=summary
        )
        self.result_bar.show_message(
            text,
            [
                BarAction(
                    self.tr("Print acceptance act"),
                    lambda: None,
                    "printAct",
                    enabled=False,
                    tooltip=self.tr("Printing comes with the documents: not available yet."),
                ),
            ],
            BarKind.SUCCESS,
        )
        self.overview.refresh()
        self.sig_status_message.emit(
            self.tr("Work order {number} is saved.").format(number=order.number)
        )
        self.sig_intake_saved.emit(order.id, order.number)
