"""Properties that must hold for every member (hypothesis)."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from scers_desktop.engine import estimate, parse_scenario
from tests.helpers import TODAY


def _plan1(service: Decimal, retire: date, fas: int = 5000) -> dict[str, object]:
    # Born 1970-03-15: service starts no younger than 14, so no more than the years since 1984 (issue 12).
    assume(service < retire.year - 1985)
    return {
        "format": "scers-scenario/1",
        "member": {"birth_date": "1970-03-15", "plan": "1"},
        "retirement": {"date": retire.isoformat()},
        "quick": {"service_years": str(service), "final_average_salary_monthly": fas},
    }


services = st.decimals(min_value=0, max_value=45, places=2)
dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2040, 12, 31))


@settings(max_examples=300, deadline=None)
@given(service=services, extra=st.decimals(min_value=0, max_value=10, places=2), retire=dates)
def test_more_service_never_lowers_the_plan_1_benefit(service: Decimal, extra: Decimal, retire: date) -> None:
    less = estimate(parse_scenario(_plan1(service, retire), today=TODAY), as_of=TODAY)
    more = estimate(parse_scenario(_plan1(service + extra, retire), today=TODAY), as_of=TODAY)
    assert (more.unmodified_monthly or 0) >= (less.unmodified_monthly or 0)


@settings(max_examples=300, deadline=None)
@given(service=services, retire=dates, later=st.integers(min_value=0, max_value=3650))
def test_a_later_retirement_never_lowers_the_plan_1_benefit(service: Decimal, retire: date, later: int) -> None:
    # A later date at the same salary; the quick path adds the service worked in between.
    sooner = estimate(parse_scenario(_plan1(service, retire), today=TODAY), as_of=TODAY)
    scenario = _plan1(service, retire)
    scenario["retirement"] = {"date": (retire + timedelta(days=later)).isoformat()}
    scenario["quick"] = {"service_years": str(service), "final_average_salary_monthly": 5000}
    # Keep service fixed (a member who has stopped working): only age moves.
    later_result = estimate(parse_scenario(scenario, today=TODAY), as_of=TODAY)
    assert (later_result.unmodified_monthly or 0) >= (sooner.unmodified_monthly or 0)


@settings(max_examples=200, deadline=None)
@given(service=services, retire=dates)
def test_plan_1_never_exceeds_60_percent(service: Decimal, retire: date) -> None:
    result = estimate(parse_scenario(_plan1(service, retire), today=TODAY), as_of=TODAY)
    if result.formula is not None:
        assert result.formula.percent_of_fas <= 60


@settings(max_examples=150, deadline=None)
@given(start=st.dates(min_value=date(1990, 1, 1), max_value=date(2020, 1, 1)), retire=dates, later=st.integers(0, 3650))
def test_working_longer_never_lowers_the_plan_1_benefit(start: date, retire: date, later: int) -> None:
    def scenario(day: date) -> dict[str, object]:
        return {
            "format": "scers-scenario/1",
            "member": {"birth_date": "1970-03-15", "plan": "1"},
            "retirement": {"date": day.isoformat()},
            "employment": [{"start": start.isoformat(), "end": None, "fte": 1}],
            "salary": {"history": [{"from": start.isoformat(), "monthly": 5000}]},
        }

    if retire <= start:
        return
    sooner = estimate(parse_scenario(scenario(retire), today=TODAY), as_of=TODAY)
    later_result = estimate(parse_scenario(scenario(retire + timedelta(days=later)), today=TODAY), as_of=TODAY)
    assert (later_result.unmodified_monthly or 0) >= (sooner.unmodified_monthly or 0)
