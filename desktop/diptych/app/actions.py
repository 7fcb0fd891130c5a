"""Every action, its shortcut and its menu, declared in one place (as Meld's accelerators).

The window supplies a handler per action name; menus and the toolbar are built from
these tables, so a shortcut is never defined twice or hidden in a widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False
    checked: bool = False
    toolbar_text: str = ""  # shorter label for the toolbar


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_original", "Open &Original\u2026", ("Ctrl+O",), "Open a file as the original (left)", toolbar_text="Original\u2026"),
    ActionSpec("open_derivative", "Open &Derivative\u2026", ("Ctrl+Shift+O",), "Open a file as the derivative (right)", toolbar_text="Derivative\u2026"),
    ActionSpec("open_url", "Open &URL", ("Ctrl+L",), "Type a URL or path for the side you are in"),
    ActionSpec("export", "&Export Report\u2026", ("Ctrl+E",), "Save the comparison as a PDF or HTML report", toolbar_text="Export\u2026"),
    ActionSpec("print", "&Print Report\u2026", ("Ctrl+P",), "Print the report of the comparison"),
    ActionSpec("quit", "&Quit", (QKeySequence.StandardKey.Quit, "Ctrl+Q"), "Close Diptych"),
    ActionSpec("paste", "&Paste as Article", ("Ctrl+Shift+V",), "Load the clipboard (a link, a file or text) into the side you are in"),
    ActionSpec("find", "&Find\u2026", ("Ctrl+F",), "Find text in the pane you are in"),
    ActionSpec("find_next", "Find &Next", ("F3",), "Next match"),
    ActionSpec("find_previous", "Find Pre&vious", ("Shift+F3",), "Previous match"),
    ActionSpec("settings", "Se&ttings\u2026", (QKeySequence.StandardKey.Preferences, "Ctrl+,"), "Choose an online translator and its key"),
    ActionSpec("swap", "&Swap Sides", ("Ctrl+Shift+X",), "Make the original the derivative and back", toolbar_text="Swap"),
    ActionSpec("recompare", "&Recompare", ("F5",), "Load changed addresses and compare again", toolbar_text="Recompare"),
    ActionSpec("cancel", "&Cancel", ("Esc",), "Stop loading and comparing"),
    ActionSpec("next_finding", "&Next Finding", ("Alt+Down", "F7"), "Go to the next finding (Alt+Down, F7)", toolbar_text="Next \u25be"),
    ActionSpec("previous_finding", "&Previous Finding", ("Alt+Up", "Shift+F7"), "Go to the previous finding (Alt+Up, Shift+F7)", toolbar_text="\u25b4 Previous"),
    ActionSpec("lock_scrolling", "&Lock Scrolling", ("Ctrl+Shift+L",), "Scroll both panes together, aligned on links", checkable=True, checked=True, toolbar_text="Lock scrolling"),
    ActionSpec("show_boilerplate", "Show &Boilerplate", ("Ctrl+B",), "Show share buttons, footers and other page furniture (greyed)", checkable=True, checked=True),
    ActionSpec("zoom_in", "Zoom &In", (QKeySequence.StandardKey.ZoomIn, "Ctrl+="), "Larger text"),
    ActionSpec("zoom_out", "Zoom &Out", (QKeySequence.StandardKey.ZoomOut,), "Smaller text"),
    ActionSpec("zoom_reset", "&Actual Size", ("Ctrl+0",), "Default text size"),
    ActionSpec("about", "&About Diptych", (), "Version and licence"),
)

RECENT = "@recent"  # where the recent-pairs submenu goes
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("open_original", "open_derivative", "open_url", RECENT, "-", "export", "print", "-", "quit")),
    ("&Edit", ("paste", "-", "find", "find_next", "find_previous", "-", "settings")),
    ("&View", ("lock_scrolling", "show_boilerplate", "-", "zoom_in", "zoom_out", "zoom_reset")),
    ("&Compare", ("swap", "recompare", "cancel", "-", "next_finding", "previous_finding")),
    ("&Help", ("about",)),
)
TOOLBAR: tuple[str, ...] = (
    "open_original", "open_derivative", "-", "swap", "recompare", "-",
    "previous_finding", "next_finding", "-", "lock_scrolling", "-", "export",
)


def build_actions(parent: QWidget, handlers: dict[str, Callable]) -> dict[str, QAction]:
    """One QAction per spec, connected to ``handlers[name]`` (toggled(bool) for checkable ones)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        action.setObjectName(spec.name)
        keys = [QKeySequence(k) if isinstance(k, str) else k for k in spec.shortcuts]
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences.extend(QKeySequence.keyBindings(key))
            else:
                sequences.append(key)
        unique = []
        for seq in sequences:
            if not seq.isEmpty() and seq not in unique:
                unique.append(seq)
        action.setShortcuts(unique)
        shortcut_text = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in unique[:2])
        action.setToolTip(f"{spec.tip} ({shortcut_text})" if shortcut_text else spec.tip)
        action.setStatusTip(spec.tip)
        if spec.toolbar_text:
            action.setIconText(spec.toolbar_text)
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
            action.toggled.connect(handlers[spec.name])
        else:
            action.triggered.connect(lambda _checked=False, h=handlers[spec.name]: h())
        parent.addAction(action)  # shortcuts work even where no menu shows the action
        actions[spec.name] = action
    return actions


def build_menus(menubar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menu bar from MENUS; returns the recent-pairs submenu under RECENT."""
    menus: dict[str, QMenu] = {}
    for title, names in MENUS:
        menu = menubar.addMenu(title)
        for name in names:
            if name == "-":
                menu.addSeparator()
            elif name == RECENT:
                menus[RECENT] = menu.addMenu("Open &Recent Pair")
            else:
                menu.addAction(actions[name])
        menus[title] = menu
    return menus


def build_toolbar(toolbar: QToolBar, actions: dict[str, QAction]) -> None:
    for name in TOOLBAR:
        if name == "-":
            toolbar.addSeparator()
            continue
        toolbar.addAction(actions[name])
        button = toolbar.widgetForAction(actions[name])
        if button is not None:
            button.setObjectName(f"tb_{name}")
