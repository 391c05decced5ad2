"""Reading documents: their text, full-text search, and what the indexer needs to resume.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Path separators and dots split a name into words, as SQLite's unicode61 tokenizer does
# (PostgreSQL's parser would keep "letters/denial.pdf" as one file-name token).
SERVER_SEARCH_TABLE = """
CREATE TABLE document_search (
  document_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  body TEXT NOT NULL,
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, translate(name, '/._', '   ')), 'A')
    || setweight(to_tsvector('simple'::regconfig, body), 'B')
  ) STORED,
  CONSTRAINT pk_document_search PRIMARY KEY (document_id),
  CONSTRAINT fk_document_search_document_id_documents FOREIGN KEY (document_id)
    REFERENCES documents (id) ON DELETE CASCADE
)
"""


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        # The state a document had before its file went missing, restored when it returns.
        batch.add_column(sa.Column("held_status", sa.String(24)))
        # How many times reading it was started; a file that keeps killing readers stops.
        batch.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("ignore_patterns", sa.Text, nullable=False, server_default="[]"))
    op.create_table(
        "document_text",
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_document_text"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_document_text_document_id_documents",
            ondelete="CASCADE",
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Full-text search over file names and text: a tsvector made from both (the name
        # weighs more), under a GIN index; the row goes with its document.
        op.execute(SERVER_SEARCH_TABLE)
        op.execute(
            "CREATE INDEX ix_document_search_vector ON document_search USING GIN (search_vector)"
        )
        return
    # Full-text search over file names and text; rowid is the document id.
    op.execute(
        "CREATE VIRTUAL TABLE document_search USING fts5("
        "name, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER document_search_forget AFTER DELETE ON documents "
        "BEGIN DELETE FROM document_search WHERE rowid = OLD.id; END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS document_search_forget")
    op.execute("DROP TABLE IF EXISTS document_search")
    op.drop_table("document_text")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("ignore_patterns")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("attempts")
        batch.drop_column("held_status")
