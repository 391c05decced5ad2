"""One table of the window's actions: it builds the menus, the toolbar and the shortcuts.

A new menu action is one row here (and a method on the commands it calls). The words are
marked with ``QT_TRANSLATE_NOOP`` in the "Actions" context, so lupdate sees them and the
translator finds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from organizer.words import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str | None

FALLBACK_KEYS = {
    Key.Quit: "Ctrl+Q",
    Key.Find: "Ctrl+F",
    Key.New: "Ctrl+N",
    Key.Open: "Ctrl+O",
    Key.Print: "Ctrl+P",
    Key.Undo: "Ctrl+Z",
}
SEPARATOR = "-"
OWN_ACTIONS = ("case", "deadlines", "send")  # owners that keep their actions themselves


@dataclass(frozen=True, slots=True)
class ActionRow:
    name: str  # the attribute the action is kept under (the window; else "case"/"deadlines")
    text: str  # marked for translation in the "Actions" context
    owner: str  # "window", "commands", "case", "deadlines" or "send": whose method runs
    slot: str  # the owner's method
    shortcut: Shortcut = None
    menu: str = ""  # "file", "edit" or "help"
    argument: int | None = None  # passed to the slot (which help link)


ACTIONS: tuple[ActionRow | str, ...] = (
    ActionRow("add_documents_action", QT_TRANSLATE_NOOP("Actions", "&Add documents…"),
              "commands", "add_documents", Key.Open, "file"),
    ActionRow("print_action", QT_TRANSLATE_NOOP("Actions", "&Print status sheet…"),
              "commands", "print_sheet", Key.Print, "file"),
    ActionRow("save_sheet_action", QT_TRANSLATE_NOOP("Actions", "&Save status sheet as PDF…"),
              "commands", "save_sheet", None, "file"),
    ActionRow("calendar_action", QT_TRANSLATE_NOOP("Actions", "&Export deadlines to calendar…"),
              "deadlines", "export_calendar", None, "file"),
    ActionRow("print_timeline_action", QT_TRANSLATE_NOOP("Actions", "Print &timeline…"),
              "deadlines", "print_timeline", None, "file"),
    "file" + SEPARATOR,
    ActionRow("profile_action", QT_TRANSLATE_NOOP("Actions", "Case &details…"),
              "commands", "edit_profile", None, "file"),
    ActionRow("open_case_action", QT_TRANSLATE_NOOP("Actions", "Open another &case…"),
              "case", "open_another_case", "Ctrl+Shift+O", "file"),
    ActionRow("relocate_action", QT_TRANSLATE_NOOP("Actions", "The case folder &moved…"),
              "case", "relocate", None, "file"),
    "file" + SEPARATOR,
    ActionRow("backup_action", QT_TRANSLATE_NOOP("Actions", "&Back up case…"),
              "case", "back_up", None, "file"),
    ActionRow("restore_action", QT_TRANSLATE_NOOP("Actions", "&Restore a backup…"),
              "case", "restore", None, "file"),
    "file" + SEPARATOR,
    ActionRow("remove_action", QT_TRANSLATE_NOOP("Actions", "Remo&ve case from the organizer…"),
              "case", "remove", None, "file"),
    "file" + SEPARATOR,
    ActionRow("quit_action", QT_TRANSLATE_NOOP("Actions", "&Quit"),
              "window", "close", Key.Quit, "file"),
    ActionRow("undo_action", QT_TRANSLATE_NOOP("Actions", "&Undo delete"),
              "commands", "undo_delete", Key.Undo, "edit"),
    ActionRow("find_action", QT_TRANSLATE_NOOP("Actions", "&Find"),
              "window", "focus_search", Key.Find, "edit"),
    ActionRow("add_entry_action", QT_TRANSLATE_NOOP("Actions", "Add to the &log…"),
              "commands", "add_entry", Key.New, "edit"),
    ActionRow("link_to_action", QT_TRANSLATE_NOOP("Actions", "Lin&k the chosen document to…"),
              "window", "link_current_document", "Ctrl+L", "edit"),
    ActionRow("call_action", QT_TRANSLATE_NOOP("Actions", "Record a &call…"),
              "commands", "record_call", "Ctrl+Shift+C", "edit"),
    ActionRow("packet_action", QT_TRANSLATE_NOOP("Actions", "Make a &packet to send…"),
              "send", "make_packet", "Ctrl+Shift+P", "edit"),
    ActionRow("prepare_call_action", QT_TRANSLATE_NOOP("Actions", "&Prepare a call…"),
              "send", "prepare_call", "Ctrl+Shift+L", "edit"),
    ActionRow("letter_action", QT_TRANSLATE_NOOP("Actions", "&Write a letter…"),
              "send", "write_letter", "Ctrl+Shift+W", "edit"),
    ActionRow("question_action", QT_TRANSLATE_NOOP("Actions", "Add a &question…"),
              "commands", "add_question", "Ctrl+Shift+Q", "edit"),
    "edit" + SEPARATOR,
    ActionRow("language_action", QT_TRANSLATE_NOOP("Actions", "Language / Idioma…"),
              "commands", "choose_language", None, "edit"),
    ActionRow("guide_action", QT_TRANSLATE_NOOP("Actions", "A short guide…"),
              "commands", "show_guide", None, "help"),
    "help" + SEPARATOR,
    ActionRow("medicare_action",
              QT_TRANSLATE_NOOP("Actions", "Medicare: home infusion therapy services"),
              "commands", "open_link", None, "help", argument=0),
    ActionRow("cms_action",
              QT_TRANSLATE_NOOP(
                  "Actions", "CMS: home infusion therapy benefit, frequently asked questions"
              ),
              "commands", "open_link", None, "help", argument=1),
    "help" + SEPARATOR,
    ActionRow("about_action", QT_TRANSLATE_NOOP("Actions", "About this organizer…"),
              "commands", "show_about", None, "help"),
)  # fmt: skip

TOOLBAR_TITLE = QT_TRANSLATE_NOOP("Actions", "Main")
TOOLBAR = ("add_documents_action", "add_entry_action", "call_action", "print_action")
MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)


def words(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def make_action(
    window: QMainWindow, text: str, slot: Callable[[], object], shortcut: Shortcut
) -> QAction:
    """An action of the window, with its shortcut working wherever the focus is."""
    action = QAction(text, window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(shortcut)
        # Some platforms define no key for a standard action (Quit on offscreen/X11).
        action.setShortcuts(bindings or [QKeySequence(FALLBACK_KEYS.get(shortcut, ""))])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build(window: QMainWindow, owners: Mapping[str, QObject]) -> dict[str, QAction]:
    """Make every action of the table, keep each on its owner, fill the menus and toolbar."""
    menus: dict[str, QMenu] = {key: window.menuBar().addMenu(words(title)) for key, title in MENUS}
    made: dict[str, QAction] = {}
    toolbar = window.addToolBar(words(TOOLBAR_TITLE))
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for row in ACTIONS:
        if isinstance(row, str):
            menus[row.removesuffix(SEPARATOR)].addSeparator()
            continue
        owner = owners[row.owner]
        method = getattr(owner, row.slot)
        slot = method if row.argument is None else (lambda m=method, a=row.argument: m(a))
        action = make_action(window, words(row.text), slot, row.shortcut)
        setattr(owner if row.owner in OWN_ACTIONS else window, row.name, action)
        made[row.name] = action
        if row.menu:
            menus[row.menu].addAction(action)
    for name in TOOLBAR:
        toolbar.addAction(made[name])
    return made
