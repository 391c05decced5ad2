"""Understanding documents: which ones were read for meaning, and proposals turned down.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so triggers and linked rows are kept.
    op.add_column(
        "documents",
        sa.Column("understood", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "dismissed_proposals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_dismissed_proposals"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_dismissed_proposals_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("document_id", "key", name="uq_dismissed_proposals_document_id"),
    )
    op.create_index("ix_dismissed_proposals_document_id", "dismissed_proposals", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_dismissed_proposals_document_id", "dismissed_proposals")
    op.drop_table("dismissed_proposals")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("understood")
