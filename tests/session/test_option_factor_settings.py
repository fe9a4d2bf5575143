"""The option-factor table in the kiosk file and the desktop app's remembered choice (issue 15)."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from scers_desktop.engine.option_factor_table import load_option_factors
from scers_desktop.session.controller import Session
from scers_desktop.session.factor_choice import FactorTableChoice
from scers_desktop.session.kiosk import KioskConfigError, load_config
from tests.session.drafts import valid_draft

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_TABLE = ROOT / "resources" / "option-factors.EXAMPLE.csv"


def test_the_kiosk_file_names_a_table_relative_to_itself(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE_TABLE, tmp_path / "factors.csv")
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('option_factors = "factors.csv"\n', encoding="utf-8")
    table = load_config(config_file).option_factors
    assert table is not None and table.name == "factors.csv" and "C10" in table.codes


def test_a_bad_table_in_the_kiosk_file_stops_the_start_naming_the_line(tmp_path: Path) -> None:
    (tmp_path / "factors.csv").write_text("option,member_age,beneficiary_age,factor\nE,62,,0.9\n", encoding="utf-8")
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('option_factors = "factors.csv"\n', encoding="utf-8")
    with pytest.raises(KioskConfigError, match=r"option_factors: factors.csv line 2, column beneficiary_age"):
        load_config(config_file)


def test_the_kiosk_factor_table_must_be_a_path(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text("option_factors = 3\n", encoding="utf-8")
    with pytest.raises(KioskConfigError, match="option_factors must be a quoted path"):
        load_config(config_file)


def test_the_desktop_choice_is_remembered_and_read_again(tmp_path: Path) -> None:
    choice = FactorTableChoice(tmp_path / "data")
    assert choice.load() == (None, None)
    choice.remember(EXAMPLE_TABLE)
    table, problem = FactorTableChoice(tmp_path / "data").load()
    assert problem is None and table is not None and table.name == EXAMPLE_TABLE.name
    choice.remember(None)
    assert choice.load() == (None, None)


def test_a_remembered_table_that_has_gone_is_reported_not_used(tmp_path: Path) -> None:
    gone = tmp_path / "gone.csv"
    shutil.copy(EXAMPLE_TABLE, gone)
    choice = FactorTableChoice(tmp_path)
    choice.remember(gone)
    gone.unlink()
    table, problem = choice.load()
    assert table is None and problem is not None and "gone.csv: cannot be read" in problem


def test_the_session_estimates_again_with_the_table_it_is_given() -> None:
    session = Session(lambda: date(2026, 6, 1))
    session.slot.draft = valid_draft()
    session.refresh()
    before = session.evaluation.estimate
    assert before is not None and before.option_factors is None
    session.set_option_factors(load_option_factors(EXAMPLE_TABLE))
    session.refresh()
    after = session.evaluation.estimate
    assert after is not None and after.option_factors is not None
    assert session.evaluation.summary is not None
    assert any("EXAMPLE ONLY" in w for w in session.evaluation.summary.warnings)
