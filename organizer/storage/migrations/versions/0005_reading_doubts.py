"""Reading with doubts: candidates of values not sure enough, who a document is about.

Revision ID: 0005
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so triggers and linked rows are kept.
    op.add_column("documents", sa.Column("unsure", sa.Text, nullable=False, server_default="{}"))
    op.add_column("documents", sa.Column("about", sa.Text, nullable=False, server_default="{}"))
    op.add_column("documents", sa.Column("other_person", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("other_person")
        batch.drop_column("about")
        batch.drop_column("unsure")
