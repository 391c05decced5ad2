"""Pending links: a file dropped on a log entry is linked once it is read, even after a restart.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE TABLE: no existing table is rebuilt, so triggers and rows are kept.
    op.create_table(
        "pending_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("path", sa.String, nullable=False),
        sa.Column("log_id", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pending_links"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_pending_links_case_id_cases", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["log_id"],
            ["log_entries.id"],
            name="fk_pending_links_log_id_log_entries",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("case_id", "path", name="uq_pending_links_case_id"),
    )


def downgrade() -> None:
    op.drop_table("pending_links")
