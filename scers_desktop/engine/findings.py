"""What the engine found that a member should know, as data: a code, its figures and its citation.

The engine builds no sentences: a :class:`Finding` says what was assumed, why a date pays nothing, or
how a figure was found ("why this number"), with the numbers and dates involved and the source from
the plan data. ``scers_desktop.present.messages`` words each code, the same for the app, the PDF and
the command line.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from math import floor
from typing import TYPE_CHECKING, Any

from scers_desktop.engine.actuarial import Life
from scers_desktop.engine.assumptions import Settings, growth_rate, setting_specs
from scers_desktop.engine.model import EstimateType, Plan, PurchaseKind, Scenario
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.options import STANDARD, OptionAmount
from scers_desktop.engine.plan_data import PlanRules, RulesData
from scers_desktop.engine.salary import FinalAverageSalary
from scers_desktop.engine.service import ServiceCredit, years_before_membership

if TYPE_CHECKING:
    from scers_desktop.engine.pipeline import Core

#: The first year the Board's variable credited rate applies (Handbook 2023 'Credited Interest Rate').
VARIABLE_RATE_FROM = date(2012, 1, 1)


class Code(StrEnum):
    """Every kind of finding."""

    # Assumptions and notes (warnings).
    PLAN_MISMATCH = "plan_mismatch"
    QUICK_HISTORY_IGNORED = "quick_history_ignored"
    SERVICE_BY_DAYS = "service_by_days"
    EMPLOYMENT_AFTER_SEPARATION = "employment_after_separation"
    CURRENT_JOB_CONTINUES = "current_job_continues"
    SERVICE_BEFORE_MEMBERSHIP = "service_before_membership"
    TEMPORARY_PREMIUM_PAY = "temporary_premium_pay"
    LEAVE_NOT_CREDITED = "leave_not_credited"
    LEAVE_NOT_BUYABLE = "leave_not_buyable"
    PURCHASE_PAID_LATE = "purchase_paid_late"
    REDEPOSIT_LATE = "redeposit_late"
    REDEPOSIT_AND_PERIOD = "redeposit_and_period"
    PURCHASES_ASSUMED_COMPLETE = "purchases_assumed_complete"
    FAS_FEWER_MONTHS = "fas_fewer_months"
    PAY_BACKFILLED = "pay_backfilled"
    PAY_PROJECTED = "pay_projected"
    NO_FUTURE_RAISES = "no_future_raises"
    PLAN2_FAS_ANY_WINDOW = "plan2_fas_any_window"
    DEATH_FIRST_PRINTED_FACTOR = "death_first_printed_factor"
    FACTOR_FLAGGED = "factor_flagged"
    CAPPED = "capped"
    TABLE_STOPS = "table_stops"
    FACTOR_INTERPOLATED = "factor_interpolated"
    AGE_IN_COMPLETED_YEARS = "age_in_completed_years"
    PORTABILITY = "portability"
    DISABILITY_NEEDS_APPROVAL = "disability_needs_approval"
    DISABILITY_RECENT_SERVICE_2011 = "disability_recent_service_2011"
    DEATH_ASSUMES_DATE = "death_assumes_date"
    OPTIONS_APPROXIMATE = "options_approximate"
    OPTIONS_FROM_TABLE = "options_from_table"
    OPTION_OUTSIDE_TABLE = "option_outside_table"
    ANNUITY_APPROXIMATE = "annuity_approximate"
    BALANCE_PROJECTED = "balance_projected"
    SETTING_CHANGED = "setting_changed"
    DEDUCTIONS_EXCEED_BENEFIT = "deductions_exceed_benefit"
    # Why a date pays nothing (reasons).
    NEEDS_PAY = "needs_pay"
    DISABILITY_NEEDS_SERVICE = "disability_needs_service"
    DEATH_REFUND_ONLY = "death_refund_only"
    DEATH_NO_SPOUSE = "death_no_spouse"
    NOT_ELIGIBLE = "not_eligible"
    # How each figure was found (explanations).
    CREDITED_SERVICE = "credited_service"
    FINAL_AVERAGE_SALARY = "final_average_salary"
    BENEFIT_FACTOR = "benefit_factor"
    PERCENT_OF_FAS = "percent_of_fas"
    FORMULA = "formula"
    TWO_TIMES_MATCH = "two_times_match"
    DISABILITY_BENEFIT = "disability_benefit"
    UNMODIFIED = "unmodified"


@dataclass(frozen=True)
class Finding:
    """One finding: its code, the figures it is about (name, value) and the source it rests on."""

    code: Code
    figures: tuple[tuple[str, Any], ...] = ()
    citation: str | None = None

    def __getitem__(self, name: str) -> Any:
        return dict(self.figures)[name]


def finding(code: Code, citation: str | None = None, **figures: Any) -> Finding:
    """A finding with these figures."""
    return Finding(code, tuple(figures.items()), citation)


def _membership_findings(scenario: Scenario, rules: RulesData) -> list[Finding]:
    """Employment before the membership date (not credited) and temporary premium-pay periods (x1.135)."""
    found = []
    joined = scenario.member.membership_date
    before = years_before_membership(scenario)
    if before > 0 and joined is not None:
        found.append(
            finding(
                Code.SERVICE_BEFORE_MEMBERSHIP,
                rules.service_reference,
                joined=joined,
                years=before,
            )
        )
    found += [
        finding(
            Code.TEMPORARY_PREMIUM_PAY, rules.service_reference, number=i + 1, factor=rules.temporary_premium_pay_factor
        )
        for i, period in enumerate(scenario.employment)
        if period.temporary_premium_pay and (joined is None or period.end is None or period.end >= joined)
    ]
    return found


def service_findings(scenario: Scenario, service: ServiceCredit, separation: date, rules: RulesData) -> list[Finding]:
    """What the credited service assumed (Handbook 2023, 'Earning Service Credit')."""
    if scenario.quick is not None:
        return [finding(Code.QUICK_HISTORY_IGNORED)] if scenario.employment else []
    found = []
    if service.total_years != service.total_years.to_integral_value():
        found.append(finding(Code.SERVICE_BY_DAYS))
    found += _membership_findings(scenario, rules)
    found += [
        finding(Code.EMPLOYMENT_AFTER_SEPARATION, number=i + 1)
        for i, period in enumerate(scenario.employment)
        if period.start > separation
    ]
    if any(p.end is None for p in scenario.employment):
        found.append(finding(Code.CURRENT_JOB_CONTINUES, until=separation))
    if service.leave_years_not_credited > 0:
        found.append(finding(Code.LEAVE_NOT_CREDITED, years=service.leave_years_not_credited))
    found += [
        finding(Code.LEAVE_NOT_BUYABLE, number=i + 1, kind=leave.kind)
        for i, leave in enumerate(scenario.leaves)
        if leave.purchased and not leave.kind.buyable
    ]
    found += [
        finding(Code.REDEPOSIT_AND_PERIOD, number=n + 1, row=i + 1, withdrawn=p.withdrawal_date)
        for i, p in enumerate(scenario.purchases)
        if p.kind is PurchaseKind.REDEPOSIT and p.withdrawal_date is not None
        for n, period in enumerate(scenario.employment)
        if period.end is not None and period.end <= p.withdrawal_date
    ]
    found += [
        finding(Code.PURCHASE_PAID_LATE, kind=p.kind, paid_on=p.repaid_date)
        for p in scenario.purchases
        if p.repaid_date is not None and p.repaid_date > separation
    ]
    if scenario.purchases and all(p.repaid_date is None for p in scenario.purchases):
        found.append(finding(Code.PURCHASES_ASSUMED_COMPLETE))
    return found


def fas_findings(scenario: Scenario, fas: FinalAverageSalary, plan: PlanRules, settings: Settings) -> list[Finding]:
    """What the final average salary from the pay history assumed."""
    if fas.quick:
        return []
    found = []
    if fas.months_used < fas.months_required:
        found.append(finding(Code.FAS_FEWER_MONTHS, used=fas.months_used, required=fas.months_required))
    if fas.backfilled_before is not None:
        found.append(finding(Code.PAY_BACKFILLED, before=fas.backfilled_before))
    growth = growth_rate(scenario, settings)
    last_entry = scenario.salary.history[-1].start if scenario.salary else None
    if fas.projected_after is not None:
        found.append(finding(Code.PAY_PROJECTED, growth=growth, after=fas.projected_after))
    elif growth == 0 and last_entry is not None and fas.window_end is not None and fas.window_end > last_entry:
        found.append(finding(Code.NO_FUTURE_RAISES))
    if plan.code is Plan.TWO and settings.plan2_fas_window == "any":
        found.append(finding(Code.PLAN2_FAS_ANY_WINDOW))
    return found


def setting_findings(settings: Settings, used: set[str]) -> list[Finding]:
    """One finding per setting that moved a number and differs from its published default."""
    specs = setting_specs()
    return [
        finding(Code.SETTING_CHANGED, key=key, value=getattr(settings, key), default=specs[key].default)
        for key in sorted(settings.overridden & used)
        if getattr(settings, key) != specs[key].default
    ]


def reading_uses(scenario: Scenario, core: "Core", eligible: bool) -> set[str]:
    """The readings of open handbook choices (issue 15) that bear on this estimate, besides the COLA
    and Options A and B (marked where those are priced): Plan 2's 130 pay periods when the final
    average salary comes from a pay history, the 5.75% on pre-2012 contributions when a balance is
    projected past 2011 for a member contributing before 2012, and the $2,000 death benefit's payee
    for a service or disability retirement that pays."""
    used = set()
    if core.plan.code is Plan.TWO and core.fas is not None and not core.fas.quick:
        used.add("plan2_fas_window")
    balance = core.balance
    if (
        balance is not None
        and balance.until >= VARIABLE_RATE_FROM
        and (balance.statement_date < VARIABLE_RATE_FROM or any(m.day < VARIABLE_RATE_FROM for m in core.history))
    ):
        used.add("pre_2012_interest")
    if eligible and scenario.estimate_type is not EstimateType.DEATH_BEFORE_RETIREMENT:
        used.add("death_benefit_payee")
    return used


def table_findings(
    options: Sequence[OptionAmount], table: OptionFactorTable | None, member: Life, beneficiary: Life | None
) -> list[Finding]:
    """With an installed factor table: which options came from it, and each option it covers whose
    ages it does not (those keep the computed factor, said so)."""
    if table is None:
        return []
    from_table = tuple(o.code for o in options if o.factor_source == "table" and "+" not in o.code)
    found = [
        finding(
            Code.OPTIONS_FROM_TABLE,
            name=table.name,
            title=table.title,
            effective=table.effective,
            codes=from_table,
            covered=tuple(code for code in STANDARD if code in table.codes),
        )
    ]
    for option in options:
        if option.factor_source != "outside_table" or "+" in option.code:
            continue
        members, others = table.ages(option.code)
        found.append(
            finding(
                Code.OPTION_OUTSIDE_TABLE,
                option=option.code,
                member_age=floor(member.age),
                beneficiary_age=None if others is None or beneficiary is None else floor(beneficiary.age),
                members=members,
                others=others,
            )
        )
    return found
