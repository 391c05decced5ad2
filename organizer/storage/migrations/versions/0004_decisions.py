"""Decisions close their entries: plan type, approved periods, renewals and appeals.

Revision ID: 0004
Revises: 0003
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CASE_COLUMNS: tuple[sa.Column[Any], ...] = (
    sa.Column("plan_type", sa.String, nullable=False, server_default=""),
    sa.Column("patient_dob", sa.Date),
    sa.Column("payer_fax", sa.String, nullable=False, server_default=""),
)
ENTRY_COLUMNS: tuple[sa.Column[Any], ...] = (
    sa.Column("decision_reference", sa.String, nullable=False, server_default=""),
    sa.Column("decision_source", sa.String(8), nullable=False, server_default=""),
    sa.Column("approved_from", sa.Date),
    sa.Column("approved_through", sa.Date),
    sa.Column("approved_quantity", sa.String, nullable=False, server_default=""),
    sa.Column("renewal_days", sa.Integer, nullable=False, server_default="30"),
    sa.Column("appeal_by", sa.Date),
    sa.Column("appeal_of", sa.Integer),
    sa.Column("not_appealing", sa.Boolean, nullable=False, server_default=sa.false()),
)


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so triggers and linked rows are kept.
    for column in CASE_COLUMNS:
        op.add_column("cases", column)
    for column in ENTRY_COLUMNS:
        op.add_column("log_entries", column)


def downgrade() -> None:
    with op.batch_alter_table("log_entries") as batch:
        for column in ENTRY_COLUMNS:
            batch.drop_column(column.name)
    with op.batch_alter_table("cases") as batch:
        for column in CASE_COLUMNS:
            batch.drop_column(column.name)
