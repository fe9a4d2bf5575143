"""The engine's entry points: ``estimate(scenario)`` and ``sweep(scenario, ages)``.

An :class:`Estimate` holds every number with unrounded money; front ends round through
:func:`~scers_desktop.engine.money.to_cents` when they show it. It also carries the plain-language
``warnings`` (every assumption that moved a number) and the ``explanations`` ("why this number":
each figure with the rule and the source behind it) that the app, the PDF and the CLI all show.

Three kinds of estimate (``scenario.estimate_type``): a service retirement (default), a disability
retirement, and the benefit a spouse would have on the member's death before retirement (the
retirement date is then the date of death).
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from scers_desktop.engine.actuarial import Life
from scers_desktop.engine.assumptions import Settings, settings_for
from scers_desktop.engine.benefit import FormulaBenefit, formula_benefit, two_times_match
from scers_desktop.engine.caches import PER_HISTORY
from scers_desktop.engine.calendar import Age, age_on, anniversary, long_date
from scers_desktop.engine.cola import ColaYear, cola_projection
from scers_desktop.engine.contributions import ProjectedBalance, project_balance
from scers_desktop.engine.disability_death import (
    DEATH_BENEFIT_MIN_SERVICE,
    DEATH_CASH_SHARE,
    DISABILITY_MIN_SERVICE,
    DisabilityBenefit,
    disability_benefit,
)
from scers_desktop.engine.eligibility import earliest_eligible_date, is_eligible, not_eligible_reason
from scers_desktop.engine.factors import FactorLookup, benefit_factor
from scers_desktop.engine.money import format_dollars, to_cents
from scers_desktop.engine.mortality import BASES, cohort_rates
from scers_desktop.engine.net_pay import NetPay, net_pay
from scers_desktop.engine.notes import (
    Explanation,
    assumption_warnings,
    explanations,
    fas_warnings,
    growth_rate,
    service_warnings,
)
from scers_desktop.engine.option_factors import ValuationBasis, annuity_value, joint_and_survivor_factor
from scers_desktop.engine.options import (
    SPOUSAL,
    OptionAmount,
    OptionInputs,
    SocialSecurityLevel,
    payment_options,
    single_option,
)
from scers_desktop.engine.plan_data import PlanRules, RulesData, rules_data
from scers_desktop.engine.purchases import PurchaseCost, payback_age, purchase_cost
from scers_desktop.engine.salary import (
    FinalAverageSalary,
    PayMonth,
    final_average_salary,
    flat_pay_months,
    pay_on,
    pay_series,
    quick_final_average_salary,
)
from scers_desktop.engine.scenario import (
    EmploymentPeriod,
    Leave,
    Member,
    Purchase,
    Quick,
    Retirement,
    Scenario,
)
from scers_desktop.engine.service import ServiceCredit, service_at, service_path, still_working
from scers_desktop.engine.social_security import social_security_date

ONE_DAY = timedelta(days=1)
COLA_YEARS = 30

__all__ = ["Estimate", "Explanation", "SweepPoint", "estimate", "rounded", "sweep"]


@dataclass(frozen=True)
class Estimate:
    """Everything one scenario's estimate produced. Money is unrounded Decimal dollars a month."""

    scenario: Scenario
    plan: PlanRules
    rules_version: str
    retirement_date: date
    separation_date: date
    age: Age
    service: ServiceCredit
    factor_service_years: Decimal
    fas: FinalAverageSalary | None
    eligible: bool
    reason: str | None
    earliest_eligible_date: date | None
    factor: FactorLookup | None
    formula: FormulaBenefit | None
    annuity_monthly: Decimal | None
    annuity_factor: float | None
    balance: ProjectedBalance | None
    disability: DisabilityBenefit | None
    unmodified_monthly: Decimal | None
    options: tuple[OptionAmount, ...]
    cola: tuple[ColaYear, ...]
    purchases: tuple[PurchaseCost, ...]
    net_pay: NetPay | None
    social_security_date: date | None
    warnings: tuple[str, ...]
    explanations: tuple[Explanation, ...]
    settings: Settings

    @property
    def unmodified_from_annuity(self) -> bool:
        """Plan 1: whether the "two times match" annuity beat the formula."""
        return (
            self.annuity_monthly is not None
            and self.formula is not None
            and self.annuity_monthly > self.formula.monthly
        )

    @property
    def refund(self) -> Decimal | None:
        """Contributions with interest at separation: what a refund would pay instead of a pension."""
        return None if self.balance is None else self.balance.balance

    def option(self, code: str) -> OptionAmount | None:
        """The option with this code ('E', 'C10', 'A+F', 'E+G50' ...), if the estimate has it."""
        return next((o for o in self.options if o.code == code), None)


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


def _separation_for(scenario: Scenario, retirement: date) -> date:
    given = scenario.retirement.separation_date
    return given if given is not None and given < retirement else retirement - ONE_DAY


def _pay_path(scenario: Scenario, settings: Settings) -> Callable[[date], list[PayMonth]]:
    """The months of service with pay up to a separation date (none for the quick shortcut)."""
    if scenario.quick is not None or scenario.salary is None or not scenario.employment:
        return lambda _: []
    return pay_series(scenario.salary, growth_rate(scenario, settings), scenario.employment, scenario.leaves).until


def _fas(scenario: Scenario, plan: PlanRules, settings: Settings, months: list[PayMonth]) -> FinalAverageSalary | None:
    if scenario.quick is not None:
        fas = quick_final_average_salary(scenario.quick.final_average_salary_monthly)
    elif scenario.salary is None:
        return None
    else:
        consecutive = plan.code != "2" or settings.plan2_fas_window == "consecutive"
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


def _projected_balance(
    scenario: Scenario,
    plan: PlanRules,
    settings: Settings,
    rules: RulesData,
    separation: date,
    history: list[PayMonth],
    resume: tuple[Decimal, date] | None = None,
) -> ProjectedBalance | None:
    """The contribution balance at separation, from the statement (None without one).

    ``resume`` continues an earlier projection (its balance and separation date) instead of starting
    again from the statement: the projection goes month by month, so the result is the same.
    """
    if scenario.contributions is None:
        return None
    start_balance, start_date = resume or (scenario.contributions.balance, scenario.contributions.as_of)
    months = history
    if scenario.quick is not None:
        months = flat_pay_months(scenario.quick.final_average_salary_monthly, start_date, separation)
    return project_balance(
        start_balance,
        start_date,
        months,
        separation,
        plan.member_contribution_rate,
        rules,
        settings.future_credited_interest_rate,
    )


def _life(settings: Settings, role: str, birth: date, sex: str | None, on: date) -> Life:
    rates = cohort_rates(settings.mortality_basis, sex, float(settings.unisex_female_weight), role, birth.year)
    return Life(rates, float(age_on(birth, on).exact_years))


def _member_life(scenario: Scenario, settings: Settings, on: date) -> Life:
    role = "disabled" if scenario.estimate_type == "disability" else "member"
    return _life(settings, role, scenario.member.birth_date, scenario.member.sex, on)


def _beneficiary_life(scenario: Scenario, settings: Settings, on: date) -> Life | None:
    b = scenario.beneficiary
    return None if b is None else _life(settings, "beneficiary", b.birth_date, b.sex, on)


def _valuation_basis(settings: Settings, rules: RulesData) -> ValuationBasis:
    cola = float(rules.cola_rate) if settings.annuity_cola_loaded else 0.0
    return ValuationBasis(float(settings.interest_rate), cola)


def _factor_service(scenario: Scenario, service: ServiceCredit) -> Decimal:
    """Service for eligibility and the factor: SCERS plus a portable system's (RCW 41.54.030)."""
    other = scenario.portability.service_years if scenario.portability else Decimal(0)
    return service.total_years + other


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
        return service(_separation_for(path, day)).total_years + portable_years

    search_from = min((p.start for p in employment), default=birth) + ONE_DAY
    return earliest_eligible_date(plan, birth, service_for, search_from)


def _earliest(scenario: Scenario, plan: PlanRules) -> date | None:
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


def _social_security(
    scenario: Scenario, settings: Settings, retirement: date
) -> tuple[SocialSecurityLevel | None, str | None, date]:
    """Option F's inputs, or why it is not available, and the Social Security date."""
    ss_date = social_security_date(scenario.member.birth_date, settings.social_security_age)
    if ss_date <= retirement:
        return None, "is for members who retire before their Social Security age", ss_date
    if scenario.social_security is None:
        return None, "needs your Social Security estimate at your Social Security age", ss_date
    months = (ss_date.year - retirement.year) * 12 + ss_date.month - retirement.month - (ss_date.day < retirement.day)
    return SocialSecurityLevel(scenario.social_security.monthly_at_ss_age, months), None, ss_date


def _option_inputs(
    scenario: Scenario,
    settings: Settings,
    basis: ValuationBasis,
    unmodified: Decimal,
    balance: ProjectedBalance | None,
    member: Life,
    retirement: date,
) -> tuple[OptionInputs, date]:
    """What the options of this case are priced from, and the Social Security date."""
    level, missing, ss_date = _social_security(scenario, settings, retirement)
    inputs = OptionInputs(
        unmodified,
        None if balance is None else balance.balance,
        member,
        _beneficiary_life(scenario, settings, retirement),
        scenario.beneficiary.relationship if scenario.beneficiary else None,
        basis,
        level,
        missing,
    )
    return inputs, ss_date


@dataclass(frozen=True)
class _Core:
    """The parts of an estimate that every kind shares."""

    rules: RulesData
    settings: Settings
    plan: PlanRules
    separation: date
    age: Age
    service: ServiceCredit
    factor_service: Decimal
    history: list[PayMonth]
    fas: FinalAverageSalary | None
    balance: ProjectedBalance | None


def _core(scenario: Scenario) -> _Core:
    rules = rules_data()
    settings = settings_for(scenario.assumptions)
    plan = rules.plans[scenario.member.plan]
    separation = scenario.separation_date
    service = service_at(scenario, separation)
    history = _pay_path(scenario, settings)(separation)
    return _Core(
        rules,
        settings,
        plan,
        separation,
        age_on(scenario.member.birth_date, scenario.retirement.date),
        service,
        _factor_service(scenario, service),
        history,
        _fas(scenario, plan, settings, history),
        _projected_balance(scenario, plan, settings, rules, separation, history),
    )


def _service_benefit(
    scenario: Scenario, core: _Core, warnings: list[str], used: set[str]
) -> tuple[FactorLookup | None, FormulaBenefit | None, str | None]:
    """Factor and formula for a service retirement (or the death benefit's as-if retirement)."""
    assert core.fas is not None
    plan, settings, age = core.plan, core.settings, core.age
    factor = benefit_factor(plan.factors, core.factor_service, age, settings)
    if factor.factor_percent is None and scenario.estimate_type == "death_before_retirement":
        factor = _first_printed_factor(plan, core.factor_service)
        warnings.append(
            "Assumption: the death benefit uses the factor at the first age the table shows for your service, "
            "because the handbook does not say which factor applies before retirement age."
        )
    if factor.factor_percent is None:
        return None, None, not_eligible_reason(plan, age.completed_years, core.factor_service, core.rules.vesting_years)
    formula = formula_benefit(
        core.service.total_years, factor.factor_percent, core.fas.monthly, plan.cap_percent_of_fas
    )
    if plan.code == "2":
        used.update({"plan2_factor_mode", "plan2_fas_window"})
    if factor.flag is not None:
        warnings.append(factor.flag.note)
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
    return factor, formula, None


def _first_printed_factor(plan: PlanRules, service: Decimal) -> FactorLookup:
    table = plan.factors
    row = table.row_for(int(service))
    if row is None:
        return FactorLookup(None, None, table.ages[0])
    index = next((i for i, cell in enumerate(row.cells) if cell is not None), None)
    if index is None:
        return FactorLookup(None, row, table.ages[0])
    return FactorLookup(row.cells[index], row, table.ages[index])


def _purchase_costs(
    scenario: Scenario, core: _Core, unmodified: Decimal | None, annuity: float | None
) -> tuple[PurchaseCost, ...]:
    """Cost and decision numbers for each purchase: estimate again without it and compare."""
    results = []
    as_of = date.today()
    current_pay = None
    if scenario.quick is not None:
        current_pay = scenario.quick.final_average_salary_monthly
    elif scenario.salary is not None:
        current_pay = pay_on(scenario.salary, growth_rate(scenario, core.settings), as_of)
    with_date = _earliest(scenario, core.plan)
    for i, purchase in enumerate(scenario.purchases):
        without = replace(scenario, purchases=scenario.purchases[:i] + scenario.purchases[i + 1 :])
        other = estimate(without, details=False)
        increase = None
        if unmodified is not None:
            increase = unmodified - (other.unmodified_monthly or Decimal(0))
        cost, how, missing = purchase_cost(
            purchase,
            purchase.repaid_date or as_of,
            core.rules.assumed_return,
            core.plan.member_contribution_rate,
            current_pay,
            increase,
            annuity,
            scenario.retirement.date,
        )
        note = None
        if increase is not None and increase <= 0:
            note = (
                "This purchase does not raise your benefit: you are already at the "
                f"{core.plan.cap_percent_of_fas:.0f}% cap."
                if core.plan.cap_percent_of_fas is not None
                and other.formula is not None
                and other.formula.percent_before_cap >= core.plan.cap_percent_of_fas
                else "This purchase does not raise your benefit on these figures."
            )
        results.append(
            PurchaseCost(
                purchase.kind,
                purchase.service_years,
                cost,
                purchase.repaid_date or as_of,
                how,
                increase,
                payback_age(cost, increase, core.age.exact_years),
                with_date,
                other.earliest_eligible_date,
                missing,
                note,
            )
        )
    return tuple(results)


def _has_spouse_or_partner(scenario: Scenario) -> bool:
    """Whether the case names a spouse or registered domestic partner (who can take Options D and E)."""
    return scenario.beneficiary is not None and scenario.beneficiary.relationship in SPOUSAL


def _death_options(
    scenario: Scenario, core: _Core, unmodified: Decimal, member: Life, basis: ValuationBasis
) -> tuple[OptionAmount, ...]:
    """Death before retirement with 10+ years: the spouse's Option E benefit, or cash and a reduced one."""
    beneficiary = _beneficiary_life(scenario, core.settings, scenario.retirement.date)
    if beneficiary is None:
        return ()
    factor = joint_and_survivor_factor(member, beneficiary, basis, 1.0)
    survivor = unmodified * Decimal(repr(factor))
    options = [
        OptionAmount(
            "E",
            "Monthly benefit to your spouse/partner",
            "What your spouse or registered domestic partner would have received under Option E had you "
            "retired on the day of your death (Handbook 2023 'Death Benefits').",
            None,
            survivor,
            "for their life",
        )
    ]
    if core.balance is not None:
        cash = core.balance.balance * DEATH_CASH_SHARE
        reduced = survivor - cash / Decimal(repr(annuity_value(beneficiary, basis)))
        options.append(
            OptionAmount(
                "E+G50",
                "Cash of 50% of contributions and a reduced monthly benefit",
                "Up to 50% of your contributions with interest in cash, and the Option E benefit reduced by the "
                "cash's actuarial value (Handbook 2023 'Death Benefits').",
                None,
                max(reduced, Decimal(0)),
                "for their life",
                lump_sum=cash,
            )
        )
    return tuple(options)


def _estimate(scenario: Scenario, details: bool) -> Estimate:
    core = _core(scenario)
    rules, settings, plan, age, service, fas = core.rules, core.settings, core.plan, core.age, core.service, core.fas
    retirement = scenario.retirement.date
    kind = scenario.estimate_type
    warnings: list[str] = []
    used: set[str] = {"age_basis", "service_interpolation"}
    if scenario.member.plan_given and scenario.member.membership_date is not None:
        expected = "1" if scenario.member.membership_date < rules.plan2_from else "2"
        if expected != scenario.member.plan:
            warnings.append(
                f"Plan {scenario.member.plan} was entered, but a membership date of "
                f"{long_date(scenario.member.membership_date)} usually means Plan {expected}. Check with SCERS."
            )
    warnings += service_warnings(scenario, service, core.separation)

    earliest = _earliest(scenario, plan) if kind == "service" else None
    factor = formula = None
    disability = None
    annuity: tuple[Decimal, float] | None = None
    unmodified: Decimal | None = None
    reason: str | None = None
    member = _member_life(scenario, settings, retirement)
    basis = _valuation_basis(settings, rules)

    if fas is None:
        reason = "Enter your pay (salary history) so the final average salary can be found."
    elif kind == "disability":
        on_the_job = scenario.disability is not None and scenario.disability.on_the_job
        if service.total_years < DISABILITY_MIN_SERVICE and not on_the_job:
            reason = (
                f"A disability retirement needs at least {DISABILITY_MIN_SERVICE} years of service (earned in the "
                "15 years before the disability), unless the disability came from an on-the-job injury."
            )
        else:
            disability = disability_benefit(service.total_years, fas.monthly, age.exact_years)
            unmodified = disability.monthly
            warnings.append(
                "Disability retirement needs the Board's approval after an examination; the 15-years rule, "
                "earnings offsets and the temporary-disability rules are not checked here."
            )
    elif kind == "death_before_retirement" and service.total_years < DEATH_BENEFIT_MIN_SERVICE:
        reason = (
            f"With fewer than {DEATH_BENEFIT_MIN_SERVICE} years of service, the death benefit is a refund of "
            "contributions with interest (lump sum or installments) to your spouse, partner or beneficiary."
        )
    elif kind == "death_before_retirement" and not _has_spouse_or_partner(scenario):
        reason = (
            "With no spouse or registered domestic partner, the death benefit is a refund of contributions with "
            "interest to your named beneficiary or your estate. Designated children under 18 may instead elect "
            "the monthly benefit (not estimated here). Enter a spouse or partner to see their monthly benefit."
        )
    elif kind == "service" and not is_eligible(plan, age.completed_years, core.factor_service):
        reason = not_eligible_reason(plan, age.completed_years, core.factor_service, rules.vesting_years)
        if earliest is not None:
            reason += f" With the same service path you would first be eligible on {long_date(earliest)}."
        elif service.total_years < rules.vesting_years and not still_working(scenario):
            reason += " You may instead withdraw your contributions with interest (a refund)."
    else:
        factor, formula, reason = _service_benefit(scenario, core, warnings, used)
        if formula is not None:
            warnings += fas_warnings(scenario, fas, plan, settings)
            unmodified = formula.monthly
            if plan.annuity_minimum and core.balance is not None:
                factor_value = annuity_value(member, basis)
                annuity = two_times_match(core.balance.balance, factor_value), factor_value
                unmodified = max(unmodified, annuity[0])
    if fas is not None and not fas.quick:
        used.add("salary_growth_rate")

    options: tuple[OptionAmount, ...] = ()
    ss_date = None
    if unmodified is not None and details:
        used.update({"interest_rate", "annuity_cola_loaded", "mortality_basis"})
        if kind == "death_before_retirement":
            options = _death_options(scenario, core, unmodified, member, basis)
            warnings.append(
                "The death benefit assumes you were to die on the date entered as the retirement date; with no "
                "spouse or partner, designated children under 18 may elect it (not estimated here)."
            )
        else:
            inputs, ss_date = _option_inputs(scenario, settings, basis, unmodified, core.balance, member, retirement)
            used.add("social_security_age")
            options = payment_options(inputs)
        warnings.append(
            "Option amounts are approximate: SCERS does not publish its option factors. They are valued at "
            f"{settings.interest_rate * 100:.2f}% interest with {BASES[settings.mortality_basis].name}"
            + (" (unisex blend)" if scenario.member.sex is None else "")
            + (", including the 1.5% yearly COLA." if settings.annuity_cola_loaded else ".")
        )
        if scenario.member.sex is None or (scenario.beneficiary is not None and scenario.beneficiary.sex is None):
            used.add("unisex_female_weight")
    if annuity is not None and core.balance is not None:
        used.update({"interest_rate", "annuity_cola_loaded", "mortality_basis", "future_credited_interest_rate"})
        warnings.append(
            "The two-times-match annuity is an approximation: SCERS does not publish its conversion basis. "
            f"This uses {settings.interest_rate * 100:.2f}% interest and {BASES[settings.mortality_basis].name}."
        )
    if core.balance is not None and (core.balance.proxy_years or core.balance.future_rate_years):
        used.add("future_credited_interest_rate")
        years = [*core.balance.proxy_years, *core.balance.future_rate_years]
        span = str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
        warnings.append(
            f"Your contribution balance is projected to {long_date(core.separation)} with interest for "
            f"{span} estimated from the 30-year Treasury yield; your statement shows the actual rates."
        )

    cola: tuple[ColaYear, ...] = ()
    purchases: tuple[PurchaseCost, ...] = ()
    pay: NetPay | None = None
    if details and unmodified is not None and kind != "death_before_retirement":
        used.add("cpi_inflation_rate")
        cola = cola_projection(
            unmodified, retirement, scenario.member.birth_date, COLA_YEARS, rules.cola_rate, rules.cola_floor,
            settings.cpi_inflation_rate,
        )  # fmt: skip
        deductions = scenario.net_pay
        pay = net_pay(
            unmodified,
            deductions.filing_status if deductions else "single",
            deductions.medical_monthly if deductions else Decimal(0),
            deductions.dental_monthly if deductions else Decimal(0),
            deductions.after_tax_contributions if deductions else Decimal(0),
            age.completed_years,
            None,
        )
    if details and scenario.purchases:
        purchases = _purchase_costs(scenario, core, unmodified, annuity_value(member, basis))
    warnings += assumption_warnings(settings, used)

    notes = explanations(
        plan, rules, service, fas, factor, formula,
        None if annuity is None or core.balance is None else (annuity[0], core.balance, annuity[1]),
        settings,
    )  # fmt: skip
    if disability is not None and fas is not None:
        notes.append(
            Explanation(
                "Disability benefit",
                format_dollars(disability.monthly),
                f"1.5% × {service.total_years:.2f} years = {disability.base_percent:.2f}%"
                + (f" + {disability.top_up_percent:.2f}% top-up to age 62" if disability.top_up_percent else "")
                + f" = {disability.percent_of_fas:.2f}% of {format_dollars(fas.monthly)}"
                + (" (raised to the $140 minimum)" if disability.minimum_applied else ""),
                "Handbook 2023 and 2011, 'Disability Benefits'",
            )
        )
    if unmodified is not None and formula is not None:
        source = "the formula" if unmodified == formula.monthly else "the two-times-match annuity"
        notes.append(
            Explanation(
                "Unmodified monthly benefit",
                format_dollars(unmodified),
                f"from {source}" + (" (the greater of formula and annuity)" if annuity else ""),
                plan.annuity_reference,
            )
        )
    return Estimate(
        scenario=scenario,
        plan=plan,
        rules_version=rules.version,
        retirement_date=retirement,
        separation_date=core.separation,
        age=age,
        service=service,
        factor_service_years=core.factor_service,
        fas=fas,
        eligible=unmodified is not None,
        reason=reason,
        earliest_eligible_date=earliest,
        factor=factor,
        formula=formula,
        annuity_monthly=annuity[0] if annuity else None,
        annuity_factor=annuity[1] if annuity else None,
        balance=core.balance,
        disability=disability,
        unmodified_monthly=unmodified,
        options=options,
        cola=cola,
        purchases=purchases,
        net_pay=pay,
        social_security_date=ss_date,
        warnings=tuple(dict.fromkeys([*warnings, *scenario.warnings])),
        explanations=tuple(notes),
        settings=settings,
    )


def estimate(scenario: Scenario, *, details: bool = True) -> Estimate:
    """Estimate one scenario: the benefit, and with ``details`` every option, COLA, purchases and net pay.

    ``details=False`` gives the core figures only (eligibility, service, salary, factor, unmodified
    benefit), for views that recompute on every keystroke or compare many cases.
    """
    return _estimate(scenario, details=details)


def sweep(scenario: Scenario, ages: range | list[int]) -> list[SweepPoint]:
    """The benefit at each whole retirement age, retiring on the birthday that reaches it.

    When the case has a ``selected_option``, each point also carries that option's amount.
    """
    rules = rules_data()
    settings = settings_for(scenario.assumptions)
    plan = rules.plans[scenario.member.plan]
    basis = _valuation_basis(settings, rules)
    points = []
    chain: tuple[Decimal, date] | None = None  # the balance projected so far, to continue from
    service_on, history_to = service_path(scenario), _pay_path(scenario, settings)
    for whole_age in ages:
        day = anniversary(scenario.member.birth_date, whole_age)
        separation = _separation_for(scenario, day)
        age = Age(whole_age, Decimal(whole_age))
        service = service_on(separation)
        factor_service = _factor_service(scenario, service)
        history = history_to(separation)
        fas = _fas(scenario, plan, settings, history)
        eligible = fas is not None and is_eligible(plan, whole_age, factor_service)
        factor = benefit_factor(plan.factors, factor_service, age, settings) if eligible else None
        if fas is None or factor is None or factor.factor_percent is None:
            points.append(
                SweepPoint(whole_age, day, False, service.total_years, fas.monthly if fas else None, None, False, None)
            )
            continue
        formula = formula_benefit(service.total_years, factor.factor_percent, fas.monthly, plan.cap_percent_of_fas)
        unmodified = formula.monthly
        member = _member_life(scenario, settings, day)
        resume = chain if chain is not None and separation > chain[1] else None
        balance = _projected_balance(scenario, plan, settings, rules, separation, history, resume)
        if balance is not None:
            chain = (balance.balance, max(separation, balance.statement_date))
        if plan.annuity_minimum and balance is not None:
            unmodified = max(unmodified, two_times_match(balance.balance, annuity_value(member, basis)))
        option_monthly = None
        if scenario.selected_option and scenario.selected_option != "Unmodified":
            inputs, _ = _option_inputs(scenario, settings, basis, unmodified, balance, member, day)
            chosen = single_option(scenario.selected_option, inputs)
            option_monthly = chosen.member_monthly if chosen else None
        points.append(
            SweepPoint(
                whole_age,
                day,
                True,
                service.total_years,
                fas.monthly,
                factor.factor_percent,
                formula.capped,
                unmodified,
                option_monthly,
                unmodified > formula.monthly,
            )
        )
    return points


def rounded(amount: Decimal | None) -> Decimal | None:
    """Money for display: rounded half-up to the cent, None stays None."""
    return None if amount is None else to_cents(amount)
