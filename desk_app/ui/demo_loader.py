"""Filling an empty database with the demo shop, with a progress dialog and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk_app.services import demo
from desk_app.store.database import Database
from desk_app.ui.tasks import BackgroundTask

STAGE_TEXT: dict[demo.DemoStage, str] = {
    demo.DemoStage.STAFF: "Hiring the staff…",
    demo.DemoStage.CLIENTS: "Writing client cards…",
    demo.DemoStage.VEHICLES: "Registering vehicles…",
    demo.DemoStage.WORK_ORDERS: "Filling three years of work orders…",
    demo.DemoStage.APPOINTMENTS: "Booking appointments…",
    demo.DemoStage.REQUESTS: "Filing internal requests…",
    demo.DemoStage.DONE: "Saving…",
}


def stage_text(stage: object) -> str:
    if isinstance(stage, demo.DemoStage):
        return QCoreApplication.translate("DemoLoader", STAGE_TEXT[stage])
    return ""


class DemoLoader(QProgressDialog):
    """Runs ``demo.generate_demo`` off the GUI thread; ``run()`` waits for it, the GUI alive."""

    def __init__(
        self, db: Database, size: demo.DemoSize | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo shop"))
        self.setLabelText(self.tr("Preparing the demo shop…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.summary: demo.DemoSummary | None = None
        self.error: BaseException | None = None
        chosen = size or demo.DemoSize()
        self.task = BackgroundTask(
            lambda report, is_cancelled: demo.generate_demo(
                db, chosen, progress=report, should_cancel=is_cancelled
            ),
            self,
        )
        self.task.sig_progress.connect(self._show_progress)
        self.task.sig_finished.connect(self._finished)
        self.task.sig_failed.connect(self._failed)
        self.canceled.connect(self._cancel)
        self._loop = QEventLoop(self)

    def run(self) -> demo.DemoSummary | None:
        """Start, show progress until done; the summary, or None with ``error`` set."""
        self.show()
        self.task.start()
        self._loop.exec()
        self.close()
        return self.summary

    def _show_progress(self, done: int, total: int, stage: object) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, total))
        text = stage_text(stage)
        if text:
            self.setLabelText(text)

    def _cancel(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self.task.cancel()

    def _finished(self, summary: object) -> None:
        self.summary = summary if isinstance(summary, demo.DemoSummary) else None
        self._loop.quit()

    def _failed(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._loop.quit()
