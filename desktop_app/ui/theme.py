"""Light and dark themes for the window and the content: follow the OS unless overridden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "window": "#f4f4f2", "base": "#ffffff", "text": "#1d1d1b", "muted": "#5f6368",
    "accent": "#0b5cad", "heading": "#0a3d73", "rule": "#d0d4d9", "table_head": "#e8eef5",
    "highlight_text": "#ffffff", "find": "#ffe066",
}
DARK = {
    "window": "#202124", "base": "#17181a", "text": "#e6e6e3", "muted": "#a0a4a8",
    "accent": "#7cb7ff", "heading": "#a8cfff", "rule": "#3c4043", "table_head": "#26303b",
    "highlight_text": "#0b0b0b", "find": "#8a6d00",
}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve_dark(mode: str) -> bool:
    """``mode`` is a Settings.theme value: system, light or dark."""
    return system_is_dark() if mode == "system" else mode == "dark"


def colours(dark: bool) -> dict[str, str]:
    return DARK if dark else LIGHT


def apply_palette(app: QApplication, dark: bool) -> None:
    c = colours(dark)
    palette = QPalette()
    role = QPalette.ColorRole
    palette.setColor(role.Window, QColor(c["window"]))
    palette.setColor(role.WindowText, QColor(c["text"]))
    palette.setColor(role.Base, QColor(c["base"]))
    palette.setColor(role.AlternateBase, QColor(c["window"]))
    palette.setColor(role.Text, QColor(c["text"]))
    palette.setColor(role.Button, QColor(c["window"]))
    palette.setColor(role.ButtonText, QColor(c["text"]))
    palette.setColor(role.ToolTipBase, QColor(c["base"]))
    palette.setColor(role.ToolTipText, QColor(c["text"]))
    palette.setColor(role.PlaceholderText, QColor(c["muted"]))
    palette.setColor(role.Highlight, QColor(c["accent"]))
    palette.setColor(role.HighlightedText, QColor(c["highlight_text"]))
    palette.setColor(role.Link, QColor(c["accent"]))
    palette.setColor(role.BrightText, QColor("#ff5555"))
    for group_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, group_role, QColor(c["muted"]))
    app.setPalette(palette)


def content_css(dark: bool) -> str:
    """The detail pane's style sheet (QTextDocument's CSS subset)."""
    c = colours(dark)
    return f"""
body {{ color: {c['text']}; background-color: {c['base']}; }}
h1 {{ color: {c['heading']}; font-size: x-large; margin-bottom: 4px; }}
h2 {{ color: {c['heading']}; font-size: large; margin-top: 18px; }}
h3 {{ color: {c['heading']}; font-size: medium; margin-top: 12px; }}
a {{ color: {c['accent']}; }}
p, li {{ line-height: 140%; }}
table {{ border-collapse: collapse; margin: 6px 0; }}
th {{ background-color: {c['table_head']}; text-align: left; }}
th, td {{ border: 1px solid {c['rule']}; padding: 4px 8px; }}
code, pre {{ font-family: monospace; }}
.meta {{ color: {c['muted']}; }}
"""
