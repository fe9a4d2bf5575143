"""Screens that fit the screen at every text size (issue 14: 200 % text on a 1366×768 laptop and a
1920×1080 kiosk).

WCAG 2.2 success criterion 1.4.4 (resize text to 200 % without loss of content or function) and 1.4.10
(reflow): the window is never larger than the screen's free area; long content scrolls inside the
window instead of growing it (each wizard page and each results tab is a scroll area); a table keeps
at least :data:`MIN_VISIBLE_ROWS` rows in sight however small the window; and the window's size
follows the text size down as well as up.
"""

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QWidget,
)

#: A table shows at least this many rows of one line of text, at every text size.
MIN_VISIBLE_ROWS = 3
#: The desktop window's size at 100 % text; larger text asks for proportionally more, up to the screen.
DESKTOP_SIZE = QSize(1180, 820)
# A row and a heading of one line are the font's line height plus the cell's padding and grid line.
ROW_PADDING = 8
HEADER_PADDING = 12


def available_area(widget: QWidget) -> QRect:
    """The free area of the widget's screen (without task bars), in which its window must fit."""
    screen = widget.screen() or QApplication.primaryScreen()
    assert screen is not None, "Qt has no screen"
    return screen.availableGeometry()


def fit_window(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` the ``preferred`` size, never more than the free area of its screen (frame and
    title bar included), and keep it on that screen. A maximised or full-screen window is left alone."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    if window.isVisible():
        frame = window.frameGeometry().size() - window.geometry().size()
    else:  # the window manager has not framed it yet: leave room for a title bar
        frame = QSize(0, window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window))
    room = QSize(area.width() - frame.width(), area.height() - frame.height())
    window.resize(preferred.boundedTo(room))
    outer = window.frameGeometry()
    x = min(max(outer.x(), area.x()), area.x() + area.width() - outer.width())
    y = min(max(outer.y(), area.y()), area.y() + area.height() - outer.height())
    if (x, y) != (outer.x(), outer.y()):
        window.move(x, y)


def preferred_desktop_size(percent: int) -> QSize:
    """The desktop window's size for this text size (percent of normal), before the screen bounds it."""
    return QSize(DESKTOP_SIZE.width() * percent // 100, DESKTOP_SIZE.height() * percent // 100)


class _MinimumRows(QObject):
    """Keeps each table it watches tall enough for its heading and :data:`MIN_VISIBLE_ROWS` rows of one
    line in the table's own font (which follows the window's text size)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish) and isinstance(
            watched, QAbstractItemView
        ):
            line = watched.fontMetrics().height()
            scroll_bar = watched.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, watched)
            frame = 2 * watched.frameWidth() if isinstance(watched, QFrame) else 0
            watched.setMinimumHeight(
                line + HEADER_PADDING + MIN_VISIBLE_ROWS * (line + ROW_PADDING) + scroll_bar + frame
            )
            if event.type() == QEvent.Type.FontChange and isinstance(watched, QTableView):
                watched.resizeRowsToContents()  # rows sized to the old text would cut the new text off
        return False


def keep_rows_visible(view: QAbstractItemView) -> None:
    """Never let ``view`` shrink below :data:`MIN_VISIBLE_ROWS` rows (a scroll area around it scrolls
    instead)."""
    view.installEventFilter(_MinimumRows(view))


def scroll_tab_pages(tabs: QTabWidget) -> None:
    """Put each page of ``tabs`` in a scroll area, so a long page scrolls instead of growing the window."""
    current = tabs.currentIndex()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        text = tabs.tabText(index)
        tabs.removeTab(index)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        tabs.insertTab(index, area, text)
    tabs.setCurrentIndex(current)
