"""Kiosk mode for the Pacific Building lobby: walk up, estimate, print, leave no trace (issue 7).

Full screen with no window frame and no menus that reach the file system: no Open or Save, no recent
files, no recovery files, no context menu anywhere (the chart's had Export…), nothing written to disk
(the PDF is printed from memory). Large type by default, a "Start over / clear my data" button on every
screen, and an idle timer that warns with a countdown and a single "I need more time" button (WCAG
2.2.1) before it wipes the session: every field, view and chart, the clipboard, undo history, the
visitor's comfort settings and the engine's caches, back to the welcome page. Closing asks for the
staff PIN, and wrong PINs make the next try wait.
"""

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QClipboard, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.engine import clear_caches
from scers_desktop.kiosk_config import IdleTimer, KioskConfig, PinGate
from scers_desktop.report import estimate_pdf
from scers_desktop.ui.casefile import draft_to_json
from scers_desktop.ui.fields import plain_label
from scers_desktop.ui.main_window import MainWindow, Slot, new_draft
from scers_desktop.ui.printing import DOCUMENT_NAME, PRINT_DPI, print_pdf_bytes

KIOSK_TEXT_PERCENT = 150
WELCOME = (
    "<h1>Estimate your SCERS pension</h1>"
    "<p>Answer a few questions about your City service and pay, and see an <b>unofficial</b> estimate of "
    "your monthly pension and every payment option. You can print it to take with you.</p>"
    "<p><b>Nothing is kept.</b> When you press <i>Start over</i>, or leave the screen alone for a few "
    "minutes, everything you typed is erased. Nothing is saved on this computer.</p>"
    "<p>SCERS is not bound by this estimate. For an official estimate, ask at the SCERS counter or send "
    "a Benefit Estimate Request form.</p>"
)
ACTIVITY_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)
BUTTON_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
# Input that would reach a widget under the idle warning; while it shows, all of it is swallowed.
INPUT_EVENTS = (
    *BUTTON_EVENTS,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.Shortcut,
)
# The end of a deliberate press, which dismisses the warning.
DISMISS_EVENTS = (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyRelease, QEvent.Type.TouchEnd)


class _KioskFilter(QObject):
    """Hands every event in the app to the kiosk, which says whether to swallow it."""

    def __init__(self, decide: Callable[[QEvent], bool], parent: QObject) -> None:
        # Owned by the kiosk window: when the window goes, Qt drops the filter from the app's list.
        super().__init__(parent)
        self.decide = decide

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.decide(event)


class KioskWindow(MainWindow):
    """The app as a public kiosk."""

    chart_menus = False

    def __init__(self, config: KioskConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.welcome: QWidget | None = None  # made after the main window, which asks where it is
        super().__init__(None, recover=False)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.tabs.hide()
        self.duplicate_button.hide()
        self.remove_button.hide()
        self.start_over_button = QPushButton("Start over / clear my data")
        self.start_over_button.setObjectName("startOver")
        self.start_over_button.setMinimumHeight(48)
        self.start_over_button.clicked.connect(self.start_over)
        self.bottom_bar.insertWidget(0, self.start_over_button)
        self.include_name = QCheckBox("Include my na&me and birth date on the printout")
        self.include_name.setAccessibleName("Include my name and birth date on the printout")
        self.print_button = QPushButton("P&rint my estimate")
        self.print_button.setMinimumHeight(48)
        self.print_button.clicked.connect(self.print_estimate)
        self.bottom_bar.insertWidget(1, self.print_button)
        self.bottom_bar.insertWidget(2, self.include_name)
        self.welcome = self._welcome_page()
        self.stack.addWidget(self.welcome)
        self.warning = self._warning_overlay()
        self.idle = IdleTimer(clock, config.idle_seconds, config.warning_seconds)
        self.pin_gate = PinGate(config, clock)
        self.filter = _KioskFilter(self.filter_event, self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.filter)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.check_idle)
        self.ticker.start()
        self.set_text_size(KIOSK_TEXT_PERCENT)
        self.show_welcome()

    def _menus(self) -> None:
        """Only comfort settings: nothing that opens, saves or lists files."""
        bar = self.menuBar()
        self.menus = {"&View": bar.addMenu("&View")}
        sizes = self.menus["&View"].addMenu("&Text size")
        for percent in (125, 150, 175, 200):
            action = QAction(f"{percent}%", self)
            action.setCheckable(True)
            action.triggered.connect(lambda _on, p=percent: self.set_text_size(p))
            sizes.addAction(action)
        self.contrast_action = QAction("&High contrast", self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.triggered.connect(self.toggle_contrast)
        self.menus["&View"].addAction(self.contrast_action)
        quit_action = QAction("Close (staff)", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        # Unused by the kiosk but referenced by the main window's chrome.
        self.export_action = QAction(self)
        self.print_action = QAction(self)

    def show_kiosk(self) -> None:
        """Cover the whole screen: full-screen state where a window manager grants it, and the screen's
        geometry in any case (a bare X server or a kiosk compositor may not)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(WELCOME)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        start = QPushButton("&Start")
        start.setObjectName("bigButton")
        start.setMinimumHeight(64)
        start.clicked.connect(lambda: self.show_step("about"))
        layout.addWidget(text)
        layout.addWidget(start)
        layout.addStretch()
        return page

    def _warning_overlay(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("idleWarning")
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setAutoFillBackground(True)
        layout = QVBoxLayout(frame)
        self.warning_text = plain_label()
        self.warning_text.setWordWrap(True)
        self.warning_text.setObjectName("headline")
        self.more_time = QPushButton("I need more time")
        self.more_time.setObjectName("bigButton")
        self.more_time.setMinimumHeight(80)
        self.more_time.clicked.connect(self.activity)
        layout.addWidget(self.warning_text)
        layout.addWidget(self.more_time)
        frame.hide()
        return frame

    # ----- where the member is -----------------------------------------------------------------

    def current_step(self) -> str:
        """The welcome page counts as the start of the wizard."""
        if self.welcome is not None and self.stack.currentWidget() is self.welcome:
            return "about"
        return super().current_step()

    def _step_being_left(self) -> str | None:
        """Leaving the welcome page leaves no wizard step behind."""
        if self.welcome is not None and self.stack.currentWidget() is self.welcome:
            return None
        return super()._step_being_left()

    def show_welcome(self) -> None:
        """The first screen: what the kiosk does, that it is unofficial, that nothing is kept."""
        assert self.welcome is not None
        self.stack.setCurrentWidget(self.welcome)
        for widget in (self.steps, self.back_button, self.next_button, self.summary):
            widget.hide()
        self.print_button.hide()
        self.include_name.hide()

    def show_step(self, key: str) -> None:
        """Go to a wizard step (leaving the welcome page)."""
        for widget in (self.steps, self.back_button, self.next_button, self.summary):
            widget.show()
        super().show_step(key)
        on_results = key == "results" and self.result is not None
        self.print_button.setVisible(on_results)
        self.include_name.setVisible(on_results)

    # ----- idle time and wiping -------------------------------------------------------------------

    def filter_event(self, event: QEvent) -> bool:
        """Every event in the app: whether to swallow it, and whether it counts as activity.

        No context menu opens anywhere (pyqtgraph's has Export…, whose Save dialog reaches the file
        system) and only the left button clicks. While the idle warning shows, no input reaches the
        widgets underneath: a press is swallowed and its release dismisses the warning, so the click
        on "I need more time" goes nowhere else. A mouse merely moving does not dismiss it.
        """
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in BUTTON_EVENTS and isinstance(event, QMouseEvent) and event.button() != Qt.MouseButton.LeftButton:
            self.idle.activity()
            return True
        if self.warning.isVisible():
            if kind in DISMISS_EVENTS:
                self.activity()
            return kind in INPUT_EVENTS
        if kind in ACTIVITY_EVENTS:
            self.idle.activity()
        return False

    def activity(self) -> None:
        """The member is there: the session goes on."""
        self.idle.activity()
        self.warning.hide()

    def check_idle(self) -> None:
        """Every second: warn with a countdown, then wipe when the time is up."""
        state, seconds = self.idle.state()
        if state == "warning":
            self.warning_text.setText(f"Are you still there? Everything you typed will be erased in {seconds} seconds.")
            self.warning.setGeometry(self.rect().adjusted(80, 120, -80, -120))
            self.warning.show()
            self.warning.raise_()
            self.more_time.setFocus()
        elif state == "expired":
            self.start_over()

    def start_over(self) -> None:
        """Erase the session: every field and view (tables, chart, tabs, the chosen option), undo
        history, the clipboard, the text size and contrast the visitor chose, the engine's caches;
        back to welcome."""
        self.slots = [Slot(new_draft())]
        self.slot.saved = draft_to_json(self.draft)
        self.current = 0
        while self.tabs.count() > 1:
            self.tabs.removeTab(self.tabs.count() - 1)
        self.include_name.setChecked(False)
        clear_caches()
        self.bind_current()
        if self._results is not None:
            self._results.tabs.setCurrentIndex(0)
        self.high_contrast = False
        self.contrast_action.setChecked(False)
        self.set_text_size(KIOSK_TEXT_PERCENT)
        for editor in self.findChildren(QLineEdit):
            editor.setText(editor.text())  # setText forgets the undo history (clear() keeps it)
        clipboard = QApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.warning.hide()
        self.idle.activity()
        self.show_welcome()

    # ----- printing and leaving ------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """The configured printer (the system default when none is named)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setDocName(DOCUMENT_NAME)
        if self.config.printer:
            printer.setPrinterName(self.config.printer)
        return printer

    def print_estimate(self) -> None:
        """Print straight to the kiosk's printer, without name or birth date unless ticked."""
        summary = self.printable_summary()
        if summary is None:
            return
        data = estimate_pdf(summary, personal=self.include_name.isChecked())
        pages = print_pdf_bytes(data, self.make_printer())
        self.summary.setText(
            f"Printed {pages} page{'s' if pages != 1 else ''}. Take your estimate from the printer."
            if pages
            else "The printer did not accept the estimate; please ask a staff member."
        )

    def export_pdf(self) -> None:
        """Not in the kiosk: nothing is saved."""

    def closeEvent(self, event: QCloseEvent) -> None:
        """Only staff can close the kiosk, with the PIN from the kiosk file; wrong tries make the next wait."""
        event.ignore()
        wait = self.pin_gate.wait_left()
        if wait > 0:
            self._pin_message(f"Too many wrong PINs. Try again in {math.ceil(wait)} seconds.")
            return
        pin, ok = QInputDialog.getText(self, "Staff only", "Staff PIN:", QLineEdit.EchoMode.Password)
        if not ok:
            return
        if self.pin_gate.attempt(pin):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.filter)
            event.accept()
            return
        wait = self.pin_gate.wait_left()
        self._pin_message("Wrong PIN." + (f" Try again in {math.ceil(wait)} seconds." if wait > 0 else ""))

    def _pin_message(self, text: str) -> None:
        QMessageBox.warning(self, "Staff only", text)
