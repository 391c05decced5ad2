"""For people who use a keyboard, a screen reader or large text.

- Fields say their label and their value together to a screen reader.
- A focus frame that can be seen (3 px, at least 3:1 against the window in light and dark).
- Colours the person must read at 4.5:1 or better: placeholder text, selected rows.
- Status messages are announced, not only shown.
- A choice box that saves only a confirmed choice, never one arrow press.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QToolButton, QWidget

# Dark enough on a light window, light enough on a dark one (measured in the tests).
FOCUS_ON_LIGHT, FOCUS_ON_DARK = "#1a5fb4", "#99c1f1"
SELECTED_ON_LIGHT, SELECTED_ON_DARK = "#1a5fb4", "#1a5fb4"
PLACEHOLDER_ON_LIGHT, PLACEHOLDER_ON_DARK = "#595959", "#b8b8b8"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def focus_colour(palette: QPalette) -> str:
    return FOCUS_ON_DARK if is_dark(palette) else FOCUS_ON_LIGHT


def focus_style(palette: QPalette) -> str:
    """A 3 px frame on whatever has the focus: buttons, boxes, tables, lists, tabs."""
    colour = focus_colour(palette)
    return (
        f"QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus {{"
        f" border: 3px solid {colour}; border-radius: 4px; padding: 1px 4px; }}\n"
        f"QAbstractItemView:focus, QScrollArea:focus, QPlainTextEdit:focus,"
        f" QTextEdit:focus {{ border: 3px solid {colour}; }}\n"
        f"QTabBar:focus {{ border: 3px solid {colour}; }}\n"
    )


def readable_palette(palette: QPalette) -> QPalette:
    """The same palette with a selection and placeholder text that can be read (4.5:1)."""
    dark = is_dark(palette)
    better = QPalette(palette)
    selected = QColor(SELECTED_ON_DARK if dark else SELECTED_ON_LIGHT)
    placeholder = QColor(PLACEHOLDER_ON_DARK if dark else PLACEHOLDER_ON_LIGHT)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        better.setColor(group, QPalette.ColorRole.Highlight, selected)
        better.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
        better.setColor(group, QPalette.ColorRole.PlaceholderText, placeholder)
    return better


def make_readable(window: QWidget) -> None:
    """Readable colours and a visible focus frame for the window and the dialogs it opens.

    The palette is the application's: a window's own palette does not reach the line
    edits and tables, which the platform gives palettes of their own.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(readable_palette(app.palette()))
    window.setStyleSheet(focus_style(window.palette()))


def fit_screen(window: QWidget, width: int, height: int) -> None:
    """Open at ``width``×``height``, or smaller when the screen is (150 % scaling, say)."""
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    # The offscreen platform's 800×800 "screen" is no screen a person sees: no fitting.
    real = QGuiApplication.platformName() != "offscreen"
    if real and screen is not None and screen.width() >= 640 and screen.height() >= 480:
        width, height = min(width, screen.width()), min(height, screen.height())
    window.resize(width, height)


def name_tool_buttons(dialog: QWidget) -> None:
    """Qt's own icon-only buttons (the print preview's toolbar) say what they do."""
    for button in dialog.findChildren(QToolButton):
        action = button.defaultAction()
        words = (action.text() or action.toolTip()) if action is not None else ""
        words = (words or button.toolTip() or button.text()).replace("&", "")
        if not words and button.objectName() == "qt_toolbar_ext_button":
            words = QApplication.translate("access", "More tools")
        if words and not button.accessibleName():
            button.setAccessibleName(words)


def show_field(value: QLabel, label: str, text: str) -> None:
    """A value shown after its label: a screen reader hears "Reply by: Dec 4, 2026"."""
    value.setText(text)
    value.setAccessibleName(f"{label.rstrip(':')}: {text}")


def announce(source: QObject, text: str) -> None:
    """Tell a screen reader a status message (Qt 6.8 and later announce politely)."""
    if not text:
        return
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:  # an older Qt: the status bar still shows it
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))


# Keys that would change a closed box's choice at once; here they open the list instead.
_OPENING_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class ConfirmedComboBox(QComboBox):
    """A choice box whose choice changes only when confirmed (Enter or a click in its list).

    A closed QComboBox changes (and says "activated") on every arrow key and wheel turn;
    here arrows open the list, where they move without choosing, and the wheel scrolls
    the page instead.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _OPENING_KEYS and not self.view().isVisible():
            self.showPopup()
            return
        if event.text().strip() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.showPopup()  # typing a letter would choose at once: open the list first
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()
