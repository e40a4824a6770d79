"""The reliability suite drives real windows, as the UI tests do."""

from tests.ui.conftest import make_window  # noqa: F401 (a fixture, found by name)
