"""Suggestions waiting for review, each with Accept and Dismiss, and "Accept all"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organizer.core.records import ProposalInfo
from organizer.core.types import role_words
from organizer.gui.keep_place import discard
from organizer.language import translate
from organizer.words import say_reason


class ProposalRow(QFrame):
    accepted = Signal(int)
    dismissed = Signal(int)

    def __init__(
        self, proposal: ProposalInfo, parent: QWidget | None = None, *, show_file: bool = True
    ) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        name = proposal.path.rsplit("/", 1)[-1]
        sure = round((proposal.confidence or 0) * 100)
        target = translate("phrases", proposal.entry_what)  # a checklist label, translated
        if proposal.new_entry:
            target = self.tr("a new log entry: {0}").format(target)
        role = translate("words", role_words(proposal.role, proposal.entry_item))
        title = self.tr("Link to {0} as {1}").format(target, role)
        if show_file:
            title = f"{name} → {title}"
        heading = QLabel(f"<b>{_escape(title)}</b>", self)
        heading.setWordWrap(True)
        why = self.tr("Why: {0} (about {1}% sure)").format(say_reason(proposal.reason), sure)
        self.why = QLabel(why, self)
        self.why.setWordWrap(True)
        layout.addWidget(heading)
        self.flag: QLabel | None = None
        if proposal.flag:  # a letter for another member: a person must look first
            self.flag = QLabel(f"<b>{_escape(say_reason(proposal.flag))}</b>", self)
            self.flag.setWordWrap(True)
            layout.addWidget(self.flag)
        layout.addWidget(self.why)
        buttons = QHBoxLayout()
        accept = QPushButton(self.tr("Accept"), self)
        dismiss = QPushButton(self.tr("Dismiss"), self)
        accept.setAccessibleName(self.tr("Accept: {0}").format(title))
        dismiss.setAccessibleName(self.tr("Dismiss: {0}").format(title))
        accept.clicked.connect(lambda: self.accepted.emit(proposal.link_id))
        dismiss.clicked.connect(lambda: self.dismissed.emit(proposal.link_id))
        buttons.addWidget(accept)
        buttons.addWidget(dismiss)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.accept_button, self.dismiss_button = accept, dismiss


class ReviewPanel(QWidget):
    accepted = Signal(int)
    dismissed = Signal(int)
    accept_all_requested = Signal()
    undo_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, show_file: bool = True, with_all: bool = True
    ) -> None:
        super().__init__(parent)
        self.show_file = show_file
        self.setAccessibleName(self.tr("Suggestions to review"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.accept_all_button = QPushButton(self.tr("Accept all"), self)
        self.undo_button = QPushButton(self.tr("Undo accept all"), self)
        self.accept_all_button.clicked.connect(self.accept_all_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.hide()
        self.accept_all_button.setVisible(with_all)
        top.addWidget(self.undo_button)
        top.addWidget(self.accept_all_button)
        outer.addLayout(top)
        self.compact = not with_all
        if self.compact:  # inside the preview: rows follow the details, no scroll of its own
            self.body = QWidget(self)
            self.rows_layout = QVBoxLayout(self.body)
            self.rows_layout.setContentsMargins(0, 0, 0, 0)
            self.rows_layout.addStretch(1)
            outer.addWidget(self.body)
        else:
            scroller = QScrollArea(self)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons take the focus
            scroller.setAccessibleName(self.tr("Suggestions"))
            self.body = QWidget(scroller)
            self.rows_layout = QVBoxLayout(self.body)
            self.rows_layout.setContentsMargins(0, 0, 0, 0)
            self.rows_layout.addStretch(1)
            scroller.setWidget(self.body)
            outer.addWidget(scroller, 1)
        self.rows: list[ProposalRow] = []
        self.group_labels: list[QLabel] = []
        self.with_all = with_all

    def set_proposals(self, proposals: list[ProposalInfo]) -> None:
        """Show the suggestions grouped by the log entry they are for, most sure first.

        The same suggestions again change nothing (focus stays put). After an Accept or a
        Dismiss, the focus goes on to the suggestion that takes its place.
        """
        if self.rows and proposals == [row.proposal for row in self.rows]:
            return
        focused = next(
            (
                (number, row.proposal.link_id, button is row.accept_button)
                for number, row in enumerate(self.rows)
                for button in (row.accept_button, row.dismiss_button)
                if button is self.window().focusWidget()  # kept while a dialog is open
            ),
            None,
        )
        for widget in [*self.rows, *self.group_labels]:
            discard(widget)
        self.rows = []
        self.group_labels = []
        if proposals:
            self.summary.setText(
                self.tr(
                    "%n suggestion(s) from your documents. Nothing changes until you accept.",
                    None,
                    len(proposals),
                )
            )
        else:
            self.summary.setText(self.tr("Nothing is waiting for review."))
        self.accept_all_button.setEnabled(bool(proposals))
        groups: dict[int, list[ProposalInfo]] = {}
        for proposal in proposals:
            groups.setdefault(proposal.log_id, []).append(proposal)
        for members in groups.values():
            if self.show_file:  # the window's list; the preview shows one document's
                first = members[0]
                title = translate("phrases", first.entry_what)
                if first.new_entry:
                    title = self.tr("New: {0}").format(title)
                label = QLabel(f"<b>{_escape(title)}</b>", self.body)
                label.setWordWrap(True)
                self.rows_layout.insertWidget(self.rows_layout.count() - 1, label)
                self.group_labels.append(label)
            for proposal in members:
                self._add_row(proposal)
        before: QWidget = self.accept_all_button  # Tab order: the rows follow, in order
        for row in self.rows:
            for button in (row.accept_button, row.dismiss_button):
                QWidget.setTabOrder(before, button)
                before = button
        if focused is not None:
            self._refocus(*focused)

    def _refocus(self, number: int, link_id: int, on_accept: bool) -> None:
        same = [row for row in self.rows if row.proposal.link_id == link_id]
        if not same and not self.rows:
            target: QWidget = self.accept_all_button if self.with_all else self
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row = same[0] if same else self.rows[min(number, len(self.rows) - 1)]
        button = row.accept_button if on_accept or not same else row.dismiss_button
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self, proposal: ProposalInfo) -> None:
        row = ProposalRow(proposal, self.body, show_file=self.show_file)
        row.accepted.connect(self.accepted)
        row.dismissed.connect(self.dismissed)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self.rows.append(row)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
