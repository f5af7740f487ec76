"""Closing a request: the requester judges the answer, good or not good, and may score it.

The internal customer judges the department (DOMAIN.md, seed 003). One bad answer weighs
heavily, so "Not good" must say what was wrong (the service's rule; its message appears
beside the comment). Neither choice is made for him: the form asks until he picks one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import request_closing
from desk_app.services.request_detail import RequestDetail
from desk_app.ui.area import AreaContext
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.labels import department_label, request_kind_label
from desk_app.ui.requests.form_dialog import RequestFormDialog


class RatingDialog(RequestFormDialog):
    def __init__(
        self, context: AreaContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, detail, parent)
        self.setWindowTitle(self.tr("Close and rate request {number}").format(number=detail.id))
        intro = QLabel(
            self.tr("How did the {department} answer “{kind}”? Your rating is its score.").format(
                department=department_label(detail.to_department),
                kind=request_kind_label(detail.kind),
            )
        )
        intro.setWordWrap(True)
        self.good_button = QRadioButton(self.tr("&Good"))
        self.good_button.setObjectName("good")
        self.not_good_button = QRadioButton(self.tr("&Not good"))
        self.not_good_button.setObjectName("notGood")
        self.verdict = QButtonGroup(self)
        self.verdict.addButton(self.good_button)
        self.verdict.addButton(self.not_good_button)
        self.verdict.buttonToggled.connect(lambda _button, _on: self._verdict_changed())
        verdict_row = QWidget()
        row = QHBoxLayout(verdict_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.good_button)
        row.addWidget(self.not_good_button)
        row.addStretch(1)

        self.score_combo = QComboBox()
        self.score_combo.setObjectName("score")
        self.score_combo.addItem(self.tr("no score"), None)
        for score in range(1, 6):
            self.score_combo.addItem(str(score), score)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("comment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.comment_hint = QLabel()
        self.comment_hint.setStyleSheet(MUTED_STYLE)
        self.comment_hint.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_row(form, self.tr("The answer was:"), verdict_row, "good", self.good_button)
        self.form_row(form, self.tr("&Score (1–5):"), self.score_combo, "score")
        self.form_row(form, self.tr("&Comment:"), self.comment_edit, "comment")
        form.addRow("", self.comment_hint)

        buttons, self.close_button = self.button_box(
            self.tr("Close the request"), "closeRequest", self.confirm, self.tr("Back")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._verdict_changed()
        self.good_button.setFocus()

    def _verdict_changed(self) -> None:
        if self.not_good_button.isChecked():
            self.comment_hint.setText(
                self.tr("Required for “Not good”: the department learns from it.")
            )
        else:
            self.comment_hint.setText(self.tr("Optional."))

    def set_score(self, score: int | None) -> None:
        self.score_combo.setCurrentIndex(0 if score is None else self.score_combo.findData(score))

    def confirm(self) -> bool:
        self.clear_errors()
        if not (self.good_button.isChecked() or self.not_good_button.isChecked()):
            self.show_message("good", self.tr("Choose “Good” or “Not good”."))
            return False
        good = self.good_button.isChecked()
        score = self.score_combo.currentData()
        comment = self.comment_edit.toPlainText()
        db, actor = self.context.db, self.context.actor
        request_id = self.detail.id if self.detail else 0
        return self.run(
            lambda: request_closing.close_request(
                db,
                actor,
                request_id,
                good=good,
                score=score if isinstance(score, int) else None,
                comment=comment,
                expected_version=self.version,
            )
        )
