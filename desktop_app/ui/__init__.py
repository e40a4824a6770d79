"""The window and its widgets (PySide6); everything below ``desktop_app.ui`` may import Qt."""
