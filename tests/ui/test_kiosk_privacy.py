"""Nothing of one kiosk visitor is left for the next: a canary visitor, then every text on screen searched.

The canary has values nobody else has (name, dates, pay) and reads in English or Spanish. They reach the
results and look at every tab; after Start over, and separately after the idle wipe, every widget's words,
every item model's data (all the roles a view shows) and every chart item's data are searched for any trace
of them: the dates in each format the app writes, the amounts raw and as dollars, and the dates derived from
the birthday (the earliest eligible date, the date a pension would start at each age); and the language is
English again. Before the wipe the same search must find them, so the check cannot pass by finding nothing.
"""

import json
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from scers_desktop.app import sample_case
from scers_desktop.engine import parse_scenario
from scers_desktop.present import i18n
from scers_desktop.present.i18n import _
from scers_desktop.present.text import format_dollars, long_date
from scers_desktop.session.draft import draft_from_scenario
from scers_desktop.session.flow import StepKey
from scers_desktop.ui import kiosk as kiosk_module
from scers_desktop.ui.kiosk import KIOSK_TEXT_PERCENT, KioskWindow
from scers_desktop.ui.plot import EMPTY_TOP, money_range
from tests.helpers import TODAY

NAME = "Zebedee Quarrington"
LABEL = "Quarrington at sixty"
BIRTH = date(1963, 11, 27)
MEMBERSHIP = date(1993, 2, 17)
SPOUSE_BIRTH = date(1966, 8, 9)
RETIREMENT = date(2031, 3, 1)
PAY = Decimal("7383.19")
ROLES = [*range(0, 14), int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 1]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def canary_case() -> dict[str, object]:
    case = json.loads(sample_case().read_text(encoding="utf-8"))
    case["label"] = LABEL
    case["member"].update(name=NAME, birth_date=BIRTH.isoformat(), membership_date=MEMBERSHIP.isoformat())
    case["employment"] = [{"start": MEMBERSHIP.isoformat(), "end": None, "fte": 1.0}]
    case["leaves"] = []
    case["purchases"] = []
    case["salary"] = {"history": [{"from": MEMBERSHIP.isoformat(), "monthly": float(PAY)}]}
    case["beneficiary"]["birth_date"] = SPOUSE_BIRTH.isoformat()
    case["retirement"] = {"date": RETIREMENT.isoformat()}
    return case


def date_forms(day: date) -> list[str]:
    """Every way the app writes a date."""
    return [day.isoformat(), long_date(day), f"{day.month}/{day.day}/{day.year}", day.strftime("%m/%d/%Y")]


def money_forms(amount: Decimal | float) -> list[str]:
    value = Decimal(str(amount)).quantize(Decimal("0.01"))
    return [f"{value:.2f}", f"{value:,.2f}", format_dollars(value)]


def needles(window: KioskWindow) -> dict[str, list[str]]:
    """What would give the canary away, by kind."""
    result = window.session.estimate
    curve = window.session.evaluation.curve
    assert result is not None and curve is not None and result.unmodified_monthly is not None
    derived = [result.retirement_date, *curve.dates]
    if result.earliest_eligible_date is not None:
        derived.append(result.earliest_eligible_date)
    options = [o.member_monthly for o in result.options if o.member_monthly is not None]
    return {
        "name": [NAME, LABEL],
        "dates typed": [form for day in (BIRTH, MEMBERSHIP, SPOUSE_BIRTH, RETIREMENT) for form in date_forms(day)],
        "dates derived": [form for day in derived for form in date_forms(day)],
        "pay": money_forms(PAY),
        "pension": [*money_forms(result.unmodified_monthly), *(f for o in options for f in money_forms(o))],
    }


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps its one column private
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    for row in range(model.rowCount(parent)):
        for column in range(max(1, _columns(model, parent))):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, parent) if orientation == Qt.Orientation.Horizontal else model.rowCount(parent)
        for section in range(count):
            for role in ROLES:
                value = model.headerData(section, orientation, role)
                if value is not None:
                    yield str(value)


def _numbers(values: object) -> Iterator[str]:
    for value in list(values) if values is not None else []:  # type: ignore[call-overload]
        yield str(value)
        yield f"{float(value):.2f}"
        yield f"{float(value):,.2f}"


def _chart_texts(plot_widget: pg.PlotWidget) -> Iterator[str]:
    for item in plot_widget.getPlotItem().items:
        if isinstance(item, pg.PlotDataItem):
            xs, ys = item.getData()
            yield from _numbers(xs)
            yield from _numbers(ys)
            for point in item.scatter.points():
                yield from _numbers([point.pos().x(), point.pos().y()])
        if isinstance(item, pg.ScatterPlotItem):
            for point in item.points():
                yield from _numbers([point.pos().x(), point.pos().y()])
        if isinstance(item, pg.InfiniteLine):
            yield from _numbers([item.value()])
            if item.label is not None:
                yield item.label.toPlainText()
        if isinstance(item, pg.TextItem):
            yield item.toPlainText()
    for item in plot_widget.scene().items():  # legend entries, axis labels, titles
        if isinstance(item, QGraphicsTextItem):
            yield item.toPlainText()
        if isinstance(item, QGraphicsSimpleTextItem):
            yield item.text()


def everything_shown(window: KioskWindow) -> str:
    """Every text the window holds: widgets, item models and chart items."""
    texts: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        texts += [widget.toolTip(), widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
        texts += [widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) + widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) + widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, pg.PlotWidget):
            texts += list(_chart_texts(widget))
        model = getattr(widget, "model", None)
        if callable(model) and isinstance(model(), QAbstractItemModel):
            texts += list(_model_texts(model(), QModelIndex()))
    for model in window.findChildren(QAbstractItemModel):
        texts += list(_model_texts(model, QModelIndex()))
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return "\n".join(texts)


def visit_everything(window: KioskWindow, language: str) -> None:
    """The canary's visit, in ``language``: every step, every results tab, the chart's readout, another
    option, comfort."""
    window.language_buttons[language].click()
    window.session.show_case(draft_from_scenario(parse_scenario(canary_case(), today=TODAY)))
    window.view.bind_current()
    window.view.show_step(StepKey.ABOUT)
    for key in ("about", "service", "leaves", "buybacks", "salary", "beneficiary", "statement", "retirement"):
        window.view.show_step(key)
    window.view.show_step(StepKey.RESULTS)
    results = window.view.results
    for index in range(results.tabs.count()):
        results.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    results.options.selectRow(2)  # another payment option
    assert (
        window.session.evaluation.curve is not None and window.session.evaluation.curve.first_eligible_age is not None
    )
    plot = results.plot
    age = window.session.evaluation.curve.first_eligible_age
    value = window.session.evaluation.curve.value_at(age)
    assert value is not None
    plot._moved(plot.plot.vb.mapViewToScene(QPointF(age, value)))  # type: ignore[union-attr]
    window.comfort.set_text_size(200)
    window.comfort.toggle_contrast()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., KioskWindow]) -> tuple[KioskWindow, FakeClock]:
    clock = FakeClock()
    window = make_kiosk(clock)
    window.show()
    return window, clock


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("wipe", ["start over", "idle"])
def test_no_trace_of_the_last_visitor_is_left(
    kiosk: tuple[KioskWindow, FakeClock], wipe: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, clock = kiosk
    cleared: list[int] = []
    real_clear = kiosk_module.clear_caches
    monkeypatch.setattr(kiosk_module, "clear_caches", lambda: cleared.append(real_clear()) or cleared[-1])
    visit_everything(window, language)
    assert window.session.draft.selected_option not in ("E", "Unmodified") and window.comfort.high_contrast
    found = needles(window)
    before = everything_shown(window)
    for kind in found:  # the search sees each kind of trace while the visitor is there
        assert any(needle in before for needle in found[kind]), kind
    chosen = _("Option {code}").format(code=window.session.draft.selected_option)  # in the visitor's language
    assert chosen in before  # the chosen option, in the chart's legend

    if wipe == "start over":
        window.start_over_button.click()
    else:
        clock.now += 180 + 1
        window.check_idle()
        clock.now += 30
        window.check_idle()
    QApplication.processEvents()

    after = everything_shown(window)
    left = sorted({needle for kind in found.values() for needle in kind if needle in after})
    assert left == []
    assert chosen not in after
    assert window.session.draft.selected_option == "Unmodified"
    assert i18n.current() == "en" and window.language_buttons["en"].isChecked()  # the next visitor's
    assert window.start_button.text() == "&Start"
    assert window.view.results.tabs.currentIndex() == 0
    plot = window.view.results.plot  # made anew with the words in English: no chart until there is a curve
    assert plot is None or plot.plot.vb.viewRange()[1] == list(money_range(EMPTY_TOP))  # type: ignore[attr-defined]
    assert window.comfort.text_percent == KIOSK_TEXT_PERCENT and not window.comfort.high_contrast
    assert not window.comfort.contrast_action.isChecked()
    assert cleared  # the engine's memo caches were emptied
