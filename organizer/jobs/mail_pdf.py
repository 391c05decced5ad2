"""The readable PDF of a dropped e-mail, drawn with Qt (which lives above the services).

Passed to the import as its ``render_mail`` (see ``jobs/importing.py``). Needs a
QGuiApplication (the window has one; the command line makes one; tests use ``qapp``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument

from organizer.core.mail import MailContent
from organizer.jobs.picture_pdf import pdf_writer
from organizer.services.mail_import import message_html


def message_pdf(content: MailContent, *, title: str) -> bytes:
    """A Letter-size PDF of the message's headers, body and attachment list."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 11))
    document.setHtml(message_html(content))
    data = QByteArray()
    buffer, writer = pdf_writer(data, title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())
