"""Dialogs in UI tests: a modal question nobody answers would hang the run, so each is answered."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from scers_desktop.session.kiosk import KioskConfig
from scers_desktop.ui.kiosk import KioskWindow
from scers_desktop.ui.language import DEFAULT, use_language


@pytest.fixture(autouse=True)
def answer_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unsaved-changes questions are answered 'Discard', PIN prompts cancelled, notices dismissed."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", False))


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """The language is process-wide: a test that switches it leaves English behind for the next."""
    yield
    use_language(DEFAULT)


STAFF_PIN = "4821"


@pytest.fixture
def make_kiosk(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., KioskWindow]]:
    """Kiosk windows that are closed with the staff PIN when the test ends.

    A kiosk refuses to close without its PIN; left open, each would keep its app-wide activity filter
    and slow every later test.
    """
    made: list[KioskWindow] = []

    def make(clock: Callable[[], float] | None = None) -> KioskWindow:
        config = KioskConfig(staff_pin=STAFF_PIN, idle_seconds=180, warning_seconds=30)
        window = KioskWindow(config, clock=clock) if clock else KioskWindow(config)
        window.ticker.stop()  # tests drive the idle check themselves
        made.append(window)
        return window

    yield make
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (STAFF_PIN, True))
    for window in made:
        window.close()
        window.deleteLater()
    QApplication.processEvents()
