"""Storage: SQLAlchemy models, engines and repositories for content.sqlite and user.sqlite.

This package never imports PySide6 (a test proves it): the reader's data works without a screen.
"""
