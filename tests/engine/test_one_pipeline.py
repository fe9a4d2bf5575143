"""The sweep and the estimate are one computation: at every whole age the curve's point is what
``estimate`` gives for a benefit starting on that birthday, for each kind of estimate (issue 13: the
sweep once ignored ``estimate_type`` and showed a disability case as "not eligible" where its
disability pension starts)."""

from dataclasses import replace
from pathlib import Path

import pytest

from scers_desktop.engine import Estimate, EstimateType, Scenario, estimate, load_scenario, sweep
from scers_desktop.engine.model import Retirement
from tests.helpers import TODAY

CASES = Path(__file__).parent.parent / "cases"
AGES = range(45, 76)


def _estimate_on(scenario: Scenario, day: object) -> Estimate:
    return estimate(replace(scenario, retirement=Retirement(day, scenario.retirement.separation_date)), as_of=TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("case", "kind"),
    [
        ("kinds/disability_plan2.scers.json", EstimateType.DISABILITY),
        ("scenarios/every_field.scers.json", EstimateType.DISABILITY),
        ("kinds/death_spouse.scers.json", EstimateType.DEATH_BEFORE_RETIREMENT),
        ("scenarios/full_member.scers.json", EstimateType.SERVICE),
        ("kinds/purchase_unpaid.scers.json", EstimateType.SERVICE),
    ],
)
def test_the_sweep_equals_the_estimate_at_each_age(case: str, kind: EstimateType) -> None:
    scenario = load_scenario(CASES / case, today=TODAY)
    assert scenario.estimate_type is kind
    points = sweep(scenario, AGES)
    assert any(p.eligible for p in points)
    for point in points:
        at = _estimate_on(scenario, point.retirement_date)
        assert point.eligible == at.eligible, point.age
        assert point.unmodified_monthly == at.unmodified_monthly, point.age
        assert point.service_years == at.service.total_years, point.age
        assert point.fas_monthly == (at.fas.monthly if at.fas else None), point.age
        if at.eligible and at.factor is not None:
            assert point.factor_percent == at.factor.factor_percent, point.age
        if scenario.selected_option and at.eligible and kind is not EstimateType.DEATH_BEFORE_RETIREMENT:
            chosen = at.option(scenario.selected_option)
            assert point.option_monthly == (chosen.member_monthly if chosen else None), point.age


def test_a_disability_curve_shows_the_disability_pension() -> None:
    scenario = load_scenario(CASES / "kinds" / "disability_plan2.scers.json", today=TODAY)
    at_55 = next(p for p in sweep(scenario, [55]))
    assert at_55.eligible  # a service retirement at 55 with 13 years of Plan 2 service is not payable
    assert at_55.unmodified_monthly == _estimate_on(scenario, at_55.retirement_date).disability.monthly  # type: ignore[union-attr]
