"""The first-run welcome: where the papers are kept, a few case details, or the demo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core import clock
from organizer.core.profile import CaseProfile
from organizer.gui.dialogs.base import (
    CalmDialog,
    form_layout,
    heading,
    line_edit,
    name_widget,
    paragraph,
    text_width,
)
from organizer.gui.dialogs.profile import SHORT, ProfileFields

NEW_FOLDER_NAME = "Home Infusion"

FolderPicker = Callable[[QWidget, str, Path], "Path | None"]
"""(parent, caption, where to start) -> the folder chosen, or None if cancelled."""


def pick_folder_natively(parent: QWidget, caption: str, start: Path) -> Path | None:
    """The system's own folder chooser."""
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(start))
    return Path(chosen) if chosen else None


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


@dataclass(frozen=True, slots=True)
class WelcomeChoice:
    """What the user chose. ``new_folder``: the folder may not exist yet; make it first."""

    folder: Path | None
    demo: bool
    new_folder: bool
    profile: CaseProfile


class WelcomeDialog(CalmDialog):
    """Three ways to start, and the case details that help from the first day."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        pick_folder: FolderPicker = pick_folder_natively,
        documents: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(self.tr("Welcome"), parent)
        self.pick_folder = pick_folder
        self.documents = documents or documents_folder()
        self.body.addWidget(heading(self.tr("Welcome"), self, scale=1.5))
        self.body.addWidget(
            paragraph(
                self.tr(
                    "This organizer keeps the insurance papers for home infusion in one "
                    "folder and shows what is still missing. It only reads your papers: it "
                    "never changes, moves or deletes them."
                ),
                self,
            )
        )
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)
        self._build_choices(left)
        self.fields = ProfileFields(self, CaseProfile(), today=today or clock.today())
        self.profile_box = self.group(self.tr("About the case (you can change this later)"), right)
        self.fields.add_fields(form_layout(self.profile_box), SHORT)
        right.addStretch(1)
        self.ok_button.setText(self.tr("Start"))
        self.ok_button.setAccessibleName(self.tr("Start"))
        self.choices.buttonToggled.connect(self._update)
        self.new_path.textEdited.connect(lambda _: self.new_choice.setChecked(True))
        self.existing_path.textEdited.connect(lambda _: self.existing_choice.setChecked(True))
        self.new_path.textChanged.connect(self._update)
        self.existing_path.textChanged.connect(self._update)
        self._update()
        self.finish(self.new_choice)

    def _build_choices(self, column: QVBoxLayout) -> None:
        box = self.group(self.tr("Where are the papers kept?"), column)
        grid = QGridLayout(box)
        self.choices = QButtonGroup(self)
        self.new_choice = QRadioButton(self.tr("Make a new folder for them"), box)
        self.new_path = line_edit(str(self.documents / NEW_FOLDER_NAME), box, width=40)
        self.new_place = QPushButton(self.tr("Change place…"), box)
        self.existing_choice = QRadioButton(self.tr("Use a folder I already keep them in"), box)
        self.existing_path = line_edit("", box, width=40)
        self.existing_path.setPlaceholderText(self.tr("No folder chosen yet"))
        self.existing_pick = QPushButton(self.tr("Choose folder…"), box)
        self.demo_choice = QRadioButton(self.tr("Look around with an example case first"), box)
        demo_note = paragraph(self.tr("Nothing you do in the example is kept."), box)
        self.new_choice.setChecked(True)
        indent = text_width(box, 3)
        rows: list[tuple[QRadioButton, QLineEdit | None, QPushButton | None, str]] = [
            (self.new_choice, self.new_path, self.new_place, self.tr("New folder")),
            (
                self.existing_choice,
                self.existing_path,
                self.existing_pick,
                self.tr("Existing folder"),
            ),
            (self.demo_choice, None, None, ""),
        ]
        line = 0
        for radio, path, button, path_name in rows:
            self.choices.addButton(radio)
            name_widget(radio, radio.text())
            grid.addWidget(radio, line, 0, 1, 3)
            self.track(radio)
            line += 1
            if path is not None and button is not None:
                name_widget(path, path_name)
                name_widget(button, button.text().rstrip("…"))
                grid.addWidget(path, line, 1)
                grid.addWidget(button, line, 2)
                self.track(path, button)
                line += 1
        grid.addWidget(demo_note, line, 1, 1, 2)
        grid.setColumnMinimumWidth(0, indent)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(line + 1, 1)
        self.new_place.clicked.connect(self._change_place)
        self.existing_pick.clicked.connect(self._choose_existing)

    # --- choosing -------------------------------------------------------------------
    def _change_place(self) -> None:
        current = Path(self.new_path.text().strip() or self.documents / NEW_FOLDER_NAME)
        chosen = self.pick_folder(self, self.tr("Where should the new folder go?"), current.parent)
        if chosen is not None:
            self.new_path.setText(str(chosen / (current.name or NEW_FOLDER_NAME)))
            self.new_choice.setChecked(True)

    def _choose_existing(self) -> None:
        start = Path(self.existing_path.text().strip() or self.documents)
        chosen = self.pick_folder(self, self.tr("Choose the folder with the papers"), start)
        if chosen is not None:
            self.existing_path.setText(str(chosen))
            self.existing_choice.setChecked(True)

    def _update(self) -> None:
        demo = self.demo_choice.isChecked()
        self.profile_box.setEnabled(not demo)
        if demo:
            ready = True
        elif self.new_choice.isChecked():
            ready = bool(self.new_path.text().strip())
        else:
            ready = bool(self.existing_path.text().strip())
        self.ok_button.setEnabled(ready)

    def result_value(self) -> WelcomeChoice:
        profile = self.fields.profile()
        if self.demo_choice.isChecked():
            return WelcomeChoice(folder=None, demo=True, new_folder=False, profile=profile)
        new = self.new_choice.isChecked()
        text = (self.new_path if new else self.existing_path).text().strip()
        return WelcomeChoice(
            folder=Path(text).expanduser(), demo=False, new_folder=new, profile=profile
        )
