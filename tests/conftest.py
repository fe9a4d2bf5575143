"""Test set-up shared by every test: Qt runs offscreen when there is no display (stack-notes.md §7)."""

import os
import sys

import pytest


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[EXIT_STATUS] = int(exitstatus)


EXIT_STATUS = pytest.StashKey[int]()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """After pytest has reported, leave without Python's finalization when Qt was loaded.

    PySide6 6.12.0 on Python 3.11 can abort while finalizing after many bool setter calls (see
    scers_desktop.app.exit_without_finalizing); the run's real status is kept.
    """
    if "PySide6.QtCore" in sys.modules and EXIT_STATUS in config.stash:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.stash[EXIT_STATUS])
