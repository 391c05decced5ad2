"""Optimistic locking: a version number on each row a person edits.

An edit carries the version it was made on; a row changed meanwhile (another computer,
another window) has a newer one, and the edit is refused instead of overwriting it.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

VERSIONED = ("cases", "log_entries", "calls", "questions")


def upgrade() -> None:
    # Plain ADD COLUMN with a default (no table rebuild on SQLite): rows start at 1.
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
