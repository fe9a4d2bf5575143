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
from datetime import date

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
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scers_desktop import APP_NAME
from scers_desktop.engine import clear_caches
from scers_desktop.present import i18n
from scers_desktop.present.i18n import N_, _, n_
from scers_desktop.report import estimate_pdf
from scers_desktop.session.controller import Session
from scers_desktop.session.flow import StepKey
from scers_desktop.session.kiosk import IdleState, IdleTimer, KioskConfig, PinGate
from scers_desktop.session.timing import forget as forget_timing
from scers_desktop.ui.estimator_view import EstimatorView
from scers_desktop.ui.fields import plain_label
from scers_desktop.ui.flow import FlowLayout
from scers_desktop.ui.language import DEFAULT, Retexts, native_name, use_language
from scers_desktop.ui.printing import DOCUMENT_NAME, PRINT_DPI, print_pdf_bytes
from scers_desktop.ui.theme import Comfort

KIOSK_TEXT_PERCENT = 150
WELCOME = N_(
    "<h1>Estimate your SCERS pension</h1>"
    "<p>Answer a few questions about your City service and pay, and see an <b>unofficial</b> estimate of "
    "your monthly pension and every payment option. You can print it to take with you.</p>"
    "<p><b>Nothing is kept.</b> When you press <i>Start over</i>, or leave the screen alone for a few "
    "minutes, everything you typed is erased. Nothing is saved on this computer.</p>"
    "<p>SCERS is not bound by this estimate. For an official estimate, ask at the SCERS counter or send "
    "a Benefit Estimate Request form.</p>"
)
#: The height of the welcome page's language buttons: a finger's target (WCAG 2.5.5 asks 44 px).
LANGUAGE_BUTTON_HEIGHT = 64
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
    """Hands the kiosk every event for its own widgets and their popups and dialogs; the kiosk says
    whether to swallow it.

    Qt delivers input to the widget under it, not to its window, so the filter is installed on the
    application; it passes on, untouched, every event for another window's widgets.
    """

    def __init__(self, window: QWidget, decide: Callable[[QEvent], bool]) -> None:
        # Owned by the kiosk window: when the window goes, Qt drops the filter from the app's list.
        super().__init__(window)
        self.window = window
        self.decide = decide

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self._belongs(watched) and self.decide(event)

    def _belongs(self, watched: QObject) -> bool:
        """Whether ``watched`` is the kiosk window or a widget inside it, a menu or a dialog it opened."""
        if not watched.isWidgetType():
            return False
        widget: QObject | None = watched
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parent()
        return False


class KioskWindow(QMainWindow):
    """The app as a public kiosk: the estimator view with a welcome page, the idle warning and printing."""

    def __init__(
        self, config: KioskConfig, clock: Callable[[], float] = time.monotonic, today: Callable[[], date] = date.today
    ) -> None:
        """``clock`` gives seconds for the idle timer and the PIN waits; ``today`` gives the date."""
        super().__init__()
        self.config = config
        self.setWindowTitle(APP_NAME)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.session = Session(today, option_factors=config.option_factors)  # no recovery: nothing is kept
        use_language(DEFAULT)  # every visitor starts in English
        self.words = Retexts()
        self._menus()  # themes the window first: the pages size their fields by its font
        self.view = EstimatorView(self.session, chart_menus=False)
        # A scenario's name tells cases apart when comparing or saving them: the kiosk does neither.
        self.view.pages[StepKey.ABOUT].form.hide_field("label")  # type: ignore[attr-defined]
        self.comfort.resized.connect(self.view.set_step_list_scale)
        self.view.set_step_list_scale(self.comfort.text_percent)
        self.view.step_shown.connect(self._step_shown)
        central = QWidget()
        QVBoxLayout(central).addWidget(self.view)
        self.setCentralWidget(central)
        self._buttons()
        self.welcome = self._welcome_page()
        self.warning = self._warning_overlay()
        self.idle = IdleTimer(clock, config.idle_seconds, config.warning_seconds)
        self.pin_gate = PinGate(config, clock)
        self.filter = _KioskFilter(self, self.filter_event)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.filter)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.check_idle)
        self.ticker.start()
        self.show_welcome()

    def _buttons(self) -> None:
        """Start over on every screen; Print and whether to print the name on the results."""
        self.start_over_button = QPushButton()
        self.words.set(self.start_over_button.setText, N_("Start over / clear my data"))
        self.start_over_button.setObjectName("startOver")
        self.start_over_button.setMinimumHeight(48)
        self.start_over_button.clicked.connect(self.start_over)
        self.include_name = QCheckBox()
        self.words.set(self.include_name.setText, N_("Include my na&me and birth date on the printout"))
        self.words.set(self.include_name.setAccessibleName, N_("Include my name and birth date on the printout"))
        self.print_button = QPushButton()
        self.words.set(self.print_button.setText, N_("P&rint my estimate"))
        self.print_button.setMinimumHeight(48)
        self.print_button.clicked.connect(self.print_estimate)
        # A row of their own above Back and Next: beside them, at 200 % text, the row was wider than the
        # screen (issue 14).
        row = FlowLayout()
        for widget in (self.start_over_button, self.print_button, self.include_name):
            row.addWidget(widget)
        outer = self.view.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(outer.indexOf(self.view.bottom_bar), row)

    def _menus(self) -> None:
        """Only comfort settings: nothing that opens, saves or lists files."""
        view_menu = self.menuBar().addMenu("")
        self.words.set(view_menu.setTitle, N_("&View"))
        self.menus = {"&View": view_menu}
        self.comfort = Comfort(self, view_menu, (125, 150, 175, 200), KIOSK_TEXT_PERCENT)
        self.comfort.reset()
        quit_action = QAction(self)
        self.words.set(quit_action.setText, N_("Close (staff)"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

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
        languages = FlowLayout()  # each in its own name, so its readers find it
        self.language_buttons: dict[str, QPushButton] = {}
        for code in i18n.LANGUAGES:
            button = self.language_buttons[code] = QPushButton(native_name(code))
            button.setObjectName("bigButton")
            button.setCheckable(True)
            button.setMinimumHeight(LANGUAGE_BUTTON_HEIGHT)
            button.clicked.connect(lambda _on, c=code: self.choose_language(c))
            languages.addWidget(button)
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        self.welcome_text.setTextFormat(Qt.TextFormat.RichText)
        self.welcome_notice = plain_label()  # in a translation: the English estimate and the handbook govern
        self.welcome_notice.setObjectName("disclaimer")
        self.welcome_notice.setWordWrap(True)
        start = self.start_button = QPushButton()
        start.setObjectName("bigButton")
        start.setMinimumHeight(64)
        start.clicked.connect(lambda: self.view.show_step(StepKey.ABOUT))
        layout.addWidget(self.welcome_text)
        layout.addWidget(self.welcome_notice)
        layout.addWidget(start)
        layout.addStretch()
        layout.insertLayout(0, languages)  # at the top, yet after Start in the Tab order (Start has the focus)
        self._welcome_words()
        return page

    def _welcome_words(self) -> None:
        """The welcome page's words in the language in use, its button ticked."""
        self.welcome_text.setText(_(WELCOME))
        self.welcome_notice.setText(i18n.governs_notice())
        self.welcome_notice.setVisible(bool(self.welcome_notice.text()))
        self.start_button.setText(_("&Start"))
        self.start_button.setAccessibleName(_("Start"))
        for code, button in self.language_buttons.items():
            button.setChecked(code == i18n.current())

    def choose_language(self, code: str) -> None:
        """Speak ``code`` for this visitor: every word on screen, the results and the printout follow,
        and what was typed stays (Start over and the idle wipe go back to English)."""
        if code != i18n.current():
            use_language(code)
            self.words.again()
            self.comfort.retranslate()
            self.view.retranslate()
        self._welcome_words()

    def _warning_overlay(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("idleWarning")
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setAutoFillBackground(True)
        layout = QVBoxLayout(frame)
        self.warning_text = plain_label()
        self.warning_text.setWordWrap(True)
        self.warning_text.setObjectName("headline")
        self.more_time = QPushButton()
        self.words.set(self.more_time.setText, N_("I need more time"))
        self.more_time.setObjectName("bigButton")
        self.more_time.setMinimumHeight(80)
        self.more_time.clicked.connect(self.activity)
        layout.addWidget(self.warning_text)
        layout.addWidget(self.more_time)
        frame.hide()
        return frame

    # ----- where the member is -----------------------------------------------------------------

    def show_welcome(self) -> None:
        """The first screen: what the kiosk does, that it is unofficial, that nothing is kept."""
        self.view.show_cover(self.welcome)
        self.print_button.hide()
        self.include_name.hide()
        self.start_button.setFocus()

    def _step_shown(self, key: StepKey) -> None:
        """Print, and the choice to print the name, on the results once there is an estimate."""
        on_results = key is StepKey.RESULTS and self.session.estimate is not None
        self.print_button.setVisible(on_results)
        self.include_name.setVisible(on_results)

    # ----- idle time and wiping -------------------------------------------------------------------

    def filter_event(self, event: QEvent) -> bool:
        """Every event for the kiosk's widgets: whether to swallow it, and whether it counts as activity.

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
        if state is IdleState.WARNING:
            self.warning_text.setText(
                n_(
                    "Are you still there? Everything you typed will be erased in {seconds} second.",
                    "Are you still there? Everything you typed will be erased in {seconds} seconds.",
                    seconds,
                ).format(seconds=seconds)
            )
            self.warning.setGeometry(self.rect().adjusted(80, 120, -80, -120))
            self.warning.show()
            self.warning.raise_()
            self.more_time.setFocus()
        elif state is IdleState.EXPIRED:
            self.start_over()

    def start_over(self) -> None:
        """Erase the session: every field and view (tables, chart, tabs, the chosen option), undo
        history, the clipboard, the text size and contrast the visitor chose, the engine's caches and the
        dates worth knowing kept for the visitor's scenarios; back to welcome."""
        self.session.reset()
        self.include_name.setChecked(False)
        clear_caches()
        forget_timing()
        self.view.bind_current()
        self.view.show_first_results_tab()
        self.choose_language(DEFAULT)  # the next visitor starts in English
        self.comfort.reset()
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
        printer.setDocName(_(DOCUMENT_NAME))
        if self.config.printer:
            printer.setPrinterName(self.config.printer)
        return printer

    def print_estimate(self) -> None:
        """Print straight to the kiosk's printer, without name or birth date unless ticked."""
        summary = self.session.printable_summary()
        if summary is None:
            return
        data = estimate_pdf(summary, personal=self.include_name.isChecked())
        pages = print_pdf_bytes(data, self.make_printer())
        self.view.summary.setText(
            n_(
                "Printed {count} page. Take your estimate from the printer.",
                "Printed {count} pages. Take your estimate from the printer.",
                pages,
            ).format(count=pages)
            if pages
            else _("The printer did not accept the estimate; please ask a staff member.")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Only staff can close the kiosk, with the PIN from the kiosk file; wrong tries make the next wait."""
        event.ignore()
        wait = self.pin_gate.wait_left()
        if wait > 0:
            self._pin_message(_("Too many wrong PINs. Try again in {seconds} seconds.").format(seconds=math.ceil(wait)))
            return
        pin, ok = QInputDialog.getText(self, _("Staff only"), _("Staff PIN:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if self.pin_gate.attempt(pin):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.filter)
            event.accept()
            return
        wait = self.pin_gate.wait_left()
        again = _("Try again in {seconds} seconds.").format(seconds=math.ceil(wait))
        self._pin_message(_("Wrong PIN.") + (" " + again if wait > 0 else ""))

    def _pin_message(self, text: str) -> None:
        QMessageBox.warning(self, _("Staff only"), text)
