"""Issue 14, "The number" and "Time": the chosen option is the headline on the screen, the status line,
the COLA table, net pay, the chart's star, the PDF's first page and the command line; only real dates
are offered, and a past date is said to be one."""

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.cli import summary_text
from scers_desktop.engine.money import to_cents
from scers_desktop.report import estimate_pdf
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(win)
    assert win.open_path(sample_case())  # the sample member chose Option E
    win.view.show_step(StepKey.RESULTS)
    return win


def test_option_e_is_the_number_everywhere(window: MainWindow) -> None:
    summary = window.session.summary
    assert summary is not None
    result = summary.estimate
    option_e = result.option("E")
    assert result.scenario.selected_option == "E" and option_e is not None and option_e.member_monthly
    e = f"${to_cents(option_e.member_monthly):,.2f}"
    survivor = f"${to_cents(option_e.survivor_monthly or 0):,.2f}"
    unmodified = f"${to_cents(result.unmodified_monthly or 0):,.2f}"
    assert e != unmodified
    view = window.view.results
    assert view.headline.text().startswith(f"{e} a month") and survivor in view.headline.text()
    assert f"Unmodified (straight) benefit, for reference: {unmodified} a month" in view.subline.text()
    assert window.view.summary.text().startswith(f"Estimate so far: {e} a month with Option E")
    assert view.cola.item(0, 2).text() == e
    assert summary.net_pay is not None and summary.net_pay.rows[0] == ("Gross benefit", e)
    assert view.money.text().startswith(f"Net pay estimate (Option E: all to spouse/partner): {e} less")
    plot = view.plot
    assert plot is not None
    assert plot.chosen_label.toPlainText() == f"your choice: Option E from May 1, 2030, {e}"  # type: ignore[attr-defined]
    pdf = PdfReader(io.BytesIO(estimate_pdf(summary)))
    first_page = " ".join(pdf.pages[0].extract_text().split())
    chosen = f"Your chosen payment, Option E: {e} a month; after your death {survivor} a month"
    assert chosen in first_page
    assert f"Unmodified (straight) benefit, for reference: {unmodified} a month." in first_page
    text = summary_text("sample", summary)
    assert any(line.startswith(f"  {chosen}") for line in text.splitlines())


def test_the_star_marks_the_real_date_at_the_headline_amount_above_the_cap_squares(window: MainWindow) -> None:
    summary = window.session.summary
    assert summary is not None and summary.curve is not None
    result = summary.estimate
    plot = window.view.results.plot
    assert plot is not None
    xs, ys = plot.chosen.getData()  # type: ignore[attr-defined]
    assert list(xs) == [float(result.age.exact_years)] and xs[0] != result.age.completed_years
    assert list(ys) == [float(to_cents(result.chosen_monthly or 0))]
    assert ys[0] != summary.curve.value_at(result.age.completed_years)  # not the birthday's unmodified value
    assert plot.chosen.zValue() > plot.capped.zValue()  # type: ignore[attr-defined]


def test_no_past_date_is_offered_and_a_typed_one_is_called_past(window: MainWindow) -> None:
    today = date.today()
    summary = window.session.summary
    assert summary is not None and summary.curve is not None and summary.ages is not None
    assert min(summary.curve.dates) >= today
    window.session.draft.retirement_date = "2020-01-01"
    window.view.recompute()
    past = window.session.summary
    assert past is not None and past.steps.retirement_mark == "⚠"
    assert past.headline_detail.startswith("Past date: January 1, 2020 is before today")
    window.view.show_step(StepKey.RETIREMENT)
    status = window.view.pages["retirement"].status.text()  # type: ignore[attr-defined]
    assert status.startswith("⚠ Past date: January 1, 2020") and "✓" not in status
    assert past.curve is not None and min(past.curve.dates) >= today


def test_compare_gives_each_scenario_s_survivor_and_the_difference_right_aligned(window: MainWindow) -> None:
    assert window.session.duplicate()
    window.session.draft.retirement_date = "2033-04-12"
    window.view.recompute()
    window.view.show_step(StepKey.RESULTS)
    table = window.view.results.compare
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    first, second = (window.session.everyone()[i][1] for i in (0, 1))
    assert first is not None and second is not None
    e_survivor = rows["Option E: after your death, your spouse or partner gets a month"]
    for column, result in ((1, first), (2, second)):
        option_e = result.option("E")
        assert option_e is not None and option_e.survivor_monthly is not None
        assert table.item(e_survivor, column).text() == f"${to_cents(option_e.survivor_monthly):,.2f}"
    delta = to_cents(second.chosen_monthly or 0) - to_cents(first.chosen_monthly or 0)
    difference = rows["Chosen option a month, compared with the first scenario"]
    assert table.item(difference, 2).text() == f"+${delta:,.2f}"
    assert table.horizontalHeaderItem(2).text() == "Retire at 65, Option E"
    for r in range(table.rowCount()):
        for c in (1, 2):
            assert table.item(r, c).textAlignment() & Qt.AlignmentFlag.AlignRight, (r, c)
