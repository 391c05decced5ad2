"""Language / Idioma: the window's language, kept in the settings for the next start.

The choice is named in both languages, so a person who reads only one of them finds it.
The window's words are set when it starts, so a new choice applies the next time it opens.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from organizer.gui.dialogs.base import CalmDialog, paragraph
from organizer.language import LANGUAGES, in_language, translate
from organizer.words import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("LanguageDialog", "Language / Idioma")
SYSTEM = QT_TRANSLATE_NOOP("LanguageDialog", "As the computer is set (System / Sistema)")
NEXT_START = QT_TRANSLATE_NOOP(
    "LanguageDialog", "The organizer will use this language the next time it opens."
)


def language_box(chosen: str, parent: QWidget, *, system: bool) -> QComboBox:
    """English / Español (and, for the window, the computer's own setting)."""
    box = QComboBox(parent)
    if system:
        box.addItem(translate("LanguageDialog", SYSTEM), "")
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(chosen), 0))
    box.setAccessibleName(translate("LanguageDialog", TITLE))
    return box


class LanguageDialog(CalmDialog):
    """Pick the window's language; ``chosen()`` is "en", "es", or "" for the system's."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("LanguageDialog", TITLE), parent)
        self.box = language_box(current, self, system=True)
        form = self.plain_form()
        self.row(form, translate("LanguageDialog", TITLE) + ":", self.box)
        self.body.addWidget(paragraph(translate("LanguageDialog", NEXT_START), self))
        self.body.addWidget(self.buttons)

    def chosen(self) -> str:
        value = self.box.currentData()
        return value if isinstance(value, str) else ""


def next_start_words(code: str) -> str:
    """The note that the choice applies at the next start, in the chosen language."""
    with in_language(code or "en"):
        return translate("LanguageDialog", NEXT_START)
