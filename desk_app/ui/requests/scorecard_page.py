"""How each department serves the others: cards, a weekly trend and the weakest link.

Everyone who works with requests reads this page (seed 003: a department is judged by its
internal customers), so the figures are the same for all. The last "not good" answer is
shown in full on each card, in a red box, however good the shares around it look: one bad
answer is never averaged away.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.services import scorecards, weakest_link
from desk_app.services.permissions import Actor
from desk_app.services.scorecards import NotGood, Scorecard
from desk_app.services.weakest_link import LinkRow
from desk_app.store.database import Database
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.figure_parts import CardFrame, section_heading, small_table
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_date, number, workstation_time_zone
from desk_app.ui.labels import department_label
from desk_app.ui.requests.scorecard_chart import COLOURS, TrendChart
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.tasks import LatestOnly

CONTEXT = "ScorecardPage"
PERIODS: list[tuple[str, int]] = [
    (QT_TRANSLATE_NOOP("ScorecardPage", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("ScorecardPage", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("ScorecardPage", "Last 12 months"), 365),
]
WEAKEST_COLOUR = QColor("#f9d9d5")


def share_text(share: float | None, part: int, whole: int) -> str:
    """“87 % (45/52)”, or a dash when there is nothing to divide."""
    if share is None:
        return "—"
    return f"{number(round(share * 100))} % ({part}/{whole})"


def duration_text(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    if minutes < 60:
        return QCoreApplication.translate("ScorecardPage", "{n} min").format(
            n=number(round(minutes))
        )
    if minutes < 48 * 60:
        return QCoreApplication.translate("ScorecardPage", "{n} h").format(
            n=number(minutes / 60, 1)
        )
    return QCoreApplication.translate("ScorecardPage", "{n} days").format(
        n=number(minutes / 1440, 1)
    )


LINK_COLUMNS: list[Column[LinkRow]] = [
    Column(
        QT_TRANSLATE_NOOP("ScorecardPage", "Department"),
        lambda r: department_label(r.department),
        context=CONTEXT,
        background=lambda r: WEAKEST_COLOUR if r.weakest else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("ScorecardPage", "Cars held up"),
        lambda r: number(r.cars_held_up),
        align_right=True,
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ScorecardPage", "Late answers"),
        lambda r: number(r.late_requests),
        align_right=True,
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("ScorecardPage", "Late hours"),
        lambda r: number(r.late_hours, 1),
        align_right=True,
        context=CONTEXT,
    ),
]


class NotGoodBox(QFrame):
    """The last "not good" answer, marked so that nobody reads past it."""

    def __init__(self, card: Scorecard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notGoodBox")
        last = card.last_not_good
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #5f6b76;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        if last is None:
            self.setStyleSheet("#notGoodBox { background: #eef6ee; border-radius: 4px; }")
            self.title.setText(self.tr("No “not good” answers in this period"))
            self.title.setStyleSheet("color: #2e6b34;")
            return
        self.setStyleSheet(
            "#notGoodBox { background: #fdecea; border: 1px solid #d93025; border-radius: 4px; }"
        )
        self.title.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.title.setText(self.tr("Last “not good” (%n in this period)", "", card.not_good))
        self.comment.setText(self._comment(last))
        self.comment.setStyleSheet("color: #1d2a36; font-style: italic;")
        self.details.setText(self._details(last))
        layout.addWidget(self.comment)
        layout.addWidget(self.details)

    def _comment(self, last: NotGood) -> str:
        if not last.comment.strip():
            return self.tr("(no comment)")
        return self.tr("“{comment}”").format(comment=last.comment.strip())

    def _details(self, last: NotGood) -> str:
        text = self.tr("{date}, {name} ({department}), request No. {number}").format(
            date=local_date(last.rated_at or last.filed_at),
            name=last.requester,
            department=department_label(last.from_department),
            number=last.request_id,
        )
        if last.score is not None:
            text += ", " + self.tr("score {score}/5").format(score=last.score)
        return text


class DepartmentCard(CardFrame):
    """One department's figures for the period, and its last "not good" answer."""

    def __init__(self, card: Scorecard, parent: QWidget | None = None) -> None:
        super().__init__("departmentCard", parent)
        self.card = card
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        title = QLabel(department_label(card.department))
        title.setStyleSheet(
            f"font-size: 13pt; font-weight: 600; color: {COLOURS[card.department]};"
        )
        score = (
            self.tr("{score} of 5").format(score=number(card.average_score, 1))
            if card.average_score is not None
            else "—"
        )
        self.values: dict[str, QLabel] = {}
        figures = [
            ("received", self.tr("Requests received"), number(card.volume)),
            ("median", self.tr("Median response"), duration_text(card.median_response_minutes)),
            (
                "within",
                self.tr("Answered within the standard"),
                share_text(card.within_standard_share, card.within_standard, card.judged),
            ),
            ("good", self.tr("Rated “good”"), share_text(card.good_share, card.good, card.rated)),
            ("score", self.tr("Average score"), score),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for row, (key, caption, value) in enumerate(figures):
            label = QLabel(caption)
            label.setStyleSheet("color: #4a5560;")
            self.values[key] = QLabel(value)
            self.values[key].setStyleSheet("font-weight: 600; color: #1d2a36;")
            self.values[key].setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, row, 0)
            grid.addWidget(self.values[key], row, 1)
        grid.setColumnStretch(0, 1)
        self.not_good_box = NotGoodBox(card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.not_good_box)
        layout.addStretch(1)


class ScorecardPage(QWidget):
    """The scorecards of every department that received requests, side by side.

    A year of a busy shop takes the database a moment, so the figures are read off the GUI
    thread: the window never freezes, "Loading…" shows meanwhile, and of refreshes that
    overtake each other (the period changed twice) only the last one is shown.
    """

    sig_shown = Signal()
    """The last refresh asked for is on screen (its figures, or why there are none)."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._tz = tz or workstation_time_zone()
        self.scorecards: list[Scorecard] = []
        self.links: list[LinkRow] = []
        self.cards: list[DepartmentCard] = []
        self.loader = LatestOnly(self)
        self.loader.sig_answered.connect(self._loaded)
        self.loader.sig_failed.connect(self._failed)

        self.period = QComboBox()
        for label, days in PERIODS:
            self.period.addItem(QCoreApplication.translate(CONTEXT, label), days)
        self.period.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setStyleSheet("color: #5f6b76;")
        self.loading.hide()
        heading = QLabel(self.tr("How the departments serve each other"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.loading)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        self.error = error_label()

        self.empty = QLabel(self.tr("No department received requests in this period."))
        self.empty.setStyleSheet("color: #5f6b76; font-size: 11pt;")
        self.empty.hide()
        self.card_row = QHBoxLayout()
        self.card_row.setSpacing(12)
        self.trend = TrendChart()

        self.link_model: RowTableModel[LinkRow] = RowTableModel(LINK_COLUMNS, self)
        self.link_table = small_table(self.link_model)
        self.link_sentence = QLabel()
        self.link_sentence.setWordWrap(True)
        self.link_sentence.setStyleSheet("font-size: 11pt;")
        link_note = QLabel(
            self.tr(
                "Cars ready after the time promised to the client, while a request to the "
                "department was answered late (or is still unanswered). The chain is no "
                "stronger than its weakest link."
            )
        )
        link_note.setWordWrap(True)
        link_note.setStyleSheet("color: #5f6b76;")
        link_text = QVBoxLayout()
        link_text.addWidget(self.link_sentence)
        link_text.addWidget(link_note)
        link_text.addStretch(1)
        links = QHBoxLayout()
        links.setSpacing(24)
        links.addWidget(self.link_table, 0, Qt.AlignmentFlag.AlignTop)
        links.addLayout(link_text, 1)

        self.body = QWidget()  # hidden until the first figures arrive: no empty chart
        self.body.hide()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.empty)
        body.addLayout(self.card_row)
        body.addSpacing(8)
        body.addWidget(self.trend)
        body.addSpacing(8)
        body.addWidget(section_heading(self.tr("The weakest link")))
        body.addLayout(links)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(top)
        page_layout.addWidget(self.error)
        page_layout.addWidget(self.body)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        """Read the figures of the chosen period again, off the GUI thread."""
        until = clock.now()
        since = until - timedelta(days=int(self.period.currentData()))
        self.loading.show()
        work = partial(_read, self.context.db, self.context.actor, since, until, self._tz)
        self.loader.ask((since, until), work)

    def is_loading(self) -> bool:
        """A refresh is not on screen yet."""
        return self.loader.is_busy()

    def _failed(self, _key: object, error: object) -> None:
        self.loading.hide()
        if not isinstance(error, DeskError):
            raise error  # type: ignore[misc]  # a bug: let the application's hook report it
        self.error.setText(error_text(error))
        self.error.show()
        self.sig_shown.emit()

    def _loaded(self, _key: object, found: tuple[list[Scorecard], list[LinkRow]]) -> None:
        self.loading.hide()
        self.error.hide()
        self.body.show()
        self.scorecards, self.links = found
        self._show_cards()
        self.trend.show_cards(self.scorecards)
        self.link_model.set_rows(self.links)
        self.link_sentence.setText(self._link_sentence())
        self.sig_shown.emit()

    def _show_cards(self) -> None:
        for card in self.cards:
            self.card_row.removeWidget(card)
            card.setParent(None)
            card.deleteLater()
        self.cards = [DepartmentCard(card) for card in self.scorecards]
        for card in self.cards:
            self.card_row.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
            card.show()
        self.empty.setVisible(not self.cards)

    def _link_sentence(self) -> str:
        weakest = next((row for row in self.links if row.weakest), None)
        if weakest is None:
            return self.tr("No car was held up by a late answer in this period.")
        return self.tr(
            "The weakest link: {department}. Its late answers held up %n car(s), "
            "{hours} h late in all.",
            "",
            weakest.cars_held_up,
        ).format(
            department=department_label(weakest.department), hours=number(weakest.late_hours, 1)
        )


def _read(
    db: Database, actor: Actor, since: datetime, until: datetime, tz: tzinfo
) -> tuple[list[Scorecard], list[LinkRow]]:
    """On the worker thread. It holds no widget: were it the last to let go of the page,
    the page would be deleted there, off the GUI thread, and crash the application."""
    return (
        scorecards.scorecards_overview(db, actor, since, until, tz),
        weakest_link.weakest_link(db, actor, since, until, tz),
    )
