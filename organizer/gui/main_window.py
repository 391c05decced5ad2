"""The main window: "Still missing" always in view, documents, the log, calls, questions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from organizer import APP_NAME
from organizer.core.records import CaseInfo, DocumentInfo, LogEntryInfo
from organizer.core.snapshot import CaseSnapshot
from organizer.gui import actions, file_actions
from organizer.gui.access import announce, fit_screen, make_readable
from organizer.gui.case_commands import CaseCommands
from organizer.gui.case_header import CaseHeader
from organizer.gui.controller import CaseController
from organizer.gui.deadline_features import install as install_deadlines
from organizer.gui.documents_model import DOCUMENT_ROLE, DocumentFilter, DocumentTableModel
from organizer.gui.documents_table import DocumentsTable
from organizer.gui.keep_place import restore_place, save_place
from organizer.gui.keyboard import (
    buttons_need_a_row,
    down_to_results,
    leave_with_tab,
    on_enter_or_f2,
)
from organizer.gui.layout import LayoutPart, fit_log_columns, restore_layout, save_layout
from organizer.gui.list_tabs import ListTab, call_text, question_text
from organizer.gui.log_model import LogTableModel, LogTableView
from organizer.gui.missing_panel import MissingPanel
from organizer.gui.onboarding import ProfileInvite, open_details_with_suggestions, refresh_invite
from organizer.gui.photo_commands import PhotoCommands
from organizer.gui.preview import PreviewPane
from organizer.gui.review_panel import ReviewPanel
from organizer.gui.search_box import SearchController
from organizer.gui.send_commands import SendCommands
from organizer.gui.status_line import StatusLine
from organizer.gui.window_commands import WindowCommands
from organizer.gui.words import KIND_WORDS, tr


class MainWindow(QMainWindow):
    # Asks the app to show another case (None: the case was removed; open the next one).
    switch_case = Signal(object)
    # Made by actions.build, from the actions table.
    add_documents_action: QAction
    print_action: QAction
    save_sheet_action: QAction
    profile_action: QAction
    quit_action: QAction
    find_action: QAction
    add_entry_action: QAction
    call_action: QAction
    question_action: QAction
    undo_action: QAction

    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.setWindowTitle(f"{self.case.title} — {APP_NAME}")
        self.setAcceptDrops(True)
        fit_screen(self, 1280, 820)

        self.missing = MissingPanel(self)
        self.missing.setMinimumWidth(360)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Case sections"))
        self.tabs.addTab(self._build_documents_tab(), self.tr("&Documents"))
        self.tabs.addTab(self._build_log_tab(), self.tr("&Log: asked for and sent"))
        self.tabs.addTab(self._build_calls_tab(), self.tr("&Calls"))
        self.tabs.addTab(self._build_questions_tab(), self.tr("&Questions"))
        self.review = ReviewPanel(self)
        self.review_tab = self.tabs.addTab(self.review, self.tr("To &review"))

        self.header = CaseHeader(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        self.invite = ProfileInvite(self)
        self.invite.fill_requested.connect(
            lambda: open_details_with_suggestions(self, self.controller, self.invite)
        )
        right_layout.addWidget(self.invite)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.missing)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.setCentralWidget(self.splitter)

        self.status_line = StatusLine(self, self.case.folder)
        line = self.status_line
        self.folder_label, self.state_label = line.folder_label, line.state_label
        self.progress, self.undo_button = line.progress, line.undo_button
        self.commands = WindowCommands(self, controller)
        self.case_commands = CaseCommands(self, controller)
        # "Coming up", Timeline, reminders, calendar: its menu items are rows of the table.
        self.deadlines = install_deadlines(self)
        self.send = SendCommands(self, controller, self.commands, self._current_entry_id)
        self.photos = PhotoCommands(self, controller, self.preview)
        owners = {"window": self, "commands": self.commands, "case": self.case_commands}
        actions.build(self, {**owners, "deadlines": self.deadlines, "send": self.send})
        self.deadlines.build_reminders_menu()
        self.undo_action.setEnabled(False)
        self._connect()
        self._make_usable()
        restore_layout(QSettings(), self._layout_parts())
        self._show_header()

    # --- building -------------------------------------------------------------------
    def _build_documents_tab(self) -> QWidget:
        page = QWidget(self)
        self.search_field = QLineEdit(page)
        self.search_field.setPlaceholderText(self.tr("Search the text of all documents…"))
        self.search_field.setAccessibleName(self.tr("Search documents"))
        self.search_field.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(page)
        self.kind_filter.setAccessibleName(self.tr("Show kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for code, word in KIND_WORDS.items():
            self.kind_filter.addItem(tr(word), code)
        self.state_filter = QComboBox(page)
        self.state_filter.setAccessibleName(self.tr("Show state"))
        states: tuple[tuple[str, str | None], ...] = (
            (self.tr("Any state"), None),
            (self.tr("Needs attention"), "attention"),
            (self.tr("Read"), "indexed"),
            (self.tr("Waiting to be read"), "pending"),
            (self.tr("Scans not read"), "no_text"),
            (self.tr("Locked with a password"), "password_protected"),
            (self.tr("Damaged"), "unreadable"),
            (self.tr("No longer in the folder"), "missing"),
            (self.tr("Copies"), "duplicate"),
        )
        for text, state_code in states:
            self.state_filter.addItem(text, state_code)
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 3)
        for text, box in (
            (self.tr("&Kind:"), self.kind_filter),
            (self.tr("S&tate:"), self.state_filter),
        ):
            label = QLabel(text, page)
            label.setBuddy(box)  # "Kind: All kinds", not only "All kinds"
            bar.addWidget(label)
            bar.addWidget(box, 1)

        self.documents_model = DocumentTableModel()
        self.documents_filter = DocumentFilter()
        self.documents_filter.setSourceModel(self.documents_model)
        self.documents_view = DocumentsTable(self.documents_filter, page)
        self.search_results = QListWidget(page)
        self.search_results.setAccessibleName(self.tr("Search results"))
        self.search_results.hide()
        self.preview = PreviewPane(self.controller.runner, page)
        self.preview.set_folder(Path(self.case.folder))

        lists = QSplitter(Qt.Orientation.Vertical, page)
        lists.addWidget(self.search_results)
        lists.addWidget(self.documents_view)
        self.documents_split = QSplitter(Qt.Orientation.Horizontal, page)
        self.documents_split.addWidget(lists)
        self.documents_split.addWidget(self.preview)
        self.documents_split.setStretchFactor(0, 1)
        self.documents_split.setStretchFactor(1, 1)
        self.documents_split.setSizes([610, 390])
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.documents_split, 1)
        self.search = SearchController(self.controller, self.search_field, self.search_results)
        return page

    def _build_log_tab(self) -> QWidget:
        page = QWidget(self)
        self.log_model = LogTableModel()
        self.log_view = LogTableView(page)
        self.log_view.setModel(self.log_model)
        self.log_view.setAccessibleName(self.tr("Requested and sent log"))
        self.log_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.log_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.log_view.verticalHeader().hide()
        fit_log_columns(self.log_view)
        buttons = QHBoxLayout()
        self.add_entry_button = QPushButton(self.tr("Add…"), page)
        self.edit_entry_button = QPushButton(self.tr("Edit…"), page)
        self.sent_button = QPushButton(self.tr("Mark as sent"), page)
        self.delete_entry_button = QPushButton(self.tr("Delete"), page)
        for button in (
            self.add_entry_button,
            self.edit_entry_button,
            self.sent_button,
            self.delete_entry_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("Drop a letter on an entry to add it to the folder and link it."), page)
        )
        layout.addWidget(self.log_view, 1)
        layout.addLayout(buttons)
        return page

    def _build_calls_tab(self) -> QWidget:
        self.calls_tab = ListTab(
            self.tr("Calls"),
            self.tr("Record a call…"),
            self.tr(
                "No calls noted yet. When you phone the plan, the provider's office or the "
                "pharmacy, note who you spoke with, their number and the reference number they "
                "give you: it is the proof of what was said."
            ),
            self,
        )
        self.calls_list, self.add_call_button = self.calls_tab.items, self.calls_tab.button
        return self.calls_tab

    def _build_questions_tab(self) -> QWidget:
        self.questions_tab = ListTab(
            self.tr("Questions"),
            self.tr("Add a question…"),
            self.tr(
                "No questions yet. Write down what you want to ask (what exactly is missing? "
                "who sends it? how long once it is sent?) and the answers when you get them."
            ),
            self,
        )
        self.questions_list = self.questions_tab.items
        self.add_question_button = self.questions_tab.button
        return self.questions_tab

    # --- what the commands may ask of the window (gui.view.CommandView) -----------------
    @property
    def case(self) -> CaseInfo:
        """The case shown: the controller's one copy."""
        return self.controller.case

    @property
    def snapshot(self) -> CaseSnapshot | None:
        """What the window shows: the controller's one copy."""
        return self.controller.snapshot

    def parent_widget(self) -> QWidget:
        return self

    def status(self, text: str, msecs: int = 0) -> None:
        self.statusBar().showMessage(text, msecs)

    def error(self, text: str) -> None:
        self.show_error(text)

    def tell(self, text: str) -> None:
        QMessageBox.information(self, APP_NAME, text)

    def is_open(self) -> bool:
        return isValid(self)

    def _undo_changed(self, label: str) -> None:
        """The one step that can be undone (the commands keep it; "" when there is none)."""
        self.undo_action.setEnabled(bool(label))
        if label:
            self.undo_action.setText(label)
            self.undo_button.setText(label)
        self.undo_button.setVisible(bool(label))

    def _connect(self) -> None:
        c = self.commands
        ctrl = self.controller
        ctrl.snapshot_ready.connect(self.show_snapshot)
        ctrl.case_changed.connect(self._case_changed)
        c.undo_changed.connect(self._undo_changed)
        c.accept_undo_changed.connect(self.review.undo_button.setVisible)
        c.password_accepted.connect(self.preview.remember_password)
        c.details_wanted.connect(
            lambda: open_details_with_suggestions(self, self.controller, self.invite)
        )
        self.case_commands.switch_case.connect(self.switch_case)
        ctrl.watch_state_changed.connect(self.status_line.show_watch_state)
        ctrl.index_progress.connect(self.status_line.show_progress)
        ctrl.failed.connect(self.show_error)
        ctrl.told.connect(lambda text: self.statusBar().showMessage(text, 8000))
        on_enter_or_f2(self.documents_view, lambda index: c.open_document(self._doc(index)))
        self.documents_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.preview.show_document(self._doc(current))
        )
        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.state_filter.currentIndexChanged.connect(self.apply_filters)
        self.search.results_changed.connect(self.apply_filters)
        self.search.result_chosen.connect(self.select_document)
        self.preview.open_requested.connect(c.open_document)
        self.preview.show_in_folder_requested.connect(c.show_in_folder)
        self.preview.kind_corrected.connect(c.correct_kind)
        self.preview.unlock_requested.connect(c.unlock)
        self.preview.document_requested.connect(self.select_document)
        on_enter_or_f2(self.log_view, lambda index: c.edit_entry(self._entry(index.row())))
        self.log_view.files_dropped.connect(self.files_dropped_on_log)
        self.add_entry_button.clicked.connect(c.add_entry)
        self.edit_entry_button.clicked.connect(lambda: c.edit_entry(self._current_entry()))
        self.sent_button.clicked.connect(self._mark_current_sent)
        self.delete_entry_button.clicked.connect(lambda: c.delete_entry(self._current_entry()))
        self.undo_button.clicked.connect(c.undo_delete)
        self.add_call_button.clicked.connect(c.record_call)
        self.add_question_button.clicked.connect(c.add_question)
        on_enter_or_f2(self.calls_list, lambda i: c.edit_call_item(self.calls_list.item(i.row())))
        on_enter_or_f2(
            self.questions_list, lambda i: c.edit_question_item(self.questions_list.item(i.row()))
        )
        self.preview.link_requested.connect(c.link_document_to)
        self.missing.link_requested.connect(c.link_for_entry)
        self.missing.submitted_requested.connect(c.mark_sent)
        self.missing.call_requested.connect(lambda _entry_id: c.record_call())
        self.missing.packet_requested.connect(self.send.make_packet)
        self.missing.appeal_requested.connect(ctrl.start_appeal)
        self.missing.not_appealing_requested.connect(ctrl.not_appealing)
        for panel in (self.review, self.preview.review):
            panel.accepted.connect(ctrl.accept_proposal)
            panel.dismissed.connect(ctrl.dismiss_proposal)
        self.review.accept_all_requested.connect(c.accept_all)
        self.review.undo_requested.connect(c.undo_accept_all)

    def _make_usable(self) -> None:
        """Keyboard, screen reader and readable colours (see gui/access, gui/keyboard)."""
        make_readable(self)
        leave_with_tab(self.documents_view, self.log_view, self.calls_list, self.questions_list)
        down_to_results(self.search_field, self.search_results)
        buttons_need_a_row(
            self.log_view, (self.edit_entry_button, self.sent_button, self.delete_entry_button)
        )
        self.statusBar().messageChanged.connect(lambda text: announce(self, text))

    def focus_most_urgent(self) -> None:
        """The first focus: the most urgent item's first button (not the tab bar).

        Qt focuses the tab bar when the window opens, before the case has loaded; focus
        put elsewhere on purpose ("Coming up" when something is overdue) stays there.
        """
        focused = self.focusWidget()  # kept while the window is not the active one
        if focused is None or focused is self or focused is self.tabs.tabBar():
            self.missing.focus_first()

    def link_current_document(self) -> None:
        """Link the chosen document to a log entry: the keyboard's drag and drop."""
        self.commands.link_document_to(self._doc(self.documents_view.currentIndex()))

    # --- showing --------------------------------------------------------------------
    def _show_header(self) -> None:
        self.header.show_case(self.case)

    def _case_changed(self, case: CaseInfo) -> None:
        self.setWindowTitle(f"{case.title} — {APP_NAME}")
        self._show_header()
        self.invite.show_for(case.profile)

    def show_snapshot(self, snapshot: CaseSnapshot) -> None:
        """Show the case again: only what changed, keeping focus, current cell and scroll."""
        self._show_header()
        selected = self.preview.current.id if self.preview.current else None
        self.missing.set_rows(snapshot.missing)
        docs_place = save_place(self.documents_view, self._doc_id)
        if self.documents_model.set_documents(snapshot.documents, snapshot.links_by_document):
            self.apply_filters()
            restore_place(self.documents_view, docs_place, self._doc_index)
        log_place = save_place(self.log_view, self._entry_id)
        if self.log_model.set_entries(snapshot.log, snapshot.missing):
            restore_place(self.log_view, log_place, self._log_index)
        self.calls_tab.set_entries([(call_text(c), c) for c in snapshot.calls])
        self.questions_tab.set_entries([(question_text(q), q) for q in snapshot.questions])
        self.review.set_proposals(snapshot.proposals)
        count = len(snapshot.proposals)
        label = self.tr("To &review ({0})").format(count) if count else self.tr("To &review")
        self.tabs.setTabText(self.review_tab, label)
        self.preview.set_proposals(snapshot.proposals)
        self.preview.set_documents(snapshot.documents)
        self.apply_filters()
        current = self._doc(self.documents_view.currentIndex())
        if current is not None and current.id == selected:
            self.preview.show_document(current)  # its new details; the pages are kept
        elif selected is not None:
            self.select_document(selected)
        refresh_invite(self.invite, self.controller, snapshot)
        if self.controller.reloads == 1:
            self.focus_most_urgent()

    def apply_filters(self) -> None:
        self.documents_filter.set_filters(
            self.kind_filter.currentData(),
            self.state_filter.currentData(),
            self.search.matching_ids(),
        )

    def select_document(self, document_id: int) -> None:
        row = self.documents_model.row_of(document_id)
        if row is None:
            return
        index = self.documents_filter.mapFromSource(self.documents_model.index(row, 0))
        if index.isValid():
            self.documents_view.setCurrentIndex(index)
            self.preview.show_document(self.documents_model.document(row))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    # --- helpers --------------------------------------------------------------------
    def _doc(self, index: object) -> DocumentInfo | None:
        if not isinstance(index, QModelIndex) or not index.isValid():
            return None
        value = self.documents_filter.data(index.siblingAtColumn(0), DOCUMENT_ROLE)
        return value if isinstance(value, DocumentInfo) else None

    def _doc_id(self, index: QModelIndex) -> int | None:
        doc = self._doc(index)
        return doc.id if doc is not None else None

    def _doc_index(self, document_id: object) -> QModelIndex | None:
        row = self.documents_model.row_of(document_id) if isinstance(document_id, int) else None
        if row is None:
            return None
        return self.documents_filter.mapFromSource(self.documents_model.index(row, 0))

    def _entry_id(self, index: QModelIndex) -> int | None:
        entry = self._entry(index.row())
        return entry.id if entry is not None else None

    def _log_index(self, entry_id: object) -> QModelIndex | None:
        found = self.log_model.row_of(entry_id) if isinstance(entry_id, int) else None
        return self.log_model.index(found, 0) if found is not None else None

    def current_log_row(self) -> int:
        return self.log_view.currentIndex().row()

    def _entry(self, row: int) -> LogEntryInfo | None:
        if row < 0 or row >= self.log_model.rowCount():
            return None
        return self.log_model.entry(row)

    def _current_entry(self) -> LogEntryInfo | None:
        return self._entry(self.current_log_row())

    def _current_entry_id(self) -> int | None:
        entry = self._current_entry()
        return entry.id if entry else None

    def _mark_current_sent(self) -> None:
        entry = self._current_entry()
        if entry is not None:
            self.commands.mark_sent(entry.id)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_field.setFocus()
        self.search_field.selectAll()

    # --- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = file_actions.dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.commands.import_files(paths)

    def files_dropped_on_log(self, paths: list[Path], row: int) -> None:
        entry = self.log_model.entry(row) if 0 <= row < self.log_model.rowCount() else None
        self.commands.import_files(paths, entry.id if entry else None)

    # --- layout memory ---------------------------------------------------------------
    def _layout_parts(self) -> tuple[LayoutPart, ...]:
        return (
            ("window/geometry", (self.saveGeometry, self.restoreGeometry)),
            ("window/state", (self.saveState, self.restoreState)),
            ("window/splitter", self.splitter),
            ("window/documents_split", self.documents_split),
            ("window/documents_header", self.documents_view.horizontalHeader()),
            ("window/log_header", self.log_view.horizontalHeader()),
        )

    def save_layout(self) -> None:
        save_layout(QSettings(), self._layout_parts())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.controller.stop()
        super().closeEvent(event)
