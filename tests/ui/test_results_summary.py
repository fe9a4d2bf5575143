"""The results view and the PDF read the summary the window built: the same headline, option rows and
age rows, and the chart of the curve the window already has (no second sweep)."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.present.curve import Curve
from scers_desktop.report import estimate_pdf
from scers_desktop.report import pdf as report_pdf
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.main_window import MainWindow
from tests.helpers import CASE_FILES


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(win)
    return win


@pytest.mark.parametrize("case", [sample_case(), CASE_FILES / "every_field.scers.json"], ids=["service", "disability"])
def test_the_screen_shows_the_summary(window: MainWindow, case: Path) -> None:
    assert window.open_path(case)
    window.view.show_step(StepKey.RESULTS)
    summary = window.session.summary
    view = window.view.results
    assert summary is not None and view.summary is summary
    assert summary.made_on == date.today()
    assert view.headline.text() == summary.headline
    assert view.subline.text() == summary.headline_detail
    assert cells(view.options) == [[o.name, o.member, o.survivor, o.note] for o in summary.options.standard]
    assert cells(view.combined) == [[o.name, o.member, o.survivor, o.note] for o in summary.options.combined]
    assert view.meaning.text() == summary.options.meaning
    assert summary.ages is not None
    assert cells(view.age_table) == [list(row) for row in summary.ages.rows]
    assert cells(view.cola) == [list(row) for row in summary.cola]
    assert cells(view.why) == [list(row) for row in summary.why]
    assert view.notes.toPlainText() == summary.things_to_know
    if summary.net_pay is not None:
        assert summary.net_pay.sentence in view.money.text()
    assert view.plot is not None and view.plot.curve is window.session.evaluation.curve  # type: ignore[attr-defined]


def test_the_pdf_charts_the_window_s_curve_without_sweeping_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(sample_case())
    summary = window.session.printable_summary()
    assert summary is not None and summary.curve is window.session.evaluation.curve

    def no_sweep(*args: object, **kwargs: object) -> None:
        raise AssertionError("the PDF must not sweep again")

    for where in (
        "scers_desktop.engine.sweep",
        "scers_desktop.engine.sweeps.sweep",
        "scers_desktop.present.curve.sweep",
    ):
        monkeypatch.setattr(where, no_sweep)
    charted: list[Curve] = []
    draw = report_pdf._chart

    def spy(curve: Curve, width: float, fonts: tuple[str, str]) -> object:
        charted.append(curve)
        return draw(curve, width, fonts)

    monkeypatch.setattr(report_pdf, "_chart", spy)
    assert estimate_pdf(summary).startswith(b"%PDF-")
    # The same series, from the first birthday on or after the day it is made on (issue 14).
    assert charted == [window.session.evaluation.curve]


def test_the_steps_and_the_status_line_show_the_summary_s_step_notes(window: MainWindow) -> None:
    assert window.open_path(sample_case())
    summary = window.session.summary
    assert summary is not None
    steps = summary.steps
    assert window.view.pages["service"].total.text() == steps.service  # type: ignore[attr-defined]
    assert window.view.pages["leaves"].effect.text() == steps.leaves  # type: ignore[attr-defined]
    assert window.view.pages["buybacks"].decision.text() == steps.purchases  # type: ignore[attr-defined]
    assert window.view.pages["salary"].fas.text() == steps.salary  # type: ignore[attr-defined]
    assert window.view.pages["retirement"].status.text().endswith(steps.retirement)  # type: ignore[attr-defined]
    assert window.view.summary.text() == steps.so_far
    assert steps.salary.startswith("Final average salary: $8,001.16 a month (your highest 24 months in a row")
