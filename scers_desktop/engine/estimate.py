"""The engine's entry points: ``estimate(scenario)`` and ``sweep(scenario, ages)``.

An :class:`Estimate` holds every number with unrounded money; front ends round through
:func:`~scers_desktop.engine.money.to_cents` when they show it. It also carries the plain-language
``warnings`` (every assumption that moved a number) and the ``explanations`` ("why this number":
each figure with the rule and the source behind it) that the app, the PDF and the CLI all show.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from scers_desktop.engine.actuarial import Life, life_annuity_due
from scers_desktop.engine.assumptions import Settings, setting_specs, settings_for
from scers_desktop.engine.benefit import FormulaBenefit, formula_benefit, two_times_match
from scers_desktop.engine.calendar import Age, age_on, anniversary, long_date
from scers_desktop.engine.contributions import ProjectedBalance, project_balance
from scers_desktop.engine.eligibility import earliest_eligible_date, is_eligible, not_eligible_reason
from scers_desktop.engine.factors import FactorLookup, benefit_factor
from scers_desktop.engine.money import format_dollars, to_cents
from scers_desktop.engine.mortality import BASES, cohort_rates
from scers_desktop.engine.plan_data import PlanRules, RulesData, rules_data
from scers_desktop.engine.salary import (
    FinalAverageSalary,
    PayMonth,
    final_average_salary,
    flat_pay_months,
    pay_months,
    quick_final_average_salary,
)
from scers_desktop.engine.scenario import EmploymentPeriod, Leave, Member, Purchase, Quick, Retirement, Scenario
from scers_desktop.engine.service import ServiceCredit, service_at, still_working

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Explanation:
    """One line of "why this number": what, the value, the rule applied and its source."""

    label: str
    value: str
    rule: str
    source: str


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
    fas: FinalAverageSalary | None
    eligible: bool
    reason: str | None
    earliest_eligible_date: date | None
    factor: FactorLookup | None
    formula: FormulaBenefit | None
    annuity_monthly: Decimal | None
    balance: ProjectedBalance | None
    annuity_factor: float | None
    unmodified_monthly: Decimal | None
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


def _years(value: Decimal) -> str:
    return f"{value:.2f}"


def _growth_rate(scenario: Scenario, settings: Settings) -> Decimal:
    if scenario.salary is not None and scenario.salary.growth_rate is not None:
        return scenario.salary.growth_rate
    return settings.salary_growth_rate


def _history_months(scenario: Scenario, settings: Settings, separation: date) -> list[PayMonth]:
    """The months of service with pay up to ``separation`` (none for the quick shortcut)."""
    if scenario.quick is not None or scenario.salary is None or not scenario.employment:
        return []
    return pay_months(
        scenario.salary,
        _growth_rate(scenario, settings),
        scenario.employment,
        scenario.leaves,
        separation,
    )


def _fas(scenario: Scenario, plan: PlanRules, settings: Settings, months: list[PayMonth]) -> FinalAverageSalary | None:
    if scenario.quick is not None:
        return quick_final_average_salary(scenario.quick.final_average_salary_monthly)
    if scenario.salary is None:
        return None
    consecutive = plan.code != "2" or settings.plan2_fas_window == "consecutive"
    return final_average_salary(scenario.salary, months, _growth_rate(scenario, settings), plan.fas_months, consecutive)


def _separation_for(scenario: Scenario, retirement: date) -> date:
    given = scenario.retirement.separation_date
    return given if given is not None and given < retirement else retirement - ONE_DAY


def _member_life(scenario: Scenario, settings: Settings, age: Age) -> Life:
    rates = cohort_rates(
        settings.mortality_basis,
        scenario.member.sex,
        float(settings.unisex_female_weight),
        "member",
        scenario.member.birth_date.year,
    )
    return Life(rates, float(age.exact_years))


def _annuity(
    scenario: Scenario,
    plan: PlanRules,
    settings: Settings,
    rules: RulesData,
    age: Age,
    separation: date,
    history: list[PayMonth],
) -> tuple[Decimal, ProjectedBalance, float] | None:
    """Plan 1 two-times-match annuity: (monthly amount, projected balance, annuity factor)."""
    if not plan.annuity_minimum or scenario.contributions is None:
        return None
    months = history
    if scenario.quick is not None:
        months = flat_pay_months(scenario.quick.final_average_salary_monthly, scenario.contributions.as_of, separation)
    balance = project_balance(
        scenario.contributions.balance,
        scenario.contributions.as_of,
        months,
        separation,
        plan.member_contribution_rate,
        rules,
        settings.future_credited_interest_rate,
    )
    cola = float(rules.cola_rate) if settings.annuity_cola_loaded else 0.0
    factor = life_annuity_due(_member_life(scenario, settings, age), float(settings.interest_rate), cola)
    return two_times_match(balance.balance, factor), balance, factor


def _service_warnings(scenario: Scenario, service: ServiceCredit, separation: date) -> list[str]:
    notes = []
    if scenario.quick is not None:
        if scenario.employment:
            notes.append(
                "The quick figures (total service and final average salary) were used; "
                "the service history in this case was not."
            )
        return notes
    if service.total_years != service.total_years.to_integral_value():
        notes.append(
            "Service counts each day of City work as 1/365 of a year, times your FTE, with no credit for "
            "February 29 (Handbook 2023, 'Earning Service Credit')."
        )
    for i, period in enumerate(scenario.employment):
        if period.start > separation:
            notes.append(f"Employment period {i + 1} starts after your last day of work and was not counted.")
    if any(p.end is None for p in scenario.employment):
        notes.append(f"Your current job is assumed to continue at the same FTE until {long_date(separation)}.")
    if service.leave_years_not_credited > 0:
        notes.append(
            f"{_years(service.leave_years_not_credited)} years of leave earn no service unless you buy them back."
        )
    if any(x.purchased for x in scenario.leaves) and any(p.kind == "leave" for p in scenario.purchases):
        notes.append(
            "A leave is marked purchased and a leave purchase is also listed: check that no leave is counted twice."
        )
    for p in scenario.purchases:
        if p.repaid_date is not None and p.repaid_date > separation:
            notes.append(
                f"A {p.kind.replace('_', ' ')} purchase is paid on {long_date(p.repaid_date)}, "
                "after your last day of work; buybacks must be paid while you are still employed (Handbook 2023)."
            )
    if scenario.purchases and all(p.repaid_date is None for p in scenario.purchases):
        notes.append("Service purchases are counted as if they will be completed before you retire.")
    return notes


def _fas_warnings(scenario: Scenario, fas: FinalAverageSalary, plan: PlanRules, settings: Settings) -> list[str]:
    if fas.quick:
        return []
    notes = []
    if fas.months_used < fas.months_required:
        notes.append(
            f"Only {fas.months_used} months of service have pay; the final average salary averages those "
            f"instead of the {fas.months_required} months the plan uses."
        )
    if fas.backfilled_before is not None:
        notes.append(
            f"Pay before {long_date(fas.backfilled_before)} is taken to be the same as on that date; "
            "enter earlier pay for a closer final average salary."
        )
    growth = _growth_rate(scenario, settings)
    last_entry = scenario.salary.history[-1].start if scenario.salary else None
    if fas.projected_after is not None:
        notes.append(f"Pay is projected to grow {growth * 100:.2f}% a year after {long_date(fas.projected_after)}.")
    elif growth == 0 and last_entry is not None and fas.window_end is not None and fas.window_end > last_entry:
        notes.append(
            "No future raises are assumed: your current pay is used for the years ahead (Handbook 2011: "
            "'use today's salary as estimated Final Average Salary')."
        )
    if plan.code == "2" and settings.plan2_fas_window == "any":
        notes.append("Plan 2 final average salary uses the highest 60 months wherever they fall (setting).")
    return notes


def _explanations(
    plan: PlanRules,
    rules: RulesData,
    service: ServiceCredit,
    fas: FinalAverageSalary | None,
    factor: FactorLookup | None,
    formula: FormulaBenefit | None,
    annuity: tuple[Decimal, ProjectedBalance, float] | None,
    settings: Settings,
) -> list[Explanation]:
    lines = []
    if service.quick:
        lines.append(
            Explanation(
                "Credited service",
                f"{_years(service.total_years)} years",
                "Entered directly (quick estimate)",
                "Your entry",
            )
        )
    else:
        parts = f"{_years(service.employment_years)} years of employment"
        if service.leave_years_not_credited:
            parts += f" − {_years(service.leave_years_not_credited)} unpaid leave"
        if service.purchase_years:
            parts += f" + {_years(service.purchase_years)} purchased"
        lines.append(
            Explanation(
                "Credited service",
                f"{_years(service.total_years)} years",
                f"{parts}; part-time credit is prorated by FTE",
                rules.service_reference.split(":")[0],
            )
        )
    if fas is not None:
        how = (
            "Entered directly (quick estimate)"
            if fas.quick
            else f"Highest {fas.months_required} {'consecutive ' if fas.consecutive else ''}months of pay"
            + (f" ({fas.window_start:%b %Y} – {fas.window_end:%b %Y})" if fas.window_start and fas.window_end else "")
        )
        lines.append(
            Explanation("Final average salary", f"{format_dollars(fas.monthly)} a month", how, plan.fas_reference)
        )
    if factor is not None and factor.factor_percent is not None:
        lines.append(
            Explanation(
                "Benefit factor",
                f"{factor.factor_percent:.4f}".rstrip("0").rstrip(".") + "% per year",
                f"{plan.name} table, row {factor.row_label} years, column age {factor.age_column}",
                plan.factors.reference,
            )
        )
    if formula is not None:
        rule = (
            f"{_years(service.total_years)} years × factor = {formula.percent_before_cap:.2f}% of final average salary"
        )
        if formula.capped:
            rule += f", capped at {formula.percent_of_fas:.0f}%"
        lines.append(
            Explanation("Percent of final average salary", f"{formula.percent_of_fas:.2f}%", rule, plan.cap_reference)
        )
        lines.append(
            Explanation(
                "Service retirement formula",
                f"{format_dollars(formula.monthly)} a month",
                "percent of final average salary × final average salary",
                plan.factors.reference,
            )
        )
    if annuity is not None:
        amount, balance, factor_value = annuity
        basis = BASES[settings.mortality_basis].name
        lines.append(
            Explanation(
                "Two times match annuity",
                f"{format_dollars(amount)} a month",
                f"2 × {format_dollars(balance.balance)} contributions at retirement ÷ {factor_value:.2f} "
                f"(value of $1 a month for life at {settings.interest_rate * 100:.2f}% interest, {basis}"
                + (", with the 1.5% COLA)" if settings.annuity_cola_loaded else ")"),
                plan.annuity_reference,
            )
        )
    return lines


def _assumption_warnings(settings: Settings, used: set[str]) -> list[str]:
    specs = setting_specs()
    notes = []
    for key in sorted(settings.overridden & used):
        notes.append(f"Setting changed from the default: {specs[key].label} = {getattr(settings, key)}.")
    return notes


@lru_cache(maxsize=256)
def _earliest_date(
    plan: PlanRules,
    birth: date,
    quick: Quick | None,
    employment: tuple[EmploymentPeriod, ...],
    leaves: tuple[Leave, ...],
    purchases: tuple[Purchase, ...],
    separation_given: date | None,
    quick_separation: date | None,
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

    def service_for(day: date) -> Decimal:
        return service_at(path, _separation_for(path, day)).total_years

    search_from = min((p.start for p in employment), default=birth) + ONE_DAY
    return earliest_eligible_date(plan, birth, service_for, search_from)


def estimate(scenario: Scenario) -> Estimate:
    """Estimate the service retirement benefit for one scenario."""
    rules = rules_data()
    settings = settings_for(scenario.assumptions)
    plan = rules.plans[scenario.member.plan]
    retirement, separation = scenario.retirement.date, scenario.separation_date
    age = age_on(scenario.member.birth_date, retirement)
    service = service_at(scenario, separation)
    history = _history_months(scenario, settings, separation)
    fas = _fas(scenario, plan, settings, history)
    eligible = is_eligible(plan, age.completed_years, service.total_years)
    warnings: list[str] = []
    used: set[str] = {"age_basis", "service_interpolation"}

    if scenario.member.plan_given and scenario.member.membership_date is not None:
        expected = "1" if scenario.member.membership_date < rules.plan2_from else "2"
        if expected != scenario.member.plan:
            warnings.append(
                f"Plan {scenario.member.plan} was entered, but a membership date of "
                f"{long_date(scenario.member.membership_date)} usually means Plan {expected}. Check with SCERS."
            )
    warnings += _service_warnings(scenario, service, separation)

    earliest = _earliest_date(
        plan,
        scenario.member.birth_date,
        scenario.quick,
        scenario.employment,
        scenario.leaves,
        scenario.purchases,
        scenario.retirement.separation_date,
        scenario.separation_date if scenario.quick else None,
    )

    factor = formula = None
    annuity = None
    reason = None
    if not eligible:
        reason = not_eligible_reason(plan, age.completed_years, service.total_years, rules.vesting_years)
        if earliest is not None:
            reason += f" With the same service path you would first be eligible on {long_date(earliest)}."
        elif service.total_years < rules.vesting_years and not still_working(scenario):
            reason += " You may instead withdraw your contributions with interest (a refund)."
    elif fas is None:
        eligible = False
        reason = "Enter your pay (salary history) so the final average salary can be found."
    else:
        factor = benefit_factor(plan.factors, service.total_years, age, settings)
        if factor.factor_percent is None:
            eligible = False
            reason = not_eligible_reason(plan, age.completed_years, service.total_years, rules.vesting_years)
        else:
            formula = formula_benefit(service.total_years, factor.factor_percent, fas.monthly, plan.cap_percent_of_fas)
            annuity = _annuity(scenario, plan, settings, rules, age, separation, history)
            warnings += _fas_warnings(scenario, fas, plan, settings)
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
    if annuity is not None:
        used.update({"interest_rate", "annuity_cola_loaded", "mortality_basis", "future_credited_interest_rate"})
        if scenario.member.sex is None:
            used.add("unisex_female_weight")
        _, balance, _ = annuity
        warnings.append(
            "The two-times-match annuity is an approximation: SCERS does not publish its conversion basis. "
            f"This uses {settings.interest_rate * 100:.2f}% interest and {BASES[settings.mortality_basis].name}"
            + (" (unisex)" if scenario.member.sex is None else "")
            + "."
        )
        if balance.proxy_years or balance.future_rate_years:
            years = [*balance.proxy_years, *balance.future_rate_years]
            warnings.append(
                f"Your contribution balance is projected to retirement with interest for {years[0]}–{years[-1]} "
                "estimated from the 30-year Treasury yield; SCERS publishes the actual rates on your statement."
            )
    if fas is not None and not fas.quick:
        used.add("salary_growth_rate")
    warnings += _assumption_warnings(settings, used)

    unmodified = None
    if formula is not None:
        unmodified = formula.monthly
        if annuity is not None and annuity[0] > unmodified:
            unmodified = annuity[0]
    explanations = _explanations(plan, rules, service, fas, factor, formula, annuity, settings)
    if unmodified is not None:
        source = "the formula" if unmodified == formula_monthly(formula) else "the two-times-match annuity"
        explanations.append(
            Explanation(
                "Unmodified monthly benefit",
                format_dollars(unmodified),
                f"from {source}"
                + (" (the greater of formula and annuity)" if plan.annuity_minimum and annuity else ""),
                plan.annuity_reference,
            )
        )
    return Estimate(
        scenario=scenario,
        plan=plan,
        rules_version=rules.version,
        retirement_date=retirement,
        separation_date=separation,
        age=age,
        service=service,
        fas=fas,
        eligible=eligible,
        reason=reason,
        earliest_eligible_date=earliest,
        factor=factor,
        formula=formula,
        annuity_monthly=annuity[0] if annuity else None,
        balance=annuity[1] if annuity else None,
        annuity_factor=annuity[2] if annuity else None,
        unmodified_monthly=unmodified,
        warnings=tuple(dict.fromkeys(warnings)),
        explanations=tuple(explanations),
        settings=settings,
    )


def sweep(scenario: Scenario, ages: range | list[int]) -> list[SweepPoint]:
    """The estimate at each whole retirement age, retiring on the birthday that reaches it."""
    rules = rules_data()
    settings = settings_for(scenario.assumptions)
    plan = rules.plans[scenario.member.plan]
    points = []
    for whole_age in ages:
        day = anniversary(scenario.member.birth_date, whole_age)
        separation = _separation_for(scenario, day)
        age = Age(whole_age, Decimal(whole_age))
        service = service_at(scenario, separation)
        history = _history_months(scenario, settings, separation)
        fas = _fas(scenario, plan, settings, history)
        eligible = fas is not None and is_eligible(plan, whole_age, service.total_years)
        factor = benefit_factor(plan.factors, service.total_years, age, settings) if eligible else None
        if fas is None or factor is None or factor.factor_percent is None:
            points.append(
                SweepPoint(
                    whole_age,
                    day,
                    False,
                    service.total_years,
                    fas.monthly if fas else None,
                    None,
                    False,
                    None,
                )
            )
            continue
        formula = formula_benefit(service.total_years, factor.factor_percent, fas.monthly, plan.cap_percent_of_fas)
        unmodified = formula.monthly
        annuity = _annuity(scenario, plan, settings, rules, age, separation, history)
        if annuity is not None and annuity[0] > unmodified:
            unmodified = annuity[0]
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
            )
        )
    return points


def formula_monthly(formula: FormulaBenefit | None) -> Decimal | None:
    """The formula amount, or None when there is no formula benefit."""
    return None if formula is None else formula.monthly


def rounded(amount: Decimal | None) -> Decimal | None:
    """Money for display: rounded half-up to the cent, None stays None."""
    return None if amount is None else to_cents(amount)
