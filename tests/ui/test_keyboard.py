"""Keyboard-only use: on every screen each Alt+letter access key means one thing."""

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.engine import load_scenario
from scers_desktop.session import flow
from scers_desktop.session.draft import draft_from_scenario
from scers_desktop.ui.kiosk import KioskWindow
from scers_desktop.ui.main_window import MainWindow
from tests.helpers import TODAY

ACCESS_KEY = re.compile(r"&([^&\s])")


def _keys(text: str) -> list[str]:
    return [m.group(1).lower() for m in ACCESS_KEY.finditer(text)]


def _visible_access_keys(window: MainWindow) -> Counter[str]:
    keys: Counter[str] = Counter()
    for action in window.menuBar().actions():
        keys.update(_keys(action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            keys.update(_keys(widget.text()))
        elif isinstance(widget, QTabBar) and isinstance(widget.parent(), QTabWidget):
            for i in range(widget.count()):
                keys.update(_keys(widget.tabText(i)))
    return keys


@pytest.mark.parametrize("step", [s.key for s in flow.STEPS])
def test_each_screen_has_no_access_key_twice(qtbot: QtBot, tmp_path: Path, step: str) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.view.show_step(step)
    clashes = {key: n for key, n in _visible_access_keys(window).items() if n > 1}
    assert not clashes, f"{step}: Alt+{', Alt+'.join(clashes)} mean more than one thing"


@pytest.mark.parametrize("step", ["welcome", "about", "results"])
def test_the_kiosk_has_no_access_key_twice(make_kiosk: Callable[..., KioskWindow], step: str) -> None:
    kiosk = make_kiosk()
    kiosk.show()
    if step != "welcome":
        kiosk.session.show_case(draft_from_scenario(load_scenario(sample_case(), today=TODAY)))
        kiosk.view.bind_current()
        kiosk.view.show_step(step)
    clashes = {key: n for key, n in _visible_access_keys(kiosk).items() if n > 1}
    assert not clashes, f"kiosk {step}: Alt+{', Alt+'.join(clashes)} mean more than one thing"
