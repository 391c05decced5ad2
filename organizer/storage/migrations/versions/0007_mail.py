"""E-mails: the attachment list of a message, and the message an attachment came from.

Revision ID: 0007
Revises: 0006
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DOCUMENT_COLUMNS: tuple[sa.Column[Any], ...] = (
    # JSON list of {name, type, size, sha256, read, note}; NULL for documents that are not
    # e-mails.
    sa.Column("attachments", sa.Text),
    # The e-mail a document was attached to (its id); no foreign key, so that a plain
    # ADD COLUMN is enough and triggers and linked rows are kept.
    sa.Column("parent_id", sa.Integer),
)


def upgrade() -> None:
    for column in DOCUMENT_COLUMNS:
        op.add_column("documents", column)


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for column in reversed(DOCUMENT_COLUMNS):
            batch.drop_column(column.name)
