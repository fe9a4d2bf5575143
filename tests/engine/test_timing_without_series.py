"""Why a scenario has no month-by-month series (issue 18): each case says its own reason, with the dates
its words need, worked from the rules (Handbook 2023 App. A 'Retirement Eligibility': Plan 1 retires at
62 with 5 years; the series runs to the 75th birthday)."""

import json
from datetime import date
from pathlib import Path
from typing import Any

from scers_desktop.engine import Scenario, parse_scenario
from scers_desktop.engine.timing import (
    ELIGIBLE_AFTER_LAST_AGE,
    NEVER_ELIGIBLE,
    NOT_SERVICE,
    PAST_LAST_AGE,
    timing,
)

TODAY = date(2026, 12, 1)
SAMPLE = Path(__file__).parent.parent / "cases" / "scenarios" / "full_member.scers.json"


def _case(birth: str, **more: Any) -> Scenario:
    raw = {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth, "plan": "1"},
        "retirement": {"date": "2027-01-01"},
    }
    return parse_scenario({**raw, **more}, today=TODAY)


def _quick(service: str) -> dict[str, Any]:
    return {"quick": {"service_years": service, "final_average_salary_monthly": "5000"}}


def test_past_the_75th_birthday_there_is_no_series_but_the_estimate_stands() -> None:
    found = timing(_case("1950-06-15", **_quick("30")), as_of=TODAY)  # 76 on TODAY, 75 on 2025-06-15
    assert (found.points, found.none_because, found.last_day) == ((), PAST_LAST_AGE, date(2025, 6, 15))
    assert found.chosen is not None and found.chosen.eligible


def test_first_eligible_after_75() -> None:
    # 1 year on the separation day 2026-12-31, one more each year: 5 years on 2030-12-31, so the first
    # pension starts 2031-01-01 at 76; the 75th birthday is 2029-06-15.
    found = timing(_case("1954-06-15", **_quick("1")), as_of=TODAY)
    assert (found.points, found.none_because) == ((), ELIGIBLE_AFTER_LAST_AGE)
    assert (found.first_eligible, found.last_day) == (date(2031, 1, 1), date(2029, 6, 15))


def test_three_years_long_ago_is_never_eligible() -> None:
    history = {
        "employment": [{"start": "1990-01-01", "end": "1992-12-31", "fte": 1}],
        "salary": {"history": [{"from": "1990-01-01", "monthly": 3000}]},
    }
    found = timing(_case("1970-06-15", **history), as_of=TODAY)
    assert (found.points, found.none_because, found.first_eligible) == ((), NEVER_ELIGIBLE, None)


def test_other_kinds_say_so() -> None:
    found = timing(_case("1970-06-15", estimate_type="disability", **_quick("15")), as_of=TODAY)
    assert (found.points, found.none_because) == ((), NOT_SERVICE)


def test_a_series_says_whether_pay_is_projected_to_grow() -> None:
    raw = json.loads(SAMPLE.read_text())  # 2.5% a year after the last step of 2024-01-01
    found = timing(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert found.points and found.none_because is None and found.pay_growth
    raw["salary"]["growth_rate"] = 0
    assert not timing(parse_scenario(raw, today=TODAY), as_of=TODAY).pay_growth
    assert not timing(_case("1965-06-15", **_quick("25")), as_of=TODAY).pay_growth  # no pay history
