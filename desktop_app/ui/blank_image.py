"""The image shown for a picture that is not the content pack's own.

Qt's text documents read an image from disk by its name when they are given none for it
(``QTextImageHandler``), so the detail pane and the printed page answer every image they may
not show with this blank one, and no file beside the program is ever read.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage


@cache
def blank_image() -> QImage:
    """One transparent pixel (made when first asked for: QImage waits for the first paint)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image
