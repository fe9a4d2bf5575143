"""Golden cases: temporary premium-pay service, a late redeposit, and the 2011 disability service rule.

- Temporary employees "receiving premium pay in-lieu of medical and paid leave benefits ... The hours
  worked will be multiplied by a factor of 1.135" (Handbook 2023 'Earning Service Credit'). Five full
  years, 2020-01-01 to 2024-12-31 (1,827 days less two February 29s = 1,825 days = 5 years), count
  5 x 1.135 = 5.675 years.
- A redeposit within "two (2) years from your rehire date" is at the assumed rate; later, "the interest
  ... will be the greater of: the actuarial assumed rate of investment return; or the actual rate of
  investment return for the year" (Handbook 2023 'Returning to City Service and Redeposits/Buybacks').
  Rehired 2010-01-01: a redeposit paid 2011-06-01 is on time; one paid 2015-06-01 may cost more than
  the assumed-rate figure, and the estimate says so.
- Disability: the 2011 handbook requires the 10 years to "have been earned during the 15 years prior to
  becoming disabled"; the 2023 handbook asks only for "at least 10 years of service with the City"
  (plan-rules.md §1.8). The rules data are the 2023 edition, so the 2011 condition is a labelled
  warning, not a refusal. Service 1995-01-01 to 2006-12-31 (12 years) and again from 2025-01-01, disabled
  on 2030-01-01: 17 years in all, 5 of them in the 15 years before (2015-01-01 to 2029-12-31).
"""

from decimal import Decimal
from typing import Any

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.findings import Code
from scers_desktop.engine.scenario_writer import scenario_to_dict
from tests.helpers import TODAY


def _base(**more: Any) -> dict[str, Any]:
    return {
        "format": "scers-scenario/1",
        "member": {"birth_date": "1965-01-01", "plan": "1"},
        "retirement": {"date": "2030-01-01"},
        "salary": {"history": [{"from": "1990-01-01", "monthly": 6000}], "growth_rate": 0},
        **more,
    }


def test_temporary_premium_pay_hours_count_1_135_times() -> None:
    raw = _base(employment=[{"start": "2020-01-01", "end": "2024-12-31", "fte": 1, "temporary_premium_pay": True}])
    scenario = parse_scenario(raw, today=TODAY)
    result = estimate(scenario, as_of=TODAY)
    assert result.service.total_years == Decimal("5.675")
    assert any(w.code is Code.TEMPORARY_PREMIUM_PAY for w in result.warnings)
    assert scenario_to_dict(scenario)["employment"][0]["temporary_premium_pay"] is True
    plain = _base(employment=[{"start": "2020-01-01", "end": "2024-12-31", "fte": 1}])
    assert estimate(parse_scenario(plain, today=TODAY), as_of=TODAY).service.total_years == 5
    assert "temporary_premium_pay" not in scenario_to_dict(parse_scenario(plain, today=TODAY))["employment"][0]


def _redeposit(repaid: str) -> dict[str, Any]:
    return _base(
        employment=[{"start": "2000-01-01", "end": "2004-12-31", "fte": 1}, {"start": "2010-01-01", "end": None}],
        purchases=[
            {
                "kind": "redeposit",
                "service_years": 5,
                "withdrawn_amount": 20000,
                "withdrawal_date": "2005-01-15",
                "repaid_date": repaid,
            }
        ],
    )


def test_a_redeposit_more_than_two_years_after_rehire_may_cost_more() -> None:
    late = estimate(parse_scenario(_redeposit("2015-06-01"), today=TODAY), as_of=TODAY)
    (warning,) = [w for w in late.warnings if w.code is Code.REDEPOSIT_LATE]
    assert warning["rehired"].isoformat() == "2010-01-01"
    on_time = estimate(parse_scenario(_redeposit("2011-06-01"), today=TODAY), as_of=TODAY)
    assert all(w.code is not Code.REDEPOSIT_LATE for w in on_time.warnings)


def _disabled(periods: list[dict[str, Any]]) -> dict[str, Any]:
    return _base(estimate_type="disability", employment=periods)


def test_the_2011_rule_of_10_years_in_the_last_15_is_a_labelled_warning() -> None:
    raw = _disabled([{"start": "1995-01-01", "end": "2006-12-31"}, {"start": "2025-01-01", "end": None}])
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert result.service.total_years == 17
    assert result.eligible  # the 2023 handbook's rule: 10 years of service
    (warning,) = [w for w in result.warnings if w.code is Code.DISABILITY_RECENT_SERVICE_2011]
    assert warning["recent"] == 5 and warning["window"] == 15
    assert warning.citation is not None and "2011 edition only" in warning.citation


def test_no_2011_warning_when_the_service_is_recent() -> None:
    raw = _disabled([{"start": "2010-01-01", "end": None}])
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert all(w.code is not Code.DISABILITY_RECENT_SERVICE_2011 for w in result.warnings)


def test_a_period_before_a_redeposited_withdrawal_is_flagged_as_counted_twice() -> None:
    """The period 2000-2004 (5 years) and the redeposit of those 5 years both count, with 20 years from the
    2010 rehire to 2029-12-31: 5 + 5 + 20 = 30. SCERS credits withdrawn service only through the
    redeposit, so the estimate says so rather than silently counting it twice."""
    result = estimate(parse_scenario(_redeposit("2011-06-01"), today=TODAY), as_of=TODAY)
    assert result.service.total_years == 30
    (warning,) = [w for w in result.warnings if w.code is Code.REDEPOSIT_AND_PERIOD]
    assert (warning["number"], warning["row"]) == (1, 1)
