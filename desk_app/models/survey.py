"""The survey of internal service (DOMAIN.md, seed 002): each department rates the others.

A round is opened by the manager; every member of a department rates each other department
on the nine criteria, 1 to 5. Scores carry the rater's department but not his name: who
took part is kept apart (``SurveyParticipation``), only so nobody rates a department twice.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Versioned, enum_type, intpk
from desk_app.models.staff import DepartmentKind


class SurveyCriterion(StrEnum):
    """The nine criteria of service quality the survey asks about."""

    COMPETENCE = "competence"
    ACCESSIBILITY = "accessibility"
    COURTESY = "courtesy"
    RELIABILITY = "reliability"
    SAFETY = "safety"
    RESPONSIBILITY = "responsibility"
    COMMUNICATION = "communication"
    UNDERSTANDING = "understanding"
    TANGIBLES = "tangibles"


class SurveyRound(Versioned, Base):
    __tablename__ = "survey_rounds"

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(String(120))
    opened_at: Mapped[datetime]
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None]

    scores: Mapped[list[SurveyScore]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )


class SurveyScore(Base):
    """One anonymous score: a department's member rated another department on a criterion."""

    __tablename__ = "survey_scores"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score"),)

    id: Mapped[intpk]
    round_id: Mapped[int] = mapped_column(
        ForeignKey("survey_rounds.id", ondelete="CASCADE"), index=True
    )
    rater_department: Mapped[DepartmentKind] = mapped_column(
        enum_type(DepartmentKind, name="survey_rater_department")
    )
    rated_department: Mapped[DepartmentKind] = mapped_column(
        enum_type(DepartmentKind, name="survey_rated_department")
    )
    criterion: Mapped[SurveyCriterion] = mapped_column(enum_type(SurveyCriterion))
    score: Mapped[int] = mapped_column(Integer)

    round: Mapped[SurveyRound] = relationship(back_populates="scores")


class SurveyParticipation(Base):
    """That a person rated a department in a round (never which scores he gave)."""

    __tablename__ = "survey_participations"
    __table_args__ = (UniqueConstraint("round_id", "staff_id", "rated_department"),)

    id: Mapped[intpk]
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    rated_department: Mapped[DepartmentKind] = mapped_column(enum_type(DepartmentKind))
