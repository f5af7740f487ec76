"""Internal service: the departments' agreed standards (response time and service windows
per request kind, with the days the shop is closed), the request's promised and actual
answer times, the parts clerk's answer per requested part (stock, price, bin, ETA, reserved,
issued to the order), the survey of the departments and their jointly set goals.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

``request_items`` gains a foreign key, so it is rebuilt in a batch on SQLite (it has no
triggers to lose); ``internal_requests`` only gains plain columns.
"""

import warnings
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

import desk_app.models.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEPARTMENTS = ("reception", "workshop", "parts", "finance", "management")
REQUEST_KINDS = (
    "parts_availability",
    "parts_reserve",
    "parts_issue",
    "parts_order",
    "finance_prepayment",
    "finance_discount",
    "finance_invoice",
    "finance_refund",
    "finance_reimburse",
    "info_figures",
)
CRITERIA = (
    "competence",
    "accessibility",
    "courtesy",
    "reliability",
    "safety",
    "responsibility",
    "communication",
    "understanding",
    "tangibles",
)

# The standards this release ships (a copy, not an import: this step must stay as it
# shipped). Windows are (weekdays, opens, closes) in minutes after local midnight.
WEEKDAYS = (0, 1, 2, 3, 4)
PARTS_HOURS = ((WEEKDAYS, 9 * 60, 19 * 60), ((5,), 10 * 60, 16 * 60))
OFFICE_HOURS = ((WEEKDAYS, 9 * 60, 18 * 60),)
DEFAULT_STANDARDS = (
    ("parts_availability", 15, PARTS_HOURS),
    ("parts_reserve", 30, PARTS_HOURS),
    ("parts_issue", 20, PARTS_HOURS),
    ("parts_order", 120, PARTS_HOURS),
    ("finance_prepayment", 30, OFFICE_HOURS),
    ("finance_discount", 60, OFFICE_HOURS),
    ("finance_invoice", 240, OFFICE_HOURS),
    ("finance_refund", 540, OFFICE_HOURS),
    ("finance_reimburse", 360, (((0,), 10 * 60, 16 * 60),)),
    ("info_figures", 540, OFFICE_HOURS),
)
# Russia's public non-working days, every year (the manager adds the year's bridges).
PUBLIC_HOLIDAYS = (
    *((1, day, "New Year holidays") for day in range(1, 7)),
    (1, 7, "Christmas"),
    (1, 8, "New Year holidays"),
    (2, 23, "Defender of the Fatherland Day"),
    (3, 8, "International Women's Day"),
    (5, 1, "Spring and Labour Day"),
    (5, 9, "Victory Day"),
    (6, 12, "Russia Day"),
    (11, 4, "Unity Day"),
)


PART_LINE_FK = "fk_request_items_part_line_id_part_lines"


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _moment(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, desk_app.models.base.UtcDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    _standards()
    _survey()
    op.create_table(
        "joint_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("supplier", _enum("goal_supplier", *DEPARTMENTS), nullable=False),
        sa.Column("customer", _enum("goal_customer", *DEPARTMENTS), nullable=False),
        sa.Column("target", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        _moment("agreed_at", nullable=False),
        sa.Column("agreed_by_id", sa.Integer(), nullable=False),
        sa.Column("fact", sa.Numeric(precision=12, scale=2), nullable=True),
        _moment("fact_recorded_at"),
        sa.Column("fact_recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("supplier <> customer", name=op.f("ck_joint_goals_two_departments")),
        sa.CheckConstraint("target > 0", name=op.f("ck_joint_goals_target")),
        sa.ForeignKeyConstraint(
            ["agreed_by_id"], ["staff.id"], name=op.f("fk_joint_goals_agreed_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["fact_recorded_by_id"],
            ["staff.id"],
            name=op.f("fk_joint_goals_fact_recorded_by_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_goals")),
    )
    for name in ("window_opens_at", "due_at", "responded_at"):
        op.add_column("internal_requests", _moment(name))
    op.add_column("request_items", sa.Column("in_stock", sa.Boolean(), nullable=True))
    op.add_column("request_items", sa.Column("available", sa.Numeric(10, 3), nullable=True))
    op.add_column(
        "request_items", sa.Column("unit_price", desk_app.models.base.Money(precision=14, scale=2))
    )
    op.add_column(
        "request_items", sa.Column("bin", sa.String(length=40), nullable=False, server_default="")
    )
    for name in ("eta", "reserved_at", "issued_at"):
        op.add_column("request_items", _moment(name))
    if op.get_bind().dialect.name != "sqlite":
        op.add_column("request_items", sa.Column("part_line_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            PART_LINE_FK,
            "request_items",
            "part_lines",
            ["part_line_id"],
            ["id"],
            ondelete="SET NULL",
        )
        return
    # SQLite cannot add a constraint to a table: the batch rebuilds it (it has no triggers);
    # reflecting it reaches the card file's expression index, which SQLite cannot reflect
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table("request_items") as batch:
            batch.add_column(sa.Column("part_line_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                PART_LINE_FK, "part_lines", ["part_line_id"], ["id"], ondelete="SET NULL"
            )


def _standards() -> None:
    closed = op.create_table(
        "closed_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("every_year", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_days")),
        sa.UniqueConstraint("day", name=op.f("uq_closed_days_day")),
    )
    op.bulk_insert(
        closed,
        [
            {"day": date(2000, month, day), "every_year": True, "reason": reason}
            for month, day, reason in PUBLIC_HOLIDAYS
        ],
    )
    standards = op.create_table(
        "service_standards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("requestkind", *REQUEST_KINDS), nullable=False),
        sa.Column("response_minutes", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("response_minutes >= 0", name=op.f("ck_service_standards_response")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_standards")),
        sa.UniqueConstraint("kind", name=op.f("uq_service_standards_kind")),
    )
    windows = op.create_table(
        "service_windows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Integer(), nullable=False),
        sa.Column("closes", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "opens >= 0 AND opens < closes AND closes <= 1440",
            name=op.f("ck_service_windows_span"),
        ),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_service_windows_weekday")),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["service_standards.id"],
            name=op.f("fk_service_windows_standard_id_service_standards"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_windows")),
    )
    op.create_index(
        op.f("ix_service_windows_standard_id"), "service_windows", ["standard_id"], unique=False
    )
    op.bulk_insert(
        standards,
        [
            {"id": number, "kind": kind, "response_minutes": minutes, "version": 1}
            for number, (kind, minutes, _hours) in enumerate(DEFAULT_STANDARDS, start=1)
        ],
    )
    op.bulk_insert(
        windows,
        [
            {"standard_id": number, "weekday": weekday, "opens": opens, "closes": closes}
            for number, (_kind, _minutes, hours) in enumerate(DEFAULT_STANDARDS, start=1)
            for weekdays, opens, closes in hours
            for weekday in weekdays
        ],
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('service_standards', 'id'), "
            "(SELECT max(id) FROM service_standards))"
        )


def _survey() -> None:
    op.create_table(
        "survey_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        _moment("opened_at", nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        _moment("closed_at"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["staff.id"], name=op.f("fk_survey_rounds_opened_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_rounds")),
    )
    op.create_table(
        "survey_participations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("rated_department", _enum("departmentkind", *DEPARTMENTS), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["survey_rounds.id"],
            name=op.f("fk_survey_participations_round_id_survey_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_survey_participations_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_participations")),
        sa.UniqueConstraint(
            "round_id",
            "staff_id",
            "rated_department",
            name=op.f("uq_survey_participations_round_id"),
        ),
    )
    op.create_table(
        "survey_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column(
            "rater_department", _enum("survey_rater_department", *DEPARTMENTS), nullable=False
        ),
        sa.Column(
            "rated_department", _enum("survey_rated_department", *DEPARTMENTS), nullable=False
        ),
        sa.Column("criterion", _enum("surveycriterion", *CRITERIA), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_survey_scores_score")),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["survey_rounds.id"],
            name=op.f("fk_survey_scores_round_id_survey_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_scores")),
    )
    op.create_index(op.f("ix_survey_scores_round_id"), "survey_scores", ["round_id"], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(PART_LINE_FK, "request_items", type_="foreignkey")
    else:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
            with op.batch_alter_table("request_items") as batch:
                batch.drop_constraint(PART_LINE_FK, type_="foreignkey")
    for name in (
        "part_line_id",
        "issued_at",
        "reserved_at",
        "eta",
        "bin",
        "unit_price",
        "available",
        "in_stock",
    ):
        op.drop_column("request_items", name)
    for name in ("responded_at", "due_at", "window_opens_at"):
        op.drop_column("internal_requests", name)
    op.drop_table("joint_goals")
    op.drop_index(op.f("ix_survey_scores_round_id"), table_name="survey_scores")
    op.drop_table("survey_scores")
    op.drop_table("survey_participations")
    op.drop_table("survey_rounds")
    op.drop_index(op.f("ix_service_windows_standard_id"), table_name="service_windows")
    op.drop_table("service_windows")
    op.drop_table("service_standards")
    op.drop_table("closed_days")
