"""The details of an estimate beyond the unmodified benefit: payment options, the death benefit's
choices, COLA, net pay and the cost of each service purchase."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from scers_desktop.engine.actuarial import Life, deferred_start_annuity_due
from scers_desktop.engine.assumptions import Settings, growth_rate
from scers_desktop.engine.calendar import DAYS_PER_SERVICE_YEAR, service_days
from scers_desktop.engine.cola import ColaYear, cola_projection
from scers_desktop.engine.contributions import ProjectedBalance
from scers_desktop.engine.eligibility import deferred_eligible_date
from scers_desktop.engine.kinds import beneficiary_life, earliest, member_life, valuation_basis
from scers_desktop.engine.model import LeaveKind, PurchaseKind, Retirement, Scenario
from scers_desktop.engine.net_pay import NetPay, net_pay, tax_tables
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.option_factors import ValuationBasis, annuity_value, joint_and_survivor_factor
from scers_desktop.engine.options import OptionAmount, OptionInputs, SocialSecurityLevel, table_factor
from scers_desktop.engine.pipeline import Core
from scers_desktop.engine.plan_data import RulesData
from scers_desktop.engine.purchases import (
    PurchaseCost,
    WithoutPath,
    actuarial_cost,
    leave_buyback_cost,
    leave_row_cost,
    payback_age,
    redeposit_cost,
)
from scers_desktop.engine.salary import pay_on
from scers_desktop.engine.service import bought_back, member_employment, service_line
from scers_desktop.engine.social_security import social_security_date

if TYPE_CHECKING:
    from scers_desktop.engine.estimates import Estimate

#: Years of COLA shown.
COLA_YEARS = 30


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


def option_inputs(
    scenario: Scenario,
    settings: Settings,
    basis: ValuationBasis,
    unmodified: Decimal,
    balance: ProjectedBalance | None,
    member: Life,
    retirement: date,
    table: OptionFactorTable | None,
) -> tuple[OptionInputs, date]:
    """What the options of this case are priced from, and the Social Security date."""
    level, missing, ss_date = _social_security(scenario, settings, retirement)
    inputs = OptionInputs(
        unmodified,
        None if balance is None else balance.balance,
        member,
        beneficiary_life(scenario, settings, retirement),
        scenario.beneficiary.relationship if scenario.beneficiary else None,
        basis,
        level,
        missing,
        (settings.option_a_refund, settings.option_b_refund),
        table,
    )
    return inputs, ss_date


def death_options(
    scenario: Scenario,
    core: Core,
    unmodified: Decimal,
    member: Life,
    basis: ValuationBasis,
    table: OptionFactorTable | None,
) -> tuple[OptionAmount, ...]:
    """Death before retirement with 10+ years: the spouse's Option E benefit, or cash and a reduced one.

    Option E's factor comes from the installed factor table when it has the ages (completed years on
    the date of death), else from the engine's basis."""
    beneficiary = beneficiary_life(scenario, core.settings, core.retirement)
    if beneficiary is None:
        return ()
    spouse = beneficiary
    factor, source = table_factor(
        table, "E", member, spouse, lambda: joint_and_survivor_factor(member, spouse, basis, 1.0)
    )
    survivor = unmodified * Decimal(repr(factor))
    options = [
        OptionAmount(
            "E",
            "Monthly benefit to your spouse/partner",
            "What your spouse or registered domestic partner would have received under Option E had you "
            "retired on the day of your death (Member Handbook 2023, 'Death Benefits', p. 13).",
            None,
            survivor,
            "for their life",
            factor_source=source,
        )
    ]
    if core.balance is not None:
        cash = core.balance.balance * core.rules.death.cash_share_of_contributions
        reduced = survivor - cash / Decimal(repr(annuity_value(beneficiary, basis)))
        options.append(
            OptionAmount(
                "E+G50",
                "Cash of 50% of contributions and a reduced monthly benefit",
                "Up to 50% of your contributions with interest in cash, and the Option E benefit reduced by the "
                "cash's actuarial value (Member Handbook 2023, 'Death Benefits', p. 13).",
                None,
                max(reduced, Decimal(0)),
                "for their life",
                lump_sum=cash,
                factor_source=source,
            )
        )
    return tuple(options)


def _current_pay(scenario: Scenario, core: Core, as_of: date) -> Decimal | None:
    """The monthly pay on ``as_of`` (leave purchase rows are costed on it; the quick figure for a quick case)."""
    if scenario.quick is not None:
        return scenario.quick.final_average_salary_monthly
    if scenario.salary is not None:
        return pay_on(scenario.salary, growth_rate(scenario, core.settings), as_of)
    return None


def _without_path(
    scenario: Scenario,
    core: Core,
    other: "Estimate",
    annuity: float | None,
    estimate_without: Callable[[Scenario], "Estimate"],
) -> WithoutPath | None:
    """What the member would really take without an actuarial-cost purchase, valued at the retirement
    date: the benefit on the same date when it is payable; else the better of a deferred benefit from the
    first date the service without the purchase allows (service fixed at separation) and a refund."""
    if annuity is None:
        return None
    if other.unmodified_monthly is not None:
        return WithoutPath(
            other.unmodified_monthly * Decimal(repr(annuity)),
            f"the benefit of ${other.unmodified_monthly:,.2f} a month from the same date",
        )
    refund = other.refund or Decimal(0)
    refund_path = WithoutPath(refund, f"a refund of your contributions, ${refund:,.2f}")
    retirement = scenario.retirement.date
    later = deferred_eligible_date(core.plan, scenario.member.birth_date, other.factor_service_years, retirement)
    if later is None:
        return refund_path
    deferred = replace(other.scenario, retirement=Retirement(later, core.separation))
    benefit = estimate_without(deferred).unmodified_monthly
    if benefit is None:
        return refund_path
    months = (later.year - retirement.year) * 12 + later.month - retirement.month - (later.day < retirement.day)
    basis = valuation_basis(core.settings, core.rules)
    life = member_life(scenario, core.settings, retirement)
    factor = deferred_start_annuity_due(life, basis.interest, basis.cola, max(0, months))
    deferred_path = WithoutPath(
        benefit * Decimal(repr(factor)),
        f"a deferred benefit of ${benefit:,.2f} a month from {later.isoformat()}",
        (max(0, months), benefit),
    )
    return deferred_path if deferred_path.value >= refund_path.value else refund_path


def _decision(
    core: Core,
    unmodified: Decimal | None,
    without: Scenario,
    estimate_without: Callable[[Scenario], "Estimate"],
) -> tuple["Estimate", Decimal | None, str | None]:
    """The estimate without one purchase, the monthly increase the purchase gives, and a note when none."""
    other = estimate_without(without)
    if unmodified is None:
        return other, None, None
    increase = unmodified - (other.unmodified_monthly or Decimal(0))
    note = None
    if increase <= 0:
        note = (
            "This purchase does not raise your benefit: you are already at the "
            f"{core.plan.cap_percent_of_fas:.0f}% cap."
            if core.plan.cap_percent_of_fas is not None
            and other.formula is not None
            and other.formula.percent_before_cap >= core.plan.cap_percent_of_fas
            else "This purchase does not raise your benefit on these figures."
        )
    return other, increase, note


def purchase_costs(
    scenario: Scenario,
    core: Core,
    unmodified: Decimal | None,
    annuity: float | None,
    as_of: date,
    estimate_without: Callable[[Scenario], "Estimate"],
) -> tuple[PurchaseCost, ...]:
    """Cost and decision numbers for each purchase row and each leave ticked Bought back: estimate again
    without it and compare. A purchase not yet paid is costed as of ``as_of`` (the day the estimate is made).
    """
    results = []
    rules, rate = core.rules, core.plan.member_contribution_rate
    with_date = earliest(scenario, core.plan)
    for i, purchase in enumerate(scenario.purchases):
        without = replace(scenario, purchases=scenario.purchases[:i] + scenario.purchases[i + 1 :])
        other, increase, note = _decision(core, unmodified, without, estimate_without)
        on = purchase.repaid_date or as_of
        path = None
        if purchase.kind is PurchaseKind.REDEPOSIT:
            cost, how, missing = redeposit_cost(purchase, on, rules.assumed_return)
        elif purchase.kind is PurchaseKind.MILITARY_PRIOR:
            value_with = None if unmodified is None or annuity is None else unmodified * Decimal(repr(annuity))
            path = None if value_with is None else _without_path(scenario, core, other, annuity, estimate_without)
            cost, how, missing = actuarial_cost(value_with, path, on, scenario.retirement.date, rules.assumed_return)
        else:
            cost, how, missing = leave_row_cost(purchase, rate, _current_pay(scenario, core, on))
        results.append(
            PurchaseCost(
                purchase.kind,
                purchase.service_years,
                cost,
                on,
                how,
                increase,
                payback_age(cost, increase, core.age.exact_years, path.deferred if path else None),
                with_date,
                other.earliest_eligible_date,
                missing,
                note,
            )
        )
    if scenario.quick is None:
        results += _leave_buybacks(scenario, core, unmodified, as_of, with_date, estimate_without)
    return tuple(results)


#: At most this many leaves bought back get their own "without it" estimate (each is a whole estimate
#: again); past it each still gets its cost, so a file of hundreds of leaves stays quick.
DECIDED_LEAVES = 12
TOO_MANY_LEAVES = (
    f"With more than {DECIDED_LEAVES} leaves bought back, what each one adds to the benefit is not worked out "
    "separately; the benefit shown counts them all."
)


def _leave_buybacks(
    scenario: Scenario,
    core: Core,
    unmodified: Decimal | None,
    as_of: date,
    with_date: date | None,
    estimate_without: Callable[[Scenario], "Estimate"],
) -> list[PurchaseCost]:
    """Each leave ticked Bought back (of a kind that can be): its cost at the pay of the time with interest."""
    results = []
    employment = member_employment(scenario)
    ticked = [i for i, leave in enumerate(scenario.leaves) if bought_back(leave)]
    decided = len(ticked) <= DECIDED_LEAVES
    for i in ticked:
        leave = scenario.leaves[i]
        increase: Decimal | None = None
        note: str | None = TOO_MANY_LEAVES
        later: date | None = None
        if decided:
            leaves = list(scenario.leaves)
            leaves[i] = replace(leave, purchased=False)
            without = replace(scenario, leaves=tuple(leaves))
            other, increase, note = _decision(core, unmodified, without, estimate_without)
            later = other.earliest_eligible_date
        years = service_line(employment, (leave,)).credit(Decimal(0), leave.end).purchased_leave_years
        pay = (
            None
            if scenario.salary is None
            else pay_on(scenario.salary, growth_rate(scenario, core.settings), leave.start)
        )
        months = Decimal(service_days(leave.start, leave.end) * 12) / DAYS_PER_SERVICE_YEAR
        cost, how, missing = leave_buyback_cost(
            months, pay, core.plan.member_contribution_rate, leave.end, as_of, core.rules.assumed_return
        )
        kind = PurchaseKind.MILITARY_LEAVE if leave.kind is LeaveKind.MILITARY else PurchaseKind.LEAVE
        results.append(
            PurchaseCost(
                kind,
                years,
                cost,
                as_of,
                how,
                increase,
                payback_age(cost, increase, core.age.exact_years),
                with_date,
                later,
                missing,
                note,
                leave_number=i + 1,
            )
        )
    return results


def plan_cola(monthly: Decimal, start: date, birth: date, rules: RulesData, settings: Settings) -> tuple[ColaYear, ...]:
    """``monthly`` from ``start`` with the plan's COLA for ``COLA_YEARS`` years: the plan's rate and
    purchasing-power floor (Member Handbook 2023, 'Cost-of-Living Adjustment', p. 21), the assumed
    inflation and the first-COLA reading in force."""
    return cola_projection(
        monthly, start, birth, COLA_YEARS, rules.cola_rate, rules.cola_floor, settings.cpi_inflation_rate,
        settings.first_cola,
    )  # fmt: skip


def cola_and_net_pay(scenario: Scenario, core: Core, monthly: Decimal) -> tuple[tuple[ColaYear, ...], NetPay]:
    """The benefit paid (``monthly``: the chosen option's amount) with COLA for ``COLA_YEARS`` years, and
    the first month's pay after withholding and the deductions entered (single, with none, when no W-4P
    is given)."""
    cola = plan_cola(monthly, core.retirement, scenario.member.birth_date, core.rules, core.settings)
    deductions = scenario.net_pay
    pay = net_pay(
        monthly,
        deductions.filing_status if deductions else tax_tables().default_filing_status,
        deductions.medical_monthly if deductions else Decimal(0),
        deductions.dental_monthly if deductions else Decimal(0),
        deductions.after_tax_contributions if deductions else Decimal(0),
        core.age.completed_years,
        None,
    )
    return cola, pay
