"""Which widget serves which area of the main window."""

from __future__ import annotations

from desk_app.services.permissions import Area
from desk_app.ui.admin.area import AdminArea
from desk_app.ui.clients.area import ClientsArea
from desk_app.ui.intake.area import IntakeArea
from desk_app.ui.main_window import AreaFactory
from desk_app.ui.reports.area import ReportsArea
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.timeline.area import TimelineArea

AREA_FACTORIES: dict[Area, AreaFactory] = {
    Area.INTAKE: IntakeArea,
    Area.TIMELINE: TimelineArea,
    Area.CLIENTS: ClientsArea,
    Area.REQUESTS: RequestsArea,
    Area.REPORTS: ReportsArea,
    Area.ADMIN: AdminArea,
}
