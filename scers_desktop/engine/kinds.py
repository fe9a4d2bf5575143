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
from scers_desktop.engine.calendar import age_on, anniversary
from scers_desktop.engine.disability_death import DisabilityBenefit, disability_benefit
from scers_desktop.engine.eligibility import earliest_eligible_date, is_eligible
from scers_desktop.engine.factors import FactorLookup, benefit_factor
from scers_desktop.engine.findings import Code, Finding, finding
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
from scers_desktop.engine.service import member_employment, service_path, still_working


@dataclass
class KindResult:
    """What one date pays for the estimate's kind, and why not when it pays nothing."""

    factor: FactorLookup | None = None
    formula: FormulaBenefit | None = None
    disability: DisabilityBenefit | None = None
    annuity: tuple[Decimal, float] | None = None  # the two-times-match annuity and its annuity factor
    unmodified: Decimal | None = None
    reason: Finding | None = None
    earliest: date | None = None
    warnings: list[Finding] = field(default_factory=list)
    #: The settings that moved a number (for the "setting changed" warnings).
    used: set[str] = field(default_factory=lambda: {"age_basis", "service_interpolation"})
    #: Whether the factor's warnings are wanted (an estimate's; a sweep's points leave them out).
    explain: bool = True


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
        member_employment(scenario),
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


def _factor_warnings(scenario: Scenario, core: Core, factor: FactorLookup, formula: FormulaBenefit) -> list[Finding]:
    plan, settings, age = core.plan, core.settings, core.age
    found = [finding(Code.FACTOR_FLAGGED, note=factor.flag.note)] if factor.flag is not None else []
    if formula.capped:
        found.append(
            finding(Code.CAPPED, plan.cap_reference, cap=plan.cap_percent_of_fas, before=formula.percent_before_cap)
        )
    if age.completed_years > plan.factors.ages[-1]:
        found.append(finding(Code.TABLE_STOPS, age=plan.factors.ages[-1]))
    if factor.interpolated and settings.service_interpolation == "within_band":
        found.append(finding(Code.FACTOR_INTERPOLATED))
    if settings.age_basis == "completed_years" and age.exact_years != age.completed_years:
        found.append(finding(Code.AGE_IN_COMPLETED_YEARS, age=age.completed_years))
    if scenario.portability is not None:
        found.append(finding(Code.PORTABILITY, service=core.factor_service, system=scenario.portability.system))
    return found


def _not_eligible(core: Core, **more: object) -> Finding:
    """Not eligible for a service retirement: the age and service on the date, against the plan's rules."""
    return finding(
        Code.NOT_ELIGIBLE, core.plan.eligibility_reference, age=core.age.completed_years,
        service=core.factor_service, vesting=core.rules.vesting_years, **more,
    )  # fmt: skip


def _formula(scenario: Scenario, core: Core, result: KindResult) -> None:
    """Factor and formula (a service retirement, or the death benefit's as-if retirement); Plan 1's
    two-times-match annuity when it is greater."""
    assert core.fas is not None
    plan, age = core.plan, core.age
    factor = benefit_factor(plan.factors, core.factor_service, age, core.settings)
    if factor.factor_percent is None and scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        factor = _first_printed_factor(plan, core.factor_service)
        result.warnings.append(finding(Code.DEATH_FIRST_PRINTED_FACTOR))
    if factor.factor_percent is None:
        result.reason = _not_eligible(core, earliest=None, refund=False)
        return
    service, fas = core.service.total_years, core.fas.monthly
    formula = formula_benefit(service, factor.factor_percent, fas, plan.cap_percent_of_fas)
    if plan.code is Plan.TWO:
        result.used.update({"plan2_factor_mode", "plan2_fas_window"})
    if result.explain:
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
    refund = core.service.total_years < rules.vesting_years and not still_working(scenario)
    result.reason = _not_eligible(core, earliest=result.earliest, refund=result.earliest is None and refund)


def _disability(scenario: Scenario, core: Core, result: KindResult) -> None:
    assert core.fas is not None
    rules = core.rules.disability
    on_the_job = scenario.disability is not None and scenario.disability.on_the_job
    if core.service.total_years < rules.min_service_years and not on_the_job:
        result.reason = finding(Code.DISABILITY_NEEDS_SERVICE, rules.reference, years=rules.min_service_years)
        return
    result.disability = disability_benefit(core.service.total_years, core.fas.monthly, core.age.exact_years, rules)
    result.unmodified = result.disability.monthly
    result.warnings.append(finding(Code.DISABILITY_NEEDS_APPROVAL, rules.reference))
    recent = None if on_the_job else _recent_service(scenario, core, rules.recent_service_window_years_2011)
    if recent is not None and recent < rules.min_service_years:
        result.warnings.append(
            finding(
                Code.DISABILITY_RECENT_SERVICE_2011,
                rules.recent_service_reference,
                window=rules.recent_service_window_years_2011,
                recent=recent,
            )
        )


def _recent_service(scenario: Scenario, core: Core, window: int) -> Decimal | None:
    """Service earned in the ``window`` years up to separation (the disability), for the 2011 handbook's
    "10 years ... earned during the 15 years prior to becoming disabled"; purchases count in neither end,
    so they are left out. None for the quick shortcut (no history)."""
    if scenario.quick is not None:
        return None
    path = service_path(scenario)
    start = anniversary(core.separation, -window)
    return core.service.total_years - path(start).total_years


def _death(scenario: Scenario, core: Core, result: KindResult) -> None:
    if core.service.total_years < core.rules.death.min_service_years:
        death = core.rules.death
        result.reason = finding(Code.DEATH_REFUND_ONLY, death.reference, years=death.min_service_years)
    elif scenario.beneficiary is None or not scenario.beneficiary.relationship.spousal:
        result.reason = finding(Code.DEATH_NO_SPOUSE, core.rules.death.reference)
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
    payable) and the factor's warnings; the sweep leaves them out.
    """
    result = KindResult(explain=explain)
    if scenario.estimate_type is EstimateType.SERVICE and explain:
        result.earliest = earliest(scenario, core.plan)
    if core.fas is None:
        result.reason = finding(Code.NEEDS_PAY)
    else:
        KINDS[scenario.estimate_type](scenario, core, result)
    if core.fas is not None and not core.fas.quick:
        result.used.add("salary_growth_rate")
    return result
