"""Names of the window settings kept between runs (QSettings keys)."""

LAST_CASE_KEY = "cases/last_folder"
# "en", "es", or "" for the system's language (gui/translation.py).
LANGUAGE_KEY = "ui/language"
# The status sheet's language, chosen in the print preview ("" for the window's).
SHEET_LANGUAGE_KEY = "sheet/language"
