"""The message boxes the window shows: window-modal but non-blocking, deleted once closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.problems import Problem
from desktop_app.reasons import reason
from desktop_app.ui.i18n import problem_text

Button = QMessageBox.StandardButton


def why_not_written(error: OSError) -> str:
    """Why a file was not saved, in the reader's language: the system's own words are English
    on Linux."""
    return QCoreApplication.translate("Problems", reason(error))


def _open(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
          buttons: Button = Button.Ok) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_open_web_link(parent: QWidget, url: str) -> QMessageBox:
    """Open ``url`` in the system browser only if the reader says so; Cancel is the default."""
    text = QCoreApplication.translate(
        "Messages", "This link leads to a web page outside Field Reference:\n\n{url}\n\n"
        "Open it in your web browser? It needs a network connection.")
    box = _open(parent, QMessageBox.Icon.Question,
                QCoreApplication.translate("Messages", "Open a web page?"),
                text.format(url=url), Button.Open | Button.Cancel)
    box.setDefaultButton(Button.Cancel)
    box.finished.connect(lambda result: QDesktopServices.openUrl(QUrl(url))
                         if result == Button.Open else None)
    return box


def refuse_link(parent: QWidget, url: str) -> QMessageBox:
    text = QCoreApplication.translate(
        "Messages", "Field Reference does not follow this link, because it does not lead to "
        "an entry or a web page:\n\n{url}")
    shown = url or QCoreApplication.translate("Messages", "(empty link)")
    return _open(parent, QMessageBox.Icon.Warning,
                 QCoreApplication.translate("Messages", "Link not followed"),
                 text.format(url=shown))


def warn(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning the reader must not miss (something was not saved), which a status bar
    would cut short on a small screen."""
    return _open(parent, QMessageBox.Icon.Warning, title, text)


def critical(parent: QWidget, text: str) -> None:
    """A blocking error box, for what stops Field Reference from going on."""
    QMessageBox.critical(parent, QCoreApplication.translate("Messages", "Field Reference"), text)


def import_problems(parent: QWidget, problems: list[Problem]) -> QMessageBox:
    lines = [problem_text(problem) for problem in problems]
    text = QCoreApplication.translate(
        "Messages", "The content pack has problems, so it was not imported. The content you "
        "had is unchanged.\n\n{first}")
    box = _open(parent, QMessageBox.Icon.Warning,
                QCoreApplication.translate("Messages", "The pack was not imported"),
                text.format(first="\n".join(lines[:5])))
    box.setDetailedText("\n".join(lines))
    return box


def ask_import_older(parent: QWidget, chosen: str, installed: str,
                     proceed: Callable[[], object]) -> QMessageBox:
    """An older pack replaces newer content only if the reader says so; Cancel is the default."""
    text = QCoreApplication.translate(
        "Messages", "The pack you chose is older than the content you have.\n\n"
        "Chosen: {chosen}\nInstalled: {installed}\n\nReplace the newer content with it?")
    box = _open(parent, QMessageBox.Icon.Question,
                QCoreApplication.translate("Messages", "Import an older pack?"),
                text.format(chosen=chosen, installed=installed), Button.Yes | Button.Cancel)
    box.setDefaultButton(Button.Cancel)
    box.finished.connect(lambda result: proceed() if result == Button.Yes else None)
    return box



def ask_import_unsigned(parent: QWidget, key_id: str,
                        proceed: Callable[[], object]) -> QMessageBox:
    """A pack not signed by a trusted key imports only if the reader says so, knowing whose
    it may be; Cancel is the default."""
    if key_id:
        text = QCoreApplication.translate(
            "Messages", "This pack is signed with key {key}, which Field Reference does not "
            "trust, so it cannot tell who made it. Anyone could have written its content.\n\n"
            "Import it only if you know where it comes from.").format(key=key_id)
    else:
        text = QCoreApplication.translate(
            "Messages", "This pack is not signed, so Field Reference cannot tell who made it. "
            "Anyone could have written its content.\n\n"
            "Import it only if you know where it comes from.")
    box = _open(parent, QMessageBox.Icon.Warning,
                QCoreApplication.translate("Messages", "Import a pack of unknown origin?"),
                text, Button.Yes | Button.Cancel)
    box.button(Button.Yes).setText(QCoreApplication.translate("Messages", "&Import anyway"))
    box.setDefaultButton(Button.Cancel)
    box.finished.connect(lambda result: proceed() if result == Button.Yes else None)
    return box
