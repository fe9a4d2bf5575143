"""What is payable on one retirement date, for each kind of estimate (dispatched on ``EstimateType``).

- Service retirement: eligibility by age and service (Handbook 2023 App. A/B), the factor table, the
  formula with the Plan 1 cap; Plan 1 pays the greater of it and the "two times match" annuity.
- Disability retirement (plan-rules.md §1.8): at least the plan data's service unless the disability
  came from an on-the-job injury; the benefit of :func:`~scers_desktop.engine.disability_death.disability_benefit`.
- Death before retirement (plan-rules.md §1.9): with enough service and a spouse or registered domestic
  partner, the benefit the member would have had on retiring the day of death; else a refund.

``estimate`` and ``sweep`` both call :func:`estimate_kind` on the same :class:`~scers_desktop.engine.pipeline.Core`,
so the curve and the estimate can never disagree about a date.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from scers_desktop.engine.actuarial import Life
from scers_desktop.engine.assumptions import Settings
from scers_desktop.engine.benefit import FormulaBenefit, formula_benefit, two_times_match
from scers_desktop.engine.caches import PER_HISTORY
from scers_desktop.engine.calendar import age_on
from scers_desktop.engine.disability_death import DisabilityBenefit, disability_benefit
from scers_desktop.engine.eligibility import earliest_eligible_date, is_eligible, not_eligible_reason
from scers_desktop.engine.factors import FactorLookup, benefit_factor
from scers_desktop.engine.model import (
    EmploymentPeriod,
    EstimateType,
    Leave,
    Member,
    Plan,
    Purchase,
    Quick,
    Retirement,
    Scenario,
)
from scers_desktop.engine.mortality import cohort_rates
from scers_desktop.engine.option_factors import ValuationBasis, annuity_value
from scers_desktop.engine.pipeline import ONE_DAY, Core, separation_for
from scers_desktop.engine.plan_data import PlanRules, RulesData
from scers_desktop.engine.service import service_path, still_working
from scers_desktop.present.text import long_date


@dataclass
class KindResult:
    """What one date pays for the estimate's kind, and why not when it pays nothing."""

    factor: FactorLookup | None = None
    formula: FormulaBenefit | None = None
    disability: DisabilityBenefit | None = None
    annuity: tuple[Decimal, float] | None = None  # the two-times-match annuity and its annuity factor
    unmodified: Decimal | None = None
    reason: str | None = None
    earliest: date | None = None
    warnings: list[str] = field(default_factory=list)
    #: The settings that moved a number (for the "setting changed" warnings).
    used: set[str] = field(default_factory=lambda: {"age_basis", "service_interpolation"})


def _life(settings: Settings, role: str, birth: date, sex: str | None, on: date) -> Life:
    rates = cohort_rates(settings.mortality_basis, sex, float(settings.unisex_female_weight), role, birth.year)
    return Life(rates, float(age_on(birth, on).exact_years))


def member_life(scenario: Scenario, settings: Settings, on: date) -> Life:
    """The member's life from ``on``: disabled-retiree mortality for a disability estimate."""
    role = "disabled" if scenario.estimate_type is EstimateType.DISABILITY else "member"
    return _life(settings, role, scenario.member.birth_date, scenario.member.sex, on)


def beneficiary_life(scenario: Scenario, settings: Settings, on: date) -> Life | None:
    """The beneficiary's life from ``on`` (contingent-survivor mortality), if there is one."""
    b = scenario.beneficiary
    return None if b is None else _life(settings, "beneficiary", b.birth_date, b.sex, on)


def valuation_basis(settings: Settings, rules: RulesData) -> ValuationBasis:
    """Interest, and the COLA when annuities are valued with it."""
    cola = float(rules.cola_rate) if settings.annuity_cola_loaded else 0.0
    return ValuationBasis(float(settings.interest_rate), cola)


@lru_cache(maxsize=PER_HISTORY)
def _earliest_date(
    plan: PlanRules,
    birth: date,
    quick: Quick | None,
    employment: tuple[EmploymentPeriod, ...],
    leaves: tuple[Leave, ...],
    purchases: tuple[Purchase, ...],
    separation_given: date | None,
    quick_separation: date | None,
    portable_years: Decimal,
) -> date | None:
    """The first eligible retirement date for one service path (cached on everything it depends on)."""
    path = Scenario(
        member=Member(birth, plan.code, True),
        retirement=Retirement(quick_separation + ONE_DAY if quick_separation else birth, separation_given),
        quick=quick,
        employment=employment,
        leaves=leaves,
        purchases=purchases,
    )
    service = service_path(path)

    def service_for(day: date) -> Decimal:
        return service(separation_for(path, day)).total_years + portable_years

    search_from = min((p.start for p in employment), default=birth) + ONE_DAY
    return earliest_eligible_date(plan, birth, service_for, search_from)


def earliest(scenario: Scenario, plan: PlanRules) -> date | None:
    """The first date the member could take a service retirement on the same service path."""
    return _earliest_date(
        plan,
        scenario.member.birth_date,
        scenario.quick,
        scenario.employment,
        scenario.leaves,
        scenario.purchases,
        scenario.retirement.separation_date,
        scenario.separation_date if scenario.quick else None,
        scenario.portability.service_years if scenario.portability else Decimal(0),
    )


def _first_printed_factor(plan: PlanRules, service: Decimal) -> FactorLookup:
    table = plan.factors
    row = table.row_for(int(service))
    if row is None:
        return FactorLookup(None, None, table.ages[0])
    index = next((i for i, cell in enumerate(row.cells) if cell is not None), None)
    if index is None:
        return FactorLookup(None, row, table.ages[0])
    return FactorLookup(row.cells[index], row, table.ages[index])


def _factor_warnings(scenario: Scenario, core: Core, factor: FactorLookup, formula: FormulaBenefit) -> list[str]:
    plan, settings, age = core.plan, core.settings, core.age
    warnings = [factor.flag.note] if factor.flag is not None else []
    if formula.capped:
        warnings.append(
            f"Plan 1 benefits are capped at {plan.cap_percent_of_fas:.0f}% of final average salary; "
            f"your {formula.percent_before_cap:.2f}% was reduced to the cap."
        )
    if age.completed_years > plan.factors.ages[-1]:
        warnings.append(
            f"The factor table stops at age {plan.factors.ages[-1]}; its last column is used for older ages."
        )
    if factor.interpolated and settings.service_interpolation == "within_band":
        warnings.append(
            "Assumption: the factor rises with each day of service between two whole-year rows of the table "
            "(Handbook 2011: 'Percentages increase with each day of service')."
        )
    if settings.age_basis == "completed_years" and age.exact_years != age.completed_years:
        warnings.append(
            f"Assumption: the factor uses your age in completed years ({age.completed_years}); "
            "the handbook prints whole ages only."
        )
    if scenario.portability is not None:
        warnings.append(
            f"Portability: the factor and eligibility use your combined service ({core.factor_service:.2f} years, "
            f"with {scenario.portability.system}); SCERS pays on its own service only. File the Portability "
            "Claim Form with SCERS and your other system."
        )
    return warnings


def _formula(scenario: Scenario, core: Core, result: KindResult) -> None:
    """Factor and formula (a service retirement, or the death benefit's as-if retirement); Plan 1's
    two-times-match annuity when it is greater."""
    assert core.fas is not None
    plan, age = core.plan, core.age
    factor = benefit_factor(plan.factors, core.factor_service, age, core.settings)
    if factor.factor_percent is None and scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        factor = _first_printed_factor(plan, core.factor_service)
        result.warnings.append(
            "Assumption: the death benefit uses the factor at the first age the table shows for your service, "
            "because the handbook does not say which factor applies before retirement age."
        )
    if factor.factor_percent is None:
        result.reason = not_eligible_reason(plan, age.completed_years, core.factor_service, core.rules.vesting_years)
        return
    service, fas = core.service.total_years, core.fas.monthly
    formula = formula_benefit(service, factor.factor_percent, fas, plan.cap_percent_of_fas)
    if plan.code is Plan.TWO:
        result.used.update({"plan2_factor_mode", "plan2_fas_window"})
    result.warnings += _factor_warnings(scenario, core, factor, formula)
    result.factor, result.formula, result.unmodified = factor, formula, formula.monthly
    if plan.annuity_minimum and core.balance is not None:
        member = member_life(scenario, core.settings, core.retirement)
        value = annuity_value(member, valuation_basis(core.settings, core.rules))
        result.annuity = two_times_match(core.balance.balance, value), value
        result.unmodified = max(formula.monthly, result.annuity[0])


def _service(scenario: Scenario, core: Core, result: KindResult) -> None:
    plan, rules, age = core.plan, core.rules, core.age
    if is_eligible(plan, age.completed_years, core.factor_service):
        _formula(scenario, core, result)
        return
    reason = not_eligible_reason(plan, age.completed_years, core.factor_service, rules.vesting_years)
    if result.earliest is not None:
        reason += f" With the same service path you would first be eligible on {long_date(result.earliest)}."
    elif core.service.total_years < rules.vesting_years and not still_working(scenario):
        reason += " You may instead withdraw your contributions with interest (a refund)."
    result.reason = reason


def _disability(scenario: Scenario, core: Core, result: KindResult) -> None:
    assert core.fas is not None
    rules = core.rules.disability
    on_the_job = scenario.disability is not None and scenario.disability.on_the_job
    if core.service.total_years < rules.min_service_years and not on_the_job:
        result.reason = (
            f"A disability retirement needs at least {rules.min_service_years} years of service "
            "(earned in the 15 years before the disability), unless the disability came from an on-the-job injury."
        )
        return
    result.disability = disability_benefit(core.service.total_years, core.fas.monthly, core.age.exact_years, rules)
    result.unmodified = result.disability.monthly
    result.warnings.append(
        "Disability retirement needs the Board's approval after an examination; the 15-years rule, "
        "earnings offsets and the temporary-disability rules are not checked here."
    )


def _death(scenario: Scenario, core: Core, result: KindResult) -> None:
    if core.service.total_years < core.rules.death.min_service_years:
        result.reason = (
            f"With fewer than {core.rules.death.min_service_years} years of service, the death benefit is a refund "
            "of contributions with interest (lump sum or installments) to your spouse, partner or beneficiary."
        )
    elif scenario.beneficiary is None or not scenario.beneficiary.relationship.spousal:
        result.reason = (
            "With no spouse or registered domestic partner, the death benefit is a refund of contributions with "
            "interest to your named beneficiary or your estate. Designated children under 18 may instead elect "
            "the monthly benefit (not estimated here). Enter a spouse or partner to see their monthly benefit."
        )
    else:
        _formula(scenario, core, result)


KINDS: dict[EstimateType, Callable[[Scenario, Core, KindResult], None]] = {
    EstimateType.SERVICE: _service,
    EstimateType.DISABILITY: _disability,
    EstimateType.DEATH_BEFORE_RETIREMENT: _death,
}


def estimate_kind(scenario: Scenario, core: Core, *, explain: bool = True) -> KindResult:
    """What ``core``'s date pays for the scenario's kind of estimate.

    ``explain`` also finds the earliest eligible date (for the reason a service retirement is not yet
    payable); the sweep leaves it out.
    """
    result = KindResult()
    if scenario.estimate_type is EstimateType.SERVICE and explain:
        result.earliest = earliest(scenario, core.plan)
    if core.fas is None:
        result.reason = "Enter your pay (salary history) so the final average salary can be found."
    else:
        KINDS[scenario.estimate_type](scenario, core, result)
    if core.fas is not None and not core.fas.quick:
        result.used.add("salary_growth_rate")
    return result
