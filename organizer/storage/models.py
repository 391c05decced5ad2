"""Typed SQLAlchemy models for the case database.

One database may hold several cases, each with its own watched folder. Document text is
kept in its own table so that lists of documents never load it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Byte counts and nanosecond times outgrow PostgreSQL's 32-bit INTEGER; SQLite's is 64-bit.
BIG = Integer().with_variant(BigInteger(), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as ISO 8601 text in UTC and read back timezone-aware."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use timezone-aware ones")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    folder: Mapped[str] = mapped_column(String, unique=True)
    patient: Mapped[str] = mapped_column(String, default="")
    therapy: Mapped[str] = mapped_column(Text, default="")
    therapy_start: Mapped[date | None] = mapped_column(Date)
    payer: Mapped[str] = mapped_column(String, default="")
    member_id: Mapped[str] = mapped_column(String, default="")
    group_number: Mapped[str] = mapped_column(String, default="")
    payer_phone: Mapped[str] = mapped_column(String, default="")
    secondary_payer: Mapped[str] = mapped_column(String, default="")
    secondary_member_id: Mapped[str] = mapped_column(String, default="")
    provider_name: Mapped[str] = mapped_column(String, default="")
    provider_phone: Mapped[str] = mapped_column(String, default="")
    provider_fax: Mapped[str] = mapped_column(String, default="")
    provider_contact: Mapped[str] = mapped_column(String, default="")
    pharmacy_name: Mapped[str] = mapped_column(String, default="")
    pharmacy_phone: Mapped[str] = mapped_column(String, default="")
    pharmacy_fax: Mapped[str] = mapped_column(String, default="")
    pharmacy_contact: Mapped[str] = mapped_column(String, default="")
    plan_type: Mapped[str] = mapped_column(String, default="", server_default="")
    patient_dob: Mapped[date | None] = mapped_column(Date)
    payer_fax: Mapped[str] = mapped_column(String, default="", server_default="")
    # JSON list of extra name patterns the user wants left out of the index.
    ignore_patterns: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Optimistic locking (0011): one more on each change; an edit made on an older one is
    # refused (services/edit_versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    documents: Mapped[list[Document]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )
    log_entries: Mapped[list[LogEntry]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )


class Document(Base):
    """One path in the watched folder that looks like a document."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("case_id", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    # Relative to the case folder, with forward slashes.
    path: Mapped[str] = mapped_column(String)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    size: Mapped[int | None] = mapped_column(BIG)
    mtime_ns: Mapped[int | None] = mapped_column(BIG)
    status: Mapped[str] = mapped_column(String(24), default="pending", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    text_source: Mapped[str | None] = mapped_column(String(8))
    pages: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String)
    author: Mapped[str | None] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String(16), default="unclassified")
    kind_source: Mapped[str] = mapped_column(String(8), default="auto")
    letter_outcome: Mapped[str | None] = mapped_column(String(16))
    sender: Mapped[str | None] = mapped_column(String(16))
    document_date: Mapped[date | None] = mapped_column(Date)
    reference_number: Mapped[str | None] = mapped_column(String)
    member_id: Mapped[str | None] = mapped_column(String)
    due_date: Mapped[date | None] = mapped_column(Date)
    appeal_by: Mapped[date | None] = mapped_column(Date)
    # JSON lists of checklist keys, and of the phrases that decided the classification.
    requested_items: Mapped[str] = mapped_column(Text, default="[]")
    fulfills: Mapped[str] = mapped_column(Text, default="[]")
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    missing_since: Mapped[datetime | None] = mapped_column(UtcDateTime())
    held_status: Mapped[str | None] = mapped_column(String(24))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Whether the text was read for meaning (kind, dates, proposals) since it last changed.
    understood: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # JSON: the fields left empty because the reading was not sure, with their candidates
    # ({"document_date": ["2026-01-03", "2026-02-04"]}); a person checks them.
    unsure: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    # JSON: who and what the document names (patients, member IDs, plans, therapies), from
    # which a case with an empty profile learns whose case it is.
    about: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    # Set when the document is about another person than the case's: the reason.
    other_person: Mapped[str | None] = mapped_column(Text)
    # E-mails: JSON list of the message's attachments (name, type, size, sha256, read, note).
    attachments: Mapped[str | None] = mapped_column(Text)
    # The e-mail this document was attached to (plain id: added without a foreign key).
    parent_id: Mapped[int | None] = mapped_column(Integer)
    # The user's choices for a photographed page (0008): their turn in clockwise degrees, and
    # whether to read the picture as it is. They win over what the reader detects.
    photo_turn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    photo_original: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    case: Mapped[Case] = relationship(back_populates="documents")


class DismissedProposal(Base):
    """A proposal the user turned down: it does not come back for the same document."""

    __tablename__ = "dismissed_proposals"
    __table_args__ = (UniqueConstraint("document_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DocumentText(Base):
    """The text read from a document, kept apart so lists never load it."""

    __tablename__ = "document_text"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)


class LogEntry(Base):
    """One line of the requested/submitted log."""

    __tablename__ = "log_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(32))
    what: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[str] = mapped_column(String, default="")
    requested_on: Mapped[date | None] = mapped_column(Date)
    who_submits: Mapped[str] = mapped_column(String, default="")
    due: Mapped[date | None] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    submitted_how: Mapped[str] = mapped_column(String, default="")
    submitted_to: Mapped[str] = mapped_column(String, default="")
    decision: Mapped[str] = mapped_column(String, default="")
    decision_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="requested")
    # None means "as the checklist item usually does".
    expects_decision: Mapped[bool | None] = mapped_column(Boolean)
    decision_wait_days: Mapped[int] = mapped_column(Integer, default=7)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The decision as the letter gave it; "letter" or "user" says who set the decision.
    decision_reference: Mapped[str] = mapped_column(String, default="", server_default="")
    decision_source: Mapped[str] = mapped_column(String(8), default="", server_default="")
    approved_from: Mapped[date | None] = mapped_column(Date)
    approved_through: Mapped[date | None] = mapped_column(Date)
    approved_quantity: Mapped[str] = mapped_column(String, default="", server_default="")
    # How many days before an approval ends its renewal row appears.
    renewal_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    appeal_by: Mapped[date | None] = mapped_column(Date)
    # The denied entry an appeal entry appeals; the denied entry then waits on it.
    appeal_of: Mapped[int | None] = mapped_column(Integer)
    not_appealing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Optimistic locking (0011): one more on each change; an edit made on an older one is
    # refused (services/edit_versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    case: Mapped[Case] = relationship(back_populates="log_entries")
    links: Mapped[list[LogDocumentLink]] = relationship(
        back_populates="log_entry", cascade="all, delete-orphan", passive_deletes=True
    )


class LogDocumentLink(Base):
    """A document attached to a log entry, with its role and whether a person confirmed it."""

    __tablename__ = "log_document_links"
    __table_args__ = (UniqueConstraint("log_id", "document_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    log_id: Mapped[int] = mapped_column(
        ForeignKey("log_entries.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    log_entry: Mapped[LogEntry] = relationship(back_populates="links")
    document: Mapped[Document] = relationship()


class PendingLink(Base):
    """A file dropped on a log entry before it was read: linked once it is read."""

    __tablename__ = "pending_links"
    __table_args__ = (UniqueConstraint("case_id", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(String)
    log_id: Mapped[int] = mapped_column(ForeignKey("log_entries.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Call(Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    called_at: Mapped[datetime] = mapped_column(UtcDateTime())
    organisation: Mapped[str] = mapped_column(String, default="")
    person: Mapped[str] = mapped_column(String, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    reference_number: Mapped[str] = mapped_column(String, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    # Optimistic locking (0011): one more on each change; an edit made on an older one is
    # refused (services/edit_versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Question(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(Text)
    asked_to: Mapped[str] = mapped_column(String, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Optimistic locking (0011): one more on each change; an edit made on an older one is
    # refused (services/edit_versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Activity(Base):
    """Append-only history of changes. Triggers in the migration refuse edits and deletes."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    entity: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    # JSON: the changed fields as {"field": [old, new]}, or the whole row for a delete.
    changes: Mapped[str] = mapped_column(Text, default="{}")
    summary: Mapped[str] = mapped_column(Text, default="")
    # Who made the change (0010): the name set for this computer, else the system user.
    who: Mapped[str | None] = mapped_column(String)


class CaseLease(Base):
    """Who is reading a case's folder right now: one row per case, taken atomically.

    A lease runs out unless its holder renews it, so a crashed holder never blocks the
    case for long. See storage/leases.py.
    """

    __tablename__ = "case_leases"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(64))
    holder: Mapped[str] = mapped_column(String)
    host: Mapped[str] = mapped_column(String)
    pid: Mapped[int] = mapped_column(Integer)
    # Seconds since the epoch (UTC): when it was taken, last renewed, and runs out.
    taken_at: Mapped[float] = mapped_column(Float)
    heartbeat_at: Mapped[float] = mapped_column(Float)
    expires_at: Mapped[float] = mapped_column(Float)
