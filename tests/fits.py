"""Words that don't fit where they are shown: for the Spanish window, which runs some 20%
longer than English (``tests/test_spanish_fits.py``, ``scripts/screenshots.py --lang es``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from organizer.gui.main_window import MainWindow


def shown(text: str) -> str:
    """A widget's text as drawn: a shortcut's "&" is not shown ("&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Words that don't fit where they are shown: a one-line label, button, check box or tab
    narrower than its text (wrapped labels grow instead)."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        text = shown(label.text())
        if not label.isVisible() or label.wordWrap() or not text or "<" in text:
            continue
        room = label.contentsRect().width() - 2 * label.margin() - label.indent()
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if widest > room + 1:
            found.append(f"label {text!r}: {widest}px in {room}px")
    for button in root.findChildren(QAbstractButton):
        text = shown(button.text())
        if not button.isVisible() or not text:
            continue
        if isinstance(button, QCheckBox | QRadioButton | QPushButton) or (
            isinstance(button, QToolButton) and button.toolButtonStyle() != 0
        ):
            needed = button.sizeHint().width()
            if needed > button.width() + 1:
                found.append(f"button {text!r}: {needed}px in {button.width()}px")
    for bar in root.findChildren(QTabBar):
        for index in range(bar.count()):
            room = bar.tabRect(index).width()
            needed = bar.fontMetrics().horizontalAdvance(shown(bar.tabText(index)))
            if bar.isVisible() and needed > room:
                found.append(f"tab {bar.tabText(index)!r}: {needed}px in {room}px")
    return found


def dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """Each dialog worth a picture, made as its command makes it (from the snapshot)."""
    from organizer.gui.dialogs.call import CallDialog
    from organizer.gui.dialogs.call_prep import PrepareCallDialog
    from organizer.gui.dialogs.language import LanguageDialog
    from organizer.gui.dialogs.letter_dialog import LetterDialog
    from organizer.gui.dialogs.log_entry import LogEntryDialog
    from organizer.gui.dialogs.packet_dialog import PacketDialog
    from organizer.gui.dialogs.profile import ProfileDialog
    from organizer.gui.dialogs.question import QuestionDialog
    from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
    from organizer.gui.ops import packet_ops, sheet_ops
    from organizer.language import language

    snapshot = window.snapshot
    assert snapshot is not None
    controller = window.controller
    case, entries = controller.case, list(snapshot.log)
    today = controller.today()
    now = datetime.now(UTC)
    pages = packet_ops.call_sheet_pages(controller.db, case, today)
    chosen, last = entries[min(3, len(entries) - 1)], entries[-1]
    return {
        "dialog-log-entry": lambda: LogEntryDialog(chosen, parent=window),
        "dialog-call": lambda: CallDialog(parent=window),
        "dialog-question": lambda: QuestionDialog(parent=window),
        "dialog-case-details": lambda: ProfileDialog(case.profile, parent=window),
        "dialog-letter": lambda: LetterDialog(entries, chosen.id, window),
        "dialog-packet": lambda: PacketDialog(
            case, entries, list(snapshot.documents), last.id, window
        ),
        "dialog-prepare-call": lambda: PrepareCallDialog(pages, window),
        "dialog-language": lambda: LanguageDialog(language(), window),
        "dialog-sheet-preview": lambda: SheetPreviewDialog(
            window,
            sheet_ops.sheet_for(snapshot, now, language()),
            lambda code: sheet_ops.sheet_for(snapshot, now, code),  # its language choice
        ),
    }
