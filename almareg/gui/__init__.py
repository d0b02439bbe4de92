"""PySide6 desktop GUI: a thin skin over the services."""
