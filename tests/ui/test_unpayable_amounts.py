"""The results screen says why an amount cannot be paid instead of showing a negative one (issue 12)."""

from datetime import date

from pytestqt.qtbot import QtBot

from scers_desktop.present.summary import summarize
from scers_desktop.ui.results import ResultsView
from tests.engine.test_unpayable_amounts import large_balance, large_deductions

MADE_ON = date(2026, 11, 24)


def test_option_a_row_gives_the_reason(qtbot: QtBot) -> None:
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_estimate(summarize(large_balance(), None, made_on=MADE_ON), [])
    rows = {view.options.item(r, 0).text(): r for r in range(view.options.rowCount())}
    row = rows["A: cash refund"]
    assert view.options.item(row, 1).text() == "—"
    assert "more than this option can refund" in view.options.item(row, 3).text()


def test_net_pay_gives_the_reason(qtbot: QtBot) -> None:
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_estimate(summarize(large_deductions(), None, made_on=MADE_ON), [])
    text = view.money.text()
    assert "medical $900.00. No net pay: the medical and dental deductions entered ($900.00 a month)" in text
    assert "= −" not in text
