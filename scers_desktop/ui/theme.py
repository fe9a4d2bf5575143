"""Look and comfort: text size and a high-contrast theme. Meaning never rests on colour alone.

Each window carries its own theme (font and style sheet on the window, which its widgets and
dialogs inherit): restyling one window never repolishes another. Only the font size is also set on the
application, for the chart's words (see :func:`apply_theme`). The size
is set in the style sheet for every widget as well as on the window: on X11 the platform theme gives
lists, buttons and check boxes fonts of their own that ignore an inherited font (seen under Xvfb: a
150 % kiosk showed small buttons and step lists)."""

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMenu, QWidget

TEXT_SIZES = (100, 125, 150, 175, 200)
BASE_POINT_SIZE = 11

STYLE = """
QWidget {{ font-size: {points}pt; }}
QPushButton#bigButton {{ font-size: {big}pt; font-weight: bold; }}
QLabel#pageTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#headline {{ font-size: {headline}pt; font-weight: bold; }}
QLabel#figure {{ font-weight: bold; padding: 6px 0; }}
QLabel#problem {{ color: {problem}; font-weight: bold; }}
QLabel#help {{ color: {help}; }}
QLabel#disclaimer {{ font-style: italic; }}
QLabel#note {{ padding: 4px 0; }}
QPushButton {{ padding: 6px 14px; }}
{contrast}
"""
# The colours are style-sheet rules, not a palette: a window's palette does not reach its widgets once
# the window has a style sheet.
HIGH_CONTRAST = """
QWidget { color: white; background-color: black; selection-color: black; selection-background-color: yellow;
    alternate-background-color: #202020; }
QLineEdit, QComboBox, QSpinBox, QTableWidget, QListWidget, QTextBrowser, QPushButton, QTabBar::tab
    { border: 2px solid white; }
QLineEdit:focus, QComboBox:focus, QPushButton:focus, QTableWidget:focus { border: 3px solid yellow; }
QTabBar::tab:selected { background: yellow; color: black; }
QHeaderView::section { background: black; color: white; border: 1px solid white; }
"""


def apply_theme(window: QWidget, text_percent: int, high_contrast: bool) -> None:
    """Set the font size (percent of normal) and the colours of one window."""
    points = BASE_POINT_SIZE * text_percent / 100
    font = QFont(window.font())
    font.setPointSizeF(points)
    window.setFont(font)
    # The chart's words (pyqtgraph's text items) are drawn in the application's font, which no window
    # passes on; so the size is set there too. Only the font: the style sheet, whose change repolishes
    # every widget it reaches, stays on the window.
    QApplication.setFont(font)
    window.setStyleSheet(
        STYLE.format(
            points=points,
            big=points * 1.6,
            title=points * 1.5,
            headline=points * 2.2,
            problem="yellow" if high_contrast else "#a00000",
            help="white" if high_contrast else "#404040",
            contrast=HIGH_CONTRAST if high_contrast else "",
        )
    )


class Comfort(QObject):
    """A window's text size and high contrast: the entries of its View menu, and its theme."""

    #: The text size changed (percent of normal).
    resized = Signal(int)

    def __init__(
        self, window: QWidget, menu: QMenu, sizes: Sequence[int], percent: int, contrast_shortcut: str | None = None
    ) -> None:
        """Add "Text size" (``sizes``, in percent) and "High contrast" to ``menu``; :meth:`reset` themes
        ``window`` at ``percent``."""
        super().__init__(window)
        self.window = window
        self.start_percent = percent
        self.text_percent = percent
        self.high_contrast = False
        size_menu = menu.addMenu("&Text size")
        self.size_actions: list[QAction] = []
        for size in sizes:
            action = QAction(f"{size}%", window)
            action.setCheckable(True)
            action.triggered.connect(lambda _on, p=size: self.set_text_size(p))
            size_menu.addAction(action)
            self.size_actions.append(action)
        self.contrast_action = QAction("&High contrast", window)
        self.contrast_action.setCheckable(True)
        if contrast_shortcut is not None:
            self.contrast_action.setShortcut(contrast_shortcut)
        self.contrast_action.triggered.connect(self.toggle_contrast)
        menu.addAction(self.contrast_action)

    def set_text_size(self, percent: int) -> None:
        """Make all text of the window larger or smaller."""
        self.text_percent = percent
        for action in self.size_actions:
            action.setChecked(action.text() == f"{percent}%")
        self._apply()
        self.resized.emit(percent)

    def toggle_contrast(self) -> None:
        """Switch the high-contrast theme on or off."""
        self.high_contrast = not self.high_contrast
        self.contrast_action.setChecked(self.high_contrast)
        self._apply()

    def reset(self) -> None:
        """The size the window starts with, without high contrast (at start, and the kiosk's "Start over")."""
        self.high_contrast = False
        self.contrast_action.setChecked(False)
        self.set_text_size(self.start_percent)

    def _apply(self) -> None:
        apply_theme(self.window, self.text_percent, self.high_contrast)
