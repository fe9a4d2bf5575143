"""The month-by-month series prices the chosen option as the estimate does (issue 18 with issue 15): from
SCERS's own option-factor table where it covers the ages, else the engine's approximate valuation."""

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from scers_desktop.cli import main
from scers_desktop.engine import Scenario, estimate, parse_scenario
from scers_desktop.engine.model import Retirement
from scers_desktop.engine.option_factor_table import load_option_factors
from scers_desktop.engine.timing import monthly_of, timing
from scers_desktop.session.timing import timing_for

ROOT = Path(__file__).resolve().parents[2]
TABLE = load_option_factors(ROOT / "resources" / "option-factors.EXAMPLE.csv")
SAMPLE = ROOT / "tests" / "cases" / "scenarios" / "full_member.scers.json"
TODAY = date(2026, 12, 1)


def _sample_with_e() -> Scenario:
    raw = json.loads(SAMPLE.read_text())
    raw["selected_option"] = "E"
    return parse_scenario(raw, today=TODAY)


def test_each_month_pays_the_estimates_option_e_from_the_table() -> None:
    scenario = _sample_with_e()
    found = timing(scenario, as_of=TODAY, option_factors=TABLE)
    plain = timing(scenario, as_of=TODAY)
    assert len(found.points) == len(plain.points) > 100
    for point, without in list(zip(found.points, plain.points, strict=True))[::23]:
        day = point.retirement_date
        at_day = replace(scenario, retirement=Retirement(day, scenario.retirement.separation_date))
        option = estimate(at_day, as_of=TODAY, option_factors=TABLE).option("E")
        assert option is not None and option.factor_source == "table"
        assert point.option_monthly == option.member_monthly
        assert point.option_monthly != without.option_monthly  # the table's factor, not the engine's
    for cliff in found.cliffs:
        on_day = next((p for p in found.points if p.retirement_date == cliff.day), None)
        assert on_day is None or cliff.monthly == monthly_of(on_day)


def test_the_kept_answer_is_for_the_table_it_was_asked_with() -> None:
    scenario = _sample_with_e()
    with_table = timing_for(scenario, TODAY, TABLE)
    without = timing_for(scenario, TODAY)
    assert with_table is not without and with_table.points != without.points
    assert timing_for(scenario, TODAY, TABLE) is with_table


def test_the_cli_timing_field_uses_the_option_factor_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.loads(SAMPLE.read_text())
    raw["selected_option"] = "E"
    case = tmp_path / "e.scers.json"
    case.write_text(json.dumps(raw))
    args = ["--json", "--timing", "--as-of", TODAY.isoformat()]
    assert main([*args, str(case)]) == 0
    plain = json.loads(capsys.readouterr().out)["timing"]
    assert main([*args, "--option-factors", str(ROOT / "resources" / "option-factors.EXAMPLE.csv"), str(case)]) == 0
    tabled = json.loads(capsys.readouterr().out)["timing"]
    expected = timing(parse_scenario(raw, today=TODAY), as_of=TODAY, option_factors=TABLE).cliffs
    assert [r["monthly"] for r in tabled] == [float(round(c.monthly, 2)) for c in expected]
    assert [r["monthly"] for r in tabled] != [r["monthly"] for r in plain]
