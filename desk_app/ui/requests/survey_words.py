"""The survey's nine criteria in the user's words: a short name and a one-line explanation.

The explanations say what a rater should look at, so that "5 for reliability" means the
same at the parts counter and in the workshop (seed 002).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.models import SurveyCriterion

CONTEXT = "SurveyWords"

CRITERION_LABEL: dict[SurveyCriterion, str] = {
    SurveyCriterion.COMPETENCE: QT_TRANSLATE_NOOP("SurveyWords", "Competence"),
    SurveyCriterion.ACCESSIBILITY: QT_TRANSLATE_NOOP("SurveyWords", "Accessibility"),
    SurveyCriterion.COURTESY: QT_TRANSLATE_NOOP("SurveyWords", "Courtesy"),
    SurveyCriterion.RELIABILITY: QT_TRANSLATE_NOOP("SurveyWords", "Reliability"),
    SurveyCriterion.SAFETY: QT_TRANSLATE_NOOP("SurveyWords", "Safety"),
    SurveyCriterion.RESPONSIBILITY: QT_TRANSLATE_NOOP("SurveyWords", "Responsibility"),
    SurveyCriterion.COMMUNICATION: QT_TRANSLATE_NOOP("SurveyWords", "Communication"),
    SurveyCriterion.UNDERSTANDING: QT_TRANSLATE_NOOP("SurveyWords", "Understanding the customer"),
    SurveyCriterion.TANGIBLES: QT_TRANSLATE_NOOP("SurveyWords", "Tangibles"),
}

CRITERION_HINT: dict[SurveyCriterion, str] = {
    SurveyCriterion.COMPETENCE: QT_TRANSLATE_NOOP(
        "SurveyWords", "Knows the job and has the skills to do it."
    ),
    SurveyCriterion.ACCESSIBILITY: QT_TRANSLATE_NOOP(
        "SurveyWords", "Easy to reach: answers the phone, is there when needed."
    ),
    SurveyCriterion.COURTESY: QT_TRANSLATE_NOOP(
        "SurveyWords", "Polite, respectful and friendly with us."
    ),
    SurveyCriterion.RELIABILITY: QT_TRANSLATE_NOOP(
        "SurveyWords", "Does what was promised, right the first time and on time."
    ),
    SurveyCriterion.SAFETY: QT_TRANSLATE_NOOP(
        "SurveyWords", "Cars, money and data are safe in their hands."
    ),
    SurveyCriterion.RESPONSIBILITY: QT_TRANSLATE_NOOP(
        "SurveyWords", "Takes our problem as their own and sees it through."
    ),
    SurveyCriterion.COMMUNICATION: QT_TRANSLATE_NOOP(
        "SurveyWords", "Keeps us informed in plain words, and listens."
    ),
    SurveyCriterion.UNDERSTANDING: QT_TRANSLATE_NOOP(
        "SurveyWords", "Knows what we need and why we ask."
    ),
    SurveyCriterion.TANGIBLES: QT_TRANSLATE_NOOP(
        "SurveyWords", "Tidy workplace, working tools, clear paperwork."
    ),
}


def criterion_label(criterion: SurveyCriterion) -> str:
    return QCoreApplication.translate(CONTEXT, CRITERION_LABEL[criterion])


def criterion_hint(criterion: SurveyCriterion) -> str:
    return QCoreApplication.translate(CONTEXT, CRITERION_HINT[criterion])
