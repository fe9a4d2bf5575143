"""The results after the merge of issue 14, walked through: the chart's money axis reads "$0 … $6,000" in
every theme and text size, its legend names only what is on screen, and every tab name is in sight."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPicture
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.session.flow import StepKey
from scers_desktop.ui import fit
from scers_desktop.ui.main_window import MainWindow
from scers_desktop.ui.plot import BenefitPlot
from scers_desktop.ui.results import TAB_LINES
from scers_desktop.ui.theme import CONTRAST, NORMAL


def drawn_ticks(plot: BenefitPlot) -> list[str]:
    """The tick texts the money axis draws (those that fit it; pyqtgraph drops the others)."""
    axis = plot.plot.getAxis("left")
    picture = QPicture()
    painter = QPainter(picture)
    specs = axis.generateDrawSpecs(painter)
    painter.end()
    assert specs is not None
    return [text for _rect, _flags, text in specs[2]]


def settle(window: MainWindow, plot: BenefitPlot) -> None:
    """Paint the chart twice (at 200 % text it is below the fold, where the window's picture does not
    paint it): the first paint measures the tick texts, the axis then takes their width."""
    for _ in range(2):
        QApplication.processEvents()
        window.grab()
        plot.widget.grab()
    QApplication.processEvents()


@pytest.fixture
def chart(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, BenefitPlot]:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.view.show_step(StepKey.RESULTS)
    window.view.results.tabs.setCurrentIndex(1)
    plot = window.view.results.plot
    assert isinstance(plot, BenefitPlot)
    return window, plot


@pytest.mark.parametrize(("percent", "high_contrast"), [(100, False), (100, True), (200, False), (200, True)])
def test_the_money_axis_reads_in_dollars(
    chart: tuple[MainWindow, BenefitPlot], percent: int, high_contrast: bool
) -> None:
    window, plot = chart
    window.comfort.set_text_size(percent)
    if high_contrast:
        window.comfort.toggle_contrast()
    settle(window, plot)
    ticks = drawn_ticks(plot)
    assert "$0" in ticks and "$4,000" in ticks, ticks
    assert all(t.startswith("$") for t in ticks)
    axis = plot.plot.getAxis("left")
    assert axis.width() > 0 and axis.label.isVisible()
    assert axis.labelText == "Monthly benefit ($)"
    assert plot.plot.getAxis("bottom").label.isVisible()
    colours = CONTRAST if high_contrast else NORMAL
    assert axis.textPen().color() == QColor(colours.text) != QColor(colours.chart)


def legend_names(plot: BenefitPlot) -> list[str]:
    return [label.text for _sample, label in plot.legend.items]


def test_the_legend_names_only_what_is_on_screen(chart: tuple[MainWindow, BenefitPlot]) -> None:
    window, plot = chart
    by_age = legend_names(plot)
    assert "Unmodified" in by_age and "your choice" in by_age
    assert "month by month" not in by_age and "date worth knowing" not in by_age
    months = window.view.results.months
    months.setChecked(True)
    by_month = legend_names(plot)
    assert "month by month" in by_month
    assert "Unmodified" not in by_month and not any(name.startswith("Option") for name in by_month)
    months.setChecked(False)
    assert legend_names(plot) == by_age
    plot.clear()
    assert legend_names(plot) == []


def test_every_results_tab_name_is_in_sight_at_100_percent(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: QRect(0, 0, 1366, 768))
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    assert window.width() == fit.DESKTOP_SIZE.width()  # 1180 px
    window.view.show_step(StepKey.RESULTS)
    QApplication.processEvents()
    tabs = window.view.results.tabs
    bar = tabs.tabBar()
    assert bar.sizeHint().width() <= tabs.width()  # no scroll arrows, no "Dates worth know…"
    assert all(bar.tabRect(i).right() <= tabs.width() for i in range(tabs.count()))
    assert all(tabs.tabToolTip(i) for i in range(tabs.count()))  # the long name


def test_the_legend_words_grow_with_the_text(chart: tuple[MainWindow, BenefitPlot]) -> None:
    window, plot = chart

    def sizes() -> set[float]:
        return {float(label.opts["size"].removesuffix("pt")) for _sample, label in plot.legend.items}

    window.comfort.set_text_size(100)
    QApplication.processEvents()
    normal = sizes()
    window.comfort.set_text_size(200)
    QApplication.processEvents()
    large = sizes()
    assert len(normal) == len(large) == 1 and large.pop() == 2 * normal.pop()


def test_at_200_percent_on_a_laptop_the_tabs_keep_room_and_the_headline_scrolls_away(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: QRect(0, 0, 1366, 768))
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.view.show_step(StepKey.RESULTS)
    window.comfort.set_text_size(200)
    QApplication.processEvents()
    results = window.view.results
    assert results.tabs.height() >= results.fontMetrics().height() * TAB_LINES  # it was a strip of 100 px
    assert results.area.verticalScrollBar().maximum() > 0  # the headline and the tabs scroll together
    assert window.height() <= 768
    for _theme in ("normal", "high contrast"):
        assert results.tabs.tabBar().sizeHint().width() <= results.tabs.width()  # every tab name in sight
        window.comfort.toggle_contrast()
        QApplication.processEvents()
