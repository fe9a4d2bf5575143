"""The wizard's forms as a person meets them: a problem shows once they have left the field, chosen in it or
pressed Next, never on a field not yet filled in; what they typed is kept and quoted as typed (issue 14)."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.fields import ProblemLabel, RowTable
from scers_desktop.ui.last_folder import LastFolder
from scers_desktop.ui.main_window import MainWindow
from tests.ui.test_window import choose, line, type_cell, type_into


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.view.computed)
    return win


def shown(label: ProblemLabel) -> str:
    """The problem text shown under a field or a table ('' when hidden), on screen or not."""
    return "" if label.isHidden() else label.text()


def problem(window: MainWindow, key: StepKey, path: str) -> str:
    return shown(window.view.pages[key].form.problem_labels[path])  # type: ignore[attr-defined]


def leaves(window: MainWindow) -> RowTable:
    table = window.view.pages[StepKey.LEAVES].table  # type: ignore[attr-defined]
    assert isinstance(table, RowTable)
    return table


def test_a_new_case_shows_no_problem_before_anything_is_typed(window: MainWindow) -> None:
    about = window.view.pages[StepKey.ABOUT]
    assert not any(shown(label) for label in about.form.problem_labels.values())  # type: ignore[attr-defined]
    window.view.show_step(StepKey.LEAVES)
    leaves(window).add_row()
    window.view.recompute()
    assert shown(leaves(window).problems) == ""  # not "Row 1, Start: '' is not a real date"


def test_choosing_spouse_does_not_say_their_birth_date_is_required(window: MainWindow) -> None:
    window.view.show_step(StepKey.BENEFICIARY)
    page = window.view.pages[StepKey.BENEFICIARY]
    choose(page.relationship, "spouse")  # type: ignore[attr-defined]
    assert window.session.draft.relationship == "spouse"
    assert problem(window, StepKey.BENEFICIARY, "beneficiary.birth_date") == ""
    window.view.go(1)  # Next: the page's problems show when the person comes back
    assert problem(window, StepKey.BENEFICIARY, "beneficiary.birth_date") == "⚠ Is required"
    assert "⚠ 1 to fix" in window.view.steps.item(5).text()


def test_tabbing_through_empty_fields_says_nothing(qtbot: QtBot, window: MainWindow) -> None:
    birth = line(window.view.pages[StepKey.ABOUT], "birth_date")
    birth.setFocus()
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert problem(window, StepKey.ABOUT, "member.birth_date") == ""  # nothing typed yet


def test_a_field_shows_its_problem_once_left_and_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    birth = line(window.view.pages[StepKey.ABOUT], "birth_date")
    type_into(qtbot, birth, "13/45/20")
    assert problem(window, StepKey.ABOUT, "member.birth_date") == ""  # typing is not yet an answer
    assert problem(window, StepKey.ABOUT, "member.membership_date") == ""
    qtbot.keyClicks(birth, "20")
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert problem(window, StepKey.ABOUT, "member.birth_date") == "⚠ '13/45/2020' is not a real date"
    assert problem(window, StepKey.ABOUT, "member.plan") == ""  # not left yet: no word about it
    assert birth.text() == window.session.draft.birth_date == "13/45/2020"
    type_into(qtbot, birth, "4/12/1968")  # once shown, the problem follows the typing
    assert problem(window, StepKey.ABOUT, "member.birth_date") == ""


def test_a_table_shows_the_problems_of_the_cells_edited_then_all_after_next(qtbot: QtBot, window: MainWindow) -> None:
    window.view.show_step(StepKey.LEAVES)
    table = leaves(window)
    table.add_row()
    type_cell(qtbot, table, 0, 0, "2020-13-01")
    qtbot.waitUntil(lambda: "not a real date" in shown(table.problems))
    text = shown(table.problems)
    assert "Row 1, Start: '2020-13-01' is not a real date" in text
    assert "End" not in text  # the end is not filled in yet
    assert window.session.draft.leaves[0].start == "2020-13-01"
    window.view.go(1)
    assert "Row 1, End: is required" in shown(table.problems)


def test_a_new_row_after_an_edited_one_starts_quiet(qtbot: QtBot, window: MainWindow) -> None:
    window.view.show_step(StepKey.LEAVES)
    table = leaves(window)
    table.add_row()
    type_cell(qtbot, table, 0, 0, "2020-13-01")
    table.table.setCurrentCell(0, 0)
    table.remove_row()
    table.add_row()
    assert shown(table.problems) == ""


def test_an_opened_case_shows_its_problems_at_once(window: MainWindow) -> None:
    assert window.open_path(sample_case())
    window.session.draft.birth_date = "1968-02-30"  # as if the file's date were edited elsewhere
    window.view.bind_current()
    assert "not a real date" in problem(window, StepKey.ABOUT, "member.birth_date")


def test_another_scenario_starts_with_its_own_touched_fields(qtbot: QtBot, window: MainWindow) -> None:
    birth = line(window.view.pages[StepKey.ABOUT], "birth_date")
    type_into(qtbot, birth, "1968-02-30")
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert problem(window, StepKey.ABOUT, "member.birth_date")
    window.new_case()
    assert problem(window, StepKey.ABOUT, "member.birth_date") == ""


def test_the_members_own_questions_come_first_and_counselor_tools_are_a_click_away(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.view.pages[StepKey.ABOUT].form  # type: ignore[attr-defined]
    order = sorted(form.editors, key=lambda key: form.grid.getItemPosition(form.grid.indexOf(form.editors[key]))[0])
    assert order[0] == "birth_date" and order[-1] == "label"  # the scenario name comes last
    # The first screen has no scenario tabs or buttons ...
    assert not window.tabs.isVisible()
    assert not window.duplicate_button.isVisible() and not window.remove_button.isVisible()
    # ... they are in the Scenario menu and at the top of Compare.
    scenario_menu = [a.text() for a in window.menus["&Scenario"].actions()]
    assert "&Duplicate to compare" in scenario_menu
    window.view.show_step(StepKey.RESULTS)
    results = window.view.results
    tabs = results.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "&Compare"))
    assert window.duplicate_button.isVisible() and not window.remove_button.isEnabled()
    window.duplicate_button.click()
    assert len(window.session.slots) == 2 and window.tabs.isVisible() and window.remove_button.isEnabled()
    window.remove_button.click()
    assert len(window.session.slots) == 1 and not window.tabs.isVisible()


def test_save_and_export_say_where_the_file_went_and_dialogs_start_in_the_last_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "appdata"
    window = MainWindow(data, recover=False)
    qtbot.addWidget(window)
    asked: list[str] = []  # the path each dialog was opened at
    cases = tmp_path / "cases"
    cases.mkdir()

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(cases / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert window.open_path(sample_case())
    assert window.save_as()
    saved = cases / "Sample-member:-retire-at-62.scers.json"
    assert asked[0] == str(sample_case().parent / saved.name)  # starts where the case was opened from
    assert window.statusBar().currentMessage() == f"Case saved to {saved}"
    window.export_pdf()
    assert asked[1] == str(cases / "Sample-member:-retire-at-62.pdf")  # where the case was just saved
    assert window.statusBar().currentMessage() == f"PDF saved to {cases / 'Sample-member:-retire-at-62.pdf'}"
    assert (cases / "Sample-member:-retire-at-62.pdf").stat().st_size > 0
    # The next window with the same data folder remembers it (in its own settings file, not the host's).
    assert (data / "settings.ini").exists()
    again = MainWindow(data, recover=False)
    qtbot.addWidget(again)
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start, _f: opened.append(start) or ("", ""))
    again.open_dialog()
    assert opened == [str(cases)]


def test_a_folder_since_removed_gives_way_to_home(tmp_path: Path) -> None:
    folder = LastFolder(tmp_path)
    gone = tmp_path / "gone"
    gone.mkdir()
    folder.used(gone / "case.scers.json")
    assert folder.folder() == gone
    gone.rmdir()
    assert LastFolder(tmp_path).folder() == Path.home()
    assert LastFolder(None).folder() == Path.home()


def test_the_reason_an_option_has_no_amount_is_shown_whole(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "quick.scers.json"
    path.write_text(json.dumps({
        "format": "scers-scenario/1", "member": {"birth_date": "1968-07-01", "plan": "1"},
        "retirement": {"date": "2030-07-01"}, "quick": {"service_years": 25, "final_average_salary_monthly": 6000},
    }))  # fmt: skip
    window.resize(900, 700)  # narrow: the reasons need more than one line
    assert window.open_path(path)
    qtbot.wait(10)
    table = window.view.results.options
    wrapped = 0
    for row in range(table.rowCount()):
        note = table.item(row, 3)
        cell = table.visualItemRect(note)
        needed = table.fontMetrics().boundingRect(
            QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, note.text()
        )
        assert needed.height() <= cell.height(), note.text()
        wrapped += needed.height() > table.fontMetrics().height()
    assert "This option needs your spouse's or registered domestic partner's birth date." in [
        table.item(r, 3).text() for r in range(table.rowCount())
    ]
    assert wrapped  # at this width a reason takes two lines or more, and its row is that tall
    # The small table of F and G combinations keeps one line a row; its reasons are said whole under it.
    results = window.view.results
    reasons = results.unpriced
    assert not reasons.isHidden() and reasons.wordWrap()
    unpriced = [results.combined.item(r, 0).text() for r in range(results.combined.rowCount())]
    assert unpriced and all(f"{name}: This option needs" in reasons.text() for name in unpriced)
    assert "Social Security estimate" in reasons.text()


def test_the_retirement_date_quotes_what_was_typed_once_left(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_path(sample_case())
    window.view.show_step(StepKey.RETIREMENT)
    date_field = line(window.view.pages[StepKey.RETIREMENT], "retirement_date")
    type_into(qtbot, date_field, "13/45/2030")
    qtbot.keyClick(date_field, Qt.Key.Key_Tab)
    assert problem(window, StepKey.RETIREMENT, "retirement.date") == "⚠ '13/45/2030' is not a real date"
    assert date_field.text() == "13/45/2030"
