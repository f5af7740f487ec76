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
from desk_app.services import auth, database_copies, demo
from desk_app.services.permissions import Actor
from desk_app.store import Database, StoreError, backups, open_database, secrets
from desk_app.store.connection_check import CheckKind, ConnectionCheck, check_connection
from desk_app.store.locations import data_dir, default_database_path
from desk_app.ui.area import AreaContext
from desk_app.ui.areas import AREA_FACTORIES
from desk_app.ui.database_dialog import DatabaseDialog, ask_password
from desk_app.ui.demo_loader import DemoLoader
from desk_app.ui.errors import error_text, install_crash_handler
from desk_app.ui.first_manager_dialog import FirstManagerDialog
from desk_app.ui.i18n import SUPPORTED, install_translators
from desk_app.ui.login_dialog import LoginDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.settings import LOCAL, SHARED, Settings

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


def is_first_start(settings: Settings) -> bool:
    """Nothing chosen yet and no database in the data folder: ask where the data lives."""
    return settings.database_mode not in (LOCAL, SHARED) and not default_database_path().exists()


def open_chosen_database(argument: str | None, settings: Settings) -> Database | None:
    """``--db`` if given, else this workstation's choice (asked at the very first start).

    None: the user closed the choice rather than start. A local file or ``--db`` that
    cannot be opened raises ``StoreError``; a shared database that cannot be opened brings
    the choice back with what is wrong beside the field at fault.
    """
    if argument:
        return open_database(argument)
    password: str | None = None
    if is_first_start(settings):
        password = ask_database(settings)
        if password is None:
            return None
    if settings.database_mode != SHARED:
        return open_database(database_target(None))
    return open_shared(settings, password or None)


def ask_database(
    settings: Settings, problem: ConnectionCheck | str | None = None, password: str = ""
) -> str | None:
    """Show the choice and save it; the password typed ("" for none), None if cancelled."""
    server = settings.shared_server()
    dialog = DatabaseDialog(
        server,
        shared=settings.database_mode == SHARED,
        password=password,
        problem=problem,
        keyring_available=secrets.keyring_available(),
    )
    if not dialog.exec():
        return None
    if dialog.choice == LOCAL:
        settings.choose_local()
        settings.sync()
        return ""
    server = dialog.server()
    settings.choose_shared(server)
    settings.sync()
    if dialog.password():
        secrets.save_password(server.key, dialog.password())
    else:
        secrets.forget_password(server.key)
    return dialog.password()


def open_shared(settings: Settings, password: str | None = None) -> Database | None:
    """Open the saved shared database, asking for what is missing or wrong until it opens,
    the user switches to this computer, or gives up (None)."""
    server = settings.shared_server()
    if server is None:
        return open_database(database_target(None))
    if password is None:
        password = secrets.load_password(server.key)
    prompted = False
    while True:
        url = server.url(password).render_as_string(hide_password=False)
        check = check_connection(url)
        asks_password = check.kind is CheckKind.BAD_LOGIN and check.field == "password"
        if asks_password and not password and not prompted:
            prompted = True
            password = ask_password(server, keyring_available=secrets.keyring_available())
            if password is None:
                return None
            continue
        problem: ConnectionCheck | str = check
        if check.ok:
            try:
                db = open_database(url)
            except StoreError as error:
                problem = error_text(error)
            else:
                if password and prompted:
                    secrets.save_password(server.key, password)
                return db
        said = problem if isinstance(problem, str) else problem.message
        log.warning("cannot open the shared database %s: %s", server.key, said)
        typed = ask_database(settings, problem, password or "")
        if typed is None:
            return None
        if settings.database_mode == LOCAL:
            return open_database(database_target(None))
        server, password, prompted = settings.shared_server() or server, typed, True


def show_error(title: str, error: BaseException) -> None:
    QMessageBox.critical(None, title, error_text(error))


DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000
"""How often an open desk looks whether today's copy of the database is still to be taken."""


class DeskSession(QObject):
    """The life of the application after the database is open: log in, work, log out."""

    def __init__(self, db: Database, settings: Settings) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.window: MainWindow | None = None
        self._restoring: str | None = None
        """The backup to restore once the window has closed."""
        self.daily_backup = QTimer(self)
        self.daily_backup.setInterval(DAILY_BACKUP_CHECK_MS)
        self.daily_backup.timeout.connect(self.back_up_if_due)
        self.daily_backup.start()

    def back_up_if_due(self) -> None:
        """A desk left open overnight still gets the day's copy (SQLite; at most one a day)."""
        try:
            backups.backup_if_due(self.db, backups.Reason.DAILY)
        except StoreError as error:
            log.warning("no daily copy of the database: %s", error.message)

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
        self.window.sig_restore_requested.connect(self.restore_backup)
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
        if self._restoring is not None:
            QTimer.singleShot(0, self._finish_restore)
            return
        # Ask who is next once the old window is gone from the screen, not while it closes.
        QTimer.singleShot(0, self._after_log_out if logged_out else QCoreApplication.quit)

    def restore_backup(self, backup: str) -> None:
        """Close the window (and with it every connection), restore, then log in again."""
        if self.window is not None:
            try:
                database_copies.check_restore(self.window.context.actor)
            except DeskError as error:
                show_error(QCoreApplication.translate("App", "The backup was not restored"), error)
                return
        self._restoring = backup
        if self.window is not None:
            self.window.close()

    def _finish_restore(self) -> None:
        backup, self._restoring = self._restoring, None
        path = Path(self.db.url.database or "")
        self.db.dispose()
        try:
            backups.restore(path, Path(backup or ""))
        except DeskError as error:
            show_error(QCoreApplication.translate("App", "The backup was not restored"), error)
        try:
            self.db = open_database(path)
        except DeskError as error:
            show_error(QCoreApplication.translate("App", "Cannot open the database"), error)
            QCoreApplication.quit()
            return
        self._after_log_out()

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
        db = open_chosen_database(args.db, settings)
    except DeskError as error:
        log.warning("cannot open the database: %s", error.message)
        show_error(QCoreApplication.translate("App", "Cannot open the database"), error)
        return EXIT_DATABASE
    if db is None:
        return EXIT_OK
    log.info("opened %s", db.describe())
    try:
        backups.backup_at_start(db)
    except StoreError as error:
        log.warning("no copy of the database at start: %s", error.message)
    session = DeskSession(db, settings)
    try:
        if args.demo:
            load_demo(db)
        app.setQuitOnLastWindowClosed(False)
        if not session.start():
            return EXIT_OK
        return app.exec()
    finally:
        session.db.dispose()
