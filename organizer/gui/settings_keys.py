"""Names of the window settings kept between runs (QSettings keys)."""

LAST_CASE_KEY = "cases/last_folder"
