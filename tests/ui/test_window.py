"""The app driven like a user: type a case, read the estimate, click the plot, save, reopen, compare."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scers_desktop.app import main, sample_case
from scers_desktop.engine import estimate, load_scenario, parse_scenario
from scers_desktop.present.text import format_dollars
from scers_desktop.session.draft import draft_from_scenario
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.fields import RowTable
from scers_desktop.ui.main_window import MainWindow
from scers_desktop.ui.pages import Page
from tests.helpers import TODAY

CASES = Path(__file__).parent.parent / "cases"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(win)
    win.show()
    return win


def line(page: Page, key: str) -> QLineEdit:
    editor = page.form.editors[key]  # type: ignore[attr-defined]
    assert isinstance(editor, QLineEdit)
    return editor


def type_into(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def choose(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def type_cell(qtbot: QtBot, rows: RowTable, row: int, column: int, text: str) -> None:
    table = rows.table
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the table announces the edit once the editor has closed and committed


def cell_choice(rows: RowTable, row: int, column: int, value: str) -> None:
    box = rows.table.cellWidget(row, column)
    assert isinstance(box, QComboBox)
    choose(box, value)


def next_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.view.next_button, Qt.MouseButton.LeftButton)


def test_a_member_types_a_case_and_gets_the_engines_numbers(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    about = window.view.pages["about"]
    type_into(qtbot, line(about, "birth_date"), "1968-04-12")
    choose(about.plan, "1")  # type: ignore[attr-defined]
    next_page(qtbot, window)
    assert window.session.step == StepKey.SERVICE
    service = window.view.pages["service"].table  # type: ignore[attr-defined]
    type_cell(qtbot, service, 0, 0, "1996-09-03")
    type_cell(qtbot, service, 0, 1, "2001-04-30")
    qtbot.mouseClick(service.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, service, 1, 0, "2003-01-06")
    type_cell(qtbot, service, 1, 2, "80")  # part time
    next_page(qtbot, window)
    leaves = window.view.pages["leaves"].table  # type: ignore[attr-defined]
    qtbot.mouseClick(leaves.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, leaves, 0, 0, "2004-02-01")
    type_cell(qtbot, leaves, 0, 1, "2004-05-31")
    cell_choice(leaves, 0, 2, "unpaid")
    next_page(qtbot, window)
    buybacks = window.view.pages["buybacks"].table  # type: ignore[attr-defined]
    qtbot.mouseClick(buybacks.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, buybacks, 0, 1, "4.66")
    type_cell(qtbot, buybacks, 0, 2, "8400")
    type_cell(qtbot, buybacks, 0, 3, "2001-05-01")
    type_cell(qtbot, buybacks, 0, 4, "2027-01-15")
    next_page(qtbot, window)
    salary = window.view.pages["salary"]
    type_cell(qtbot, salary.table, 0, 0, "1996-09-03")  # type: ignore[attr-defined]
    type_cell(qtbot, salary.table, 0, 1, "$3,100")  # type: ignore[attr-defined]
    qtbot.mouseClick(salary.table.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    type_cell(qtbot, salary.table, 1, 0, "2024-01-01")  # type: ignore[attr-defined]
    type_cell(qtbot, salary.table, 1, 1, "7100")  # type: ignore[attr-defined]
    next_page(qtbot, window)
    beneficiary = window.view.pages["beneficiary"]
    choose(beneficiary.relationship, "spouse")  # type: ignore[attr-defined]
    type_into(qtbot, line(beneficiary, "beneficiary_birth_date"), "1970-01-20")
    next_page(qtbot, window)
    statement = window.view.pages["statement"]
    type_into(qtbot, line(statement, "balance"), "142000")
    type_into(qtbot, line(statement, "balance_as_of"), "2025-12-31")
    next_page(qtbot, window)
    type_into(qtbot, line(window.view.pages["retirement"], "retirement_date"), "2030-05-01")
    next_page(qtbot, window)
    assert window.session.step == StepKey.RESULTS

    expected = estimate(
        parse_scenario(
            {
                "format": "scers-scenario/1",
                "member": {"birth_date": "1968-04-12", "plan": "1"},
                "retirement": {"date": "2030-05-01"},
                "employment": [
                    {"start": "1996-09-03", "end": "2001-04-30", "fte": 1},
                    {"start": "2003-01-06", "end": None, "fte": 0.8},
                ],
                "leaves": [{"start": "2004-02-01", "end": "2004-05-31", "kind": "unpaid", "purchased": False}],
                "purchases": [
                    {"kind": "redeposit", "service_years": 4.66, "withdrawn_amount": 8400,
                     "withdrawal_date": "2001-05-01", "repaid_date": "2027-01-15"}
                ],
                "salary": {
                    "history": [{"from": "1996-09-03", "monthly": 3100}, {"from": "2024-01-01", "monthly": 7100}]
                },
                "contributions": {"balance": 142000, "as_of": "2025-12-31"},
                "beneficiary": {"birth_date": "1970-01-20", "relationship": "spouse"},
            }, today=TODAY
        ), as_of=TODAY
    )  # fmt: skip
    assert expected.unmodified_monthly is not None
    assert window.view.results.headline.text() == f"{format_dollars(expected.unmodified_monthly)} a month"
    options = window.view.results.options
    e_row = [options.item(r, 0).text() for r in range(options.rowCount())].index("E: all to spouse/partner")
    option_e = expected.option("E")
    assert option_e is not None and option_e.member_monthly is not None
    assert window.view.results.options.item(e_row, 1).text() == format_dollars(option_e.member_monthly)

    # Choose Option E, then retire at 63 by clicking that point of the plot.
    window.view.results.options.selectRow(e_row)
    assert window.session.draft.selected_option == "E"
    window.view.results.tabs.setCurrentIndex(1)
    plot = window.view.results.plot
    assert plot is not None
    widget = plot.widget  # type: ignore[attr-defined]
    value = plot.curve.value_at(63)  # type: ignore[attr-defined]
    scene_point = plot.plot.vb.mapViewToScene(QPointF(63, value))  # type: ignore[attr-defined]
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.mapFromScene(scene_point))
    assert window.session.draft.retirement_date == "2031-04-12"
    assert window.session.estimate is not None and window.session.estimate.age.completed_years == 63

    # Save, reopen in a fresh window, and compare with a duplicate retiring at 65.
    target = tmp_path / "pat.scers.json"
    QFileDialog.getSaveFileName = lambda *a, **k: (str(target), "")  # type: ignore[method-assign]
    assert window.save()
    saved = load_scenario(target, today=TODAY)
    assert saved.selected_option == "E"
    assert not window.session.slot.dirty
    reopened = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(reopened)
    assert reopened.open_path(target)
    assert reopened.session.scenario == saved
    reopened.duplicate_scenario()
    reopened.view.retire_at_age(65)
    compare = reopened.view.results.compare
    assert compare.columnCount() == 3
    ages = [compare.item(1, c).text() for c in (1, 2)]
    assert ages == ["63", "65"]
    last = compare.rowCount() - 1
    assert compare.item(last, 0).text() == "Later start catches up with the first by age"
    # Already at the 60% cap at 63, retiring at 65 adds only two years of raises: it never catches up.
    assert compare.item(last, 2).text() == "not within 30 years"


def test_reaching_the_retirement_step_fills_in_the_earliest_date(qtbot: QtBot, window: MainWindow) -> None:
    case = CASES / "scenarios" / "handbook_plan2_example3.scers.json"
    window.session.show_case(draft_from_scenario(load_scenario(case, today=TODAY)))
    window.session.draft.retirement_date = ""
    window.view.bind_current()
    window.view.show_step(StepKey.RETIREMENT)
    assert window.session.draft.retirement_date != ""
    assert window.session.estimate is not None and window.session.estimate.eligible
    page = window.view.pages["retirement"]
    assert "earliest date you could retire" in page.status.text()  # type: ignore[attr-defined]
    window.session.draft.retirement_date = "2040-01-01"
    window.view.use_earliest_date()  # the button: back to the earliest date, which is not in the past
    assert window.session.draft.retirement_date >= date.today().isoformat()


def test_each_page_shows_its_problems_in_words(qtbot: QtBot, window: MainWindow) -> None:
    about = window.view.pages["about"]
    type_into(qtbot, line(about, "birth_date"), "1968-02-30")
    problem = about.form.problem_labels["member.birth_date"]  # type: ignore[attr-defined]
    assert not problem.isVisible()  # not while typing
    qtbot.keyClick(line(about, "birth_date"), Qt.Key.Key_Tab)  # leaving the field shows its problem
    assert problem.isVisible()
    assert problem.text().startswith("⚠ ")
    assert "not a real date" in problem.text()
    window.view.show_step(StepKey.SERVICE)
    service = window.view.pages["service"].table  # type: ignore[attr-defined]
    type_cell(qtbot, service, 0, 0, "2000-01-01")
    type_cell(qtbot, service, 0, 2, "150")
    assert "Row 1, Percent of full time: Enter the percent of full time" in service.problems.text()
    steps = [window.view.steps.item(i).text() for i in range(window.view.steps.count())]
    assert any(s.startswith("1. About you  ⚠") for s in steps)
    assert window.session.draft.birth_date == "1968-02-30"  # what was typed is kept


def test_a_bad_file_is_explained_and_the_current_work_is_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_into(qtbot, line(window.view.pages["about"], "birth_date"), "1970-01-01")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not window.open_path(CASES / "broken" / "newer_format.json")
    assert "newer version" in shown[0]
    assert "current work is unchanged" in shown[0]
    assert window.session.draft.birth_date == "1970-01-01"


def test_every_unsaved_scenario_is_recovered_after_a_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(first)
    assert first.open_path(sample_case())
    first.duplicate_scenario()
    type_into(qtbot, line(first.view.pages["about"], "label"), "Retire at 60")
    first.tabs.setCurrentIndex(0)
    type_into(qtbot, line(first.view.pages["about"], "birth_date"), "1961-06-0")
    # The copy is written by the window's own timer, within two seconds of the last key.
    recovery = tmp_path / "unsaved-work.json"
    qtbot.waitUntil(lambda: recovery.exists() and "1961-06-0" in recovery.read_text(), timeout=2000)
    first.save_timer.stop()  # the crash: the first window never closes
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    second = MainWindow(tmp_path, recover=True)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: len(second.session.slots) == 2)
    assert [slot.draft.birth_date for slot in second.session.slots] == [
        "1961-06-0",
        first.session.slots[1].draft.birth_date,
    ]
    assert second.session.slots[1].draft.label == "Retire at 60"
    assert second.session.slots[0].path == sample_case()
    assert [second.tabs.tabText(i) for i in range(second.tabs.count())] == [
        "Sample member: retire at 62 *",
        "Retire at 60 *",
    ]


def test_saving_one_scenario_keeps_the_others_recovery(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(window)
    assert window.open_path(sample_case())
    window.duplicate_scenario()
    type_into(qtbot, line(window.view.pages["about"], "label"), "Retire at 60")
    window.tabs.setCurrentIndex(0)
    type_into(qtbot, line(window.view.pages["about"], "name"), "Pat")
    window._keep_recovery()  # the timer's job, done at once
    assert window._write(tmp_path / "pat.scers.json")
    pending = window.session.recovery.pending()  # type: ignore[union-attr]
    assert [draft.label for draft, _ in pending] == ["Retire at 60"]
    window.tabs.setCurrentIndex(1)
    assert window._write(tmp_path / "sixty.scers.json")
    assert not (tmp_path / "appdata" / "unsaved-work.json").exists()


def test_a_window_that_did_not_offer_the_recovery_never_deletes_it(qtbot: QtBot, tmp_path: Path) -> None:
    crashed = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(crashed)
    type_into(qtbot, line(crashed.view.pages["about"], "birth_date"), "1961-06-0")
    crashed._keep_recovery()
    crashed.save_timer.stop()
    snapshot = MainWindow(tmp_path, recover=False)  # e.g. scers-desktop --snapshot
    qtbot.addWidget(snapshot)
    assert snapshot.open_path(sample_case())
    snapshot._keep_recovery()
    assert "1961-06-0" in (tmp_path / "unsaved-work.json").read_text()


def test_the_options_table_says_what_is_missing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "quick.scers.json"
    path.write_text(json.dumps({
        "format": "scers-scenario/1", "member": {"birth_date": "1968-07-01", "plan": "1"},
        "retirement": {"date": "2030-07-01"}, "quick": {"service_years": 25, "final_average_salary_monthly": 6000},
    }))  # fmt: skip
    assert window.open_path(path)
    texts = {window.view.results.options.item(r, 0).text(): window.view.results.options.item(r, 3).text()
             for r in range(window.view.results.options.rowCount())}  # fmt: skip
    assert "contribution balance" in texts["A: cash refund"]
    assert "spouse" in texts["E: all to spouse/partner"]
    assert window.view.results.headline.text() == "$3,000.00 a month"


def test_every_field_has_an_accessible_name(window: MainWindow) -> None:
    for page in window.view.pages.values():
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox) and widget.isVisibleTo(page) and widget.parent() is not None:
                if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                    continue  # the inner editor of a composite control, which carries the name
                assert widget.accessibleName(), f"{page.step.key}: {widget!r}"


def test_text_size_and_high_contrast_restyle_only_their_window(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    other = MainWindow(None, recover=False)
    qtbot.addWidget(other)
    app_sheet = app.styleSheet()
    window.comfort.set_text_size(150)
    assert window.font().pointSizeF() == pytest.approx(16.5)
    assert window.view.pages["about"].font().pointSizeF() == pytest.approx(16.5)
    window.comfort.toggle_contrast()
    assert window.palette().window().color().name() == "#000000"
    assert other.palette().window().color().name() != "#000000"
    assert other.view.pages["about"].font().pointSizeF() == pytest.approx(11)
    assert app.styleSheet() == app_sheet
    window.comfort.toggle_contrast()
    window.comfort.set_text_size(100)


def test_snapshot_renders_every_page(tmp_path: Path) -> None:
    assert main(["--snapshot", str(tmp_path / "shots")]) == 0
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert names[0] == "01-about.png"
    assert "09-results-options.png" in names
    assert len(names) == 13
    assert load_scenario(sample_case(), today=TODAY).selected_option == "E"


def test_the_sample_case_estimate_matches_the_engine(window: MainWindow) -> None:
    assert window.open_path(sample_case())
    result = estimate(load_scenario(sample_case(), today=TODAY), as_of=TODAY)
    assert window.session.estimate is not None
    assert window.session.estimate.unmodified_monthly == result.unmodified_monthly
    assert (
        window.session.estimate.unmodified_monthly is not None
        and window.session.estimate.unmodified_monthly > Decimal(4000)
    )


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the offscreen menu popup
def test_a_right_click_on_the_plot_leaves_the_retirement_date(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_path(sample_case())
    window.view.results.tabs.setCurrentIndex(1)
    plot = window.view.results.plot
    assert plot is not None
    widget = plot.widget  # type: ignore[attr-defined]
    scene_point = plot.plot.vb.mapViewToScene(QPointF(64, plot.curve.value_at(64)))  # type: ignore[attr-defined]
    before = window.session.draft.retirement_date
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.RightButton, pos=widget.mapFromScene(scene_point))
    for menu in QApplication.topLevelWidgets():  # the desktop keeps pyqtgraph's menu (with Export…)
        if isinstance(menu, QMenu):
            menu.close()
    assert window.session.draft.retirement_date == before


def test_a_case_label_in_a_message_box_is_words_not_a_link(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Cancel
    )
    window.session.draft.label = '<a href="file:///etc">open me</a><img src="/etc/x.png">'
    assert not window._may_discard(window.session.slot)
    assert "<a " not in asked[0] and "<img" not in asked[0]
    assert "&lt;a href=" in asked[0]
