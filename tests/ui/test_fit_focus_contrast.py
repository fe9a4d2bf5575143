"""Fit, keyboard and contrast (issue 14): every screen fits a 1366×768 laptop and a 1920×1080 kiosk at
200 % text, Tab leaves every table, focus is visible and starts in the first field, errors reach screen
readers, high contrast reaches the chart, and Ctrl+Plus / Ctrl+Minus / Ctrl+0 change the text size."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.engine import FieldProblem, load_scenario
from scers_desktop.session.draft import draft_from_scenario
from scers_desktop.session.flow import StepKey
from scers_desktop.ui import fit
from scers_desktop.ui.fields import FormGrid
from scers_desktop.ui.kiosk import KIOSK_TEXT_PERCENT, KioskWindow
from scers_desktop.ui.main_window import MainWindow
from scers_desktop.ui.theme import CONTRAST, NORMAL, Colours, apply_theme
from tests.helpers import TODAY

LAPTOP = QRect(0, 0, 1366, 768)
KIOSK = QRect(0, 0, 1920, 1080)


def luminance(colour: QColor) -> float:
    """WCAG 2.2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.2 contrast ratio."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window (focus and shortcuts only work there)."""
    with qtbot.waitActive(window):
        window.activateWindow()


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> Callable[[QRect], None]:
    """Make the app believe its screen has this free area (the offscreen screen is one fixed size)."""

    def use(area: QRect) -> None:
        monkeypatch.setattr(fit, "available_area", lambda _widget: area)

    return use


@pytest.fixture
def sample_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    return window


def every_screen(window: MainWindow | KioskWindow) -> Iterator[str]:
    """Show each step and each results tab in turn; yield a name for each."""
    for key in window.session.visible_keys():
        window.view.show_step(key)
        if key is StepKey.RESULTS:
            tabs = window.view.results.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"results tab {tabs.tabText(index)!r}"
        else:
            QApplication.processEvents()
            yield str(key)


def assert_fits(window: QWidget, next_button: QPushButton, area: QRect, where: str) -> None:
    assert window.width() <= area.width() and window.height() <= area.height(), f"{where}: {window.size()}"
    corner = next_button.mapTo(window, QPoint(next_button.width() - 1, next_button.height() - 1))
    assert next_button.isVisible() and window.rect().contains(corner), f"{where}: Next at {corner}"
    for table in window.findChildren(QTableView):
        if table.isVisible():
            rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
            assert rows >= fit.MIN_VISIBLE_ROWS, f"{where}: {table.accessibleName()} shows {rows:.1f} rows"


def test_every_screen_fits_a_laptop_at_100_and_200_percent(
    qtbot: QtBot, tmp_path: Path, screen: Callable[[QRect], None]
) -> None:
    screen(LAPTOP)
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.comfort.set_text_size(100)
    normal = window.size()
    assert normal.width() == fit.DESKTOP_SIZE.width()
    window.duplicate_scenario()
    window.duplicate_scenario()  # three scenarios side by side on Compare
    for percent in (100, 200):
        window.comfort.set_text_size(percent)
        for where in every_screen(window):
            assert_fits(window, window.view.next_button, LAPTOP, f"{percent}% {where}")
    window.comfort.set_text_size(100)
    QApplication.processEvents()
    assert window.size() == normal  # back to its size, not left as large as the screen


def test_the_kiosk_fits_its_screen_at_200_percent(
    make_kiosk: Callable[..., KioskWindow], screen: Callable[[QRect], None]
) -> None:
    screen(KIOSK)
    kiosk = make_kiosk()
    kiosk.setGeometry(KIOSK)  # what show_kiosk does on the lobby screen
    kiosk.show()
    kiosk.comfort.set_text_size(200)
    kiosk.session.show_case(draft_from_scenario(load_scenario(sample_case(), today=TODAY)))
    kiosk.view.bind_current()
    for where in every_screen(kiosk):
        assert_fits(kiosk, kiosk.view.next_button, KIOSK, f"kiosk 200% {where}")


def test_tab_leaves_every_results_table_and_arrows_move_inside(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.view.show_step(StepKey.RESULTS)
    activate(qtbot, window)
    tabs = window.view.results.tabs
    seen = 0
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for table in tabs.currentWidget().findChildren(QTableView):
            if not table.isVisible() or table.model().rowCount() < 2:
                continue
            seen += 1
            assert not table.tabKeyNavigation()
            table.setFocus()
            table.setCurrentIndex(table.model().index(0, 0))
            qtbot.keyClick(table, Qt.Key.Key_Down)
            assert QApplication.focusWidget() is table and table.currentIndex().row() == 1
            qtbot.keyClick(table, Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            assert focus is not table and not table.isAncestorOf(focus), table.accessibleName()
    assert seen >= 5


def test_a_leave_rows_kind_and_bought_back_come_before_back_and_next(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.view.show_step(StepKey.LEAVES)
    leaves = window.view.pages[StepKey.LEAVES].table  # type: ignore[attr-defined]
    leaves.add_row()
    order: list[QWidget] = []
    widget = leaves.table.nextInFocusChain()
    while widget is not window.view.back_button and len(order) < 200:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
        widget = widget.nextInFocusChain()
    cells = [leaves.table.cellWidget(row, column) for row in range(2) for column in (2, 3)]
    assert [type(c) for c in cells] == [QComboBox, QCheckBox, QComboBox, QCheckBox]
    assert order[: len(cells)] == cells  # right after the table, row by row, before Back and Next
    activate(qtbot, window)
    leaves.table.setFocus()
    qtbot.keyClick(leaves.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is cells[0]


def test_the_first_field_has_focus_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    focus = QApplication.focusWidget()
    page = window.view.pages[StepKey.ABOUT]
    assert isinstance(focus, QLineEdit | QComboBox) and page.isAncestorOf(focus)
    window.view.go(1)
    focus = QApplication.focusWidget()
    assert focus is not None and window.view.pages[StepKey.SERVICE].isAncestorOf(focus)


def test_the_kiosk_starts_on_start_then_the_first_field(make_kiosk: Callable[..., KioskWindow], qtbot: QtBot) -> None:
    kiosk = make_kiosk()
    kiosk.show()
    activate(qtbot, kiosk)
    assert QApplication.focusWidget() is kiosk.start_button
    kiosk.start_button.click()
    focus = QApplication.focusWidget()
    assert focus is not None and kiosk.view.pages[StepKey.ABOUT].isAncestorOf(focus)


@pytest.mark.parametrize("colours", [NORMAL, CONTRAST], ids=["normal", "high contrast"])
def test_every_control_kind_shows_a_2px_focus_ring(qtbot: QtBot, colours: Colours) -> None:
    focus = QColor(colours.focus)
    assert contrast(focus, QColor(colours.window)) >= 3
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tabs = QTabBar()
    tabs.addTab("Payment options")
    tabs.addTab("Compare")
    controls: list[QWidget] = [QLineEdit("x"), QComboBox(), QSpinBox(), QPushButton("OK"), QCheckBox("Yes")]
    controls += [QTableView(), tabs]
    for control in controls:
        layout.addWidget(control)
    apply_theme(window, 100, colours is CONTRAST)
    window.show()
    activate(qtbot, window)
    for control in controls:
        control.setFocus()
        QApplication.processEvents()
        assert control.hasFocus()
        image: QImage = control.grab().toImage()
        middle = image.height() // 2
        for x in (0, 1):  # two pixels of the ring on the left edge
            assert QColor(image.pixel(x, middle)) == focus, f"{type(control).__name__} at x={x}"


def test_a_fields_problem_is_in_its_accessible_description(qtbot: QtBot) -> None:
    form = FormGrid()
    qtbot.addWidget(form)
    editor = form.add_text("birth_date", "Bi&rth date", "Year-month-day.", "member.birth_date")
    problem = FieldProblem("member.birth_date", "'2020-13-45' is not a real date")
    form.touch("member.birth_date")  # a problem shows once the field has been left
    form.show_problems(lambda path: [problem] if path == "member.birth_date" else [])
    assert editor.accessibleDescription() == "⚠ '2020-13-45' is not a real date\nYear-month-day."
    form.show_problems(lambda path: [])
    assert editor.accessibleDescription() == "Year-month-day."


def test_high_contrast_reaches_the_chart_placeholders_and_spin_arrows(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.view.show_step(StepKey.RESULTS)
    window.view.results.tabs.setCurrentIndex(1)
    plot = window.view.results.plot
    assert plot is not None
    assert plot.widget.backgroundBrush().color() == QColor(NORMAL.chart)  # type: ignore[attr-defined]
    window.comfort.toggle_contrast()
    QApplication.processEvents()
    assert plot.widget.backgroundBrush().color() == QColor(CONTRAST.chart)  # type: ignore[attr-defined]
    birth = window.view.pages[StepKey.ABOUT].form.editors["birth_date"]  # type: ignore[attr-defined]
    palette = birth.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    assert contrast(placeholder, palette.color(QPalette.ColorRole.Base)) >= 4.5
    window.view.show_step(StepKey.RETIREMENT)
    QApplication.processEvents()
    age: QSpinBox = window.view.retirement_page.age
    image = age.grab().toImage()
    arrows = [
        (x, y)
        for x in range(image.width() - 20, image.width() - 2)
        for y in range(2, image.height() - 2)
        if QColor(image.pixel(x, y)).lightness() > 200
    ]
    assert len(arrows) > 20  # the white arrows on the black buttons are drawn
    window.comfort.toggle_contrast()
    QApplication.processEvents()
    assert plot.widget.backgroundBrush().color() == QColor(NORMAL.chart)  # type: ignore[attr-defined]


def test_ctrl_plus_minus_and_zero_change_the_text_size(
    qtbot: QtBot, tmp_path: Path, make_kiosk: Callable[..., KioskWindow]
) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    kiosk = make_kiosk()
    for target, start, smallest in ((window, 100, 100), (kiosk, KIOSK_TEXT_PERCENT, 125)):
        target.show()
        activate(qtbot, target)

        def press(key: Qt.Key, target: QWidget = target) -> int:
            qtbot.keyClick(QApplication.focusWidget() or target, key, Qt.KeyboardModifier.ControlModifier)
            return target.comfort.text_percent  # type: ignore[attr-defined]

        assert [press(Qt.Key.Key_Plus) for _ in range(6)][-1] == 200  # bounded at 200 %
        assert press(Qt.Key.Key_Minus) == 175
        assert press(Qt.Key.Key_0) == start
        assert [press(Qt.Key.Key_Minus) for _ in range(6)][-1] == smallest
        assert press(Qt.Key.Key_Equal) > smallest  # Ctrl+= too, where + needs Shift
        target.hide()


def test_results_tables_keep_rows_in_sight(sample_window: MainWindow) -> None:
    sample_window.view.show_step(StepKey.RESULTS)
    for table in sample_window.view.results.findChildren(QAbstractItemView):
        if isinstance(table, QTableView):
            minimum = table.minimumHeight()
            assert minimum >= fit.MIN_VISIBLE_ROWS * table.fontMetrics().height()


def test_narrow_columns_keep_their_width_and_wide_ones_share_the_rest() -> None:
    assert fit.widest_allowed([230, 60, 140], 500) == fit.NO_CAP  # everything fits
    assert fit.widest_allowed([230, 60, 140], 396) == 196  # the age and the amount keep their width
    assert fit.widest_allowed([450, 260], 400) == 200
