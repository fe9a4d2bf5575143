"""The words that go with an estimate: its warnings, the reason it pays nothing, "why this number",
assumption rows, option amounts, the event and the survivor's choices.

Every front end (app, PDF, CLI) shows these same texts, so a member reads one explanation everywhere:
one call each, :func:`warnings`, :func:`reason` and :func:`explanations`, words the engine's findings.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from scers_desktop.engine.assumptions import Settings, setting_specs
from scers_desktop.engine.findings import Code, Finding
from scers_desktop.engine.model import EstimateType, Scenario
from scers_desktop.engine.net_pay import NetPay
from scers_desktop.engine.options import OptionAmount
from scers_desktop.present.findings_words import REASONS, WARNINGS, setting_text
from scers_desktop.present.text import (
    factor_text,
    format_dollars,
    long_date,
    rate_percent,
    short_month_year,
    whole_dollars,
    years_text,
)

if TYPE_CHECKING:
    from scers_desktop.engine import Estimate


@dataclass(frozen=True)
class Explanation:
    """One line of "why this number": what, the value, the rule applied and its source."""

    label: str
    value: str
    rule: str
    source: str


def warnings(estimate: "Estimate") -> tuple[str, ...]:
    """The estimate's assumptions and notes in words, then the loader's notes on unusual values."""
    worded = [WARNINGS[f.code](f, estimate.plan) for f in estimate.warnings]
    return tuple(dict.fromkeys([*worded, *estimate.scenario.warnings]))


def reason(estimate: "Estimate") -> str | None:
    """Why the estimate's date pays nothing, in words a member understands (None when it pays)."""
    found = estimate.reason
    return None if found is None else REASONS[found.code](found, estimate.plan)


def net_pay_missing(pay: NetPay) -> str | None:
    """Why the estimate shows no net pay, in words (None when it shows one)."""
    found = pay.missing
    if found is None:
        return None
    return (
        f"the medical and dental deductions entered ({format_dollars(found['deductions'])} a month) are more than "
        f"the benefit after federal tax withheld ({format_dollars(found['after_tax'])}), so they cannot come out of it"
    )


def _service_rule(f: Finding) -> tuple[str, str]:
    if f["quick"]:
        return "Entered directly (quick estimate)", f"{years_text(f['total'])} years"
    parts = f"{years_text(f['employment'])} years of employment"
    if f["leave"]:
        parts += f" − {years_text(f['leave'])} unpaid leave"
    if f["purchased"]:
        parts += f" + {years_text(f['purchased'])} purchased"
    return f"{parts}; part-time credit is prorated by FTE", f"{years_text(f['total'])} years"


def _fas_rule(f: Finding) -> str:
    if f["quick"]:
        return "Entered directly (quick estimate)"
    window = f" ({short_month_year(f['start'])} – {short_month_year(f['end'])})" if f["start"] and f["end"] else ""
    return f"Highest {f['months']} {'consecutive ' if f['consecutive'] else ''}months of pay{window}"


def _percent_rule(f: Finding) -> str:
    rule = f"{years_text(f['service'])} years × factor = {f['before_cap']:.2f}% of final average salary"
    return rule + (f", capped at {f['percent']:.0f}%" if f["capped"] else "")


def _annuity_rule(f: Finding) -> str:
    return (
        f"2 × {format_dollars(f['balance'])} contributions at retirement ÷ {f['factor']:.2f} "
        f"(value of $1 a month for life at {f['interest'] * 100:.2f}% interest, {f['basis']}"
        + (f", with the {rate_percent(f['cola'])}% COLA)" if f["cola"] is not None else ")")
    )


def _disability_rule(f: Finding) -> str:
    return (
        f"{rate_percent(f['rate'] / 100)}% × {years_text(f['service'])} years = {f['base']:.2f}%"
        + (f" + {f['top_up']:.2f}% top-up to age {f['top_up_age']}" if f["top_up"] else "")
        + f" = {f['percent']:.2f}% of {format_dollars(f['fas'])}"
        + (f" (raised to the {whole_dollars(f['minimum'])} minimum)" if f["minimum_applied"] else "")
    )


def _explanation(f: Finding) -> Explanation:
    source = f.citation or ""
    if f.code is Code.CREDITED_SERVICE:
        rule, value = _service_rule(f)
        return Explanation("Credited service", value, rule, source)
    if f.code is Code.FINAL_AVERAGE_SALARY:
        return Explanation("Final average salary", f"{format_dollars(f['monthly'])} a month", _fas_rule(f), source)
    if f.code is Code.BENEFIT_FACTOR:
        rule = f"{f['plan']} table, row {f['row']} years, column age {f['age_column']}"
        return Explanation("Benefit factor", factor_text(f["factor"]) + "% per year", rule, source)
    if f.code is Code.PERCENT_OF_FAS:
        return Explanation("Percent of final average salary", f"{f['percent']:.2f}%", _percent_rule(f), source)
    if f.code is Code.FORMULA:
        rule = "percent of final average salary × final average salary"
        return Explanation("Service retirement formula", f"{format_dollars(f['monthly'])} a month", rule, source)
    if f.code is Code.TWO_TIMES_MATCH:
        value = f"{format_dollars(f['monthly'])} a month"
        return Explanation("Two times match annuity", value, _annuity_rule(f), source)
    if f.code is Code.DISABILITY_BENEFIT:
        return Explanation("Disability benefit", format_dollars(f["monthly"]), _disability_rule(f), source)
    rule = f"from {'the formula' if f['from_formula'] else 'the two-times-match annuity'}" + (
        " (the greater of formula and annuity)" if f["greater_of"] else ""
    )
    return Explanation("Unmodified monthly benefit", format_dollars(f["monthly"]), rule, source)


def explanations(estimate: "Estimate") -> tuple[Explanation, ...]:
    """'Why this number': each figure of the estimate with the rule applied and its source."""
    return tuple(_explanation(f) for f in estimate.explanations)


#: Where a member reads how a redeposit or buyback is paid and priced.
BUYBACKS_SOURCE = "Member Handbook 2023, 'Returning to City Service and Redeposits/Buybacks', p. 10"
#: The source of a default no public source gives (the PDF and the screen add that it can be changed).
OURS = "Our assumption"
#: Why each setting has its default, in a member's words, citing only public sources (the plan data
#: keeps the developer's reasons and references); the kind is OURS where no public source sets it.
SETTING_WHY: dict[str, tuple[str, str]] = {
    "age_basis": (
        OURS,
        "The factor tables print whole ages only (Member Handbook 2023, Appendices A and B, pp. 22-25), so "
        "your age in completed years is used; this matches the printed tables and never overstates.",
    ),
    "service_interpolation": (
        "Member Handbook 2011",
        "'Percentages increase with each day of service' (Member Handbook 2011, 'Calculation of Retirement "
        "Benefits'): between two one-year rows of the table the factor rises with each day of service.",
    ),
    "plan2_factor_mode": (
        OURS,
        "The Plan 2 table is used exactly as printed (Member Handbook 2023, Appendix B, p. 24; SMC 4.36.608), "
        "even where six cells are lower than the row above them.",
    ),
    "plan2_fas_window": (
        OURS,
        "The handbook speaks of the highest 130 pay periods 'received consecutively' (Member Handbook 2023, "
        "Appendix B, p. 24), taken as the highest 60 months in a row.",
    ),
    "salary_growth_rate": (
        "Member Handbook 2011",
        "'If expected retirement date is 2 years or more from now, use today's salary as estimated Final "
        "Average Salary' (Member Handbook 2011, 'Calculation of Retirement Benefits', chart notes).",
    ),
    "future_credited_interest_rate": (
        OURS,
        "SCERS sets the rate each year from the 30-year Treasury yield (Member Handbook 2023, 'Credited "
        "Interest Rate', p. 5) and publishes no forecast; the latest rate found that way is held flat.",
    ),
    "interest_rate": (
        "Member Handbook 2023",
        "'The assumed rate of return on investment (currently 6.75% per year)' (Member Handbook 2023, p. 11). "
        "SCERS does not publish the rate it uses for annuities and options.",
    ),
    "first_cola": (
        "Member Handbook 2023",
        "'Each November, your monthly retirement benefit will be increased' ('Cost-of-Living Adjustment', "
        "p. 21); the handbook gives no first-year rule.",
    ),
    "option_a_refund": (
        OURS,
        "The handbook's Option A refunds 'any remaining balance' ('Your Benefit Options', pp. 16-19) without "
        "saying which payments use it up; comparable Washington city plans count the annuity part only.",
    ),
    "option_b_refund": (
        "Member Handbook 2023",
        "Option B pays 'until the total payments made to you and your beneficiary equals your total "
        "contributions/interest at the time of retirement' ('Your Benefit Options', pp. 16-19).",
    ),
    "pre_2012_interest": (
        "Member Handbook 2023",
        "'Members earn interest at an annual rate of 5.75% on contributions made on or before December 31, "
        "2011' ('Credited Interest Rate', p. 5); the sentence can be read either way.",
    ),
    "death_benefit_payee": (
        "Member Handbook 2023",
        "Two passages differ: 'Death Benefit Program', p. 19 (payable only to your named beneficiary) and "
        "'Death After Retirement', p. 12 (your current spouse or domestic partner first).",
    ),
    "timing_threshold": (
        OURS,
        "A date is named under 'Dates worth knowing' when a pension starting one month later pays more than "
        "this much more a month, or when you first become eligible; smaller rises are the ordinary growth of "
        "service and pay.",
    ),
    "annuity_cola_loaded": (
        OURS,
        "The annuity and the options are paid with the yearly COLA (Member Handbook 2023, 'Cost-of-Living "
        "Adjustment', p. 21), so their value includes it; SCERS does not publish its own basis.",
    ),
    "mortality_basis": (
        OURS,
        "SCERS publishes no life expectancy table for annuities and options; this is the Society of "
        "Actuaries' Pub-2010 table with its MP-2021 improvement scale, widely used by US public plans.",
    ),
    "unisex_female_weight": (
        OURS,
        "When sex is not entered, life expectancy is taken half from the female and half from the male table.",
    ),
    "social_security_age": (
        OURS,
        "The Member Handbook 2011 says full Social Security retirement age (42 U.S.C. § 416(l)); the 2023 "
        "edition says the age 'eligible to receive Social Security benefits' ('Your Benefit Options', pp. 16-19).",
    ),
    "cpi_inflation_rate": (
        OURS,
        "The handbook does not say which price index SCERS uses for the 65% purchasing-power floor (Member "
        "Handbook 2023, p. 21); 2.5% a year is assumed.",
    ),
}


#: The same reasons in a line or two, each with its public source, for the printed settings table (the
#: screen keeps the long form above); a setting whose handbook reading shaped the estimate prints that
#: reading instead (:func:`assumption_rows`).
SETTING_BRIEF: dict[str, str] = {
    "age_basis": "The factor tables print whole ages only (Member Handbook 2023, Appendices A and B); "
    "completed years never overstates.",
    "service_interpolation": "'Percentages increase with each day of service' (Member Handbook 2011, "
    "'Calculation of Retirement Benefits').",
    "plan2_factor_mode": "The Plan 2 table exactly as printed, six cells lower than the row above included "
    "(Member Handbook 2023, Appendix B, p. 24).",
    "plan2_fas_window": "The highest 130 pay periods 'received consecutively' (Member Handbook 2023, Appendix B, "
    "p. 24), taken as 60 months in a row.",
    "salary_growth_rate": "2 or more years before retiring, 'use today's salary' (Member Handbook 2011, "
    "'Calculation of Retirement Benefits').",
    "future_credited_interest_rate": "Set each year from the 30-year Treasury yield (Member Handbook 2023, p. 5); "
    "with no forecast published, the latest rate is held flat.",
    "interest_rate": "The assumed return, 'currently 6.75% per year' (Member Handbook 2023, p. 11); the rate for "
    "annuities and options is not published.",
    "first_cola": "'Each November' (Member Handbook 2023, 'Cost-of-Living Adjustment', p. 21); no first-year rule "
    "is given.",
    "option_a_refund": "Option A refunds 'any remaining balance' (Member Handbook 2023, pp. 16-19), not saying "
    "which payments use it up.",
    "option_b_refund": "Until 'the total payments made to you and your beneficiary' reach your contributions with "
    "interest (Member Handbook 2023, pp. 16-19).",
    "pre_2012_interest": "5.75% 'on contributions made on or before December 31, 2011' (Member Handbook 2023, "
    "p. 5): read either way.",
    "death_benefit_payee": "Member Handbook 2023, p. 19: your named beneficiary; p. 12: your spouse or domestic "
    "partner first.",
    "timing_threshold": "A date is named under 'Dates worth knowing' when a month later pays more than this more, "
    "or when you first can retire.",
    "annuity_cola_loaded": "The annuity and options are paid with the COLA (Member Handbook 2023, p. 21); SCERS "
    "publishes no basis of its own.",
    "mortality_basis": "SCERS publishes no table: the Society of Actuaries' one, widely used by US public plans.",
    "unisex_female_weight": "When sex is not entered: half from the female, half from the male table.",
    "social_security_age": "Handbook 2011: full retirement age (42 U.S.C. § 416(l)); 2023: the age 'eligible to "
    "receive' it (pp. 16-19).",
    "cpi_inflation_rate": "The handbook names no price index for the 65% floor (Member Handbook 2023, p. 21).",
}

#: Each reading of an open handbook choice (issue 15), in words, by setting and value: what this
#: estimate assumed and that a setting offers the other reading.
READINGS: dict[str, dict[str, str]] = {
    "first_cola": {
        "november_after_12_months": "First COLA: the first November at least 12 months after your benefit starts. "
        "The handbook says only \u201ceach November\u201d; the other reading, the first November after it "
        "starts, is a setting (\u201cWhen the first COLA is paid\u201d).",
        "first_november": "First COLA: the first November after your benefit starts (the handbook\u2019s "
        "\u201ceach November\u201d); the default waits for a November at least 12 months after it starts.",
    },
    "option_a_refund": {
        "annuity_part": "Option A: the refund at your death is your contributions with interest less the "
        "annuity part of the payments made (the part your contributions buy), as comparable Washington city "
        "plans word it; the other reading, less every payment made, is a setting.",
        "total_payments": "Option A: the refund at your death is your contributions with interest less the "
        "total payments made to you; the default subtracts only the annuity part your contributions buy.",
    },
    "option_b_refund": {
        "total_payments": "Option B: payments continue until the total payments to you and your beneficiary "
        "equal your contributions with interest (the handbook\u2019s words); the other reading, counting only "
        "the annuity part your contributions buy, is a setting.",
        "annuity_part": "Option B: payments continue until the annuity part of the payments (the part your "
        "contributions buy) equals your contributions with interest; the default counts total payments, as "
        "the handbook says.",
    },
    "pre_2012_interest": {
        "through_2011": "Credited interest: 5.75% on your whole balance through 2011 and the Board\u2019s yearly "
        "rate after; the other reading, 5.75% kept on the part from contributions made by 2011, is a setting "
        "(the handbook\u2019s sentence allows both).",
        "kept": "Credited interest: the part of your balance from contributions made by 2011 keeps earning 5.75% "
        "after 2011 (estimated from your pay history when your statement is later); the default credits the "
        "Board\u2019s yearly rate on the whole balance from 2012.",
    },
    "plan2_fas_window": {
        "consecutive": "Plan 2 final average salary: the highest 130 pay periods received consecutively (60 "
        "months in a row); the other reading, the highest 60 months wherever they fall, is a setting (the "
        "handbook says both).",
        "any": "Plan 2 final average salary: the highest 60 months wherever they fall; the default takes 60 "
        "consecutive months (the handbook says both).",
    },
    "death_benefit_payee": {
        "named_beneficiary": "Optional $2,000 death benefit (if you join the program when you retire from active "
        "employment): paid to your named beneficiary, as the handbook\u2019s program section says; its "
        "\u201cDeath After Retirement\u201d section says your current spouse or domestic partner instead "
        "(a setting offers that reading). Ask SCERS which applies.",
        "spouse_first": "Optional $2,000 death benefit (if you join the program when you retire from active "
        "employment): paid to your current spouse or domestic partner, or to your estate or named beneficiary "
        "if there is none or they consented, as the handbook\u2019s \u201cDeath After Retirement\u201d "
        "section says; its program section says your named beneficiary. Ask SCERS which applies.",
    },
}


def reading_words(estimate: "Estimate") -> dict[str, str]:
    """The readings of open handbook choices this estimate used, in words, by setting (issue 15)."""
    return {key: READINGS[key][str(getattr(estimate.settings, key))] for key in estimate.readings}


def readings(estimate: "Estimate") -> tuple[str, ...]:
    """The readings of open handbook choices this estimate used, in words (issue 15)."""
    return tuple(reading_words(estimate).values())


def assumption_rows(
    scenario: Scenario, settings: Settings, *, read: dict[str, str] | None = None
) -> list[tuple[str, str, str, str]]:
    """Every setting in force, as (what, value, where it comes from, why), for the screen.

    The kind says "Our assumption" where no public source sets the default. The
    yearly raise shows the case's own rate when it has one, since that is what was used.
    With ``read`` (the estimate's :func:`reading_words`) the rows are the printed ones: the short
    reason (:data:`SETTING_BRIEF`), or the handbook reading the estimate used, so the page says it once.
    """
    rows = []
    for key, spec in setting_specs().items():
        value = setting_text(key, getattr(settings, key))
        kind, why = SETTING_WHY[key]
        if read is not None:
            why = read.get(key, SETTING_BRIEF[key])
        if key in settings.overridden and getattr(settings, key) != spec.default:
            kind = "Changed for this case"
        if key == "salary_growth_rate" and scenario.salary is not None and scenario.salary.growth_rate is not None:
            value, kind, why = (
                setting_text(key, scenario.salary.growth_rate),
                "Your entry",
                "The raise entered for this case.",
            )
        rows.append((spec.label, value, kind, why))
    return rows


def member_amount_text(option: OptionAmount) -> str:
    """What the member gets, in words: '$5,896.76, then $3,596.76' (Option F), '+ $75,000.00 lump sum' (G)."""
    if option.member_monthly is None:
        return "—"
    text = format_dollars(option.member_monthly)
    if option.member_monthly_after_ss_age is not None:
        text += f", then {format_dollars(option.member_monthly_after_ss_age)}"
    if option.lump_sum is not None:
        text += f" + {format_dollars(option.lump_sum)} lump sum"
    return text


def event_text(kind: EstimateType, when: date, age: int, service_years: Decimal) -> str:
    """'Retiring May 1, 2030 at age 62, with 30.91 years of service' (or 'If you died on …' for a
    death-before-retirement estimate, or 'Disability retirement on …')."""
    lead = {
        EstimateType.DEATH_BEFORE_RETIREMENT: "If you died on",
        EstimateType.DISABILITY: "Disability retirement on",
    }.get(kind, "Retiring")
    return f"{lead} {long_date(when)} at age {age}, with {years_text(service_years)} years of service"


def survivor_choice_lines(options: Sequence[OptionAmount]) -> list[str]:
    """A death estimate's choices for the spouse or partner, in words."""
    lines = []
    for option in options:
        if option.survivor_monthly is None:
            continue
        amount = f"{format_dollars(option.survivor_monthly)} a month for life"
        if option.lump_sum is not None:
            amount = f"{format_dollars(option.lump_sum)} in cash and {amount}"
        lines.append(f"Your spouse or partner could receive {amount} ({option.name.lower()}).")
    return lines
