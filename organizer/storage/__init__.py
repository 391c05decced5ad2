"""SQLAlchemy models, repositories and migrations. Never imports the GUI."""
