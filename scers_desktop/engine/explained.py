"""'Why this number': one finding per figure of an estimate, with the rule's figures and its source.

Each citation is the public source a member can look up (handbook edition, section and page; SMC
section): the plan data's ``reference`` for the rule, the part before its first colon where the
reference goes on to quote the rule.
"""

from scers_desktop.engine.findings import Code, Finding, finding
from scers_desktop.engine.kinds import KindResult
from scers_desktop.engine.mortality import BASES
from scers_desktop.engine.pipeline import Core


def _head(reference: str) -> str:
    return reference.split(":", maxsplit=1)[0]


def _service_and_salary(core: Core) -> list[Finding]:
    service, fas, plan = core.service, core.fas, core.plan
    found = [
        finding(Code.CREDITED_SERVICE, "Your entry", total=service.total_years, quick=True)
        if service.quick
        else finding(
            Code.CREDITED_SERVICE,
            _head(core.rules.service_reference),
            total=service.total_years,
            quick=False,
            employment=service.employment_years,
            leave=service.leave_years_not_credited,
            purchased=service.purchase_years,
        )
    ]
    if fas is not None:
        found.append(
            finding(
                Code.FINAL_AVERAGE_SALARY,
                _head(plan.fas_reference),
                monthly=fas.monthly,
                quick=fas.quick,
                months=fas.months_required,
                consecutive=fas.consecutive,
                start=fas.window_start,
                end=fas.window_end,
            )
        )
    return found


def _formula(core: Core, kind: KindResult) -> list[Finding]:
    plan, factor, formula, found = core.plan, kind.factor, kind.formula, []
    if factor is not None and factor.factor_percent is not None:
        found.append(
            finding(
                Code.BENEFIT_FACTOR,
                _head(plan.factors.reference),
                factor=factor.factor_percent,
                plan=plan.name,
                row=factor.row_label,
                age_column=factor.age_column,
            )
        )
    if formula is not None:
        found.append(
            finding(
                Code.PERCENT_OF_FAS,
                _head(plan.cap_reference),
                service=core.service.total_years,
                before_cap=formula.percent_before_cap,
                percent=formula.percent_of_fas,
                capped=formula.capped,
            )
        )
        found.append(finding(Code.FORMULA, _head(plan.factors.reference), monthly=formula.monthly))
    if kind.annuity is not None and core.balance is not None:
        settings = core.settings
        found.append(
            finding(
                Code.TWO_TIMES_MATCH,
                _head(plan.annuity_reference),
                monthly=kind.annuity[0],
                balance=core.balance.balance,
                factor=kind.annuity[1],
                interest=settings.interest_rate,
                basis=BASES[settings.mortality_basis].name,
                cola=core.rules.cola_rate if settings.annuity_cola_loaded else None,
            )
        )
    return found


def explanations(core: Core, kind: KindResult) -> list[Finding]:
    """How each figure of the estimate was found."""
    found = _service_and_salary(core) + _formula(core, kind)
    disability, fas, rules = kind.disability, core.fas, core.rules.disability
    if disability is not None and fas is not None:
        found.append(
            finding(
                Code.DISABILITY_BENEFIT,
                _head(rules.reference),
                monthly=disability.monthly,
                rate=rules.percent_per_year,
                service=core.service.total_years,
                base=disability.base_percent,
                top_up=disability.top_up_percent,
                top_up_age=rules.top_up_to_age,
                percent=disability.percent_of_fas,
                fas=fas.monthly,
                minimum=rules.minimum_monthly,
                minimum_applied=disability.minimum_applied,
            )
        )
    if kind.unmodified is not None and kind.formula is not None:
        found.append(
            finding(
                Code.UNMODIFIED,
                _head(core.plan.annuity_reference),
                monthly=kind.unmodified,
                from_formula=kind.unmodified == kind.formula.monthly,
                greater_of=kind.annuity is not None,
            )
        )
    return found
