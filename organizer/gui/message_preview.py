"""The preview of an e-mail: who wrote it, to whom, when, about what, what it says, and what
it carries.

The message is taken apart off the GUI thread (``message_view``) with the same parser the
readers use (``organizer.core.mail``): it only parses, fetches nothing and runs nothing.
The body is shown as plain text in a plain-text box, so no remote image, link preview or
script can ever load. Each attachment that became a document of its own opens that
document with a double-click or Enter.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from organizer.core.mail import MailContent, MailProblem, parse_mail
from organizer.core.records import DocumentInfo
from organizer.language import translate
from organizer.words import read_problem

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class AttachmentView:
    name: str
    content_type: str
    size: int
    sha256: str | None  # None for a forwarded message kept inside this one


@dataclass(frozen=True, slots=True)
class MessageView:
    """What the preview shows of one message (plain values, made off the GUI thread)."""

    sender: str
    to: str
    sent: str
    subject: str
    body: str
    attachments: tuple[AttachmentView, ...]
    problem: str = ""  # locked, damaged or unreadable, in plain words


def _view(content: MailContent) -> MessageView:
    attachments = tuple(
        AttachmentView(
            part.name,
            part.content_type,
            part.size,
            hashlib.sha256(part.data).hexdigest() if part.data else None,
        )
        for part in content.attachments
    )
    sent = content.sent.astimezone().strftime("%B %d, %Y, %H:%M") if content.sent else ""
    problem = content.damaged or ""
    if content.encrypted:
        problem = translate(
            "MessagePreview", "This e-mail is locked ({0}); its text can't be shown here."
        ).format(content.encrypted)
    return MessageView(
        content.sender, content.to, sent, content.subject, content.body, attachments, problem
    )


def message_view(name: str, data: bytes) -> MessageView:
    """Take the message apart (run off the GUI thread); a bad one says why."""
    try:
        return _view(parse_mail(name, data))
    except MailProblem as exc:
        return MessageView("", "", "", "", "", (), str(exc))


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class MessagePane(QWidget):
    """Headers, body text and the list of attachments of one message."""

    document_requested = Signal(int)  # the id of an attachment's own document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("E-mail"))
        self.documents: dict[str, int] = {}  # sha256 -> document id
        form = QFormLayout()
        self.headers: dict[str, QLabel] = {}
        for key, label in (
            ("from", self.tr("From:")),
            ("to", self.tr("To:")),
            ("date", self.tr("Date:")),
            ("subject", self.tr("Subject:")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label.rstrip(":"))
            self.headers[key] = value
            form.addRow(label, value)
        font = self.headers["subject"].font()
        font.setBold(True)
        self.headers["subject"].setFont(font)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Message text"))
        self.body.setTabChangesFocus(True)
        self.attachments_label = QLabel(self.tr("Attached (double-click to open):"), self)
        self.attachments = QListWidget(self)
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.attachments_label.setBuddy(self.attachments)
        self.attachments.itemActivated.connect(self._open)  # double-click, Enter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachments_label)
        layout.addWidget(self.attachments)

    def set_documents(self, documents: Sequence[DocumentInfo]) -> None:
        """The case's documents, to find each attachment's own (by its content)."""
        self.documents = {d.sha256: d.id for d in documents if d.sha256}

    def show_message(self, view: MessageView) -> None:
        self.headers["from"].setText(view.sender or "—")
        self.headers["to"].setText(view.to or "—")
        self.headers["date"].setText(view.sent or "—")
        self.headers["subject"].setText(view.subject or self.tr("(no subject)"))
        self.problem.setText(read_problem(view.problem))  # the reader's words, in the language
        self.problem.setVisible(bool(view.problem))
        self.body.setPlainText(view.body)
        self.attachments.clear()
        for part in view.attachments:
            doc_id = self.documents.get(part.sha256 or "")
            if doc_id is not None:
                where = self.tr("opens its document")
            elif part.sha256 is None:
                where = self.tr("a forwarded e-mail, read with this one")
            else:
                where = self.tr("read with the message")
            text = f"{part.name}   ({size_words(part.size)}, {where})"
            item = QListWidgetItem(text)
            item.setData(DOCUMENT_ROLE, doc_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.attachments.addItem(item)
        has = bool(view.attachments)
        self.attachments.setVisible(has)
        self.attachments_label.setVisible(has)

    def _open(self, item: QListWidgetItem) -> None:
        doc_id = item.data(DOCUMENT_ROLE)
        if isinstance(doc_id, int):
            self.document_requested.emit(doc_id)
