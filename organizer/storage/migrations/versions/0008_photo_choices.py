"""Photographed pages: the user's own turn and "use the original picture" choice.

Revision ID: 0008
Revises: 0007
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

DOCUMENT_COLUMNS: tuple[sa.Column[Any], ...] = (
    # Clockwise degrees (0, 90, 180, 270) the user turned the picture; wins over detection.
    sa.Column("photo_turn", sa.Integer, nullable=False, server_default="0"),
    # The user asked to read the picture as it is, without the page-finding corrections.
    sa.Column("photo_original", sa.Boolean, nullable=False, server_default=sa.false()),
)


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so triggers and linked rows are kept.
    for column in DOCUMENT_COLUMNS:
        op.add_column("documents", column)


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for column in reversed(DOCUMENT_COLUMNS):
            batch.drop_column(column.name)
