"""The list of cases in the organizer, to open another one, or a folder not opened before.

The list is loaded in the background (it also looks whether each folder can be found), so
the dialog opens at once, even when a folder sits on a drive that is slow to answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem, QWidget
from shiboken6 import isValid

from organizer.core.records import CaseInfo, CaseRow
from organizer.gui.dialogs.base import CalmDialog, name_widget, paragraph, text_width
from organizer.gui.dialogs.welcome import FolderPicker, documents_folder, pick_folder_natively
from organizer.gui.tasks import TaskRunner

CASE_ROLE = Qt.ItemDataRole.UserRole


class CasesDialog(CalmDialog):
    """Choose a case from the list, or a folder (which becomes a case if it is not one)."""

    def __init__(
        self,
        load: Callable[[], list[CaseRow]],
        runner: TaskRunner,
        *,
        current_id: int | None = None,
        parent: QWidget | None = None,
        pick_folder: FolderPicker = pick_folder_natively,
    ) -> None:
        super().__init__(self.tr("Open another case"), parent)
        self.current_id = current_id
        self.pick_folder = pick_folder
        self.rows: list[CaseRow] | None = None
        self.chosen_folder: Path | None = None
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Each case is one folder of papers. Choose the case to open, or choose "
                    "a folder to start a new case for it."
                ),
                self,
            )
        )
        self.cases_list = QTreeWidget(self)
        self.cases_list.setColumnCount(2)
        self.cases_list.setHeaderLabels([self.tr("Patient"), self.tr("Folder")])
        self.cases_list.setRootIsDecorated(False)
        self.cases_list.setUniformRowHeights(True)
        self.cases_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the folder's name
        self.cases_list.setMinimumWidth(text_width(self, 90))
        self.cases_list.header().resizeSection(0, text_width(self, 24))
        name_widget(self.cases_list, self.tr("Cases"))
        self.body.addWidget(self.cases_list, 1)
        self.status = paragraph(self.tr("Loading the cases…"), self)
        self.body.addWidget(self.status)
        self.folder_button = QPushButton(self.tr("Choose a folder…"), self)
        name_widget(self.folder_button, self.tr("Choose a folder"))
        self.buttons.addButton(self.folder_button, self.buttons.ButtonRole.ActionRole)
        self.ok_button.setText(self.tr("Open"))
        self.ok_button.setAccessibleName(self.tr("Open"))
        self.ok_button.setEnabled(False)
        self.track(self.cases_list)
        self.cases_list.currentItemChanged.connect(lambda *_: self._update())
        self.cases_list.itemActivated.connect(lambda *_: self._accept_if_allowed())
        self.folder_button.clicked.connect(self.choose_folder)
        self.finish(self.cases_list)
        runner.run(load, self.show_rows, self._load_failed)

    # --- filling --------------------------------------------------------------------
    def show_rows(self, rows: list[CaseRow]) -> None:
        if not isValid(self):
            return  # closed before the list arrived
        self.rows = rows
        self.cases_list.clear()
        for row in rows:
            patient = row.case.profile.patient or self.tr("(no name yet)")
            if row.case.id == self.current_id:
                patient = self.tr("{0} (open now)").format(patient)
            folder = row.case.folder
            if not row.folder_found:
                folder = self.tr("⚠ can't be found: {0}").format(folder)
            item = QTreeWidgetItem([patient, folder])
            item.setData(0, CASE_ROLE, row.case)
            item.setToolTip(1, row.case.folder)
            self.cases_list.addTopLevelItem(item)
        # The patient's name, with "(open now)", is shown whole; the folder is elided.
        self.cases_list.resizeColumnToContents(0)
        half = self.cases_list.viewport().width() // 2
        if self.cases_list.columnWidth(0) > half:
            self.cases_list.setColumnWidth(0, half)
        others = [r for r in rows if r.case.id != self.current_id]
        self.status.setText(
            self.tr("No other cases yet. Choose a folder to start one.")
            if not others
            else self.tr("Double-click a case, or select it and press Open.")
        )
        other = next((r.case.id for r in rows if r.case.id != self.current_id), None)
        if other is not None:
            self.select_case(other)
        self._update()

    def _load_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.status.setText(self.tr("The list of cases could not be loaded: {0}").format(exc))

    def _update(self) -> None:
        chosen = self.chosen_case()
        self.ok_button.setEnabled(chosen is not None and chosen.id != self.current_id)

    # --- choosing -------------------------------------------------------------------
    def chosen_case(self) -> CaseInfo | None:
        item = self.cases_list.currentItem()
        value = item.data(0, CASE_ROLE) if item is not None else None
        return value if isinstance(value, CaseInfo) else None

    def select_case(self, case_id: int) -> None:
        for index in range(self.cases_list.topLevelItemCount()):
            item = self.cases_list.topLevelItem(index)
            case = item.data(0, CASE_ROLE) if item is not None else None
            if item is not None and isinstance(case, CaseInfo) and case.id == case_id:
                self.cases_list.setCurrentItem(item)
                return
        raise LookupError(f"no case {case_id} in the list")

    def choose_folder(self) -> None:
        current = self.chosen_case()
        start = Path(current.folder).parent if current is not None else documents_folder()
        chosen = self.pick_folder(self, self.tr("Choose the folder with the papers"), start)
        if chosen is not None:
            self.chosen_folder = chosen
            self.accept()
