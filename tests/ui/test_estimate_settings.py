"""Scenario > Estimate settings (issue 15): the readings of the scenario on screen and the option factor
table of this computer, chosen in the app, reach the estimate; a bad table changes nothing."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.ui.main_window import MainWindow
from scers_desktop.ui.settings_dialog import NO_TABLE, EstimateSettingsDialog

EXAMPLE_TABLE = Path(__file__).resolve().parents[2] / "resources" / "option-factors.EXAMPLE.csv"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(win)
    assert win.open_path(sample_case())
    return win


def _dialog(window: MainWindow, qtbot: QtBot) -> EstimateSettingsDialog:
    dialog = EstimateSettingsDialog(window, window.session, window.factor_choice, window.view.recompute)
    qtbot.addWidget(dialog)
    return dialog


def test_a_reading_chosen_in_the_settings_reaches_the_estimate_and_the_case_file(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(window, qtbot)
    combo = dialog.combos["first_cola"]
    combo.setCurrentIndex(combo.findData("first_november"))
    assert window.session.draft.to_raw()["assumptions"]["first_cola"] == "first_november"
    summary = window.session.summary
    assert summary is not None
    assert any(r.startswith("First COLA: the first November after your benefit starts") for r in summary.readings)
    assert "first November after your benefit starts" in window.view.results.notes.toPlainText()


def test_a_table_chosen_is_used_remembered_and_said(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(window, qtbot)
    assert dialog.table_label.text() == NO_TABLE
    assert dialog.load_table(EXAMPLE_TABLE)
    assert "EXAMPLE ONLY" in dialog.table_label.text()
    summary = window.session.summary
    assert summary is not None and any("EXAMPLE ONLY" in w for w in summary.warnings)
    again = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(again)
    assert again.session.option_factors is not None and again.session.option_factors.name == EXAMPLE_TABLE.name


def test_a_bad_table_is_refused_with_its_line_and_nothing_changes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("option,member_age,beneficiary_age,factor\nC10,62,,2\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = _dialog(window, qtbot)
    assert not dialog.load_table(bad)
    assert shown and "bad.csv line 2, column factor" in shown[0] and "Nothing was changed" in shown[0]
    assert window.session.option_factors is None and dialog.table_label.text() == NO_TABLE
