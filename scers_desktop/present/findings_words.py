"""The words of each finding the engine makes (``scers_desktop.engine.findings.Code``).

Each entry turns one finding's figures into the sentence a member reads; numbers and dates are
formatted here (present.text), rule figures come from the plan data the finding carries.
"""

from collections.abc import Callable
from decimal import Decimal

from scers_desktop.engine.assumptions import setting_specs
from scers_desktop.engine.findings import Code, Finding
from scers_desktop.engine.mortality import BASES
from scers_desktop.engine.plan_data import PlanRules
from scers_desktop.present.i18n import _
from scers_desktop.present.text import fixed, long_date, rate_percent, years_text

Words = Callable[[Finding, PlanRules], str]


def whole_or_decimal(value: Decimal) -> str:
    """Years as few digits as they need, cut as :func:`years_text` cuts: 5 -> '5', 27.5 -> '27.5', 29.997 -> '29.99'."""
    return years_text(value).rstrip("0").rstrip(".,")


def requirements_text(plan: PlanRules) -> str:
    """The plan's rules in words: '5 years of service and age 62, ..., or 30 years at any age'."""
    parts = [
        _("{years} years of service at any age").format(years=whole_or_decimal(r.min_service_years))
        if r.min_age == 0
        else _("{years} years of service and age {age}").format(
            years=whole_or_decimal(r.min_service_years), age=r.min_age
        )
        for r in sorted(plan.eligibility, key=lambda r: r.min_service_years)
    ]
    return _("{first}, or {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def setting_text(key: str, value: object) -> str:
    """A setting's value in words: rates as percents, the mortality basis by name, choices without underscores."""
    if key == "mortality_basis":
        return _(BASES[str(value)].name)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, Decimal):
        if key == "unisex_female_weight":
            return _("{percent}% female").format(percent=fixed(value * 100, 0))
        return fixed(value * 100, 2) + "%" if key.endswith(("rate", "threshold")) else f"{value}"
    return _(str(value).replace("_", " "))


def _options_approximate(f: Finding, _plan: PlanRules) -> str:
    words = {
        "interest": fixed(f["interest"] * 100, 2),
        "basis": _(BASES[f["basis"]].name) + (_(" (unisex blend)") if f["unisex"] else ""),
    }
    lead = (
        _(
            "Options and ages the option factor table does not cover, and the Option F and G adjustments, use the "
            "approximate valuation: they are valued at {interest}% interest with {basis}"
        )
        if f["table"]
        else _(
            "Option amounts are approximate: SCERS does not publish its option factors. They are valued at "
            "{interest}% interest with {basis}"
        )
    ).format(**words)
    if f["cola"] is not None:
        return lead + _(", including the {cola}% yearly COLA.").format(cola=rate_percent(f["cola"]))
    return lead + "."


def _table_name(f: Finding) -> str:
    """'the option factor table "SCERS factors" (factors.csv), effective 2026-01-01'."""
    title = f" \u201c{f['title']}\u201d" if f["title"] else ""
    name = _("the option factor table{title} ({name})").format(title=title, name=f["name"])
    return name + (_(", effective {date}").format(date=f["effective"]) if f["effective"] else "")


def _options_from_table(f: Finding, _plan: PlanRules) -> str:
    codes = ", ".join(f["codes"]) if f["codes"] else _("none")
    return _(
        "Option factors from {table} (it covers {covered}): each option it covers is the unmodified benefit × its "
        "factor. Options from the table here: {codes}."
    ).format(table=_table_name(f), covered=", ".join(f["covered"]), codes=codes)


def _option_outside_table(f: Finding, _plan: PlanRules) -> str:
    first, last = f["members"]
    ages = _("member ages {first}–{last}").format(first=first, last=last)
    if f["others"] is not None:
        ages += _(" and beneficiary ages {first}–{last}").format(first=f["others"][0], last=f["others"][1])
    yours = (
        _("age {age} with a beneficiary aged {other}").format(age=f["member_age"], other=f["beneficiary_age"])
        if f["beneficiary_age"] is not None
        else _("age {age}").format(age=f["member_age"])
    )
    return _(
        "Warning: the option factor table has Option {option} only for {ages}, not for your {yours}; "
        "Option {option} uses the approximate valuation instead."
    ).format(option=f["option"], ages=ages, yours=yours)


def _balance_projected(f: Finding, _plan: PlanRules) -> str:
    span = str(f["first"]) if f["first"] == f["last"] else f"{f['first']}–{f['last']}"
    return _(
        "Your contribution balance is projected to {date} with interest for "
        "{span} estimated from the 30-year Treasury yield; your statement shows the actual rates."
    ).format(date=long_date(f["to"]), span=span)


def _setting_changed(f: Finding, _plan: PlanRules) -> str:
    key = f["key"]
    return _("Setting changed from the default ({default}): {setting} = {value}.").format(
        default=setting_text(key, f["default"]),
        setting=_(setting_specs()[key].label),
        value=setting_text(key, f["value"]),
    )


def _not_eligible(f: Finding, plan: PlanRules) -> str:
    have = _("On that date you would be {age} with {years} years of service.").format(
        age=f["age"], years=whole_or_decimal(f["service"])
    )
    words = {"plan": _(plan.name), "rules": requirements_text(plan), "have": have}
    if f["service"] < f["vesting"]:
        text = _(
            "Not eligible to retire: a service retirement needs at least {vesting} years of "
            "service. {have} {plan} allows retirement with {rules}."
        ).format(vesting=whole_or_decimal(f["vesting"]), **words)
    else:
        text = _("Not eligible to retire yet. {plan} allows retirement with {rules}. {have}").format(**words)
    if f["earliest"] is not None:
        text += " " + _("With the same service path you would first be eligible on {date}.").format(
            date=long_date(f["earliest"])
        )
    elif f["refund"]:
        text += " " + _("You may instead withdraw your contributions with interest (a refund).")
    return text


WARNINGS: dict[Code, Words] = {
    Code.PLAN_MISMATCH: lambda f, _p: _(
        "Plan {plan} was entered, but a membership date of {date} usually means Plan {expected}. Check with SCERS."
    ).format(plan=f["plan"], date=long_date(f["membership_date"]), expected=f["expected"]),
    Code.QUICK_HISTORY_IGNORED: lambda _f, _p: _(
        "The quick figures (total service and final average salary) were used; the service history in this case "
        "was not."
    ),
    Code.SERVICE_BY_DAYS: lambda _f, _p: _(
        "Service counts each day of City work as 1/365 of a year, times your FTE, with no credit for "
        "February 29 (Member Handbook 2023, 'Earning Service Credit', p. 4)."
    ),
    Code.EMPLOYMENT_AFTER_SEPARATION: lambda f, _p: _(
        "Employment period {number} starts after your last day of work and was not counted."
    ).format(number=f["number"]),
    Code.CURRENT_JOB_CONTINUES: lambda f, _p: _(
        "Your current job is assumed to continue at the same FTE until {date}."
    ).format(date=long_date(f["until"])),
    Code.LEAVE_NOT_CREDITED: lambda f, _p: _("{years} years of leave earn no service unless you buy them back.").format(
        years=years_text(f["years"])
    ),
    Code.LEAVE_NOT_BUYABLE: lambda f, _p: _(
        "Leave {number} is {kind} leave ticked bought back, but only family "
        "medical, medical, industrial-injury and military leave can be bought back (Handbook 2023 p. 11; "
        "Handbook 2011: other unpaid leave is not counted). It was not credited."
    ).format(number=f["number"], kind=_(str(f["kind"]).replace("_", " "))),
    Code.SERVICE_BEFORE_MEMBERSHIP: lambda f, _p: _(
        "{years} years of employment before your membership date, {date}, "
        "earn no service: membership is not retroactive (Handbook 2023 p. 7). Time before it counts only if "
        "you buy it (enter it as a purchase)."
    ).format(years=years_text(f["years"]), date=long_date(f["joined"])),
    Code.TEMPORARY_PREMIUM_PAY: lambda f, _p: _(
        "Employment period {number} is temporary work on premium pay in lieu of benefits: its hours count "
        "{factor} times (Handbook 2023, 'Earning Service Credit'). The extra contributions SCERS deducts "
        "for them are not added to your balance here."
    ).format(number=f["number"], factor=f["factor"]),
    Code.REDEPOSIT_AND_PERIOD: lambda f, _p: _(
        "Employment period {number} ended before the withdrawal of {date} that buyback "
        "row {row} redeposits, and both are counted: the period's days and the redeposit's years. SCERS "
        "credits withdrawn service once, when it is redeposited: if the row is for that period, check that the "
        "service is not counted twice."
    ).format(number=f["number"], date=long_date(f["withdrawn"]), row=f["row"]),
    Code.REDEPOSIT_LATE: lambda f, _p: _(
        "The redeposit is paid more than {grace} years after you were rehired on {date}: "
        "SCERS then charges, each year, the greater of the assumed and the actual investment return. Actual "
        "returns are not published here, so the cost shown, at the assumed rate, may be higher (Handbook 2023, "
        "'Returning to City Service and Redeposits/Buybacks')."
    ).format(grace=f["grace"], date=long_date(f["rehired"])),
    Code.PURCHASE_PAID_LATE: lambda f, _p: _(
        "A {kind} purchase is paid on {date}, after your last day of "
        "work; buybacks must be paid while you are still employed (Member Handbook 2023, 'Returning to City "
        "Service and Redeposits/Buybacks', p. 10)."
    ).format(kind=_(f["kind"].replace("_", " ")), date=long_date(f["paid_on"])),
    Code.PURCHASES_ASSUMED_COMPLETE: lambda _f, _p: _(
        "Service purchases are counted as if they will be completed before you retire."
    ),
    Code.FAS_FEWER_MONTHS: lambda f, _p: _(
        "Only {used} months of service have pay; the final average salary averages those instead of the "
        "{required} months the plan uses."
    ).format(used=f["used"], required=f["required"]),
    Code.PAY_BACKFILLED: lambda f, _p: _(
        "Pay before {date} is taken to be the same as on that date; enter earlier pay for a "
        "closer final average salary."
    ).format(date=long_date(f["before"])),
    Code.PAY_PROJECTED: lambda f, _p: _("Pay is projected to grow {percent}% a year after {date}.").format(
        percent=fixed(f["growth"] * 100, 2), date=long_date(f["after"])
    ),
    Code.NO_FUTURE_RAISES: lambda _f, _p: _(
        "No future raises are assumed: your current pay is used for the years ahead ('use today's salary as "
        "estimated Final Average Salary', Member Handbook 2011, 'Calculation of Retirement Benefits')."
    ),
    Code.PLAN2_FAS_ANY_WINDOW: lambda _f, _p: _(
        "Plan 2 final average salary uses the highest 60 months wherever they fall (a changed setting)."
    ),
    Code.DEATH_FIRST_PRINTED_FACTOR: lambda _f, _p: _(
        "Assumption: the death benefit uses the factor at the first age the table shows for your service, "
        "because the handbook does not say which factor applies before retirement age."
    ),
    Code.FACTOR_FLAGGED: lambda f, _p: _(str(f["note"])),
    Code.CAPPED: lambda f, _p: _(
        "Plan 1 benefits are capped at {cap}% of final average salary; your {before}% was reduced to the cap."
    ).format(cap=fixed(f["cap"], 0), before=fixed(f["before"], 2)),
    Code.TABLE_STOPS: lambda f, _p: _(
        "The factor table stops at age {age}; its last column is used for older ages."
    ).format(age=f["age"]),
    Code.FACTOR_INTERPOLATED: lambda _f, _p: _(
        "Assumption: the factor rises with each day of service between two whole-year rows of the table "
        "('Percentages increase with each day of service', Member Handbook 2011, 'Calculation of Retirement "
        "Benefits')."
    ),
    Code.AGE_IN_COMPLETED_YEARS: lambda f, _p: _(
        "Assumption: the factor uses your age in completed years ({age}); the handbook prints whole ages only."
    ).format(age=f["age"]),
    Code.PORTABILITY: lambda f, _p: _(
        "Portability: the factor and eligibility use your combined service ({years} years, with "
        "{system}); SCERS pays on its own service only. File the Portability Claim Form with SCERS and "
        "your other system."
    ).format(years=years_text(f["service"]), system=f["system"]),
    Code.DISABILITY_NEEDS_APPROVAL: lambda _f, _p: _(
        "Disability retirement needs the Board's approval after an examination; earnings offsets and the "
        "temporary-disability rules are not checked here."
    ),
    Code.DISABILITY_RECENT_SERVICE_2011: lambda f, _p: _(
        "2011 handbook only: it also required the 10 years to be earned in the {window} years before the "
        "disability; you have {years} years in those {window} years. The 2023 handbook "
        "asks only for 10 years of service with the City; SCERS decides which rule applies."
    ).format(window=f["window"], years=years_text(f["recent"])),
    Code.DEATH_ASSUMES_DATE: lambda _f, _p: _(
        "The death benefit assumes you were to die on the date entered as the retirement date; with no spouse or "
        "partner, designated children under 18 may elect it (not estimated here)."
    ),
    Code.OPTIONS_APPROXIMATE: _options_approximate,
    Code.OPTIONS_FROM_TABLE: _options_from_table,
    Code.OPTION_OUTSIDE_TABLE: _option_outside_table,
    Code.ANNUITY_APPROXIMATE: lambda f, _p: _(
        "The two-times-match annuity is an approximation: SCERS does not publish its conversion basis. "
        "This uses {interest}% interest and {basis}."
    ).format(interest=fixed(f["interest"] * 100, 2), basis=_(BASES[f["basis"]].name)),
    Code.BALANCE_PROJECTED: _balance_projected,
    Code.SETTING_CHANGED: _setting_changed,
}

REASONS: dict[Code, Words] = {
    Code.NEEDS_PAY: lambda _f, _p: _("Enter your pay (salary history) so the final average salary can be found."),
    Code.DISABILITY_NEEDS_SERVICE: lambda f, _p: _(
        "A disability retirement needs at least {years} years of service (earned in the 15 years before the "
        "disability), unless the disability came from an on-the-job injury."
    ).format(years=f["years"]),
    Code.DEATH_REFUND_ONLY: lambda f, _p: _(
        "With fewer than {years} years of service, the death benefit is a refund of contributions with "
        "interest (lump sum or installments) to your spouse, partner or beneficiary."
    ).format(years=f["years"]),
    Code.DEATH_NO_SPOUSE: lambda _f, _p: _(
        "With no spouse or registered domestic partner, the death benefit is a refund of contributions with "
        "interest to your named beneficiary or your estate. Designated children under 18 may instead elect "
        "the monthly benefit (not estimated here). Enter a spouse or partner to see their monthly benefit."
    ),
    Code.NOT_ELIGIBLE: _not_eligible,
}
