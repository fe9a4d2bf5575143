"""Small builders for scenarios in tests."""

import json
from datetime import date
from pathlib import Path
from typing import Any

from scers_desktop.engine import Scenario, parse_scenario

RETIREMENT = date(2030, 7, 1)


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
    return parse_scenario(raw)


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
    return parse_scenario(raw)


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


def freeze_engine_today(monkeypatch: Any, day: date = RECORDED_ON) -> None:
    """Make the engine's "today" (the date purchase costs are priced on) ``day``."""

    class FixedDate(date):
        @classmethod
        def today(cls) -> "FixedDate":
            return cls(day.year, day.month, day.day)

    monkeypatch.setattr("scers_desktop.engine.estimation.date", FixedDate)
