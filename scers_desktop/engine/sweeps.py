"""The benefit against retirement age: ``sweep(scenario, ages)``.

Each point is what :func:`~scers_desktop.engine.estimates.estimate` gives for a benefit starting on the
birthday that reaches the age: the same per-date computation (:func:`~scers_desktop.engine.pipeline.core_at`)
and the same kind estimator (:func:`~scers_desktop.engine.kinds.estimate_kind`), so a disability or
death-before-retirement case shows its own benefit, not a service retirement's. The service line, the
pay series and the balance projection are carried from one age to the next.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.assumptions import Settings, settings_for
from scers_desktop.engine.calendar import anniversary
from scers_desktop.engine.details import option_inputs
from scers_desktop.engine.kinds import estimate_kind, member_life, valuation_basis
from scers_desktop.engine.model import EstimateType, Retirement, Scenario
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.options import single_option
from scers_desktop.engine.pipeline import Core, Paths, core_at
from scers_desktop.engine.plan_data import RulesData, rules_data

__all__ = ["SweepPoint", "point_on", "starting_on", "sweep"]


@dataclass(frozen=True)
class SweepPoint:
    """The estimate at one retirement age, for the benefit-against-age curve."""

    age: int
    retirement_date: date
    eligible: bool
    service_years: Decimal
    fas_monthly: Decimal | None
    factor_percent: Decimal | None
    capped: bool
    unmodified_monthly: Decimal | None
    option_monthly: Decimal | None = None
    from_annuity: bool = False


def _option_monthly(
    scenario: Scenario, core: Core, unmodified: Decimal, table: OptionFactorTable | None
) -> Decimal | None:
    """The selected option's monthly amount for the member at this date (a service or disability case)."""
    code = scenario.selected_option
    if not code or code == "Unmodified" or scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        return None
    settings = core.settings
    member, basis = member_life(scenario, settings, core.retirement), valuation_basis(settings, core.rules)
    inputs, _ = option_inputs(scenario, settings, basis, unmodified, core.balance, member, core.retirement, table)
    chosen = single_option(code, inputs)
    return chosen.member_monthly if chosen else None


def starting_on(scenario: Scenario, day: date) -> Scenario:
    """``scenario`` with the benefit starting on ``day`` (the separation date as entered): what
    ``dataclasses.replace`` gives, made directly (every field of a Scenario is set by its constructor),
    as a sweep or a month-by-month series makes one per date."""
    return Scenario(**{**vars(scenario), "retirement": Retirement(day, scenario.retirement.separation_date)})


def point_on(
    scenario: Scenario,
    day: date,
    settings: Settings,
    rules: RulesData,
    paths: Paths,
    option_factors: OptionFactorTable | None = None,
) -> SweepPoint:
    """The core figures for a benefit starting on ``day``: one call of the pipeline and the kind estimator
    (the same two :func:`~scers_desktop.engine.estimates.estimate` makes); ``age`` is the completed age."""
    at_day = starting_on(scenario, day)
    core = core_at(at_day, day, settings, rules, paths)
    kind = estimate_kind(at_day, core, explain=False)
    unmodified = kind.unmodified
    return SweepPoint(
        core.age.completed_years,
        day,
        unmodified is not None,
        core.service.total_years,
        core.fas.monthly if core.fas else None,
        kind.factor.factor_percent if kind.factor and unmodified is not None else None,
        kind.formula.capped if kind.formula else False,
        unmodified,
        None if unmodified is None else _option_monthly(at_day, core, unmodified, option_factors),
        kind.annuity is not None
        and unmodified is not None
        and kind.formula is not None
        and unmodified > kind.formula.monthly,
    )


def sweep(
    scenario: Scenario, ages: range | list[int], *, option_factors: OptionFactorTable | None = None
) -> list[SweepPoint]:
    """The benefit at each whole retirement age, retiring on the birthday that reaches it.

    No point depends on the day it is made (the points have no purchase costs), so it takes no ``as_of``.
    When the case has a ``selected_option``, each point also carries that option's amount (from
    ``option_factors`` where that table covers it, as in :func:`~scers_desktop.engine.estimates.estimate`).
    """
    rules, settings = rules_data(), settings_for(scenario.assumptions)
    paths = Paths.of(scenario, settings)
    birth = scenario.member.birth_date
    return [point_on(scenario, anniversary(birth, age), settings, rules, paths, option_factors) for age in ages]
