"""Keyboard focus order (WCAG 2.2 §2.4.3): the controls inside a table come right after the table.

A table's cell widgets (a row's Kind drop-down and Bought-back box) are made when the rows are shown,
after the rest of the window, so Qt's tab order (the order widgets were made) put them after Back and
Next. Here they are moved to follow their table, row by row, before the buttons under it.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget


def cells_in_tab_order(table: QTableWidget) -> None:
    """Tab goes from ``table`` through its cell widgets, row by row and left to right, then on to what
    followed the table."""
    previous: QWidget = table
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            cell = table.cellWidget(row, column)
            if cell is not None and cell.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, cell)
                previous = cell
