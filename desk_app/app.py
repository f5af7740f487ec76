"""Start-up: read the command line, open the database, log in, show the main window.

``main()`` is both ``python main.py`` and the installed ``desk-app`` command.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import __version__
from desk_app.errors import DeskError
from desk_app.resources import APP_ICON
from desk_app.services import auth, demo
from desk_app.services.permissions import Actor
from desk_app.store import Database, open_database
from desk_app.store.locations import data_dir, default_database_path
from desk_app.ui.area import AreaContext
from desk_app.ui.areas import AREA_FACTORIES
from desk_app.ui.demo_loader import DemoLoader
from desk_app.ui.errors import error_text, install_crash_handler
from desk_app.ui.first_manager_dialog import FirstManagerDialog
from desk_app.ui.i18n import SUPPORTED, install_translators
from desk_app.ui.login_dialog import LoginDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.settings import Settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DATABASE = 2


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="desk-app", description="The reception desk of a car service."
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="a SQLite file or a PostgreSQL URL "
        "(postgresql://user:password@host:5432/dbname); default: a file in your data folder",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty database with a demo shop"
    )
    parser.add_argument("--lang", choices=SUPPORTED, help="the language of the interface")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def start_logging(folder: Path) -> RotatingFileHandler:
    """Log the application's own messages to ``desk-app.log`` in the data folder."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "desk-app.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    package_log = logging.getLogger("desk_app")
    package_log.setLevel(logging.INFO)
    package_log.addHandler(handler)
    return handler


def stop_logging(handler: logging.Handler) -> None:
    logging.getLogger("desk_app").removeHandler(handler)
    handler.close()


def database_target(argument: str | None) -> str | Path:
    """The database the user named, or the default file (its folder created if needed)."""
    if argument:
        return argument
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def show_error(title: str, error: BaseException) -> None:
    QMessageBox.critical(None, title, error_text(error))


class DeskSession(QObject):
    """The life of the application after the database is open: log in, work, log out."""

    def __init__(self, db: Database, settings: Settings) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.window: MainWindow | None = None

    def ask_who(self) -> Actor | None:
        if auth.needs_first_manager(self.db):
            first = FirstManagerDialog(self.db)
            return first.actor if first.exec() else None
        login = LoginDialog(self.db, self.settings.last_user)
        if not login.exec() or login.actor is None:
            return None
        self.settings.last_user = login.actor.full_name
        return login.actor

    def start(self) -> bool:
        actor = self.ask_who()
        if actor is None:
            return False
        self.window = MainWindow(AreaContext(self.db, actor), self.settings, AREA_FACTORIES)
        self.window.sig_closed.connect(self._window_closed)
        self.window.show()
        # What start-up built lives as long as the window: keep it out of the collector's
        # full passes, which otherwise pause a busy timeline's repaint for ~90 ms
        # (bench/bench_timeline.py --freeze shows the difference).
        gc.collect()
        gc.freeze()
        return True

    def _window_closed(self, logged_out: bool) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        # Ask who is next once the old window is gone from the screen, not while it closes.
        QTimer.singleShot(0, self._after_log_out if logged_out else QCoreApplication.quit)

    def _after_log_out(self) -> None:
        if not self.start():
            QCoreApplication.quit()


def load_demo(db: Database) -> None:
    """Fill the database with the demo shop, or say why not."""
    if not demo.database_is_empty(db):
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "Demo shop"),
            QCoreApplication.translate(
                "App",
                "This database already has data, so the demo shop was not added. "
                "Start with --db and a new file name to try the demo.",
            ),
        )
        return
    loader = DemoLoader(db)
    loader.run()
    if loader.error is not None:
        show_error(QCoreApplication.translate("App", "Demo shop"), loader.error)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_handler = start_logging(data_dir())
    try:
        return run(args, Path(log_handler.baseFilename))
    finally:
        stop_logging(log_handler)


def run(args: argparse.Namespace, log_file: Path) -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # The workstation's settings live in the data folder, beside the database and the log.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir()))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("desk-app")
    app.setApplicationName("Service desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(APP_ICON)))
    settings = Settings()
    install_translators(app, args.lang or settings.language)
    install_crash_handler(log_file)

    try:
        db = open_database(database_target(args.db))
    except DeskError as error:
        log.warning("cannot open the database: %s", error.message)
        show_error(QCoreApplication.translate("App", "Cannot open the database"), error)
        return EXIT_DATABASE
    log.info("opened %s", db.describe())
    try:
        if args.demo:
            load_demo(db)
        session = DeskSession(db, settings)
        app.setQuitOnLastWindowClosed(False)
        if not session.start():
            return EXIT_OK
        return app.exec()
    finally:
        db.dispose()
