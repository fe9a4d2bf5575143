"""Eligibility dates, the Plan 2 table's printed anomaly, settings, and the benefit-by-age sweep."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from scers_desktop.engine import estimate, load_scenario, sweep
from scers_desktop.engine.model import Retirement
from scers_desktop.engine.money import to_cents
from scers_desktop.present import messages
from tests.engine.test_scenarios import SCENARIOS
from tests.helpers import TODAY, history_scenario, quick_scenario


def test_not_eligible_names_the_earliest_date_on_the_same_path() -> None:
    # Born 1968-04-12, full time since 2010-07-01: 20 years on 2030-07-01 (age 62) -> eligible then.
    scenario = history_scenario(
        employment=[{"start": "2010-07-01", "end": None, "fte": 1}],
        salary={"history": [{"from": "2010-07-01", "monthly": 6000}]},
        retirement={"date": "2024-07-01"},
    )
    result = estimate(scenario, as_of=TODAY)
    assert not result.eligible
    # 10 years of service is reached with the retirement date 2020-07-01 (separation the day before),
    # but age 57 only on 2025-04-12: the first eligible date.
    assert result.earliest_eligible_date == date(2025, 4, 12)
    assert "April 12, 2025" in (messages.reason(result) or "")


def test_a_member_who_has_left_with_too_little_service_is_never_eligible() -> None:
    scenario = history_scenario(
        employment=[{"start": "2010-07-01", "end": "2013-06-30", "fte": 1}],
        salary={"history": [{"from": "2010-07-01", "monthly": 6000}]},
    )
    result = estimate(scenario, as_of=TODAY)
    assert not result.eligible
    assert result.earliest_eligible_date is None
    assert "refund" in (messages.reason(result) or "")


def test_plan_2_printed_anomaly_is_reproduced_and_flagged() -> None:
    printed = estimate(quick_scenario("2", 61, "14", "3000"), as_of=TODAY)
    assert printed.factor is not None and printed.factor.factor_percent == Decimal("1.05")
    assert any("lower than the one for fewer years of service" in w for w in messages.warnings(printed))
    alternate = estimate(
        quick_scenario("2", 61, "14", "3000", assumptions={"plan2_factor_mode": "greater_of_printed_and_age_schedule"}),
        as_of=TODAY,
    )
    assert alternate.factor is not None and alternate.factor.factor_percent == Decimal("1.19")
    assert any("Setting changed from the default" in w for w in messages.warnings(alternate))


def test_exact_age_setting_interpolates_between_columns() -> None:
    scenario = quick_scenario("1", 52, "25", "3000")
    half_year_older = history_scenario(
        member={"birth_date": "1978-01-01", "plan": "1"},
        quick={"service_years": 25, "final_average_salary_monthly": 3000},
        assumptions={"age_basis": "exact"},
        employment=[],
    )
    assert estimate(scenario, as_of=TODAY).factor.factor_percent == Decimal("1.70")  # type: ignore[union-attr]
    exact = estimate(half_year_older, as_of=TODAY).factor
    assert exact is not None and exact.factor_percent is not None
    assert Decimal("1.74") < exact.factor_percent < Decimal("1.76")


def test_sweep_gives_one_point_per_age_with_ineligible_ages_empty() -> None:
    scenario = history_scenario(
        employment=[{"start": "2010-07-01", "end": None, "fte": 1}],
        salary={"history": [{"from": "2010-07-01", "monthly": 6000}]},
    )
    points = sweep(scenario, range(50, 76))
    assert [p.age for p in points] == list(range(50, 76))
    by_age = {p.age: p for p in points}
    assert not by_age[56].eligible and by_age[56].unmodified_monthly is None
    assert by_age[57].eligible
    # Age 62 on 2030-04-12: service 2010-07-01 .. 2030-04-11.
    point = by_age[62]
    assert point.retirement_date == date(2030, 4, 12)
    single = estimate(history_scenario(
        employment=[{"start": "2010-07-01", "end": None, "fte": 1}],
        salary={"history": [{"from": "2010-07-01", "monthly": 6000}]},
        retirement={"date": "2030-04-12"},
    ), as_of=TODAY)  # fmt: skip
    assert point.unmodified_monthly is not None and single.unmodified_monthly is not None
    assert to_cents(point.unmodified_monthly) == to_cents(single.unmodified_monthly)


def test_plan_1_unmodified_is_the_greater_of_formula_and_two_times_match() -> None:
    low_formula = quick_scenario(
        "1", 62, "6", "3000", contributions={"balance": 400000, "as_of": "2030-06-30"}, member={
            "birth_date": "1968-07-01", "plan": "1", "sex": "male"}
    )  # fmt: skip
    result = estimate(low_formula, as_of=TODAY)
    assert result.formula is not None and result.annuity_monthly is not None
    assert result.annuity_monthly > result.formula.monthly
    assert result.unmodified_monthly == result.annuity_monthly
    assert result.unmodified_from_annuity
    plan2 = estimate(
        quick_scenario("2", 62, "6", "3000", contributions={"balance": 400000, "as_of": "2030-06-30"}), as_of=TODAY
    )
    assert plan2.annuity_monthly is None


def test_every_sweep_point_equals_the_estimate_for_that_birthday() -> None:
    # The sweep reuses work between ages (the pay series, the balance projection); each point must
    # still be exactly what a single estimate on that date gives.
    scenario = load_scenario(next(p for p in SCENARIOS if p.name == "full_member.scers.json"), today=TODAY)
    scenario = replace(scenario, retirement=Retirement(scenario.retirement.date))  # no fixed separation
    for point in sweep(scenario, range(50, 76)):
        single = estimate(replace(scenario, retirement=Retirement(point.retirement_date)), details=False, as_of=TODAY)
        assert single.eligible is point.eligible, point.age
        assert single.unmodified_monthly == point.unmodified_monthly, point.age
