"""Look and comfort: text size and a high-contrast theme. Meaning never rests on colour alone.

Each window carries its own theme (font and style sheet on the window, which its widgets and
dialogs inherit): restyling one window never repolishes another. Only the font size is also set on the
application, for the chart's words (see :func:`apply_theme`). The size
is set in the style sheet for every widget as well as on the window: on X11 the platform theme gives
lists, buttons and check boxes fonts of their own that ignore an inherited font (seen under Xvfb: a
150 % kiosk showed small buttons and step lists)."""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontInfo, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from scers_desktop.present.i18n import N_
from scers_desktop.resources import font_bytes
from scers_desktop.ui.language import Retexts

TEXT_SIZES = (100, 125, 150, 175, 200)
BASE_POINT_SIZE = 11


@dataclass(frozen=True)
class Colours:
    """The colours of one theme. ``focus`` is the focus ring: a 2 px solid outline with at least 3:1
    contrast against ``window`` (WCAG 2.2 §2.4.7 focus visible, §2.4.11/§2.4.13 focus appearance);
    text, placeholders and help have at least 4.5:1 against ``field`` and ``window`` (§1.4.3)."""

    window: str
    text: str
    field: str
    border: str
    focus: str
    placeholder: str
    problem: str
    help: str
    button: str
    button_pressed: str
    disabled: str
    #: The chart: its background, curves (unmodified, the chosen option, the marks where the 60 % cap
    #: applies, the chosen age), guide lines and words, and the shading of ages not eligible (#AARRGGBB).
    chart: str
    curve: str
    option: str
    capped: str
    chosen: str
    guide: str
    shade: str


NORMAL = Colours(
    window="#efefef",
    text="#000000",
    field="#ffffff",
    border="#767676",
    focus="#0b57d0",
    placeholder="#595959",
    problem="#a00000",
    help="#404040",
    button="#f7f7f7",
    button_pressed="#d6d6d6",
    disabled="#6e6e6e",
    chart="#ffffff",
    curve="#1f4e79",
    option="#b35900",
    capped="#6a1b9a",
    chosen="#c62828",
    guide="#3c3c3c",
    shade="#5ac8c8c8",
)
CONTRAST = Colours(
    window="#000000",
    text="#ffffff",
    field="#000000",
    border="#ffffff",
    focus="#ffff00",
    placeholder="#c8c8c8",
    problem="#ffff00",
    help="#ffffff",
    button="#000000",
    button_pressed="#404040",
    disabled="#a0a0a0",
    chart="#000000",
    curve="#00ffff",
    option="#ffff00",
    capped="#ff80ff",
    chosen="#ff6060",
    guide="#ffffff",
    shade="#40ffffff",
)


def colours(high_contrast: bool) -> Colours:
    """The colours of the normal or the high-contrast theme."""
    return CONTRAST if high_contrast else NORMAL


#: The window property that says whether the window has the high-contrast theme.
HIGH_CONTRAST_PROPERTY = "highContrast"


def colours_of(widget: QWidget) -> Colours:
    """The colours of the theme of ``widget``'s window (see :func:`apply_theme`)."""
    return colours(bool(widget.window().property(HIGH_CONTRAST_PROPERTY)))


STYLE = """
QWidget {{ font-size: {points}pt; }}
QPushButton#bigButton {{ font-size: {big}pt; font-weight: bold; }}
QLabel#pageTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#headline {{ font-size: {headline}pt; font-weight: bold; }}
QLabel#figure {{ font-weight: bold; padding: 6px 0; }}
QLabel#problem {{ color: {c.problem}; font-weight: bold; }}
QLabel#help {{ color: {c.help}; }}
QLabel#disclaimer {{ font-style: italic; }}
QLabel#note {{ padding: 4px 0; }}
QLineEdit, QComboBox, QAbstractSpinBox {{ background-color: {c.field}; color: {c.text};
    placeholder-text-color: {c.placeholder}; border: 1px solid {c.border}; margin: 1px; padding: 2px 4px; }}
QPushButton {{ background-color: {c.button}; color: {c.text}; border: 1px solid {c.border}; margin: 1px;
    border-radius: 4px; padding: 6px 14px; }}
QPushButton:pressed {{ background-color: {c.button_pressed}; }}
QPushButton:disabled {{ color: {c.disabled}; border-color: {c.disabled}; }}
QCheckBox, QRadioButton {{ border: 1px solid transparent; margin: 1px; padding: 2px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QAbstractItemView, QTextBrowser {{ border: 1px solid {c.border}; margin: 1px; }}
QHeaderView {{ border: none; margin: 0px; }}
QComboBox::drop-down, QAbstractSpinBox::up-button, QAbstractSpinBox::down-button
    {{ background: {c.button}; border-left: 1px solid {c.border}; width: 18px; }}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{ image: url({down}); width: 12px; height: 8px; }}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: 12px; height: 8px; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPushButton:focus, QCheckBox:focus,
QRadioButton:focus, QAbstractItemView:focus, QTextBrowser:focus
    {{ border: 2px solid {c.focus}; margin: 0px; }}
QTabBar::tab {{ padding: 4px 5px; background: {c.button_pressed}; color: {c.text}; border: 1px solid {c.border};
    border-top-left-radius: 4px; border-top-right-radius: 4px; }}
QTabBar::tab:selected {{ background: {c.field}; border-bottom-color: {c.field}; }}
QTabBar::tab:focus {{ border: 2px solid {c.focus}; }}
{contrast}
"""
# The results tabs are drawn by these rules (small side padding: at 200 % text all six fit a laptop's
# window, where the style's own padding needed scroll arrows).
# A table's headers are item views too, but take no border: inside the table's own border, a border
# and margin of theirs cut the row numbers ("1" showed half).
# The colours are style-sheet rules, not a palette: a window's palette does not reach its widgets once
# the window has a style sheet. The focus ring takes the 1 px margin of the 1 px border, so a control
# keeps its size when it gains focus.
HIGH_CONTRAST = """
QWidget { color: white; background-color: black; selection-color: black; selection-background-color: yellow;
    alternate-background-color: #202020; }
QTabBar::tab { border: 2px solid white; padding: 4px 5px; }
QTabBar::tab:selected { background: yellow; color: black; }
QTabBar::tab:focus { border: 2px solid yellow; text-decoration: underline; }
QHeaderView::section { background: black; color: white; border: 1px solid white; }
QTabBar QToolButton { background: black; border: 1px solid white; }
QTabBar QToolButton::left-arrow { image: url(%(left)s); width: 8px; height: 12px; }
QTabBar QToolButton::right-arrow { image: url(%(right)s); width: 8px; height: 12px; }
"""


def _arrow(direction: str, high_contrast: bool) -> str:
    """The arrow drawn on drop-down and spin buttons, as a path a style sheet takes: black, or white on
    high contrast's black buttons. The style's own arrows are not drawn once a style sheet styles the
    buttons: the normal theme's spin boxes showed none (and high contrast's were black on black)."""
    name = f"{'contrast-arrow' if high_contrast else 'arrow'}-{direction}.png"
    return Path(str(resources.files("scers_desktop.resources").joinpath(name))).as_posix()


#: The Traditional Chinese face the package ships (a subset of WenQuanYi Micro Hei; tools/subset_cjk_font.py).
CJK_FAMILY = "WenQuanYi Micro Hei"
SHIPPED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "WenQuanYiMicroHei-subset.ttf")


@cache
def load_shipped_fonts() -> tuple[str, ...]:
    """Register the package's fonts with Qt, so the screens and the kiosk draw Chinese (and every
    Vietnamese diacritic) on a machine that has no such fonts of its own; the families loaded."""
    families: list[str] = []
    for file in SHIPPED_FONTS:
        loaded = QFontDatabase.addApplicationFontFromData(QByteArray(font_bytes(file)))
        families += QFontDatabase.applicationFontFamilies(loaded)
    return tuple(dict.fromkeys(families))


def with_cjk_fallback(font: QFont) -> QFont:
    """``font`` with the shipped Chinese face behind its own family: Latin and Vietnamese stay in the
    system's sans-serif, a Han character the family lacks is drawn from the shipped face."""
    load_shipped_fonts()
    base = QFontInfo(font).family()
    fallback = QFont(font)
    fallback.setFamilies([base, CJK_FAMILY] if base != CJK_FAMILY else [base])
    return fallback


def apply_theme(window: QWidget, text_percent: int, high_contrast: bool) -> None:
    """Set the font size (percent of normal) and the colours of one window."""
    points = BASE_POINT_SIZE * text_percent / 100
    font = with_cjk_fallback(window.font())
    font.setPointSizeF(points)
    window.setFont(font)
    # The chart's words (pyqtgraph's text items) are drawn in the application's font, which no window
    # passes on; so the size is set there too. Only the font: the style sheet, whose change repolishes
    # every widget it reaches, stays on the window.
    QApplication.setFont(font)
    window.setProperty(HIGH_CONTRAST_PROPERTY, high_contrast)  # read by the chart (colours_of)
    window.setStyleSheet(
        STYLE.format(
            points=points,
            big=points * 1.6,
            title=points * 1.5,
            headline=points * 2.2,
            indicator=round(points * 1.4),
            c=colours(high_contrast),
            up=_arrow("up", high_contrast),
            down=_arrow("down", high_contrast),
            contrast=HIGH_CONTRAST % {"left": _arrow("left", True), "right": _arrow("right", True)}
            if high_contrast
            else "",
        )
    )


class Comfort(QObject):
    """A window's text size and high contrast: the entries of its View menu, and its theme."""

    #: The text size changed (percent of normal).
    resized = Signal(int)

    def __init__(
        self, window: QWidget, menu: QMenu, sizes: Sequence[int], percent: int, contrast_shortcut: str | None = None
    ) -> None:
        """Add "Text size" (``sizes``, in percent), larger, smaller and normal text (Ctrl+Plus, Ctrl+Minus,
        Ctrl+0) and "High contrast" to ``menu``; :meth:`reset` themes ``window`` at ``percent``."""
        super().__init__(window)
        self.window = window
        self.sizes = sorted(sizes)
        self.start_percent = percent
        self.text_percent = percent
        self.high_contrast = False
        self.words = Retexts()
        size_menu = menu.addMenu("")
        self.words.set(size_menu.setTitle, N_("&Text size"))
        self.size_actions: list[QAction] = []
        for size in sizes:
            action = QAction(f"{size}%", window)
            action.setCheckable(True)
            action.triggered.connect(lambda _on, p=size: self.set_text_size(p))
            size_menu.addAction(action)
            self.size_actions.append(action)
        zoom_in = [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        for text, keys, slot in (
            (N_("&Larger text"), zoom_in, self.larger),
            (N_("S&maller text"), QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut), self.smaller),
            (N_("&Normal text size"), [QKeySequence("Ctrl+0")], self.normal_size),
        ):
            zoom = QAction(window)
            self.words.set(zoom.setText, text)
            zoom.setShortcuts(keys)
            zoom.triggered.connect(slot)
            menu.addAction(zoom)
        self.contrast_action = QAction(window)
        self.words.set(self.contrast_action.setText, N_("&High contrast"))
        self.contrast_action.setCheckable(True)
        if contrast_shortcut is not None:
            self.contrast_action.setShortcut(contrast_shortcut)
        self.contrast_action.triggered.connect(self.toggle_contrast)
        menu.addAction(self.contrast_action)

    def retranslate(self) -> None:
        """The menu's words again, in the language now in use."""
        self.words.again()

    def set_text_size(self, percent: int) -> None:
        """Make all text of the window larger or smaller."""
        self.text_percent = percent
        for action in self.size_actions:
            action.setChecked(action.text() == f"{percent}%")
        self._apply()
        self.resized.emit(percent)

    def larger(self) -> None:
        """The next larger text size (Ctrl+Plus), up to the largest."""
        self.set_text_size(next((p for p in self.sizes if p > self.text_percent), self.sizes[-1]))

    def smaller(self) -> None:
        """The next smaller text size (Ctrl+Minus), down to the smallest."""
        self.set_text_size(next((p for p in reversed(self.sizes) if p < self.text_percent), self.sizes[0]))

    def normal_size(self) -> None:
        """The text size the window starts with (Ctrl+0)."""
        self.set_text_size(self.start_percent)

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
