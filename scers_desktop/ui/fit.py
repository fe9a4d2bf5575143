"""Screens that fit the screen at every text size (issue 14: 200 % text on a 1366×768 laptop and a
1920×1080 kiosk).

WCAG 2.2 success criterion 1.4.4 (resize text to 200 % without loss of content or function) and 1.4.10
(reflow): the window is never larger than the screen's free area; long content scrolls inside the
window instead of growing it (each wizard page and each results tab is a scroll area); a table keeps
at least :data:`MIN_VISIBLE_ROWS` rows in sight however small the window; and the window's size
follows the text size down as well as up.
"""

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHeaderView,
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
#: Columns sized to their contents leave at least the rest of a wrapping table's width to the others.
SIZED_COLUMNS_SHARE = 0.5
NO_CAP = 1_048_575  # Qt's default maximum section size


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


class _ReadableTable(QObject):
    """Keeps a table readable at every text size (see :func:`keep_readable`)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.viewport = table.viewport()
        table.installEventFilter(self)
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's kind is looked at first: while the table is destroyed its parts still send events
        # here, and asking the table anything then would fail.
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish) and watched is self.table:
            table = self.table
            self._keep_rows_in_sight()
            if kind == QEvent.Type.FontChange:
                table.resizeRowsToContents()  # rows sized to the old text would cut the new text off
        elif kind == QEvent.Type.Resize and watched is self.viewport:
            if self.table.wordWrap():
                self._share_width()
            fit_headings(self.table)  # the headings' lines follow the columns' new widths
            self._keep_rows_in_sight()
        return False

    def _keep_rows_in_sight(self) -> None:
        table = self.table
        line = table.fontMetrics().height()
        heading = max(line + HEADER_PADDING, table.horizontalHeader().minimumHeight())
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        row = max(line + ROW_PADDING, table.verticalHeader().defaultSectionSize())  # the style's rows may be taller
        table.setMinimumHeight(heading + MIN_VISIBLE_ROWS * row + scroll_bar + 2 * table.frameWidth())

    def _share_width(self) -> None:
        """Columns sized to their contents take at most :data:`SIZED_COLUMNS_SHARE` of the width (or
        all the wrapping columns do not need for their text on one line), so the wrapping columns beside
        them keep room for words (at 200 % text the long figure names
        squeezed "How it was found" to one letter a line)."""
        header = self.table.horizontalHeader()
        sized = [
            c for c in range(header.count()) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents
        ]
        if not sized:
            return
        width = self.table.viewport().width()
        # The other (wrapping) columns need no more than their text on one line: what they do not need,
        # the sized ones may take.
        others = sum(
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
            if c not in sized and not self.table.isColumnHidden(c)
        )
        room = max(int(width * SIZED_COLUMNS_SHARE), width - others)
        naturals = [max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in sized]
        cap = max(header.minimumSectionSize(), widest_allowed(naturals, room))
        if header.maximumSectionSize() != cap:
            header.setMaximumSectionSize(cap)
            self.table.resizeRowsToContents()


class _WrappedHeadings(QObject):
    """Keeps a table's headings whole (see :func:`wrap_headings`)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            fit_headings(self.table)
        return False


def wrap_headings(table: QTableView) -> None:
    """A heading wider than its column wraps onto more lines, and the header grows to show them, instead
    of losing its first and last letters ("art (YYYY-MM-D" at 200 % text)."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)  # type: ignore[operator]
    header.setHighlightSections(False)  # a selected row made the headings bold, and wider than measured
    _WrappedHeadings(table)


def fit_headings(table: QTableView) -> None:
    """The header as tall as the tallest of its headings, wrapped to their columns' widths."""
    header = table.horizontalHeader()
    if not header.defaultAlignment() & Qt.TextFlag.TextWordWrap or header.count() == 0:
        return
    metrics = header.fontMetrics()
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model = table.model()
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    tallest = max(
        metrics.boundingRect(
            QRect(0, 0, max(1, header.sectionSize(c) - margins), 10_000),
            flags,
            str(model.headerData(c, Qt.Orientation.Horizontal)),
        ).height()
        for c in range(header.count())
    )
    height = tallest + HEADER_PADDING
    if header.minimumHeight() != height:
        header.setMinimumHeight(height)


def widest_allowed(naturals: list[int], room: int) -> int:
    """The width the widest columns are cut to so that columns this wide (``naturals``) fit in ``room``:
    the narrow ones (an age, an amount) keep their width, the wide ones share what is left equally."""
    left = room
    for index, natural in enumerate(sorted(naturals)):
        share = left // (len(naturals) - index)
        if natural > share:
            return share
        left -= natural
    return NO_CAP


def keep_readable(table: QTableView) -> None:
    """Keep ``table`` readable at every text size: never shorter than :data:`MIN_VISIBLE_ROWS` rows (a
    scroll area around it scrolls instead), rows re-sized to the text, and, where its words wrap, room
    left for the wrapping columns."""
    _ReadableTable(table)


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
