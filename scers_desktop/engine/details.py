"""The details of an estimate beyond the unmodified benefit: payment options, the death benefit's
choices, COLA, net pay and the cost of each service purchase."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from scers_desktop.engine.actuarial import Life
from scers_desktop.engine.assumptions import Settings, growth_rate
from scers_desktop.engine.cola import ColaYear, cola_projection
from scers_desktop.engine.contributions import ProjectedBalance
from scers_desktop.engine.kinds import beneficiary_life, earliest
from scers_desktop.engine.model import Scenario
from scers_desktop.engine.net_pay import NetPay, net_pay, tax_tables
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.option_factors import ValuationBasis, annuity_value, joint_and_survivor_factor
from scers_desktop.engine.options import OptionAmount, OptionInputs, SocialSecurityLevel, table_factor
from scers_desktop.engine.pipeline import Core
from scers_desktop.engine.purchases import PurchaseCost, payback_age, purchase_cost
from scers_desktop.engine.salary import pay_on
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
            "retired on the day of your death (Handbook 2023 'Death Benefits').",
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
                "cash's actuarial value (Handbook 2023 'Death Benefits').",
                None,
                max(reduced, Decimal(0)),
                "for their life",
                lump_sum=cash,
                factor_source=source,
            )
        )
    return tuple(options)


def _current_pay(scenario: Scenario, core: Core, as_of: date) -> Decimal | None:
    """The monthly pay on ``as_of`` that leave buybacks are costed on (the quick figure for a quick case)."""
    if scenario.quick is not None:
        return scenario.quick.final_average_salary_monthly
    if scenario.salary is not None:
        return pay_on(scenario.salary, growth_rate(scenario, core.settings), as_of)
    return None


def purchase_costs(
    scenario: Scenario,
    core: Core,
    unmodified: Decimal | None,
    annuity: float | None,
    as_of: date,
    estimate_without: Callable[[Scenario], "Estimate"],
) -> tuple[PurchaseCost, ...]:
    """Cost and decision numbers for each purchase: estimate again without it and compare.

    A purchase not yet paid is costed as of ``as_of`` (the day the estimate is made).
    """
    results = []
    current_pay = _current_pay(scenario, core, as_of)
    with_date = earliest(scenario, core.plan)
    for i, purchase in enumerate(scenario.purchases):
        without = replace(scenario, purchases=scenario.purchases[:i] + scenario.purchases[i + 1 :])
        other = estimate_without(without)
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


def cola_and_net_pay(scenario: Scenario, core: Core, unmodified: Decimal) -> tuple[tuple[ColaYear, ...], NetPay]:
    """The benefit with COLA for ``COLA_YEARS`` years, and the first month's pay after withholding and
    the deductions entered (single, with none, when no W-4P is given)."""
    rules, settings = core.rules, core.settings
    cola = cola_projection(
        unmodified, core.retirement, scenario.member.birth_date, COLA_YEARS, rules.cola_rate, rules.cola_floor,
        settings.cpi_inflation_rate, settings.first_cola,
    )  # fmt: skip
    deductions = scenario.net_pay
    pay = net_pay(
        unmodified,
        deductions.filing_status if deductions else tax_tables().default_filing_status,
        deductions.medical_monthly if deductions else Decimal(0),
        deductions.dental_monthly if deductions else Decimal(0),
        deductions.after_tax_contributions if deductions else Decimal(0),
        core.age.completed_years,
        None,
    )
    return cola, pay
