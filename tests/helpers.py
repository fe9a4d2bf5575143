"""Small builders for scenarios in tests."""

from datetime import date
from typing import Any

from scers_desktop.engine import Scenario, parse_scenario

RETIREMENT = date(2030, 7, 1)
#: The day the tests make their estimates on (the engine never reads the clock).
TODAY = date(2026, 6, 1)


def birth_for_age(age: int, retirement: date = RETIREMENT) -> date:
    """A birth date that makes the member exactly ``age`` on the retirement date."""
    return retirement.replace(year=retirement.year - age)


def quick_scenario(plan: str, age: int, service: str, fas: str, **extra: Any) -> Scenario:
    """A quick-entry scenario: a member of this plan, age, service and final average salary."""
    raw = {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth_for_age(age).isoformat(), "plan": plan},
        "retirement": {"date": RETIREMENT.isoformat()},
        "quick": {"service_years": service, "final_average_salary_monthly": fas},
        **extra,
    }
    return parse_scenario(raw, today=TODAY)


def history_scenario(**fields: Any) -> Scenario:
    """A history scenario for a Plan 1 member born 1968-04-12, retiring 2030-07-01, with overrides."""
    raw: dict[str, Any] = {
        "format": "scers-scenario/1",
        "member": {"birth_date": "1968-04-12", "plan": "1"},
        "retirement": {"date": RETIREMENT.isoformat()},
        "employment": [{"start": "2000-07-01", "end": None, "fte": 1}],
        "salary": {"history": [{"from": "2000-07-01", "monthly": 6000}]},
    }
    raw.update(fields)
    return parse_scenario(raw, today=TODAY)
