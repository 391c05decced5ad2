"""The preview of the selected document: its pages, its details, and why it was sorted so.

File bytes are read on the task runner; only the in-memory parsing happens here. Page
thumbnails are drawn in the background too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.core.filenames import IMAGE_SUFFIXES, suffix_of
from organizer.core.mail import is_mail_name
from organizer.core.pathnames import to_os
from organizer.core.records import DocumentInfo, ProposalInfo
from organizer.core.safe_open import read_regular
from organizer.gui.access import ConfirmedComboBox, show_field
from organizer.gui.message_preview import MessagePane, MessageView, message_view
from organizer.gui.ops import photo_ops
from organizer.gui.photo_preview import PhotoTools
from organizer.gui.review_panel import ReviewPanel
from organizer.gui.tasks import TaskRunner
from organizer.gui.words import (
    FLAGGED_STATES,
    KIND_WORDS,
    OUTCOME_WORDS,
    SENDER_WORDS,
    show_date,
    state_text,
    status_word,
    tr,
)
from organizer.words import QT_TRANSLATE_NOOP, read_problem, say_explanation

THUMB_WIDTH = 110


def render_thumbnails(data: bytes, limit: int = 60, password: str = "") -> list[QImage]:
    """Small page pictures for a PDF, drawn off the GUI thread with its own document."""
    document = QPdfDocument()
    document.setPassword(password)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    images = []
    for page in range(min(document.pageCount(), limit)):
        size = document.pagePointSize(page)
        if size.width() <= 0:
            continue
        height = int(THUMB_WIDTH * size.height() / size.width())
        page_image = document.render(page, QSize(THUMB_WIDTH, height))
        # Pages are drawn on a transparent background; paper is white on any palette.
        paper = QImage(page_image.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, page_image)
        painter.end()
        images.append(paper)
    document.close()
    return images


# Preview field -> the reading's field name, for "not sure, please check".
UNSURE_FIELDS = {
    "outcome": "letter_outcome",
    "date": "document_date",
    "reference": "reference_number",
    "member": "member_id",
    "due": "due_date",
}


class PreviewPane(QWidget):
    kind_corrected = Signal(int, str)  # document id, kind
    open_requested = Signal(object)  # DocumentInfo
    show_in_folder_requested = Signal(object)
    unlock_requested = Signal(object)
    document_requested = Signal(int)  # an e-mail's attachment: show its own document
    photo_shown = Signal(int)  # a picture's page is shown (its choice can be looked up)
    link_requested = Signal(object)  # DocumentInfo: "Link to…", the keyboard's drag and drop

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.folder: Path | None = None
        self.current: DocumentInfo | None = None
        self._buffer: QBuffer | None = None
        self._generation = 0
        # Passwords typed for locked documents, by document id: kept in memory only while
        # the window is open, never saved, so an unlocked document's pages can be shown.
        self.passwords: dict[int, str] = {}
        self.setAccessibleName(self.tr("Document preview"))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width with a scroll bar that comes and goes can loop forever: the bar
        # narrows the page, the page gets shorter, the bar goes, the page widens again...
        # Keeping the bar always there keeps the width fixed and the window at rest.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(self.tr("Pages"))
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mail = MessagePane(self)
        self.mail.document_requested.connect(self.document_requested)
        self.photo_tools = PhotoTools(self)
        self._stale: set[int] = set()  # pictures read again since they were shown
        self.pages = QStackedWidget(self)
        for widget in (self.message, self.view, self.picture, self.mail):
            self.pages.addWidget(widget)

        self.thumbs = QListWidget(self)
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.3)))
        self.thumbs.setFixedWidth(THUMB_WIDTH + 30)
        self.thumbs.setAccessibleName(self.tr("Page thumbnails"))
        self.thumbs.currentRowChanged.connect(self._go_to_page)

        zoom_in = QPushButton(self.tr("Zoom in"), self)
        zoom_out = QPushButton(self.tr("Zoom out"), self)
        fit = QPushButton(self.tr("Fit width"), self)
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.unlock_button = QPushButton(self.tr("Enter the password…"), self)
        self.link_button = QPushButton(self.tr("Link to…"), self)
        self.link_button.setAccessibleName(self.tr("Link this document to a log entry"))
        self.link_button.clicked.connect(lambda: self.link_requested.emit(self.current))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.current))
        self.folder_button.clicked.connect(lambda: self.show_in_folder_requested.emit(self.current))
        self.unlock_button.clicked.connect(lambda: self.unlock_requested.emit(self.current))
        # Two rows, so the pane stays narrow enough at 150 % and at large text.
        tools = QVBoxLayout()
        zoom_row, file_row = QHBoxLayout(), QHBoxLayout()
        for button in (zoom_out, zoom_in, fit):
            zoom_row.addWidget(button)
        zoom_row.addStretch(1)
        for button in (self.open_button, self.folder_button, self.link_button, self.unlock_button):
            file_row.addWidget(button)
        file_row.addStretch(1)
        tools.addLayout(file_row)
        tools.addLayout(zoom_row)

        viewer = QWidget(self)
        viewer_layout = QHBoxLayout(viewer)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.addWidget(self.thumbs)
        viewer_layout.addWidget(self.pages, 1)

        self.details = QWidget(self)
        form = QFormLayout(self.details)
        self.kind_box = ConfirmedComboBox(self.details)
        for code, word in KIND_WORDS.items():
            self.kind_box.addItem(tr(word), code)
        # "Not sorted yet" is shown, never chosen: a person says what a document is.
        unsorted = self.kind_box.model().item(self.kind_box.findData("unclassified"))  # type: ignore[attr-defined]
        if unsorted is not None:
            unsorted.setEnabled(False)
        self.kind_box.setAccessibleName(self.tr("Kind of document"))
        self.kind_box.activated.connect(self._kind_chosen)
        kind_label = QLabel(self.tr("&Kind:"), self.details)
        kind_label.setBuddy(self.kind_box)
        form.addRow(kind_label, self.kind_box)
        self.field_labels: dict[str, str] = {}
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("status", QT_TRANSLATE_NOOP("words", "State")),
            ("outcome", QT_TRANSLATE_NOOP("words", "Answer")),
            ("date", QT_TRANSLATE_NOOP("words", "Date")),
            ("sender", QT_TRANSLATE_NOOP("words", "From")),
            ("reference", QT_TRANSLATE_NOOP("words", "Reference number")),
            ("member", QT_TRANSLATE_NOOP("words", "Member ID")),
            ("due", QT_TRANSLATE_NOOP("words", "Reply by")),
            ("appeal", QT_TRANSLATE_NOOP("words", "Appeal by")),
            ("pages", QT_TRANSLATE_NOOP("words", "Pages")),
        ):
            value = QLabel(self.details)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.field_labels[key] = tr(label)
            name = QLabel(tr(label) + ":", self.details)
            name.setBuddy(value)  # the label is tied to its value; the value says both
            show_field(value, tr(label), "—")
            form.addRow(name, value)
        self.reasons = QLabel(self.details)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.review = ReviewPanel(self.details, show_file=False, with_all=False)
        self.all_proposals: list[ProposalInfo] = []
        form.addRow(self.tr("Suggestions:"), self.review)
        # The reasons get the pane's whole width below the form, so long lines wrap there
        # and the last of them is never cut off at the bottom.
        why = QLabel(self.tr("Why it was sorted this way:"), self.details)
        why.setBuddy(self.reasons)
        form.addRow(why)
        form.addRow(self.reasons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.photo_tools)
        top_layout.addWidget(viewer, 1)
        details_scroller = QScrollArea(self)
        details_scroller.setWidgetResizable(True)
        details_scroller.setAccessibleName(self.tr("Document details"))
        details_scroller.setWidget(self.details)
        details_scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(top)
        splitter.addWidget(details_scroller)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 330])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.show_document(None)

    # --- showing ------------------------------------------------------------------
    def set_folder(self, folder: Path) -> None:
        """The case folder the documents' paths are relative to."""
        self.folder = folder

    def set_proposals(self, proposals: list[ProposalInfo]) -> None:
        """Every open suggestion of the case (the shown document's are picked from these)."""
        self.all_proposals = proposals

    def set_documents(self, documents: list[DocumentInfo]) -> None:
        """The case's documents (an e-mail's attachments open their own)."""
        self.mail.set_documents(documents)

    def read_again(self, document_id: int) -> None:
        """The picture is read again: show its new corrected page once there is one."""
        self._stale.add(document_id)

    def remember_password(self, document_id: int, password: str) -> None:
        """Only in memory, for this window: so a locked document's pages can be shown."""
        self.passwords[document_id] = password

    def show_document(self, doc: DocumentInfo | None) -> None:
        if doc is not None and self._same_file(doc) and doc.id not in self._stale:
            # A refresh of the same, unchanged file: new details, and the pages already
            # shown are kept. Reading the file again would cost the idle window its rest.
            self.current = doc
            self.unlock_button.setVisible(doc.status == "password_protected")
            self._fill_details(doc)
            return
        self._generation += 1
        self.current = doc
        self._stale.discard(doc.id if doc is not None else -1)
        self.photo_tools.show_for(None, False)
        self.thumbs.setVisible(doc is not None)  # no empty column of pages beside the hint
        self.document.close()
        self._buffer = None
        self.thumbs.clear()
        self.picture.clear()
        has_doc = doc is not None
        for button in (self.open_button, self.folder_button):
            button.setEnabled(has_doc and doc.status != "missing")  # type: ignore[union-attr]
        self.link_button.setEnabled(has_doc and doc.status not in ("missing", "duplicate"))  # type: ignore[union-attr]
        self.unlock_button.setVisible(has_doc and doc.status == "password_protected")  # type: ignore[union-attr]
        # Only the box is disabled: greyed-out labels at start-up could not be read.
        self.kind_box.setEnabled(has_doc)
        if doc is None:
            self._say(self.tr("Choose a document to see it here."))
            self._fill_details(None)
            return
        self._fill_details(doc)
        if doc.status == "missing":
            self._say(self.tr("This file is no longer in the folder. Its details are kept."))
            return
        if self.folder is None:
            return
        self._say(self.tr("Opening…"))
        path = self.folder / to_os(doc.path)
        generation = self._generation
        if suffix_of(doc.path) in IMAGE_SUFFIXES:
            sha256 = doc.sha256
            self.runner.run(
                lambda: photo_ops.picture_for_preview(path, sha256),
                lambda found: self._picture_arrived(generation, doc, *found),
                lambda exc: self._failed(generation, exc),
            )
            return
        self.runner.run(
            lambda: read_regular(path),
            lambda data: self._bytes_arrived(generation, doc, data),
            lambda exc: (
                self._say(self.tr("This file can't be opened: {0}").format(exc))
                if generation == self._generation
                else None
            ),
        )

    def _same_file(self, doc: DocumentInfo) -> bool:
        shown = self.current
        return (
            shown is not None
            and (shown.id, shown.path, shown.sha256, shown.size, shown.status)
            == (doc.id, doc.path, doc.sha256, doc.size, doc.status)
            and doc.status != "missing"
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._say(self.tr("This file can't be opened: {0}").format(exc))

    def _picture_arrived(
        self, generation: int, doc: DocumentInfo, data: bytes, corrected: bool
    ) -> None:
        """A photo or scan: the page as it was straightened and read, when there is one."""
        if generation != self._generation:
            return  # the user has moved on to another document
        self.photo_tools.show_for(doc.id, corrected)
        self.photo_shown.emit(doc.id)
        image = QImage.fromData(data)
        if image.isNull():
            self._say(self.tr("This picture can't be shown."))
            return
        self.picture.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(
                max(200, self.pages.width() - 20), Qt.TransformationMode.SmoothTransformation
            )
        )
        self.pages.setCurrentWidget(self.picture)
        self.thumbs.hide()  # one page: no column of page pictures beside it

    def _mail_arrived(self, generation: int, view: MessageView) -> None:
        if generation == self._generation:
            self.mail.show_message(view)
            self.pages.setCurrentWidget(self.mail)
            self.thumbs.hide()

    def _bytes_arrived(self, generation: int, doc: DocumentInfo, data: bytes) -> None:
        if generation != self._generation:
            return  # the user has moved on to another document
        if is_mail_name(doc.path):  # taken apart off the GUI thread; nothing is fetched
            name = doc.path
            self.runner.run(
                lambda: message_view(name, data),
                lambda view: self._mail_arrived(generation, view),
                lambda exc: self._failed(generation, exc),
            )
            return
        if doc.status in FLAGGED_STATES and doc.status != "missing":
            self._say(read_problem(doc.error) or status_word(doc.status))
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.setPassword(self.passwords.get(doc.id, ""))
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._say(read_problem(doc.error) or self.tr("This PDF can't be shown."))
            return
        self.pages.setCurrentWidget(self.view)
        password = self.passwords.get(doc.id, "")
        self.runner.run(
            lambda: render_thumbnails(data, password=password),
            lambda images: self._thumbs_arrived(generation, images),
        )

    def _thumbs_arrived(self, generation: int, images: list[QImage]) -> None:
        if generation != self._generation:
            return
        for number, image in enumerate(images, start=1):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(number))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Page {0}").format(number))
            self.thumbs.addItem(item)

    def _go_to_page(self, row: int) -> None:
        if row >= 0 and self.document.status() == QPdfDocument.Status.Ready:
            self.view.pageNavigator().jump(row, self.view.pageNavigator().currentLocation())

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(6.0, self.view.zoomFactor() * factor)))

    def _fill_details(self, doc: DocumentInfo | None) -> None:
        self.review.set_proposals(
            [p for p in self.all_proposals if doc is not None and p.document_id == doc.id]
        )
        if doc is None:
            for key, label in self.fields.items():
                show_field(label, self.field_labels[key], "—")
            show_field(self.reasons, self.tr("Why it was sorted this way"), "—")
            self.kind_box.setCurrentIndex(-1)  # no document: no kind, not the first in the list
            return
        index = self.kind_box.findData(doc.kind)
        self.kind_box.setCurrentIndex(max(index, 0))
        state = state_text(doc.status, doc.duplicate_of)
        if doc.error and doc.status != "indexed":
            state += f" — {read_problem(doc.error)}"
        if doc.text_source == "ocr":
            state += " " + self.tr("(text read from the scan)")
        if doc.kind_source == "user":
            state += " · " + self.tr("kind set by you")
        values = {
            "status": state,
            "outcome": tr(OUTCOME_WORDS.get(doc.letter_outcome or "", "")),
            "date": show_date(doc.document_date),
            "sender": tr(SENDER_WORDS.get(doc.sender or "", "")),
            "reference": doc.reference_number or "",
            "member": doc.member_id or "",
            "due": show_date(doc.due_date),
            "appeal": show_date(doc.appeal_by),
            "pages": str(doc.pages or ""),
        }
        doubts = dict(doc.unsure)
        for key, value in values.items():
            candidates = doubts.get(UNSURE_FIELDS.get(key, ""))
            if not value and candidates is not None:
                shown = self.tr(" or ").join(candidate_words(c) for c in candidates)
                value = self.tr("not sure, please check") + (f": {shown}" if shown else "")
            show_field(self.fields[key], self.field_labels[key], value or "—")
        show_field(
            self.reasons,
            self.tr("Why it was sorted this way"),
            "\n".join(f"• {say_explanation(r)}" for r in doc.reasons)
            or self.tr("Not sorted automatically yet."),
        )

    def _kind_chosen(self, index: int) -> None:
        if self.current is None:
            return
        kind = self.kind_box.itemData(index)
        if kind == "unclassified":
            return  # "Not sorted yet" is not a kind a person gives
        if kind != self.current.kind or self.current.kind_source != "user":
            self.kind_corrected.emit(self.current.id, kind)


def candidate_words(value: str) -> str:
    """A value the reading weighed, as the preview says it: an outcome in words, a day as a
    date of the language, anything else (a number read) as read."""
    if value in OUTCOME_WORDS:
        return tr(OUTCOME_WORDS[value])
    try:
        return show_date(date.fromisoformat(value))
    except ValueError:
        return value
