"""Test set-up shared by every test: Qt runs offscreen when there is no display (stack-notes.md §7).

Nothing here imports Qt: the engine, session, PDF and CLI tests also run where it is not installed
(the headless leg of ``make test``).
"""

import importlib.util
import os
from typing import Literal

import pytest

#: pytest-qt's settings in pyproject.toml, with their kinds.
QT_SETTINGS: dict[str, Literal["string", "linelist"]] = {
    "qt_api": "string",
    "qt_log_level_fail": "string",
    "qt_log_ignore": "linelist",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    """Without pytest-qt (the headless leg), declare its settings so strict config accepts them unused."""
    if importlib.util.find_spec("pytestqt") is None:
        for name, kind in QT_SETTINGS.items():
            parser.addini(name, "a pytest-qt setting, unused where pytest-qt is not installed", type=kind)


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
