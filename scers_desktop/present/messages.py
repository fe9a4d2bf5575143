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
from scers_desktop.engine.mortality import BASES
from scers_desktop.engine.net_pay import NetPay
from scers_desktop.engine.options import OptionAmount
from scers_desktop.present.findings_words import REASONS, WARNINGS
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


#: Each reading of an open handbook choice (issue 15), in words, by setting and value: what this
#: estimate assumed and that a setting offers the other reading.
READINGS: dict[str, dict[str, str]] = {
    "first_cola": {
        "november_after_12_months": "First COLA: the first November at least 12 months after your benefit starts. "
        "The handbook says only \u201ceach November\u201d; the setting first_cola = first_november gives the "
        "first November after it starts.",
        "first_november": "First COLA: the first November after your benefit starts (the handbook\u2019s "
        "\u201ceach November\u201d); the default waits for a November at least 12 months after it starts.",
    },
    "option_a_refund": {
        "annuity_part": "Option A: the refund at your death is your contributions with interest less the "
        "annuity part of the payments made (the part your contributions buy), as comparable Washington city "
        "plans word it; the setting option_a_refund = total_payments subtracts every payment made.",
        "total_payments": "Option A: the refund at your death is your contributions with interest less the "
        "total payments made to you; the default subtracts only the annuity part your contributions buy.",
    },
    "option_b_refund": {
        "total_payments": "Option B: payments continue until the total payments to you and your beneficiary "
        "equal your contributions with interest (the handbook\u2019s words); the setting option_b_refund = "
        "annuity_part counts only the annuity part your contributions buy.",
        "annuity_part": "Option B: payments continue until the annuity part of the payments (the part your "
        "contributions buy) equals your contributions with interest; the default counts total payments, as "
        "the handbook says.",
    },
    "pre_2012_interest": {
        "through_2011": "Credited interest: 5.75% on your whole balance through 2011 and the Board\u2019s yearly "
        "rate after; the setting pre_2012_interest = kept keeps 5.75% on the part from contributions made by "
        "2011 (the handbook\u2019s sentence allows both).",
        "kept": "Credited interest: the part of your balance from contributions made by 2011 keeps earning 5.75% "
        "after 2011 (estimated from your pay history when your statement is later); the default credits the "
        "Board\u2019s yearly rate on the whole balance from 2012.",
    },
    "plan2_fas_window": {
        "consecutive": "Plan 2 final average salary: the highest 130 pay periods received consecutively (60 "
        "months in a row); the setting plan2_fas_window = any takes the highest 60 months wherever they fall "
        "(the handbook says both).",
        "any": "Plan 2 final average salary: the highest 60 months wherever they fall; the default takes 60 "
        "consecutive months (the handbook says both).",
    },
    "death_benefit_payee": {
        "named_beneficiary": "Optional $2,000 death benefit (if you join the program when you retire from active "
        "employment): paid to your named beneficiary, as the handbook\u2019s program section says; its "
        "\u201cDeath After Retirement\u201d section says your current spouse or domestic partner instead "
        "(setting death_benefit_payee = spouse_first). Ask SCERS which applies.",
        "spouse_first": "Optional $2,000 death benefit (if you join the program when you retire from active "
        "employment): paid to your current spouse or domestic partner, or to your estate or named beneficiary "
        "if there is none or they consented, as the handbook\u2019s \u201cDeath After Retirement\u201d "
        "section says; its program section says your named beneficiary. Ask SCERS which applies.",
    },
}


def readings(estimate: "Estimate") -> tuple[str, ...]:
    """The readings of open handbook choices this estimate used, in words (issue 15)."""
    return tuple(READINGS[key][str(getattr(estimate.settings, key))] for key in estimate.readings)


def setting_text(key: str, value: object) -> str:
    """A setting's value in words: rates as percents, the mortality basis by name, choices without underscores."""
    if key == "mortality_basis":
        return BASES[str(value)].name
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return f"{value * 100:.2f}%" if key.endswith("rate") else f"{value}"
    return str(value).replace("_", " ")


def assumption_rows(scenario: Scenario, settings: Settings) -> list[tuple[str, str, str, str]]:
    """Every setting in force, as (what, value, 'Assumption' or 'Sourced', why), for screen and PDF.

    The yearly raise shows the case's own rate when it has one, since that is what was used.
    """
    rows = []
    for key, spec in setting_specs().items():
        value = setting_text(key, getattr(settings, key))
        kind, why = ("Assumption" if spec.is_assumption else "Sourced"), spec.explanation
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
