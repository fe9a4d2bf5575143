"""Look and comfort: text size and a high-contrast theme. Meaning never rests on colour alone.

The size is set in the style sheet for every widget as well as on the application: on X11 the
platform theme gives lists, buttons and check boxes fonts of their own that ignore the application
font (seen under Xvfb: a 150 % kiosk showed small buttons and step lists)."""

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

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
HIGH_CONTRAST = """
QLineEdit, QComboBox, QSpinBox, QTableWidget, QListWidget, QTextBrowser, QPushButton, QTabBar::tab
    { border: 2px solid white; }
QLineEdit:focus, QComboBox:focus, QPushButton:focus, QTableWidget:focus { border: 3px solid yellow; }
QTabBar::tab:selected { background: yellow; color: black; }
QHeaderView::section { background: black; color: white; border: 1px solid white; }
"""


def apply_theme(app: QApplication, text_percent: int, high_contrast: bool) -> None:
    """Set the font size (percent of normal) and the colours for the whole app."""
    points = BASE_POINT_SIZE * text_percent / 100
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    palette = QPalette()
    if high_contrast:
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            palette.setColor(role, QColor("black"))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(role, QColor("white"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("yellow"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("black"))
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#202020"))
    app.setPalette(palette)
    app.setStyleSheet(
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
