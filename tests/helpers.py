"""Small builders for scenarios in tests."""

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from scers_desktop.engine import Scenario, parse_scenario
from scers_desktop.engine.model import (
    Beneficiary,
    Contributions,
    EmploymentPeriod,
    Leave,
    LeaveKind,
    Member,
    Plan,
    Relationship,
    Retirement,
    Salary,
    SalaryStep,
)

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


CASE_FILES = Path(__file__).parent / "cases" / "scenarios"
SAMPLE_FILE = Path(__file__).parent.parent / "scers_desktop" / "resources" / "sample.scers.json"
#: The day the presentation goldens were recorded on (purchase costs are priced as of "today").
RECORDED_ON = date(2026, 11, 24)


def presentation_cases() -> dict[str, dict[str, Any]]:
    """The cases whose words are recorded: the sample member, every case file, and a not-eligible,
    a death-before-retirement and a Plan 2 disability variant, by name."""
    cases = {"sample": json.loads(SAMPLE_FILE.read_text())}
    for path in sorted(CASE_FILES.glob("*.scers.json")):
        cases[path.name.removesuffix(".scers.json")] = json.loads(path.read_text())
    not_eligible = json.loads((CASE_FILES / "handbook_plan1_example2.scers.json").read_text())
    not_eligible["member"]["birth_date"] = "1980-07-01"  # 50 with 25 years: Plan 1 needs 52
    death = json.loads((CASE_FILES / "full_member.scers.json").read_text())
    death["estimate_type"] = "death_before_retirement"
    disability = json.loads((CASE_FILES / "handbook_plan2_example3.scers.json").read_text())
    disability["estimate_type"] = "disability"
    return {**cases, "not_eligible": not_eligible, "death": death, "disability_plan2": disability}


def long_career(periods: int, seed: int = 0) -> Scenario:
    """A member with ``periods`` employment periods back to back over 1985-2040, each with a one-day leave.

    Built directly, without the loader, so that timing and counting measure the engine alone. ``seed``
    shifts every date by that many days, so each seed is a distinct member (no cache answers for it).
    """
    first = date(1985, 1, 1) + timedelta(days=seed)
    length = max(2, (date(2040, 1, 1) - date(1985, 1, 1)).days // periods)
    employment, leaves = [], []
    for i in range(periods):
        start = first + timedelta(days=i * length)
        end = None if i == periods - 1 else start + timedelta(days=length - 1)
        employment.append(EmploymentPeriod(start, end, Decimal("0.8") if i % 3 else Decimal(1)))
        leave = start + timedelta(days=1)
        leaves.append(Leave(leave, leave, LeaveKind.UNPAID, purchased=i % 5 == 0))
    return Scenario(
        member=Member(date(1964, 3, 4) + timedelta(days=seed), Plan.ONE, True),
        retirement=Retirement(date(2041, 1, 1) + timedelta(days=seed)),
        employment=tuple(employment),
        leaves=tuple(leaves),
        salary=Salary((SalaryStep(first, Decimal(5000)), SalaryStep(first + timedelta(days=5000), Decimal(7000)))),
        contributions=Contributions(Decimal(150000), date(2024, 12, 31)),
        beneficiary=Beneficiary(date(1966, 1, 1), Relationship.SPOUSE),
    )
