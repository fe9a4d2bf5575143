"""Kiosk mode: start over, the idle timer on a fake clock, the staff PIN, and no trace left behind."""

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.engine import load_scenario
from scers_desktop.kiosk_config import IdleTimer, KioskConfig, KioskConfigError, load_config
from scers_desktop.ui import kiosk as kiosk_module
from scers_desktop.ui.draft import draft_from_scenario
from scers_desktop.ui.kiosk import KioskWindow
from tests.helpers import TODAY


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., KioskWindow], clock: FakeClock) -> KioskWindow:
    window = make_kiosk(clock)
    window.show()
    return window


def fill_sample(window: KioskWindow) -> None:
    window.slot.draft = draft_from_scenario(load_scenario(sample_case(), today=TODAY))
    window.bind_current()
    window.show_step("results")


def test_the_welcome_page_says_what_the_kiosk_does(kiosk: KioskWindow) -> None:
    assert kiosk.stack.currentWidget() is kiosk.welcome
    text = kiosk.welcome.findChildren(type(kiosk.summary))[0].text()
    assert "unofficial" in text and "Nothing is kept" in text
    assert "&File" not in kiosk.menus  # no Open, Save or recent files


def test_start_over_clears_every_field_and_the_clipboard(qtbot: QtBot, kiosk: KioskWindow) -> None:
    fill_sample(kiosk)
    assert kiosk.result is not None
    QApplication.clipboard().setText("1968-04-12")
    kiosk.include_name.setChecked(True)
    qtbot.mouseClick(kiosk.start_over_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.welcome
    typed = [e for e in kiosk.findChildren(QLineEdit) if not isinstance(e.parent(), QAbstractSpinBox)]
    assert all(editor.text() == "" for editor in typed)
    assert kiosk.pages["retirement"].age.value() == 62  # type: ignore[attr-defined]
    assert all(not editor.isUndoAvailable() for editor in kiosk.findChildren(QLineEdit))
    assert QApplication.clipboard().text() == ""
    assert not kiosk.include_name.isChecked()
    assert kiosk.result is None
    assert kiosk.draft.birth_date == ""


def test_the_idle_timer_warns_gives_more_time_then_wipes(kiosk: KioskWindow, clock: FakeClock) -> None:
    fill_sample(kiosk)
    clock.now += 179
    kiosk.check_idle()
    assert not kiosk.warning.isVisible()
    clock.now += 2
    kiosk.check_idle()
    assert kiosk.warning.isVisible()
    assert "29 seconds" in kiosk.warning_text.text()
    kiosk.more_time.click()  # the single big button
    assert not kiosk.warning.isVisible()
    assert kiosk.draft.birth_date == "1968-04-12"
    clock.now += 180 + 31
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is kiosk.welcome
    assert kiosk.draft.birth_date == ""


def test_the_idle_timer_counts_from_the_last_activity() -> None:
    clock = FakeClock()
    timer = IdleTimer(clock, 180, 20)
    clock.now += 190
    assert timer.state() == ("warning", 10)
    timer.activity()
    assert timer.state() == ("active", 0)
    clock.now += 200.5
    assert timer.state() == ("expired", 0)


def test_closing_needs_the_staff_pin(kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("0000", True))
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert not event.isAccepted()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("4821", True))
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert event.isAccepted()


def test_kiosk_settings_are_checked(tmp_path: Path) -> None:
    good = tmp_path / "kiosk.toml"
    good.write_text('default = true\nstaff_pin = "1234"\nprinter = "Lobby"\nidle_minutes = 2\nwarning_seconds = 25\n')
    config = load_config(good)
    assert config == KioskConfig(True, "1234", "Lobby", 120, 25)
    short = tmp_path / "short.toml"
    short.write_text("warning_seconds = 10\n")
    with pytest.raises(KioskConfigError, match="at least 20"):
        load_config(short)
    typo = tmp_path / "typo.toml"
    typo.write_text("idle_minute = 3\n")
    with pytest.raises(KioskConfigError, match="unknown key 'idle_minute'"):
        load_config(typo)


def _files_under(*folders: Path) -> set[Path]:
    found = set()
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            found.update(Path(root) / n for n in names)
    return found


def test_a_whole_kiosk_session_leaves_no_file_behind(
    qtbot: QtBot, kiosk: KioskWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printer-output" / "printout.pdf"  # stands in for the lobby printer
    printed.parent.mkdir()
    # A private HOME and temp folder for the session (Python and Qt read both from the environment),
    # so files other programs write meanwhile cannot confuse the check.
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(kiosk, "make_printer", lambda: _pdf_printer(printed))
    sent: list[bytes] = []
    real_print = kiosk_module.print_pdf_bytes

    def spy(data: bytes, printer: QPrinter) -> int:
        sent.append(data)
        return real_print(data, printer)

    monkeypatch.setattr(kiosk_module, "print_pdf_bytes", spy)
    before = _files_under(home, temp)
    fill_sample(kiosk)
    kiosk.print_estimate()
    kiosk.start_over()
    QApplication.processEvents()
    after = _files_under(home, temp)
    assert before == set()
    assert after == set()  # the printout went to the printer, nothing to HOME or the temp folder
    assert len(PdfReader(printed).pages) == len(PdfReader(io.BytesIO(sent[0])).pages)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(sent[0])).pages)
    assert "$4,800.70" in text
    assert "April 12, 1968" not in text  # no birth date unless the member ticks the box


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(100)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_example_kiosk_file_is_valid() -> None:
    example = Path(__file__).parent.parent.parent / "resources" / "kiosk.example.toml"
    assert load_config(example) == KioskConfig(True, "change-me", "", 180, 30)
