"""Plan rules and factor tables, loaded from the cited data files in ``engine/data``.

The loader is strict (:mod:`scers_desktop.engine.params`): a missing key, a bad date, a row of the wrong
length or a key the engine does not read is a :class:`PlanDataError` naming the file and key
(architecture.md idea 1). Each file is read once.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from scers_desktop.engine.errors import PlanDataError
from scers_desktop.engine.model import Plan
from scers_desktop.engine.params import Table, load

#: What every factor table's cells are (the formula multiplies them by years and salary).
FACTOR_UNIT = "percent of final average salary per year of service"


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

    row: FactorRow
    ages: tuple[int, ...]
    note: str

    def contains(self, completed_years: int, age: int) -> bool:
        """Whether the cell at this row and age is one of the flagged ones."""
        return self.row.covers(completed_years) and age in self.ages


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


def _factor_row(row: Table, ages: int) -> FactorRow:
    cells = row.array("cells")
    if len(cells) != ages:
        raise PlanDataError(f"{row.where}: {len(cells)} cells for {ages} ages")
    return FactorRow(
        from_years=row.integer("from_years"),
        to_years=row.integer("to_years") if row.has("to_years") else None,
        cells=tuple(None if c == "-" else row.number("cells", c) for c in cells),
    )


def _lower_than_less_service(rows: tuple[FactorRow, ...], ages: tuple[int, ...], note: str) -> tuple[FlaggedCells, ...]:
    """The cells lower than a row with fewer years of service at the same age.

    More service never earns a lower factor, so such a cell is reproduced as printed but warned about
    (Handbook 2023 Appendix B: 14 years at ages 60-62, 15 at 61-62 and 16 at 62 are below 13 years).
    """
    flagged = []
    for row in rows:
        fewer = [other for other in rows if other.to_years is not None and other.to_years < row.from_years]
        lower = []
        for i, age in enumerate(ages):
            cell = row.cells[i]
            fewer_cells = [c for c in (other.cells[i] for other in fewer) if c is not None]
            if cell is not None and fewer_cells and cell < max(fewer_cells):
                lower.append(age)
        if lower:
            flagged.append(FlaggedCells(row, tuple(lower), note))
    return tuple(flagged)


def _age_schedule(raw: Table) -> AgeSchedule:
    return AgeSchedule(raw.decimal("top_factor"), raw.decimal("step_per_year"), raw.integer("full_age"))


def _read_factor_table(raw: Table) -> FactorTable:
    ages = tuple(int(a) for a in raw.array("ages"))
    if list(ages) != list(range(ages[0], ages[0] + len(ages))):
        raise PlanDataError(f"{raw.where}: ages must be consecutive whole years")
    if raw.text("unit") != FACTOR_UNIT:
        raise PlanDataError(f"{raw.where}: unit must be '{FACTOR_UNIT}'")
    below = raw.table("below_first_age").decimal("min_service_years") if raw.has("below_first_age") else None
    schedule = _age_schedule(raw.table("age_schedule")) if raw.has("age_schedule") else None
    rows = tuple(_factor_row(row, len(ages)) for row in raw.tables("row"))
    note = raw.table("lower_than_less_service").text("note") if raw.has("lower_than_less_service") else None
    return FactorTable(
        description=raw.text("description"),
        reference=raw.text("reference"),
        effective_date=raw.day("effective_date"),
        ages=ages,
        rows=rows,
        any_age_min_service=below,
        flagged=() if note is None else _lower_than_less_service(rows, ages, note),
        age_schedule=schedule,
    )


def _factor_table(name: str) -> FactorTable:
    return load(name, _read_factor_table)


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
    #: Whether the months of the final average salary must be consecutive (Plan 2: unless a setting
    #: says otherwise, see ``plan2_fas_window``).
    fas_consecutive: bool
    fas_reference: str
    member_contribution_rate: Decimal
    member_contribution_reference: str
    annuity_minimum: bool
    annuity_reference: str
    eligibility: tuple[EligibilityRule, ...]
    eligibility_reference: str


@dataclass(frozen=True)
class DisabilityRules:
    """Disability retirement (plan-rules.md §1.8): service needed (waived for an on-the-job injury),
    the percent of final average salary per year of service, the top-up to ``floor_share_of_fas`` by
    years to ``top_up_to_age``, the cap and the monthly minimum."""

    min_service_years: Decimal
    percent_per_year: Decimal
    floor_share_of_fas: Decimal
    top_up_to_age: int
    cap_percent_of_fas: Decimal
    minimum_monthly: Decimal
    #: The 2011 edition only: the service must have been earned in this many years before the disability.
    recent_service_window_years_2011: int
    recent_service_reference: str
    reference: str


@dataclass(frozen=True)
class DeathRules:
    """Death before retirement (plan-rules.md §1.9): service for a monthly benefit to a spouse or
    partner, and the share of contributions they may take in cash instead."""

    min_service_years: Decimal
    cash_share_of_contributions: Decimal
    reference: str


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
    temporary_premium_pay_factor: Decimal
    redeposit_grace_years: int
    plans: Mapping[Plan, PlanRules]
    disability: DisabilityRules
    death: DeathRules
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


def _plan(code: str, raw: Table) -> PlanRules:
    if code not in set(Plan):
        raise PlanDataError(f"{raw.where}: unknown plan; the plans are {', '.join(Plan)}")
    return PlanRules(
        code=Plan(code),
        name=raw.text("name"),
        factors=_factor_table(raw.text("factor_table")),
        cap_percent_of_fas=raw.optional_decimal("cap_percent_of_fas"),
        cap_reference=raw.text("cap_reference"),
        fas_months=raw.integer("fas_months"),
        fas_consecutive=raw.flag("fas_consecutive"),
        fas_reference=raw.text("fas_reference"),
        member_contribution_rate=raw.decimal("member_contribution_rate"),
        member_contribution_reference=raw.text("member_contribution_reference"),
        annuity_minimum=raw.flag("annuity_minimum"),
        annuity_reference=raw.text("annuity_reference"),
        eligibility=tuple(
            EligibilityRule(rule.decimal("min_service_years"), rule.integer("min_age"))
            for rule in raw.tables("eligibility")
        ),
        eligibility_reference=raw.text("eligibility_reference"),
    )


def _disability(raw: Table) -> DisabilityRules:
    return DisabilityRules(
        min_service_years=raw.decimal("min_service_years"),
        percent_per_year=raw.decimal("percent_per_year"),
        floor_share_of_fas=raw.decimal("floor_share_of_fas"),
        top_up_to_age=raw.integer("top_up_to_age"),
        cap_percent_of_fas=raw.decimal("cap_percent_of_fas"),
        minimum_monthly=raw.decimal("minimum_monthly"),
        recent_service_window_years_2011=raw.integer("recent_service_window_years_2011"),
        recent_service_reference=raw.text("recent_service_reference"),
        reference=raw.text("reference"),
    )


def _death(raw: Table) -> DeathRules:
    return DeathRules(
        min_service_years=raw.decimal("min_service_years"),
        cash_share_of_contributions=raw.decimal("cash_share_of_contributions"),
        reference=raw.text("reference"),
    )


def _read_rules(raw: Table) -> RulesData:
    version, membership, service = raw.table("version"), raw.table("membership"), raw.table("service")
    interest, cola, ret = raw.table("credited_interest"), raw.table("cola"), raw.table("investment_return")
    if service.integer("days_per_year") != 365:
        raise PlanDataError(f"{service.where}: days_per_year must be 365 (February 29 earns no credit)")
    proxy = interest.value("proxy_by_year")
    return RulesData(
        version_name=version.text("name"),
        effective_date=version.day("effective_date"),
        version_reference=version.text("reference"),
        plan2_from=membership.day("plan2_from"),
        membership_reference=membership.text("reference"),
        service_reference=service.text("reference"),
        vesting_years=service.decimal("vesting_years"),
        military_prior_max_years=service.decimal("military_prior_max_years"),
        temporary_premium_pay_factor=service.decimal("temporary_premium_pay_factor"),
        redeposit_grace_years=service.integer("redeposit_grace_years"),
        plans={rules.code: rules for rules in (_plan(code, plan) for code, plan in raw.table("plan").entries())},
        disability=_disability(raw.table("disability")),
        death=_death(raw.table("death_before_retirement")),
        interest_through_2011=interest.decimal("through_2011"),
        interest_proxy_by_year={int(y): interest.number("proxy_by_year", r) for y, r in proxy.items()},
        interest_reference=f"{interest.text('through_2011_reference')}; {interest.text('proxy_reference')}",
        cola_rate=cola.decimal("rate"),
        cola_floor=cola.decimal("purchasing_power_floor"),
        cola_reference=cola.text("reference"),
        assumed_return=ret.decimal("assumed_rate"),
        assumed_return_reference=ret.text("reference"),
    )


@cache
def rules_data() -> RulesData:
    """The plan rules, read once from ``plan_rules.toml``."""
    return load("plan_rules.toml", _read_rules)
