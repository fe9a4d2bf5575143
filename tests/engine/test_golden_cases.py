"""Golden cases from the handbooks (tests/cases/*.toml), one test per printed cell or example."""

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.money import to_cents
from scers_desktop.present import messages
from tests.helpers import RETIREMENT, TODAY, birth_for_age

CASES = Path(__file__).parent.parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            params.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return params


def _scenario(case: dict[str, Any]) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth_for_age(case["age"]).isoformat(), "plan": case["plan"]},
        "retirement": {"date": RETIREMENT.isoformat()},
    }
    if "employment" in case:
        raw["employment"] = case["employment"]
        raw["salary"] = {"history": [{"from": case["employment"][0]["start"], "monthly": case["salary_monthly"]}]}
    else:
        raw["quick"] = {"service_years": case["service_years"], "final_average_salary_monthly": case["fas_monthly"]}
    return raw


@pytest.mark.parametrize("case", _cases())
def test_golden_case(case: dict[str, Any]) -> None:
    result = estimate(parse_scenario(_scenario(case), today=TODAY), as_of=TODAY)
    assert result.eligible is case["eligible"], messages.reason(result)
    if not case["eligible"]:
        assert result.unmodified_monthly is None
        assert messages.reason(result)
        return
    assert result.unmodified_monthly is not None
    assert to_cents(result.unmodified_monthly) == Decimal(case["unmodified_monthly"])
    if "factor_percent" in case:
        assert result.factor is not None
        assert result.factor.factor_percent == Decimal(case["factor_percent"])
    if "benefit_percent_of_fas" in case:
        assert result.formula is not None
        assert result.formula.percent_of_fas.quantize(Decimal("0.01")) == Decimal(case["benefit_percent_of_fas"])
    if "service_years_expected" in case:
        assert result.service.total_years == Decimal(case["service_years_expected"])


def test_every_source_table_has_its_cases() -> None:
    counts = {p.stem: len(tomllib.loads(p.read_text(encoding="utf-8"))["case"]) for p in CASES.glob("*.toml")}
    # 27 expanded rows x 14 ages; 27 x 11; the 2011 matrix's 265 printed cells.
    assert counts["appendix_a_plan1_2023"] == 378
    assert counts["appendix_b_plan2_2023"] == 297
    assert counts["percentages_plan1_2011"] == 265
