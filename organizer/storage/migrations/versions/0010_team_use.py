"""Team use: who made each change, and (on PostgreSQL) a notice to other windows on each.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Every table a window shows; not case_leases, whose heartbeats change nothing shown.
NOTIFIED = (
    "cases",
    "documents",
    "document_text",
    "log_entries",
    "log_document_links",
    "calls",
    "questions",
    "activity",
    "pending_links",
    "dismissed_proposals",
)
CHANNEL = "organizer_changes"
NOTIFY_FUNCTION = f"""
CREATE FUNCTION organizer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
  RETURN NULL;
END
$$
"""


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so the history's triggers are kept.
    op.add_column("activity", sa.Column("who", sa.String, nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite's data_version tells other connections already
    op.execute(NOTIFY_FUNCTION)
    for table in NOTIFIED:
        op.execute(
            f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION organizer_changed()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_changed ON {table}")
        op.execute("DROP FUNCTION IF EXISTS organizer_changed()")
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("who")
