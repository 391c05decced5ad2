"""Widgets, item models and dialogs. Talks to data only through the services."""
