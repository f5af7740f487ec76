"""The main window shell: navigation between areas, global search, status bar.

The shell knows which areas exist and which the person at the desk may open; each area
is its own widget, built the first time it is shown so start-up stays quick.

The window owns the change feed (``ui.change_signal``): the shop watcher and the requests
area's arrivals look as soon as it speaks, the area on show reloads when a table it shows
changed, and open order and client windows are told which tables changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desk_app.services import work_orders
from desk_app.services.permissions import Action, Area
from desk_app.services.workshop import ReadyCar
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.change_signal import ChangeFeed
from desk_app.ui.clients.card_dialog import ClientCardDialog
from desk_app.ui.labels import role_label
from desk_app.ui.live_updates import ShopWatcher
from desk_app.ui.orders.order_dialog import OrderDialog
from desk_app.ui.requests.arrivals import RequestArrivals
from desk_app.ui.settings import Settings
from desk_app.ui.timeline.area import WORK_ORDER

WATCHED_FROM_LOGIN = (Area.REQUESTS,)
"""Areas built at login because they hear of news for the person (new requests)."""
AreaFactory = Callable[[AreaContext, QWidget], AreaWidget]
READY_MESSAGE_MS = 60_000
"""How long "the car is ready: call the owner" stays in the status bar."""
AREA_TABLES = frozenset(
    {
        "internal_requests",
        "request_answers",
        "request_items",
        "clients",
        "client_phones",
        "vehicles",
        "contact_logs",
    }
)
"""Tables the areas show that the shop watcher's fingerprint does not follow: a change to
one reloads the area on show even when the watcher sees nothing new."""

AREA_TITLES: dict[Area, str] = {
    Area.INTAKE: QT_TRANSLATE_NOOP("MainWindow", "Intake"),
    Area.TIMELINE: QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
    Area.CLIENTS: QT_TRANSLATE_NOOP("MainWindow", "Clients"),
    Area.REQUESTS: QT_TRANSLATE_NOOP("MainWindow", "Requests"),
    Area.REPORTS: QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    Area.ADMIN: QT_TRANSLATE_NOOP("MainWindow", "Admin"),
}


def area_title(area: Area) -> str:
    return QCoreApplication.translate("MainWindow", AREA_TITLES[area])


class MainWindow(QMainWindow):
    sig_closed = Signal(bool)
    """The window closed (bool: True when the person logged out rather than quit)."""

    sig_restore_requested = Signal(str)
    """Admin asked to restore a backup (str: its file): the session closes the window,
    restores with the database closed, and asks who logs in again."""

    def __init__(
        self,
        context: AreaContext,
        settings: Settings,
        factories: dict[Area, AreaFactory],
        parent: QWidget | None = None,
        *,
        feed: ChangeFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._settings = settings
        self._factories = factories
        self._areas: dict[Area, AreaWidget] = {}
        self._logging_out = False
        self._actions: dict[Area, QAction] = {}
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Service desk — {name}").format(name=context.actor.full_name))
        self.resize(1280, 800)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_navigation()
        self._build_search()
        self._build_status_bar()
        self.feed = feed if feed is not None else ChangeFeed(context.db, self)
        self._area_change_due = False
        # first the window notes what is due, then the watcher looks (and may clear it)
        self.feed.sig_changed.connect(self._feed_changed)
        self.feed.sig_trouble.connect(lambda text: self.statusBar().showMessage(text))
        self.feed.sig_recovered.connect(self.statusBar().clearMessage)
        self.watcher = ShopWatcher(context, parent=self, feed=self.feed)
        self.watcher.sig_shop_changed.connect(self._shop_changed)
        self.watcher.sig_cars_ready.connect(self._cars_ready)
        self.watcher.sig_trouble.connect(lambda text: self.statusBar().showMessage(text))
        self.watcher.sig_recovered.connect(self.statusBar().clearMessage)
        self._restore()
        self._build_watching_areas()
        self.watcher.start()
        self.feed.start()

    # -- building -------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        bar = QToolBar(self.tr("Areas"))
        bar.setObjectName("areas")
        bar.setMovable(False)
        bar.setOrientation(Qt.Orientation.Vertical)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setStyleSheet(
            "QToolBar { background: #22313f; spacing: 2px; padding: 6px; }"
            "QToolButton { color: #e8eef3; padding: 10px 18px; font-size: 11pt;"
            " border: none; border-radius: 4px; text-align: left; }"
            "QToolButton:hover { background: #2f4356; }"
            "QToolButton:checked { background: #3d7ab8; color: white; font-weight: 600; }"
        )
        group = QActionGroup(self)
        group.setExclusive(True)
        allowed = [area for area in Area if self.context.actor.may_open(area)]
        for number, area in enumerate(allowed, start=1):
            action = QAction(area_title(area), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(f"{area_title(area)} ({action.shortcut().toString()})")
            action.triggered.connect(lambda _checked=False, a=area: self.show_area(a))
            group.addAction(action)
            bar.addAction(action)
            self._actions[area] = action
        buttons = [bar.widgetForAction(action) for action in self._actions.values()]
        width = max((button.sizeHint().width() for button in buttons), default=0)
        for button in buttons:
            button.setFixedWidth(width)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)

    def _build_search(self) -> None:
        bar = QToolBar(self.tr("Search"))
        bar.setObjectName("search")
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        self.search_box = QLineEdit()
        self.search_box.setObjectName("globalSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Find a client by name, phone, plate or VIN, or an order by number  (Ctrl+F)")
        )
        self.search_box.setMinimumWidth(420)
        self.search_box.returnPressed.connect(self._run_search)
        # Only those who may open client cards get the box: the workshop never sees clients.
        bar.addWidget(self.search_box).setVisible(self.context.actor.can(Action.VIEW_CLIENTS))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        log_out = QAction(self.tr("Log out"), self)
        log_out.triggered.connect(self._log_out)
        bar.addAction(log_out)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence.StandardKey.Find)
        focus_search.triggered.connect(self.focus_search)
        self.addAction(focus_search)

    def _build_status_bar(self) -> None:
        actor = self.context.actor
        roles = ", ".join(role_label(role) for role in sorted(actor.roles))
        self.user_label = QLabel(
            self.tr("{name} ({roles})").format(name=actor.full_name, roles=roles)
        )
        self.database_label = QLabel(
            self.tr("Database: {where}").format(where=self.context.db.describe())
        )
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def _restore(self) -> None:
        geometry = self._settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self._settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        wanted = self._settings.last_area
        areas = list(self._actions)
        start = next((area for area in areas if area.value == wanted), areas[0] if areas else None)
        if start is not None:
            self.show_area(start)

    def _build_watching_areas(self) -> None:
        """Areas that bring news (a new request for the parts clerk) are built at login, so
        the news reaches the person wherever he is working."""
        for area in WATCHED_FROM_LOGIN:
            if area in self._actions:
                self.area_widget(area)

    def _show_attention(self, area: Area, count: int) -> None:
        """The area's button tells how many things wait there, e.g. "Requests (2)"."""
        action = self._actions.get(area)
        if action is None:
            return
        title = area_title(area)
        action.setText(
            self.tr("{area} ({count})").format(area=title, count=count) if count else title
        )

    # -- behaviour ------------------------------------------------------------------------

    def allowed_areas(self) -> list[Area]:
        return list(self._actions)

    def area_widget(self, area: Area) -> AreaWidget:
        """The area's widget, built on first use."""
        widget = self._areas.get(area)
        if widget is None:
            widget = self._adopt(area, self._factories[area](self.context, self.stack))
        return widget

    def _adopt(self, area: Area, widget: AreaWidget) -> AreaWidget:
        """Take a newly built area into the window: its messages, links and news."""
        widget.sig_status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        widget.sig_open_record.connect(self.open_record)
        restore = getattr(widget, "sig_restore_requested", None)
        if restore is not None:
            restore.connect(self.sig_restore_requested)
        widget.sig_attention.connect(lambda count, a=area: self._show_attention(a, count))
        arrivals = getattr(widget, "arrivals", None)
        if isinstance(arrivals, RequestArrivals):  # the Requests area hears new requests
            arrivals.follow(self.feed)
        self.stack.addWidget(widget)
        self._areas[area] = widget
        return widget

    def current_area(self) -> Area | None:
        widget = self.stack.currentWidget()
        return widget.area if isinstance(widget, AreaWidget) else None

    def show_area(self, area: Area) -> AreaWidget:
        if area not in self._actions:
            raise ValueError(f"{area} is not open to {self.context.actor.full_name}")
        widget = self.area_widget(area)
        self._actions[area].setChecked(True)
        self.stack.setCurrentWidget(widget)
        widget.refresh()
        return widget

    def focus_search(self) -> None:
        if not self.context.actor.can(Action.VIEW_CLIENTS):
            return
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_record(self, kind: str, record_id: int) -> None:
        for area in self._actions:
            if self.area_widget(area).show_record(kind, record_id):
                self.show_area(area)
                return

    def _run_search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            return
        order_id = work_orders.order_by_number(self.context.db, self.context.actor, text)
        if order_id is not None:  # a number typed or a printed QR code scanned
            self.open_record(WORK_ORDER, order_id)
            return
        for area in self._actions:
            widget = self.area_widget(area)
            if widget.search(text):
                self._actions[area].setChecked(True)
                self.stack.setCurrentWidget(widget)
                return
        self.statusBar().showMessage(self.tr("Your role cannot search clients."), 5000)

    def _shop_changed(self) -> None:
        """Another desk moved something: the area on show reloads what it shows."""
        self._area_change_due = False
        widget = self.stack.currentWidget()
        if isinstance(widget, AreaWidget):
            widget.shop_changed()

    def _feed_changed(self, tables: frozenset[str]) -> None:
        """Another connection committed: open order and client windows hear which tables;
        the area on show reloads once, after the watcher had its look (which reloads it
        itself when the shop's fingerprint moved)."""
        for window in self.findChildren(QDialog):
            if isinstance(window, OrderDialog | ClientCardDialog):
                window.shared_data_changed(tables)
        if not tables or tables & AREA_TABLES:
            self._area_change_due = True
            QTimer.singleShot(0, self, self._area_change)

    def _area_change(self) -> None:
        if self._area_change_due:
            self._shop_changed()

    def _cars_ready(self, cars: list[ReadyCar]) -> None:
        """The quality check passed: reception is told to call the owners."""
        if len(cars) == 1:
            car = cars[0]
            text = self.tr("Order {number} ({vehicle}, {plate}) is ready: call {client}.")
            text = text.format(
                number=car.number,
                vehicle=car.vehicle_title,
                plate=car.plate,
                client=car.client_name,
            )
        else:
            text = self.tr("{count} cars are ready: call their owners ({numbers}).").format(
                count=len(cars), numbers=", ".join(car.number for car in cars)
            )
        self.statusBar().showMessage("🔔 " + text, READY_MESSAGE_MS)

    def _log_out(self) -> None:
        self._logging_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()
        self.feed.stop()
        self._settings.window_geometry = self.saveGeometry()
        self._settings.window_state = self.saveState()
        current = self.current_area()
        if current is not None:
            self._settings.last_area = current.value
        self._settings.sync()
        super().closeEvent(event)
        self.sig_closed.emit(self._logging_out)
