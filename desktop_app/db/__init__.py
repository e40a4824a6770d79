"""Storage: content.sqlite (built through SQLAlchemy, read with plain sqlite3) and user.sqlite.

This package never imports PySide6 (a test proves it): the reader's data works without a screen.
"""
