"""The engine's entry point for one case: ``estimate(scenario, *, as_of)``.

An :class:`Estimate` holds every number with unrounded money; front ends round through
:func:`~scers_desktop.engine.money.to_cents` when they show it. It also carries, as findings
(:mod:`scers_desktop.engine.findings`), the ``warnings`` (every assumption that moved a number), the
``reason`` a date pays nothing and the ``explanations`` ("why this number": each figure with the rule
and the source behind it); ``scers_desktop.present.messages`` words them for every front end.

Three kinds of estimate (``scenario.estimate_type``): a service retirement (default), a disability
retirement, and the benefit a spouse would have on the member's death before retirement (the
retirement date is then the date of death). The per-date computation is :func:`~scers_desktop.engine.pipeline.core_at`
and what it pays is :func:`~scers_desktop.engine.kinds.estimate_kind`, the same two the sweep calls.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.assumptions import Settings, reading_keys, settings_for
from scers_desktop.engine.benefit import FormulaBenefit
from scers_desktop.engine.calendar import Age
from scers_desktop.engine.cola import ColaYear
from scers_desktop.engine.contributions import ProjectedBalance
from scers_desktop.engine.details import cola_and_net_pay, death_options, option_inputs, purchase_costs
from scers_desktop.engine.disability_death import DisabilityBenefit
from scers_desktop.engine.explained import explanations
from scers_desktop.engine.factors import FactorLookup
from scers_desktop.engine.findings import (
    Code,
    Finding,
    fas_findings,
    finding,
    reading_uses,
    service_findings,
    setting_findings,
    table_findings,
)
from scers_desktop.engine.kinds import KindResult, beneficiary_life, estimate_kind, member_life, valuation_basis
from scers_desktop.engine.model import EstimateType, Plan, Scenario
from scers_desktop.engine.money import to_cents
from scers_desktop.engine.net_pay import NetPay
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.option_factors import annuity_value
from scers_desktop.engine.options import (
    BALANCE_EXCEEDS_REFUND,
    OptionAmount,
    chosen_option,
    paid_monthly,
    payment_options,
)
from scers_desktop.engine.pipeline import Core, core_at
from scers_desktop.engine.plan_data import PlanRules, RulesData, rules_data
from scers_desktop.engine.purchases import PurchaseCost, late_redeposit
from scers_desktop.engine.salary import FinalAverageSalary
from scers_desktop.engine.service import ServiceCredit, bought_back

__all__ = ["Estimate", "estimate", "rounded"]


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
    reason: Finding | None
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
    warnings: tuple[Finding, ...]
    explanations: tuple[Finding, ...]
    settings: Settings
    #: The readings of open handbook choices (setting keys) that shaped this estimate, to name in words.
    readings: tuple[str, ...] = ()
    #: SCERS's own option factors, when a table was installed (the options say which came from it).
    option_factors: OptionFactorTable | None = None

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
        """Contributions with interest to the day interest stops: what a refund would pay instead of a pension."""
        return None if self.balance is None else self.balance.balance

    @property
    def chosen(self) -> OptionAmount | None:
        """The chosen payment option with its amounts (the unmodified benefit when none is chosen), or None
        when it has no monthly amount here (see :func:`~scers_desktop.engine.options.chosen_option`)."""
        return chosen_option(self.options, self.scenario.selected_option)

    @property
    def chosen_monthly(self) -> Decimal | None:
        """What the member is paid each month: the chosen option's amount, else the unmodified benefit.

        COLA and net pay are worked on it."""
        unmodified = self.unmodified_monthly
        return None if unmodified is None else paid_monthly(self.options, self.scenario.selected_option, unmodified)

    def option(self, code: str) -> OptionAmount | None:
        """The option with this code ('E', 'C10', 'A+F', 'E+G50' ...), if the estimate has it."""
        return next((o for o in self.options if o.code == code), None)


def _plan_warnings(scenario: Scenario, core: Core) -> list[Finding]:
    """A plan entered that the membership date does not suggest (Plan 1 before ``plan2_from``)."""
    member = scenario.member
    if not member.plan_given or member.membership_date is None:
        return []
    expected = Plan.ONE if member.membership_date < core.rules.plan2_from else Plan.TWO
    if expected == member.plan:
        return []
    return [
        finding(
            Code.PLAN_MISMATCH,
            core.rules.membership_reference,
            plan=member.plan,
            membership_date=member.membership_date,
            expected=expected,
        )
    ]


@dataclass(frozen=True)
class _Options:
    options: tuple[OptionAmount, ...]
    social_security_date: date | None
    warnings: list[Finding]


def _options(
    scenario: Scenario, core: Core, kind: KindResult, unmodified: Decimal, table: OptionFactorTable | None
) -> _Options:
    """Every payment option (or the death benefit's choices), and what they assume."""
    settings = core.settings
    member, basis = member_life(scenario, settings, core.retirement), valuation_basis(settings, core.rules)
    kind.used.update({"interest_rate", "annuity_cola_loaded", "mortality_basis"})
    warnings: list[Finding] = []
    ss_date = None
    if scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        options = death_options(scenario, core, unmodified, member, basis, table)
        warnings.append(finding(Code.DEATH_ASSUMES_DATE, core.rules.death.reference))
    else:
        inputs, ss_date = option_inputs(
            scenario, settings, basis, unmodified, core.balance, member, core.retirement, table
        )
        kind.used.add("social_security_age")
        options = payment_options(inputs)
        for code, key in (("A", "option_a_refund"), ("B", "option_b_refund")):
            refund = next(o for o in options if o.code == code)
            if refund.factor_source != "table" and (refund.available or refund.missing == BALANCE_EXCEEDS_REFUND):
                kind.used.add(key)
    warnings += table_findings(options, table, member, beneficiary_life(scenario, settings, core.retirement))
    warnings.append(
        finding(
            Code.OPTIONS_APPROXIMATE,
            interest=settings.interest_rate,
            basis=settings.mortality_basis,
            unisex=scenario.member.sex is None,
            cola=core.rules.cola_rate if settings.annuity_cola_loaded else None,
            table=table is not None,
        )
    )
    if scenario.member.sex is None or (scenario.beneficiary is not None and scenario.beneficiary.sex is None):
        kind.used.add("unisex_female_weight")
    return _Options(options, ss_date, warnings)


def _balance_warnings(core: Core, kind: KindResult) -> list[Finding]:
    """The annuity's basis, and interest estimated for years SCERS has not published."""
    settings, balance, warnings = core.settings, core.balance, []
    if kind.annuity is not None and balance is not None:
        kind.used.update({"interest_rate", "annuity_cola_loaded", "mortality_basis", "future_credited_interest_rate"})
        warnings.append(
            finding(Code.ANNUITY_APPROXIMATE, interest=settings.interest_rate, basis=settings.mortality_basis)
        )
    if balance is not None and (balance.proxy_years or balance.future_rate_years):
        kind.used.add("future_credited_interest_rate")
        years = [*balance.proxy_years, *balance.future_rate_years]
        warnings.append(
            finding(
                Code.BALANCE_PROJECTED,
                core.rules.interest_reference,
                to=balance.until,
                first=years[0],
                last=years[-1],
            )
        )
    return warnings


def _purchases(scenario: Scenario, core: Core, unmodified: Decimal | None, as_of: date) -> tuple[PurchaseCost, ...]:
    """Each purchase's cost and what it changes (by estimating the case again without it)."""
    settings = core.settings
    annuity = annuity_value(member_life(scenario, settings, core.retirement), valuation_basis(settings, core.rules))
    return purchase_costs(
        scenario, core, unmodified, annuity, as_of, lambda other: estimate(other, as_of=as_of, details=False)
    )


def _late_redeposits(scenario: Scenario, rules: RulesData, as_of: date) -> list[Finding]:
    """A redeposit paid more than two years after the rehire: the cost may be higher than shown."""
    found = []
    for p in scenario.purchases:
        rehired = late_redeposit(p, scenario.employment, p.repaid_date or as_of, rules.redeposit_grace_years)
        if rehired is not None:
            found.append(
                finding(
                    Code.REDEPOSIT_LATE,
                    rules.assumed_return_reference,
                    rehired=rehired,
                    grace=rules.redeposit_grace_years,
                )
            )
    return found


def estimate(
    scenario: Scenario, *, as_of: date, details: bool = True, option_factors: OptionFactorTable | None = None
) -> Estimate:
    """Estimate one scenario: the benefit, and with ``details`` every option, COLA, purchases and net pay.

    ``option_factors`` is SCERS's own option-factor table when a counselor office installed one
    (:mod:`~scers_desktop.engine.option_factor_table`): each option and age it covers uses its factor.

    ``as_of`` is the day the estimate is made: purchases not yet paid are costed on it. The engine never
    reads the clock, so the same file gives the same estimate on any day it is given the same ``as_of``.
    ``details=False`` gives the core figures only (eligibility, service, salary, factor, unmodified
    benefit), for views that recompute on every keystroke or compare many cases.
    """
    rules, settings = rules_data(), settings_for(scenario.assumptions)
    core = core_at(scenario, scenario.retirement.date, settings, rules)
    kind = estimate_kind(scenario, core)
    warnings = [*_plan_warnings(scenario, core), *service_findings(scenario, core.service, core.separation, rules)]
    warnings += kind.warnings
    if kind.formula is not None and core.fas is not None:
        warnings += fas_findings(scenario, core.fas, core.plan, settings)
    unmodified = kind.unmodified
    priced = _Options((), None, [])
    if unmodified is not None and details:
        priced = _options(scenario, core, kind, unmodified, option_factors)
    warnings += priced.warnings + _balance_warnings(core, kind)
    cola: tuple[ColaYear, ...] = ()
    pay: NetPay | None = None
    if details and unmodified is not None and scenario.estimate_type is not EstimateType.DEATH_BEFORE_RETIREMENT:
        kind.used.update({"cpi_inflation_rate", "first_cola"})
        paid = paid_monthly(priced.options, scenario.selected_option, unmodified)
        cola, pay = cola_and_net_pay(scenario, core, paid)
    bought = scenario.purchases or any(bought_back(x) for x in scenario.leaves)
    purchases = _purchases(scenario, core, unmodified, as_of) if details and bought else ()
    warnings += _late_redeposits(scenario, rules, as_of) if details else []
    kind.used |= reading_uses(scenario, core, unmodified is not None)
    warnings += setting_findings(settings, kind.used)
    return Estimate(
        scenario=scenario,
        plan=core.plan,
        rules_version=rules.version,
        retirement_date=core.retirement,
        separation_date=core.separation,
        age=core.age,
        service=core.service,
        factor_service_years=core.factor_service,
        fas=core.fas,
        eligible=unmodified is not None,
        reason=kind.reason,
        earliest_eligible_date=kind.earliest,
        factor=kind.factor,
        formula=kind.formula,
        annuity_monthly=kind.annuity[0] if kind.annuity else None,
        annuity_factor=kind.annuity[1] if kind.annuity else None,
        balance=core.balance,
        disability=kind.disability,
        unmodified_monthly=unmodified,
        options=priced.options,
        cola=cola,
        purchases=purchases,
        net_pay=pay,
        social_security_date=priced.social_security_date,
        warnings=tuple(dict.fromkeys(warnings)),
        explanations=tuple(explanations(core, kind)),
        settings=settings,
        readings=tuple(key for key in reading_keys() if key in kind.used),
        option_factors=option_factors,
    )


def rounded(amount: Decimal | None) -> Decimal | None:
    """Money for display: rounded half-up to the cent, None stays None."""
    return None if amount is None else to_cents(amount)
