"""The words that go with the numbers: warnings about assumptions, and "why this number" lines.

Every front end (app, PDF, CLI) shows these same texts, so a member reads one explanation everywhere.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.assumptions import Settings, growth_rate, setting_specs
from scers_desktop.engine.benefit import FormulaBenefit
from scers_desktop.engine.contributions import ProjectedBalance
from scers_desktop.engine.factors import FactorLookup
from scers_desktop.engine.model import Plan, PurchaseKind, Scenario
from scers_desktop.engine.mortality import BASES
from scers_desktop.engine.plan_data import PlanRules, RulesData
from scers_desktop.engine.salary import FinalAverageSalary
from scers_desktop.engine.service import ServiceCredit
from scers_desktop.present.text import factor_text, format_dollars, long_date, short_month_year, years_text


@dataclass(frozen=True)
class Explanation:
    """One line of "why this number": what, the value, the rule applied and its source."""

    label: str
    value: str
    rule: str
    source: str


def service_warnings(scenario: Scenario, service: ServiceCredit, separation: date) -> list[str]:
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
            f"{years_text(service.leave_years_not_credited)} years of leave earn no service unless you buy them back."
        )
    if any(x.purchased for x in scenario.leaves) and any(p.kind is PurchaseKind.LEAVE for p in scenario.purchases):
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


def fas_warnings(scenario: Scenario, fas: FinalAverageSalary, plan: PlanRules, settings: Settings) -> list[str]:
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
    growth = growth_rate(scenario, settings)
    last_entry = scenario.salary.history[-1].start if scenario.salary else None
    if fas.projected_after is not None:
        notes.append(f"Pay is projected to grow {growth * 100:.2f}% a year after {long_date(fas.projected_after)}.")
    elif growth == 0 and last_entry is not None and fas.window_end is not None and fas.window_end > last_entry:
        notes.append(
            "No future raises are assumed: your current pay is used for the years ahead (Handbook 2011: "
            "'use today's salary as estimated Final Average Salary')."
        )
    if plan.code is Plan.TWO and settings.plan2_fas_window == "any":
        notes.append("Plan 2 final average salary uses the highest 60 months wherever they fall (setting).")
    return notes


def explanations(
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
                f"{years_text(service.total_years)} years",
                "Entered directly (quick estimate)",
                "Your entry",
            )
        )
    else:
        parts = f"{years_text(service.employment_years)} years of employment"
        if service.leave_years_not_credited:
            parts += f" − {years_text(service.leave_years_not_credited)} unpaid leave"
        if service.purchase_years:
            parts += f" + {years_text(service.purchase_years)} purchased"
        lines.append(
            Explanation(
                "Credited service",
                f"{years_text(service.total_years)} years",
                f"{parts}; part-time credit is prorated by FTE",
                rules.service_reference.split(":")[0],
            )
        )
    if fas is not None:
        how = (
            "Entered directly (quick estimate)"
            if fas.quick
            else f"Highest {fas.months_required} {'consecutive ' if fas.consecutive else ''}months of pay"
            + (
                f" ({short_month_year(fas.window_start)} – {short_month_year(fas.window_end)})"
                if fas.window_start and fas.window_end
                else ""
            )
        )
        lines.append(
            Explanation("Final average salary", f"{format_dollars(fas.monthly)} a month", how, plan.fas_reference)
        )
    if factor is not None and factor.factor_percent is not None:
        lines.append(
            Explanation(
                "Benefit factor",
                factor_text(factor.factor_percent) + "% per year",
                f"{plan.name} table, row {factor.row_label} years, column age {factor.age_column}",
                plan.factors.reference,
            )
        )
    if formula is not None:
        rule = (
            f"{years_text(service.total_years)} years × factor = {formula.percent_before_cap:.2f}% "
            "of final average salary"
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


def assumption_warnings(settings: Settings, used: set[str]) -> list[str]:
    """One line per setting that moved a number and differs from its published default."""
    specs = setting_specs()
    notes = []
    for key in sorted(settings.overridden & used):
        value, default = getattr(settings, key), specs[key].default
        if value != default:
            notes.append(f"Setting changed from the default ({default}): {specs[key].label} = {value}.")
    return notes
