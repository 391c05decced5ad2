"""Domain types and rules. Nothing here imports Qt widgets or the database."""
