"""Installing the translators: the app's catalogue for the chosen language, and Qt's own.

A catalogue is ``resources/translations/organizer_<language>.qm`` (see the README there).
The language is, first, ``--lang``; then "Language / Idioma" in the window's menu (kept in
the settings); then the system's. Without a catalogue the words stay English; nothing fails.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from organizer.core.paths import resource
from organizer.gui.settings_keys import LANGUAGE_KEY, SHEET_LANGUAGE_KEY
from organizer.language import LANGUAGES, SOURCE_LANGUAGE, language, pick_language, set_language


def saved_language() -> str:
    """The language chosen in the window's menu ("" for the system's)."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) else ""


def save_language(code: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, code)


def sheet_language() -> str:
    """The status sheet's language: the one last chosen in the print preview, else the window's."""
    value = QSettings().value(SHEET_LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else language()


def save_sheet_language(code: str) -> None:
    QSettings().setValue(SHEET_LANGUAGE_KEY, code)


def choose_language(asked: str | None = None) -> str:
    """Set and return the language: ``--lang``, else the saved one, else the system's."""
    code = pick_language(asked or saved_language() or None)
    set_language(code)
    if code != SOURCE_LANGUAGE and QLocale().language() != QLocale(code).language():
        # Month names in date fields follow it; US paper sizes stay (these are US cases).
        QLocale.setDefault(QLocale(f"{code}_US"))
    return code


def install_translators(
    app: QCoreApplication, code: str | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install what is there for ``code`` (the chosen language by default); return them."""
    code = code or language()
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    where = str(folder or resource("translations"))
    if ours.load(f"organizer_{code}", where):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != SOURCE_LANGUAGE and qt_own.load(QLocale(code), "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
