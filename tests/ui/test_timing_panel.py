"""The "Dates worth knowing" panel on the results and the retirement step, and the chart by month."""

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from scers_desktop.engine.option_factor_table import load_option_factors
from scers_desktop.engine.timing import timing
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.main_window import MainWindow

#: Plan 1 at 58 with 15 years (quick), as in tests/engine/test_timing.py: each birthday moves the factor.
CASE = {
    "format": "scers-scenario/1",
    "member": {"birth_date": "1972-03-14", "plan": "1"},
    "retirement": {"date": "2031-02-01"},
    "quick": {"service_years": 15, "final_average_salary_monthly": 3000},
}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(win)
    path = tmp_path / "timing.scers.json"
    path.write_text(json.dumps(CASE))
    assert win.open_path(path)
    win.show()
    return win


def test_the_results_panel_names_the_next_birthday_and_takes_a_clicked_date(window: MainWindow, qtbot: QtBot) -> None:
    window.view.show_step(StepKey.RESULTS)
    view = window.view.results
    view.tabs.setCurrentIndex(
        next(i for i in range(view.tabs.count()) if view.tabs.widget(i).isAncestorOf(view.timing))
    )
    qtbot.waitUntil(lambda: view.timing.shown is not None)
    assert view.timing.near.text().startswith("Waiting until March 14, 2031 (41 days later) adds $32.53 a month")
    assert [b.text() for b in view.timing.buttons][:2] == ["March 14, 2031", "March 14, 2032"]
    view.timing.buttons[0].click()
    assert window.session.draft.retirement_date == "2031-03-14"
    assert window.session.estimate is not None and str(window.session.estimate.retirement_date) == "2031-03-14"


def test_the_retirement_step_shows_the_panel(window: MainWindow, qtbot: QtBot) -> None:
    window.view.show_step(StepKey.RETIREMENT)
    panel = window.view.retirement_page.timing
    qtbot.waitUntil(lambda: panel.shown is not None)
    assert "Waiting until March 14, 2031" in panel.near.text()


def test_the_chart_switches_to_months_with_the_cliffs_marked(window: MainWindow, qtbot: QtBot) -> None:
    window.view.show_step(StepKey.RESULTS)
    view = window.view.results
    view.tabs.setCurrentIndex(1)
    view.months.setChecked(True)
    plot = view.plot
    assert plot is not None
    xs, _ = plot.months.getData()  # type: ignore[attr-defined]
    assert len(xs) > 200  # each first of the month from 58 to 75
    marks, _ = plot.cliffs.getData()  # type: ignore[attr-defined]
    # eligible at 57 (10 years, from 2029-03-14), birthdays 58 to 63, 20 years, the cap at 30 years
    assert len(marks) == 9 and not plot.unmodified.isVisible()  # type: ignore[attr-defined]
    view.months.setChecked(False)
    assert plot.unmodified.isVisible()  # type: ignore[attr-defined]


def test_the_panel_prices_the_option_from_the_installed_factor_table(qtbot: QtBot, tmp_path: Path) -> None:
    table = load_option_factors(Path(__file__).resolve().parents[2] / "resources" / "option-factors.EXAMPLE.csv")
    win = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(win)
    win.session.set_option_factors(table)
    path = tmp_path / "c10.scers.json"
    path.write_text(json.dumps({**CASE, "selected_option": "C10"}))
    assert win.open_path(path)
    win.show()
    win.view.show_step(StepKey.RETIREMENT)
    panel = win.view.retirement_page.timing
    qtbot.waitUntil(lambda: panel.shown is not None)
    assert panel.shown is not None and win.session.estimate is not None
    scenario = win.session.estimate.scenario
    assert panel.shown.points == timing(scenario, as_of=win.session.today(), option_factors=table).points
    assert panel.shown.points != timing(scenario, as_of=win.session.today()).points
