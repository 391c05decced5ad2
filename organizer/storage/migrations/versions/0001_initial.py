"""The case database: cases, documents, the log and its links, calls, questions, activity.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

MOMENT = sa.String(32)
# Byte counts and nanosecond times outgrow PostgreSQL's 32-bit INTEGER; SQLite's is 64-bit.
BIG = sa.Integer().with_variant(sa.BigInteger(), "postgresql")

# PostgreSQL: one function behind both triggers (a trigger's WHEN can't hold a query).
APPEND_ONLY_FUNCTION = """
CREATE FUNCTION activity_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM cases WHERE cases.id = OLD.case_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the activity history is append-only' USING ERRCODE = 'restrict_violation';
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("folder", sa.String, nullable=False),
        sa.Column("patient", sa.String, nullable=False),
        sa.Column("therapy", sa.Text, nullable=False),
        sa.Column("therapy_start", sa.Date),
        sa.Column("payer", sa.String, nullable=False),
        sa.Column("member_id", sa.String, nullable=False),
        sa.Column("group_number", sa.String, nullable=False),
        sa.Column("payer_phone", sa.String, nullable=False),
        sa.Column("secondary_payer", sa.String, nullable=False),
        sa.Column("secondary_member_id", sa.String, nullable=False),
        sa.Column("provider_name", sa.String, nullable=False),
        sa.Column("provider_phone", sa.String, nullable=False),
        sa.Column("provider_fax", sa.String, nullable=False),
        sa.Column("provider_contact", sa.String, nullable=False),
        sa.Column("pharmacy_name", sa.String, nullable=False),
        sa.Column("pharmacy_phone", sa.String, nullable=False),
        sa.Column("pharmacy_fax", sa.String, nullable=False),
        sa.Column("pharmacy_contact", sa.String, nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("folder", name="uq_cases_folder"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("path", sa.String, nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("size", BIG),
        sa.Column("mtime_ns", BIG),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("duplicate_of_id", sa.Integer),
        sa.Column("text_source", sa.String(8)),
        sa.Column("pages", sa.Integer),
        sa.Column("title", sa.String),
        sa.Column("author", sa.String),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("kind_source", sa.String(8), nullable=False),
        sa.Column("letter_outcome", sa.String(16)),
        sa.Column("sender", sa.String(16)),
        sa.Column("document_date", sa.Date),
        sa.Column("reference_number", sa.String),
        sa.Column("member_id", sa.String),
        sa.Column("due_date", sa.Date),
        sa.Column("appeal_by", sa.Date),
        sa.Column("requested_items", sa.Text, nullable=False),
        sa.Column("fulfills", sa.Text, nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("first_seen_at", MOMENT, nullable=False),
        sa.Column("missing_since", MOMENT),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_documents_case_id_cases", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["duplicate_of_id"],
            ["documents.id"],
            name="fk_documents_duplicate_of_id_documents",
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("case_id", "path", name="uq_documents_case_id"),
    )
    op.create_index("ix_documents_case_id", "documents", ["case_id"])
    op.create_index("ix_documents_sha256", "documents", ["sha256"])
    op.create_index("ix_documents_status", "documents", ["status"])

    op.create_table(
        "log_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("requested_by", sa.String, nullable=False),
        sa.Column("requested_on", sa.Date),
        sa.Column("who_submits", sa.String, nullable=False),
        sa.Column("due", sa.Date),
        sa.Column("submitted_on", sa.Date),
        sa.Column("submitted_how", sa.String, nullable=False),
        sa.Column("submitted_to", sa.String, nullable=False),
        sa.Column("decision", sa.String, nullable=False),
        sa.Column("decision_on", sa.Date),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("expects_decision", sa.Boolean),
        sa.Column("decision_wait_days", sa.Integer, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_log_entries"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_log_entries_case_id_cases", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_log_entries_case_id", "log_entries", ["case_id"])

    op.create_table(
        "log_document_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("log_id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("confirmed", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float),
        sa.Column("reason", sa.Text),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_log_document_links"),
        sa.ForeignKeyConstraint(
            ["log_id"],
            ["log_entries.id"],
            name="fk_log_document_links_log_id_log_entries",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_log_document_links_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("log_id", "document_id", "role", name="uq_log_document_links_log_id"),
    )
    op.create_index("ix_log_document_links_log_id", "log_document_links", ["log_id"])
    op.create_index("ix_log_document_links_document_id", "log_document_links", ["document_id"])

    op.create_table(
        "calls",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("called_at", MOMENT, nullable=False),
        sa.Column("organisation", sa.String, nullable=False),
        sa.Column("person", sa.String, nullable=False),
        sa.Column("phone", sa.String, nullable=False),
        sa.Column("reference_number", sa.String, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("follow_up_on", sa.Date),
        sa.PrimaryKeyConstraint("id", name="pk_calls"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_calls_case_id_cases", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_calls_case_id", "calls", ["case_id"])

    op.create_table(
        "questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("asked_to", sa.String, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("answered_on", sa.Date),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_questions"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_questions_case_id_cases", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_questions_case_id", "questions", ["case_id"])

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("at", MOMENT, nullable=False),
        sa.Column("entity", sa.String(24), nullable=False),
        sa.Column("entity_id", sa.Integer),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_activity"),
    )
    op.create_index("ix_activity_case_id", "activity", ["case_id"])
    # The history is append-only: rows can't be changed, and can only be removed together
    # with their case (when the user removes the case from the organizer).
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_ONLY_FUNCTION)
        for name, event in (("activity_no_update", "UPDATE"), ("activity_no_delete", "DELETE")):
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON activity "
                "FOR EACH ROW EXECUTE FUNCTION activity_append_only()"
            )
        return
    op.execute(
        "CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity "
        "BEGIN SELECT RAISE(ABORT, 'the activity history is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity "
        "WHEN EXISTS (SELECT 1 FROM cases WHERE cases.id = OLD.case_id) "
        "BEGIN SELECT RAISE(ABORT, 'the activity history is append-only'); END"
    )


def downgrade() -> None:
    on = " ON activity" if op.get_bind().dialect.name == "postgresql" else ""
    op.execute(f"DROP TRIGGER IF EXISTS activity_no_delete{on}")
    op.execute(f"DROP TRIGGER IF EXISTS activity_no_update{on}")
    if on:
        op.execute("DROP FUNCTION IF EXISTS activity_append_only()")
    for table in (
        "activity",
        "questions",
        "calls",
        "log_document_links",
        "log_entries",
        "documents",
        "cases",
    ):
        op.drop_table(table)
