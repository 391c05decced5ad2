"""Installing the translators: the app's catalogue for the system's language, and Qt's own.

A catalogue is ``resources/translations/organizer_<language>.qm`` (see the README there).
Without one the words stay English; nothing fails.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from organizer.core.paths import resource


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install what is there for ``locale`` (the system's by default); return them."""
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    where = str(folder or resource("translations"))
    if ours.load(locale, "organizer", "_", where):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if locale.language() != QLocale.Language.English and qt_own.load(
        locale, "qtbase", "_", qt_folder
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
