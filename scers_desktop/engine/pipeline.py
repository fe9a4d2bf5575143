"""The one per-date computation every estimate and every point of the sweep makes.

:func:`core_at` finds, for a member retiring on one date: the separation date, the age, credited
service (SCERS plus a portable system's for eligibility and the factor, RCW 41.54.030), the months of
pay, the final average salary by the plan's rule, and the contribution balance with interest to the day
before the pension starts (at most two years past separation for a member who is not vested).
What to pay on it (service, disability or death benefit) is :mod:`scers_desktop.engine.kinds`.

A :class:`Paths` carries what is the same for every date of one scenario: the service line and the
pay series (built once, cut at each separation date) and the balance projected so far, which a later
date continues month by month instead of starting again from the statement (the same result).
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from scers_desktop.engine.assumptions import Settings, growth_rate
from scers_desktop.engine.calendar import Age, age_on
from scers_desktop.engine.contributions import ProjectedBalance, interest_until, project_balance
from scers_desktop.engine.model import Plan, Scenario
from scers_desktop.engine.plan_data import PlanRules, RulesData
from scers_desktop.engine.salary import (
    FinalAverageSalary,
    PayMonth,
    final_average_salary,
    flat_pay_months,
    pay_series,
    quick_final_average_salary,
)
from scers_desktop.engine.service import ServiceCredit, member_employment, service_path

ONE_DAY = timedelta(days=1)


def separation_for(scenario: Scenario, retirement: date) -> date:
    """The last day in City service for a benefit starting on ``retirement``: the one entered when it is
    before that date, else the day before."""
    given = scenario.retirement.separation_date
    return given if given is not None and given < retirement else retirement - ONE_DAY


@dataclass(frozen=True)
class Core:
    """What one retirement date gives before any benefit is chosen: the parts every kind shares."""

    rules: RulesData
    settings: Settings
    plan: PlanRules
    retirement: date
    separation: date
    age: Age
    service: ServiceCredit
    factor_service: Decimal
    history: list[PayMonth]
    fas: FinalAverageSalary | None
    balance: ProjectedBalance | None


def _pay_path(scenario: Scenario, settings: Settings) -> Callable[[date], list[PayMonth]]:
    """The months of service with pay up to a separation date, from the membership date on (none for the
    quick shortcut)."""
    employment = member_employment(scenario)
    if scenario.quick is not None or scenario.salary is None or not employment:
        return lambda _: []
    return pay_series(scenario.salary, growth_rate(scenario, settings), employment, scenario.leaves).until


@dataclass
class Paths:
    """One scenario's service and pay paths, and the balance projected so far (for dates in order).

    ``separated`` keeps what the last separation date gave (its service, months of pay and final average
    salary): a pension starting on any later date with the same separation (one entered) has the same.
    """

    service_on: Callable[[date], ServiceCredit]
    history_to: Callable[[date], list[PayMonth]]
    projected: tuple[Decimal, date] | None = field(default=None)
    separated: "tuple[date, ServiceCredit, list[PayMonth], FinalAverageSalary | None] | None" = field(default=None)

    @classmethod
    def of(cls, scenario: Scenario, settings: Settings) -> "Paths":
        """The paths of ``scenario`` under ``settings``."""
        return cls(service_path(scenario), _pay_path(scenario, settings))


def _fas(scenario: Scenario, plan: PlanRules, settings: Settings, months: list[PayMonth]) -> FinalAverageSalary | None:
    """The final average salary: the quick figure, or the plan's highest months of pay (consecutive per the
    plan data; Plan 2 by the ``plan2_fas_window`` setting); a higher portable base salary replaces it."""
    if scenario.quick is not None:
        fas = quick_final_average_salary(scenario.quick.final_average_salary_monthly)
    elif scenario.salary is None:
        return None
    else:
        consecutive = plan.fas_consecutive and not (plan.code is Plan.TWO and settings.plan2_fas_window == "any")
        found = final_average_salary(
            scenario.salary, months, growth_rate(scenario, settings), plan.fas_months, consecutive
        )
        if found is None:
            return None
        fas = found
    other = scenario.portability.base_salary_monthly if scenario.portability else None
    if other is not None and other > fas.monthly:
        return replace(fas, monthly=other, portability_substituted=True)
    return fas


def _balance(
    scenario: Scenario,
    core_plan: PlanRules,
    settings: Settings,
    rules: RulesData,
    separation: date,
    until: date,
    paths: Paths,
    history: list[PayMonth],
) -> ProjectedBalance | None:
    """The contribution balance on ``until``, from the statement (None without one), continuing the
    projection ``paths`` has made so far when it ended before that day."""
    if scenario.contributions is None:
        return None
    keep_pre_2012 = settings.pre_2012_interest == "kept"  # the split is not carried: start from the statement
    resume = (
        paths.projected if paths.projected is not None and until > paths.projected[1] and not keep_pre_2012 else None
    )
    start_balance, start_date = resume or (scenario.contributions.balance, scenario.contributions.as_of)
    months = history
    if scenario.quick is not None:
        months = flat_pay_months(scenario.quick.final_average_salary_monthly, start_date, separation)
    balance = project_balance(
        start_balance, start_date, months, until, core_plan.member_contribution_rate, rules,
        settings.future_credited_interest_rate, keep_pre_2012,
    )  # fmt: skip
    paths.projected = (balance.balance, max(until, balance.statement_date))
    return balance


def core_at(scenario: Scenario, day: date, settings: Settings, rules: RulesData, paths: Paths | None = None) -> Core:
    """The per-date computation for a benefit starting on ``day`` (``paths`` reused across dates)."""
    paths = paths or Paths.of(scenario, settings)
    plan = rules.plans[scenario.member.plan]
    separation = separation_for(scenario, day)
    if paths.separated is None or paths.separated[0] != separation:
        history = paths.history_to(separation)
        paths.separated = (separation, paths.service_on(separation), history, _fas(scenario, plan, settings, history))
    _, service, history, fas = paths.separated
    portable = scenario.portability.service_years if scenario.portability else Decimal(0)
    factor_service = service.total_years + portable
    until = interest_until(separation, day, vested=factor_service >= rules.vesting_years)
    return Core(
        rules=rules,
        settings=settings,
        plan=plan,
        retirement=day,
        separation=separation,
        age=age_on(scenario.member.birth_date, day),
        service=service,
        factor_service=factor_service,
        history=history,
        fas=fas,
        balance=_balance(scenario, plan, settings, rules, separation, until, paths, history),
    )
