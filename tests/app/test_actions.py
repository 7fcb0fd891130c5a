"""The action table: every shortcut once, every menu entry real, the expected keys present."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from diptych.app.actions import ACTIONS, MENUS, RECENT, TOOLBAR


def test_no_shortcut_is_bound_to_two_actions(window):
    seen: dict[str, str] = {}
    for name, action in window.actions.items():
        for seq in action.shortcuts():
            key = seq.toString()
            assert key not in seen, f"{key} is bound to {seen.get(key)} and {name}"
            seen[key] = name


def test_menus_and_toolbar_only_name_declared_actions():
    names = {spec.name for spec in ACTIONS}
    for _title, entries in MENUS:
        assert set(entries) - {"-", RECENT} <= names
    assert set(TOOLBAR) - {"-"} <= names


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("open_url", "Ctrl+L"),
        ("recompare", "F5"),
        ("export", "Ctrl+E"),
        ("find", "Ctrl+F"),
        ("next_finding", "Alt+Down"),
        ("next_finding", "F7"),
        ("previous_finding", "Alt+Up"),
        ("previous_finding", "Shift+F7"),
        ("zoom_in", "Ctrl++"),
        ("zoom_out", "Ctrl+-"),
        ("quit", "Ctrl+Q"),
    ],
)
def test_the_keys_desktop_users_expect(window, name, key):
    assert QKeySequence(key) in window.actions[name].shortcuts()
