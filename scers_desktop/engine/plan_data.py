"""Plan rules and factor tables, loaded from the cited data files in ``engine/data``.

The loader is strict: a missing key, a bad date, a row of the wrong length or an unknown
setting is a :class:`PlanDataError` naming the file and key (architecture.md idea 1). Files are read
once through :mod:`importlib.resources`, so a source tree, a wheel and a frozen app read them alike.
"""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

from scers_desktop.engine.errors import PlanDataError
from scers_desktop.engine.model import Plan

DATA_PACKAGE = "scers_desktop.engine.data"


def read_data_text(name: str) -> str:
    """Text of a file in ``engine/data``."""
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _toml(name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(read_data_text(name))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PlanDataError(f"{name}: {exc}") from exc


def _get(table: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise PlanDataError(f"{where}: missing '{key}'")
    return table[key]


def _decimal(value: Any, where: str) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise PlanDataError(f"{where}: '{value}' is not a number") from exc


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise PlanDataError(f"{where}: '{value}' is not a YYYY-MM-DD date") from exc


@dataclass(frozen=True)
class FactorRow:
    """One printed row: service from ``from_years`` to ``to_years`` (None = and over)."""

    from_years: int
    to_years: int | None
    cells: tuple[Decimal | None, ...]

    def covers(self, completed_years: int) -> bool:
        """Whether this row applies to a member with this many completed years of service."""
        return self.from_years <= completed_years and (self.to_years is None or completed_years <= self.to_years)

    @property
    def single_year(self) -> bool:
        """A row for exactly one year of service (the rows between which fractions interpolate)."""
        return self.to_years == self.from_years


@dataclass(frozen=True)
class FlaggedCells:
    """Printed cells the engine reproduces but warns about."""

    from_years: int
    to_years: int
    ages: tuple[int, ...]
    note: str

    def contains(self, completed_years: int, age: int) -> bool:
        """Whether the cell at this row and age is one of the flagged ones."""
        return self.from_years <= completed_years <= self.to_years and age in self.ages


@dataclass(frozen=True)
class AgeSchedule:
    """factor = top - step x max(0, full_age - age): the Plan 2 age schedule (plan-rules.md §1.5)."""

    top_factor: Decimal
    step_per_year: Decimal
    full_age: int

    def factor(self, age: int) -> Decimal:
        """The schedule's factor at a whole age."""
        return self.top_factor - self.step_per_year * max(0, self.full_age - age)


@dataclass(frozen=True)
class FactorTable:
    """An age-and-service factor table as printed in the handbook (percent per year of service)."""

    description: str
    reference: str
    effective_date: date
    ages: tuple[int, ...]
    rows: tuple[FactorRow, ...]
    any_age_min_service: Decimal | None
    flagged: tuple[FlaggedCells, ...]
    age_schedule: AgeSchedule | None

    def row_for(self, completed_years: int) -> FactorRow | None:
        """The printed row for this many completed years of service, or None below the table."""
        return next((row for row in self.rows if row.covers(completed_years)), None)

    def next_row(self, row: FactorRow) -> FactorRow | None:
        """The row for one more year of service than ``row`` covers, if the table has one."""
        if row.to_years is None:
            return None
        return self.row_for(row.to_years + 1)

    def cell(self, row: FactorRow, age: int) -> Decimal | None:
        """The printed cell at a whole age: the first column below it, the last column above it."""
        index = min(max(age, self.ages[0]), self.ages[-1]) - self.ages[0]
        return row.cells[index]

    def flag_for(self, completed_years: int, age: int) -> FlaggedCells | None:
        """The warning attached to this cell, if any."""
        return next((f for f in self.flagged if f.contains(completed_years, age)), None)


def _factor_table(name: str) -> FactorTable:
    raw = _toml(name)
    ages = tuple(int(a) for a in _get(raw, "ages", name))
    if list(ages) != list(range(ages[0], ages[0] + len(ages))):
        raise PlanDataError(f"{name}: ages must be consecutive whole years")
    rows = []
    for i, row in enumerate(_get(raw, "row", name)):
        where = f"{name} row[{i}]"
        cells = _get(row, "cells", where)
        if len(cells) != len(ages):
            raise PlanDataError(f"{where}: {len(cells)} cells for {len(ages)} ages")
        to_years = row.get("to_years")
        rows.append(
            FactorRow(
                from_years=int(_get(row, "from_years", where)),
                to_years=None if to_years is None else int(to_years),
                cells=tuple(None if c == "-" else _decimal(c, where) for c in cells),
            )
        )
    below = raw.get("below_first_age")
    schedule = raw.get("age_schedule")
    return FactorTable(
        description=str(_get(raw, "description", name)),
        reference=str(_get(raw, "reference", name)),
        effective_date=_date(_get(raw, "effective_date", name), name),
        ages=ages,
        rows=tuple(rows),
        any_age_min_service=None if below is None else _decimal(below["min_service_years"], name),
        flagged=tuple(
            FlaggedCells(int(f["from_years"]), int(f["to_years"]), tuple(f["ages"]), str(f["note"]))
            for f in raw.get("flagged", [])
        ),
        age_schedule=None
        if schedule is None
        else AgeSchedule(
            _decimal(schedule["top_factor"], name),
            _decimal(schedule["step_per_year"], name),
            int(schedule["full_age"]),
        ),
    )


@dataclass(frozen=True)
class EligibilityRule:
    """Eligible with at least ``min_service_years`` of service at age ``min_age`` or older."""

    min_service_years: Decimal
    min_age: int


@dataclass(frozen=True)
class PlanRules:
    """Everything the engine needs to know about one plan, with the references to cite."""

    code: Plan
    name: str
    factors: FactorTable
    cap_percent_of_fas: Decimal | None
    cap_reference: str
    fas_months: int
    fas_reference: str
    member_contribution_rate: Decimal
    member_contribution_reference: str
    annuity_minimum: bool
    annuity_reference: str
    eligibility: tuple[EligibilityRule, ...]
    eligibility_reference: str


@dataclass(frozen=True)
class RulesData:
    """The whole of ``plan_rules.toml``, typed."""

    version_name: str
    effective_date: date
    version_reference: str
    plan2_from: date
    membership_reference: str
    service_reference: str
    vesting_years: Decimal
    military_prior_max_years: Decimal
    plans: Mapping[Plan, PlanRules]
    interest_through_2011: Decimal
    interest_proxy_by_year: Mapping[int, Decimal]
    interest_reference: str
    cola_rate: Decimal
    cola_floor: Decimal
    cola_reference: str
    assumed_return: Decimal
    assumed_return_reference: str

    @property
    def version(self) -> str:
        """'SCERS rules 2023.06 (effective 2023-06-01)', as reported in every estimate."""
        return f"{self.version_name} (effective {self.effective_date.isoformat()})"


def _plan(code: str, raw: Mapping[str, Any]) -> PlanRules:
    where = f"plan_rules.toml plan.{code}"
    if code not in set(Plan):
        raise PlanDataError(f"{where}: unknown plan; the plans are {', '.join(Plan)}")
    cap = raw.get("cap_percent_of_fas")
    return PlanRules(
        code=Plan(code),
        name=str(_get(raw, "name", where)),
        factors=_factor_table(str(_get(raw, "factor_table", where))),
        cap_percent_of_fas=None if cap is None else _decimal(cap, where),
        cap_reference=str(_get(raw, "cap_reference", where)),
        fas_months=int(_get(raw, "fas_months", where)),
        fas_reference=str(_get(raw, "fas_reference", where)),
        member_contribution_rate=_decimal(_get(raw, "member_contribution_rate", where), where),
        member_contribution_reference=str(_get(raw, "member_contribution_reference", where)),
        annuity_minimum=bool(_get(raw, "annuity_minimum", where)),
        annuity_reference=str(_get(raw, "annuity_reference", where)),
        eligibility=tuple(
            EligibilityRule(_decimal(r["min_service_years"], where), int(r["min_age"]))
            for r in _get(raw, "eligibility", where)
        ),
        eligibility_reference=str(_get(raw, "eligibility_reference", where)),
    )


@cache
def rules_data() -> RulesData:
    """The plan rules, read once."""
    raw = _toml("plan_rules.toml")
    name = "plan_rules.toml"
    version, membership, service = (_get(raw, k, name) for k in ("version", "membership", "service"))
    interest, cola, ret = (_get(raw, k, name) for k in ("credited_interest", "cola", "investment_return"))
    if int(_get(service, "days_per_year", name)) != 365:
        raise PlanDataError(f"{name}: service.days_per_year must be 365 (February 29 earns no credit)")
    return RulesData(
        version_name=str(_get(version, "name", name)),
        effective_date=_date(_get(version, "effective_date", name), name),
        version_reference=str(_get(version, "reference", name)),
        plan2_from=_date(_get(membership, "plan2_from", name), name),
        membership_reference=str(_get(membership, "reference", name)),
        service_reference=str(_get(service, "reference", name)),
        vesting_years=_decimal(_get(service, "vesting_years", name), name),
        military_prior_max_years=_decimal(_get(service, "military_prior_max_years", name), name),
        plans={rules.code: rules for rules in (_plan(code, plan) for code, plan in _get(raw, "plan", name).items())},
        interest_through_2011=_decimal(_get(interest, "through_2011", name), name),
        interest_proxy_by_year={int(y): _decimal(r, name) for y, r in _get(interest, "proxy_by_year", name).items()},
        interest_reference=f"{interest['through_2011_reference']}; {interest['proxy_reference']}",
        cola_rate=_decimal(_get(cola, "rate", name), name),
        cola_floor=_decimal(_get(cola, "purchasing_power_floor", name), name),
        cola_reference=str(_get(cola, "reference", name)),
        assumed_return=_decimal(_get(ret, "assumed_rate", name), name),
        assumed_return_reference=str(_get(ret, "reference", name)),
    )
