"""Telling the reader that a damaged user data file was replaced by a backup, from when, and
what the backup holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.db.user_safety import Recovery


def recovery_text(recovery: Recovery) -> str:
    if recovery.damaged_copy is not None:
        text = QCoreApplication.translate(
            "RecoveryNotice", "Your data file could not be read ({reason}). It was kept, "
            "unchanged, as:\n{damaged}\n\n")
    else:
        text = QCoreApplication.translate(
            "RecoveryNotice", "Your data file could not be read ({reason}).\n\n")
    if recovery.backup is not None and recovery.backup_time is not None:
        text += QCoreApplication.translate(
            "RecoveryNotice", "Your bookmarks and reading places were restored from the "
            "automatic backup of {when}. Changes made after that time are not in it.\n\n"
            "Bookmarks restored: {bookmarks}; notes: {notes}.")
        taken = QDateTime.fromSecsSinceEpoch(int(recovery.backup_time.timestamp()))
        when = QLocale().toString(taken, "d MMMM yyyy, HH:mm")
    else:
        text += QCoreApplication.translate(
            "RecoveryNotice", "There was no backup to restore from, so Field Reference starts "
            "with no bookmarks.")
        when = ""
    reason = QCoreApplication.translate("Problems", recovery.reason)
    return text.format(reason=reason, damaged=recovery.damaged_copy, when=when,
                       bookmarks=recovery.bookmarks, notes=recovery.notes)


def show_recovery(parent: QWidget, recovery: Recovery) -> QMessageBox:
    title = (QCoreApplication.translate("RecoveryNotice", "Your data was restored")
             if recovery.backup is not None else
             QCoreApplication.translate("RecoveryNotice", "Your data could not be restored"))
    box = QMessageBox(QMessageBox.Icon.Warning, title, recovery_text(recovery),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
