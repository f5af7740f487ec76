"""The PySide6 user interface: the main window shell and one package per area."""
