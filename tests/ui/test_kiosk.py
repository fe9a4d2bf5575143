"""Kiosk mode: start over, the idle timer on a fake clock, the staff PIN, and no trace left behind."""

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QCloseEvent, QContextMenuEvent, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.engine import load_scenario
from scers_desktop.session.draft import draft_from_scenario
from scers_desktop.session.flow import StepKey
from scers_desktop.session.kiosk import IdleState, KioskConfig, PinGate
from scers_desktop.ui import kiosk as kiosk_module
from scers_desktop.ui.fields import shown_as_typed
from scers_desktop.ui.kiosk import KioskWindow
from scers_desktop.ui.main_window import MainWindow
from tests.helpers import TODAY
from tests.session.fakes import FakeClock
from tests.ui.conftest import STAFF_PIN


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., KioskWindow], clock: FakeClock) -> KioskWindow:
    window = make_kiosk(clock)
    window.show()
    return window


def fill_sample(window: KioskWindow) -> None:
    window.session.show_case(draft_from_scenario(load_scenario(sample_case(), today=TODAY)))
    window.view.bind_current()
    window.view.show_step(StepKey.RESULTS)


def test_the_welcome_page_says_what_the_kiosk_does(kiosk: KioskWindow) -> None:
    assert kiosk.view.stack.currentWidget() is kiosk.welcome
    text = kiosk.welcome.findChildren(type(kiosk.view.summary))[0].text()
    assert "unofficial" in text and "Nothing is kept" in text
    assert "&File" not in kiosk.menus  # no Open, Save or recent files


def test_start_over_clears_every_field_and_the_clipboard(qtbot: QtBot, kiosk: KioskWindow) -> None:
    fill_sample(kiosk)
    assert kiosk.session.estimate is not None
    QApplication.clipboard().setText("1968-04-12")
    kiosk.include_name.setChecked(True)
    qtbot.mouseClick(kiosk.start_over_button, Qt.MouseButton.LeftButton)
    assert kiosk.view.stack.currentWidget() is kiosk.welcome
    typed = [e for e in kiosk.findChildren(QLineEdit) if not isinstance(e.parent(), QAbstractSpinBox)]
    assert all(editor.text() == "" for editor in typed)
    assert kiosk.view.pages["retirement"].age.value() == 62  # type: ignore[attr-defined]
    assert all(not editor.isUndoAvailable() for editor in kiosk.findChildren(QLineEdit))
    assert QApplication.clipboard().text() == ""
    assert not kiosk.include_name.isChecked()
    assert kiosk.session.estimate is None
    assert kiosk.session.draft.birth_date == ""


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
    assert kiosk.session.draft.birth_date == "1968-04-12"
    clock.now += 180 + 31
    kiosk.check_idle()
    assert kiosk.view.stack.currentWidget() is kiosk.welcome
    assert kiosk.session.draft.birth_date == ""


def test_closing_needs_the_staff_pin(kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("0000", True))
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert not event.isAccepted()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("4821", True))
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert event.isAccepted()


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


def test_wrong_pins_make_the_next_try_wait_longer(make_kiosk: Callable[..., KioskWindow], clock: FakeClock) -> None:
    gate = PinGate(KioskConfig(staff_pin=STAFF_PIN), clock)
    waits = []
    for _ in range(8):
        clock.now += gate.wait_left()
        assert not gate.attempt("0000")
        waits.append(gate.wait_left())
    assert waits == [0, 0, 1, 2, 4, 8, 16, 32]
    assert not gate.attempt(STAFF_PIN)  # even the right PIN waits its turn
    clock.now += 32
    assert gate.attempt(STAFF_PIN)
    assert gate.failures == 0 and gate.wait_left() == 0
    for _ in range(30):
        clock.now += gate.wait_left()
        gate.attempt("0000")
    assert gate.wait_left() == PinGate.MAX_DELAY


def test_the_kiosk_says_to_wait_after_wrong_pins(
    kiosk: KioskWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append("PIN") or "0000", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    for _ in range(3):
        event = QCloseEvent()
        kiosk.closeEvent(event)
        assert not event.isAccepted()
    assert told == ["Wrong PIN.", "Wrong PIN.", "Wrong PIN. Try again in 1 seconds."]
    event = QCloseEvent()
    kiosk.closeEvent(event)  # during the wait: not even asked
    assert not event.isAccepted() and len(asked) == 3
    assert told[-1] == "Too many wrong PINs. Try again in 1 seconds."
    clock.now += 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (STAFF_PIN, True))
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert event.isAccepted()


def test_no_context_menu_opens_anywhere_in_the_kiosk(qtbot: QtBot, kiosk: KioskWindow) -> None:
    fill_sample(kiosk)
    plot = kiosk.view.results.plot
    assert plot is not None
    view_box = plot.plot.vb  # type: ignore[attr-defined]
    assert not view_box.menuEnabled() and not plot.plot.menuEnabled()  # type: ignore[attr-defined]
    assert plot.widget.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu  # type: ignore[attr-defined]
    widgets = [kiosk, *kiosk.findChildren(QWidget)]
    for widget in widgets:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2), widget.mapToGlobal(QPoint(2, 2)))
        assert kiosk.filter_event(event), widget  # swallowed before any widget sees it
    viewport = plot.widget.viewport()  # type: ignore[attr-defined]
    centre = viewport.rect().center()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=centre)
    QApplication.processEvents()
    assert not [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()]


def test_the_kiosk_filter_leaves_other_windows_alone(qtbot: QtBot, kiosk: KioskWindow) -> None:
    other = MainWindow(None, recover=False)
    qtbot.addWidget(other)
    field = other.view.pages["about"].findChildren(QLineEdit)[0]
    own = kiosk.view.pages["about"].findChildren(QLineEdit)[0]
    for target, swallowed in ((field, False), (own, True)):
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2), target.mapToGlobal(QPoint(2, 2)))
        assert kiosk.filter.eventFilter(target, event) is swallowed, target


def test_a_right_click_on_the_chart_leaves_the_retirement_date(qtbot: QtBot, kiosk: KioskWindow) -> None:
    fill_sample(kiosk)
    plot = kiosk.view.results.plot
    assert plot is not None
    before = kiosk.session.draft.retirement_date
    point = plot.plot.vb.mapViewToScene(QPointF(64, 3000))  # type: ignore[attr-defined]
    where = plot.widget.mapFromScene(point)  # type: ignore[attr-defined]
    viewport = plot.widget.viewport()  # type: ignore[attr-defined]
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=where)
    assert kiosk.session.draft.retirement_date == before
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert kiosk.session.draft.retirement_date == "2032-04-12"  # the 64th birthday: a left click still chooses


def test_i_need_more_time_swallows_its_click(qtbot: QtBot, kiosk: KioskWindow, clock: FakeClock) -> None:
    fill_sample(kiosk)
    underneath = QPushButton("underneath", kiosk)
    clicks: list[bool] = []
    underneath.clicked.connect(lambda: clicks.append(True))
    clock.now += 181
    kiosk.check_idle()
    assert kiosk.warning.isVisible()
    centre = kiosk.more_time.mapTo(kiosk, kiosk.more_time.rect().center())
    underneath.setGeometry(centre.x() - 20, centre.y() - 10, 40, 20)
    underneath.show()
    kiosk.warning.raise_()
    window = kiosk.windowHandle()
    QTest.mouseMove(window, centre)  # moving to the button does not take the button away
    QApplication.processEvents()
    assert kiosk.warning.isVisible()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QApplication.processEvents()
    assert not kiosk.warning.isVisible()
    assert clicks == []
    assert kiosk.idle.state() == (IdleState.ACTIVE, 0)
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert clicks == [True]  # once the warning is gone, clicks go where they land


def test_the_warning_takes_keys_for_itself(qtbot: QtBot, kiosk: KioskWindow, clock: FakeClock) -> None:
    fill_sample(kiosk)
    kiosk.view.show_step(StepKey.ABOUT)
    name = kiosk.view.pages["about"].form.editors["name"]  # type: ignore[attr-defined]
    name.setFocus()
    clock.now += 181
    kiosk.check_idle()
    qtbot.keyClick(name, Qt.Key.Key_X)
    assert not kiosk.warning.isVisible()
    assert name.text() == ""  # the key that dismissed the warning typed nothing


MARKUP = '<b>x</b><img src="/etc/scers-desktop/kiosk.toml"><a href="file:///">link</a>'


def test_text_the_visitor_types_is_never_rendered_as_rich_text(kiosk: KioskWindow) -> None:
    fill_sample(kiosk)
    for key in ("about", "service", "leaves", "buybacks", "salary", "beneficiary", "statement", "retirement"):
        kiosk.view.show_step(key)
        for editor in kiosk.view.pages[key].findChildren(QLineEdit):
            if not isinstance(editor.parent(), QAbstractSpinBox):
                editor.setText(MARKUP)
                editor.textEdited.emit(MARKUP)
    kiosk.view.show_step(StepKey.RESULTS)
    labels = [label for label in kiosk.findChildren(QLabel) if label.parent() is not kiosk.welcome]
    showing = [label for label in labels if "<b>x</b>" in label.text()]
    assert showing  # the typed text does reach labels (the problems quote it)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    welcome = kiosk.welcome.findChildren(QLabel)[0]
    assert welcome.textFormat() == Qt.TextFormat.RichText  # the app's own welcome words, with no user text


def test_shown_as_typed_keeps_markup_as_words() -> None:
    shown = shown_as_typed(f"'{MARKUP}' has changes")
    assert "<b>" not in shown and "<img" not in shown and "<a " not in shown
    assert "&lt;b&gt;x&lt;/b&gt;" in shown
    document = QTextDocument()
    document.setHtml(shown)
    assert document.toPlainText() == f"'{MARKUP}' has changes"


def test_no_action_in_the_kiosk_opens_a_file_dialog(kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_sample(kiosk)
    opened: list[str] = []
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, name=name, **k: opened.append(name) or ("", ""))
    monkeypatch.setattr(QFileDialog, "exec", lambda self: opened.append("exec") or 0)
    monkeypatch.setattr(QFileDialog, "open", lambda self, *a: opened.append("open"))
    monkeypatch.setattr(kiosk, "print_estimate", lambda: None)  # printing is tested on its own
    actions = [a for a in kiosk.findChildren(QAction) if a.text() != "Close (staff)"]
    assert len(actions) > 5
    for action in actions:
        action.trigger()
        QApplication.processEvents()
    assert opened == []
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()]
