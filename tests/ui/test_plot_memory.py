"""Clicking the by-age chart for a long session keeps no dead chart points alive (issue 11)."""

import gc
from pathlib import Path

from pyqtgraph.graphicsItems.ScatterPlotItem import SpotItem
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.main_window import MainWindow

AGES = (63, 65, 67, 69)  # on the chart: only birthdays still ahead are


def _live_spot_items() -> int:
    gc.collect()
    return sum(isinstance(thing, SpotItem) for thing in gc.get_objects())


def _click_age(window: MainWindow, age: int) -> None:
    plot = window.view.results.plot
    widget = plot.widget
    assert plot.curve is not None
    point = widget.mapFromScene(plot.plot.vb.mapViewToScene(QPointF(age, plot.curve.value_at(age))))
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.session.estimate is not None
    assert window.session.estimate.age.completed_years == age


def test_clicks_on_the_chart_leave_no_points_behind(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "data", recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.view.show_step(StepKey.RESULTS)
    window.view.results.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    _click_age(window, AGES[0])
    before = _live_spot_items()
    for turn in range(40):
        _click_age(window, AGES[turn % len(AGES)])
    assert _live_spot_items() <= before
