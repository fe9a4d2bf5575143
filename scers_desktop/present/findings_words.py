"""The English words of each finding the engine makes (``scers_desktop.engine.findings.Code``).

Each entry turns one finding's figures into the sentence a member reads; numbers and dates are
formatted here (present.text), rule figures come from the plan data the finding carries.
"""

from collections.abc import Callable
from decimal import Decimal

from scers_desktop.engine.assumptions import setting_specs
from scers_desktop.engine.findings import Code, Finding
from scers_desktop.engine.mortality import BASES
from scers_desktop.engine.plan_data import PlanRules
from scers_desktop.present.text import long_date, rate_percent, years_text

Words = Callable[[Finding, PlanRules], str]


def whole_or_decimal(value: Decimal) -> str:
    """Years as few digits as they need, cut as :func:`years_text` cuts: 5 -> '5', 27.5 -> '27.5', 29.997 -> '29.99'."""
    return years_text(value).rstrip("0").rstrip(".")


def requirements_text(plan: PlanRules) -> str:
    """The plan's rules in words: '5 years of service and age 62, ..., or 30 years at any age'."""
    parts = [
        f"{whole_or_decimal(r.min_service_years)} years of service at any age"
        if r.min_age == 0
        else f"{whole_or_decimal(r.min_service_years)} years of service and age {r.min_age}"
        for r in sorted(plan.eligibility, key=lambda r: r.min_service_years)
    ]
    return ", ".join(parts[:-1]) + ", or " + parts[-1]


def setting_text(key: str, value: object) -> str:
    """A setting's value in words: rates as percents, the mortality basis by name, choices without underscores."""
    if key == "mortality_basis":
        return BASES[str(value)].name
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        if key == "unisex_female_weight":
            return f"{value * 100:.0f}% female"
        return f"{value * 100:.2f}%" if key.endswith(("rate", "threshold")) else f"{value}"
    return str(value).replace("_", " ")


def _options_approximate(f: Finding, _: PlanRules) -> str:
    lead = (
        "Options and ages the option factor table does not cover, and the Option F and G adjustments, use the "
        "approximate valuation: they are valued at "
        if f["table"]
        else "Option amounts are approximate: SCERS does not publish its option factors, so each option is valued "
        "to be worth the same as the unmodified benefit, at "
    )
    return (
        lead
        + f"{f['interest'] * 100:.2f}% interest with {BASES[f['basis']].name}"
        + (" (unisex blend)" if f["unisex"] else "")
        + (f", including the {rate_percent(f['cola'])}% yearly COLA." if f["cola"] is not None else ".")
    )


def _table_name(f: Finding) -> str:
    """'the option factor table "SCERS factors" (factors.csv), effective 2026-01-01'."""
    title = f" \u201c{f['title']}\u201d" if f["title"] else ""
    return f"the option factor table{title} ({f['name']})" + (f", effective {f['effective']}" if f["effective"] else "")


def _options_from_table(f: Finding, _: PlanRules) -> str:
    codes = ", ".join(f["codes"]) if f["codes"] else "none"
    return (
        f"Option factors from {_table_name(f)} (it covers "
        f"{', '.join(f['covered'])}): each option it covers is the unmodified benefit × its factor. "
        f"Options from the table here: {codes}."
    )


def _option_outside_table(f: Finding, _: PlanRules) -> str:
    first, last = f["members"]
    ages = f"member ages {first}–{last}"
    if f["others"] is not None:
        ages += f" and beneficiary ages {f['others'][0]}–{f['others'][1]}"
    yours = f"age {f['member_age']}" + (
        f" with a beneficiary aged {f['beneficiary_age']}" if f["beneficiary_age"] is not None else ""
    )
    return (
        f"Warning: the option factor table has Option {f['option']} only for {ages}, not for your {yours}; "
        f"Option {f['option']} uses the approximate valuation instead."
    )


def _balance_projected(f: Finding, _: PlanRules) -> str:
    span = str(f["first"]) if f["first"] == f["last"] else f"{f['first']}–{f['last']}"
    return (
        f"Your contribution balance is projected to {long_date(f['to'])} with interest for "
        f"{span} estimated from the 30-year Treasury yield; your statement shows the actual rates."
    )


def _setting_changed(f: Finding, _: PlanRules) -> str:
    key = f["key"]
    return (
        f"Setting changed from the default ({setting_text(key, f['default'])}): "
        f"{setting_specs()[key].label} = {setting_text(key, f['value'])}."
    )


def _not_eligible(f: Finding, plan: PlanRules) -> str:
    have = f"On that date you would be {f['age']} with {whole_or_decimal(f['service'])} years of service."
    if f["service"] < f["vesting"]:
        text = (
            f"Not eligible to retire: a service retirement needs at least {whole_or_decimal(f['vesting'])} years of "
            f"service. {have} {plan.name} allows retirement with {requirements_text(plan)}."
        )
    else:
        text = f"Not eligible to retire yet. {plan.name} allows retirement with {requirements_text(plan)}. {have}"
    if f["earliest"] is not None:
        text += f" With the same service path you would first be eligible on {long_date(f['earliest'])}."
    elif f["refund"]:
        text += " You may instead withdraw your contributions with interest (a refund)."
    return text


WARNINGS: dict[Code, Words] = {
    Code.PLAN_MISMATCH: lambda f, _: (
        f"Plan {f['plan']} was entered, but a membership date of {long_date(f['membership_date'])} usually means "
        f"Plan {f['expected']}. Check with SCERS."
    ),
    Code.QUICK_HISTORY_IGNORED: lambda _f, _: (
        "The quick figures (total service and final average salary) were used; the service history in this case "
        "was not."
    ),
    Code.SERVICE_BY_DAYS: lambda _f, _: (
        "Service counts each day of City work as 1/365 of a year, times your FTE, with no credit for "
        "February 29 (Member Handbook 2023, 'Earning Service Credit', p. 4)."
    ),
    Code.EMPLOYMENT_AFTER_SEPARATION: lambda f, _: (
        f"Employment period {f['number']} starts after your last day of work and was not counted."
    ),
    Code.CURRENT_JOB_CONTINUES: lambda f, _: (
        f"Your current job is assumed to continue at the same FTE until {long_date(f['until'])}."
    ),
    Code.LEAVE_NOT_CREDITED: lambda f, _: (
        f"{years_text(f['years'])} years of leave earn no service unless you buy them back."
    ),
    Code.LEAVE_NOT_BUYABLE: lambda f, _: (
        f"Leave {f['number']} is {str(f['kind']).replace('_', ' ')} leave ticked bought back, but only family "
        "medical, medical, industrial-injury and military leave can be bought back (Handbook 2023 p. 11; "
        "Handbook 2011: other unpaid leave is not counted). It was not credited."
    ),
    Code.SERVICE_BEFORE_MEMBERSHIP: lambda f, _: (
        f"{years_text(f['years'])} years of employment before your membership date, {long_date(f['joined'])}, "
        "earn no service: membership is not retroactive (Handbook 2023 p. 7). Time before it counts only if "
        "you buy it (enter it as a purchase)."
    ),
    Code.TEMPORARY_PREMIUM_PAY: lambda f, _: (
        f"Employment period {f['number']} is temporary work on premium pay in lieu of benefits: its hours count "
        f"{f['factor']} times (Handbook 2023, 'Earning Service Credit'). The extra contributions SCERS deducts "
        "for them are not added to your balance here."
    ),
    Code.REDEPOSIT_AND_PERIOD: lambda f, _: (
        f"Employment period {f['number']} ended before the withdrawal of {long_date(f['withdrawn'])} that buyback "
        f"row {f['row']} redeposits, and both are counted: the period's days and the redeposit's years. SCERS "
        "credits withdrawn service once, when it is redeposited: if the row is for that period, check that the "
        "service is not counted twice."
    ),
    Code.REDEPOSIT_LATE: lambda f, _: (
        f"The redeposit is paid more than {f['grace']} years after you were rehired on {long_date(f['rehired'])}: "
        "SCERS then charges, each year, the greater of the assumed and the actual investment return. Actual "
        "returns are not published here, so the cost shown, at the assumed rate, may be higher (Handbook 2023, "
        "'Returning to City Service and Redeposits/Buybacks')."
    ),
    Code.PURCHASE_PAID_LATE: lambda f, _: (
        f"A {f['kind'].replace('_', ' ')} purchase is paid on {long_date(f['paid_on'])}, after your last day of "
        "work; buybacks must be paid while you are still employed (Member Handbook 2023, 'Returning to City "
        "Service and Redeposits/Buybacks', p. 10)."
    ),
    Code.PURCHASES_ASSUMED_COMPLETE: lambda _f, _: (
        "Service purchases are counted as if they will be completed before you retire."
    ),
    Code.FAS_FEWER_MONTHS: lambda f, _: (
        f"Only {f['used']} months of service have pay; the final average salary averages those instead of the "
        f"{f['required']} months the plan uses."
    ),
    Code.PAY_BACKFILLED: lambda f, _: (
        f"Pay before {long_date(f['before'])} is taken to be the same as on that date; enter earlier pay for a "
        "closer final average salary."
    ),
    Code.PAY_PROJECTED: lambda f, _: (
        f"Pay is projected to grow {f['growth'] * 100:.2f}% a year after {long_date(f['after'])}."
    ),
    Code.NO_FUTURE_RAISES: lambda _f, _: (
        "No future raises are assumed: your current pay is used for the years ahead ('use today's salary as "
        "estimated Final Average Salary', Member Handbook 2011, 'Calculation of Retirement Benefits')."
    ),
    Code.PLAN2_FAS_ANY_WINDOW: lambda _f, _: (
        "Plan 2 final average salary uses the highest 60 months wherever they fall (a changed setting)."
    ),
    Code.DEATH_FIRST_PRINTED_FACTOR: lambda _f, _: (
        "Assumption: the death benefit uses the factor at the first age the table shows for your service, "
        "because the handbook does not say which factor applies before retirement age."
    ),
    Code.FACTOR_FLAGGED: lambda f, _: str(f["note"]),
    Code.CAPPED: lambda f, _: (
        f"Plan 1 benefits are capped at {f['cap']:.0f}% of final average salary; your {f['before']:.2f}% was "
        "reduced to the cap."
    ),
    Code.TABLE_STOPS: lambda f, _: f"The factor table stops at age {f['age']}; its last column is used for older ages.",
    Code.FACTOR_INTERPOLATED: lambda _f, _: (
        "Assumption: the factor rises with each day of service between two whole-year rows of the table "
        "('Percentages increase with each day of service', Member Handbook 2011, 'Calculation of Retirement "
        "Benefits')."
    ),
    Code.AGE_IN_COMPLETED_YEARS: lambda f, _: (
        f"Assumption: the factor uses your age in completed years ({f['age']}); the handbook prints whole ages only."
    ),
    Code.PORTABILITY: lambda f, _: (
        f"Portability: the factor and eligibility use your combined service ({years_text(f['service'])} years, with "
        f"{f['system']}); SCERS pays on its own service only. File the Portability Claim Form with SCERS and "
        "your other system."
    ),
    Code.DISABILITY_NEEDS_APPROVAL: lambda _f, _: (
        "Disability retirement needs the Board's approval after an examination; earnings offsets and the "
        "temporary-disability rules are not checked here."
    ),
    Code.DISABILITY_RECENT_SERVICE_2011: lambda f, _: (
        f"2011 handbook only: it also required the 10 years to be earned in the {f['window']} years before the "
        f"disability; you have {years_text(f['recent'])} years in those {f['window']} years. The 2023 handbook "
        "asks only for 10 years of service with the City; SCERS decides which rule applies."
    ),
    Code.DEATH_ASSUMES_DATE: lambda _f, _: (
        "The death benefit assumes you were to die on the date entered as the retirement date; with no spouse or "
        "partner, designated children under 18 may elect it (not estimated here)."
    ),
    Code.OPTIONS_APPROXIMATE: _options_approximate,
    Code.OPTIONS_FROM_TABLE: _options_from_table,
    Code.OPTION_OUTSIDE_TABLE: _option_outside_table,
    Code.ANNUITY_APPROXIMATE: lambda f, _: (
        "The two-times-match annuity is an approximation: SCERS does not publish its conversion basis. "
        f"This uses {f['interest'] * 100:.2f}% interest and {BASES[f['basis']].name}."
    ),
    Code.BALANCE_PROJECTED: _balance_projected,
    Code.SETTING_CHANGED: _setting_changed,
}

REASONS: dict[Code, Words] = {
    Code.NEEDS_PAY: lambda _f, _: "Enter your pay (salary history) so the final average salary can be found.",
    Code.DISABILITY_NEEDS_SERVICE: lambda f, _: (
        f"A disability retirement needs at least {f['years']} years of service (earned in the 15 years before the "
        "disability), unless the disability came from an on-the-job injury."
    ),
    Code.DEATH_REFUND_ONLY: lambda f, _: (
        f"With fewer than {f['years']} years of service, the death benefit is a refund of contributions with "
        "interest (lump sum or installments) to your spouse, partner or beneficiary."
    ),
    Code.DEATH_NO_SPOUSE: lambda _f, _: (
        "With no spouse or registered domestic partner, the death benefit is a refund of contributions with "
        "interest to your named beneficiary or your estate. Designated children under 18 may instead elect "
        "the monthly benefit (not estimated here). Enter a spouse or partner to see their monthly benefit."
    ),
    Code.NOT_ELIGIBLE: _not_eligible,
}
