"""Case leases: one reader of a case's folder at a time (index runs, open windows).

Revision ID: 0006
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_leases",
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("holder", sa.String, nullable=False),
        sa.Column("host", sa.String, nullable=False),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("taken_at", sa.Float, nullable=False),
        sa.Column("heartbeat_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("case_id", name="pk_case_leases"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_case_leases_case_id_cases", ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    op.drop_table("case_leases")
