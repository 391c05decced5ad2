"""Infusion Coverage Organizer: one folder, one running note, and what is still missing."""

__version__ = "0.1.0"
APP_NAME = "Infusion Coverage Organizer"
APP_ID = "InfusionCoverageOrganizer"

from organizer._none_refcount import protect_none as _protect_none  # noqa: E402

_protect_none()
