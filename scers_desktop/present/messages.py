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
from scers_desktop.engine.options import OptionAmount, split_code
from scers_desktop.present.findings_words import REASONS, WARNINGS, setting_text
from scers_desktop.present.i18n import N_, SOURCE, _, current
from scers_desktop.present.text import (
    factor_text,
    fixed,
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
    return _(
        "the medical and dental deductions entered ({deductions} a month) are more than "
        "the benefit after federal tax withheld ({after_tax}), so they cannot come out of it"
    ).format(deductions=format_dollars(found["deductions"]), after_tax=format_dollars(found["after_tax"]))


def _service_rule(f: Finding) -> tuple[str, str]:
    total = _("{years} years").format(years=years_text(f["total"]))
    if f["quick"]:
        return _(QUICK), total
    parts = _("{years} years of employment").format(years=years_text(f["employment"]))
    if f["leave"]:
        parts += " " + _("− {years} unpaid leave").format(years=years_text(f["leave"]))
    if f["purchased"]:
        parts += " " + _("+ {years} purchased").format(years=years_text(f["purchased"]))
    return _("{parts}; part-time credit is prorated by FTE").format(parts=parts), total


#: A figure the member typed in a quick estimate.
QUICK = N_("Entered directly (quick estimate)")


def _fas_rule(f: Finding) -> str:
    if f["quick"]:
        return _(QUICK)
    window = f" ({short_month_year(f['start'])} – {short_month_year(f['end'])})" if f["start"] and f["end"] else ""
    if f["consecutive"]:
        return _("Highest {months} consecutive months of pay{window}").format(months=f["months"], window=window)
    return _("Highest {months} months of pay{window}").format(months=f["months"], window=window)


def _percent_rule(f: Finding) -> str:
    rule = _("{years} years × factor = {percent}% of final average salary").format(
        years=years_text(f["service"]), percent=fixed(f["before_cap"], 2)
    )
    return rule + (_(", capped at {percent}%").format(percent=fixed(f["percent"], 0)) if f["capped"] else "")


def _annuity_rule(f: Finding) -> str:
    words = {
        "balance": format_dollars(f["balance"]),
        "factor": fixed(f["factor"], 2),
        "interest": fixed(f["interest"] * 100, 2),
        "basis": _(f["basis"]),
    }
    if f["cola"] is not None:
        return _(
            "2 × {balance} contributions at retirement ÷ {factor} "
            "(value of $1 a month for life at {interest}% interest, {basis}, with the {cola}% COLA)"
        ).format(cola=rate_percent(f["cola"]), **words)
    return _(
        "2 × {balance} contributions at retirement ÷ {factor} (value of $1 a month for life at {interest}% interest, "
        "{basis})"
    ).format(**words)


def _disability_rule(f: Finding) -> str:
    return (
        _("{rate}% × {years} years = {base}%").format(
            rate=rate_percent(f["rate"] / 100), years=years_text(f["service"]), base=fixed(f["base"], 2)
        )
        + (
            _(" + {top_up}% top-up to age {age}").format(top_up=fixed(f["top_up"], 2), age=f["top_up_age"])
            if f["top_up"]
            else ""
        )
        + _(" = {percent}% of {salary}").format(percent=fixed(f["percent"], 2), salary=format_dollars(f["fas"]))
        + (
            _(" (raised to the {minimum} minimum)").format(minimum=whole_dollars(f["minimum"]))
            if f["minimum_applied"]
            else ""
        )
    )


def _explanation(f: Finding) -> Explanation:
    source = f.citation or ""
    if f.code is Code.CREDITED_SERVICE:
        rule, value = _service_rule(f)
        return Explanation(_("Credited service"), value, rule, source)
    if f.code in (Code.FINAL_AVERAGE_SALARY, Code.FORMULA, Code.TWO_TIMES_MATCH):
        monthly = _("{amount} a month").format(amount=format_dollars(f["monthly"]))
        if f.code is Code.FINAL_AVERAGE_SALARY:
            return Explanation(_("Final average salary"), monthly, _fas_rule(f), source)
        if f.code is Code.FORMULA:
            rule = _("percent of final average salary × final average salary")
            return Explanation(_("Service retirement formula"), monthly, rule, source)
        return Explanation(_("Two times match annuity"), monthly, _annuity_rule(f), source)
    if f.code is Code.BENEFIT_FACTOR:
        rule = _("{plan} table, row {row} years, column age {age}").format(
            plan=_(f["plan"]), row=f["row"], age=f["age_column"]
        )
        return Explanation(
            _("Benefit factor"), _("{factor}% per year").format(factor=factor_text(f["factor"])), rule, source
        )
    if f.code is Code.PERCENT_OF_FAS:
        return Explanation(_("Percent of final average salary"), fixed(f["percent"], 2) + "%", _percent_rule(f), source)
    if f.code is Code.DISABILITY_BENEFIT:
        return Explanation(_("Disability benefit"), format_dollars(f["monthly"]), _disability_rule(f), source)
    rule = _("from the formula") if f["from_formula"] else _("from the two-times-match annuity")
    if f["greater_of"]:
        rule += _(" (the greater of formula and annuity)")
    return Explanation(_("Unmodified monthly benefit"), format_dollars(f["monthly"]), rule, source)


def explanations(estimate: "Estimate") -> tuple[Explanation, ...]:
    """'Why this number': each figure of the estimate with the rule applied and its source."""
    return tuple(_explanation(f) for f in estimate.explanations)


#: Where a member reads how a redeposit or buyback is paid and priced.
BUYBACKS_SOURCE = N_("Member Handbook 2023, 'Returning to City Service and Redeposits/Buybacks', p. 10")
#: The source of a default no public source gives (the PDF and the screen add that it can be changed).
OURS = N_("Our assumption")
#: Why each setting has its default, in a member's words, citing only public sources (the plan data
#: keeps the developer's reasons and references); the kind is OURS where no public source sets it.
SETTING_WHY: dict[str, tuple[str, str]] = {
    "age_basis": (
        OURS,
        N_(
            "The factor tables print whole ages only (Member Handbook 2023, Appendices A and B, pp. 22-25), so "
            "your age in completed years is used; this matches the printed tables and never overstates."
        ),
    ),
    "service_interpolation": (
        N_("Member Handbook 2011"),
        N_(
            "'Percentages increase with each day of service' (Member Handbook 2011, 'Calculation of Retirement "
            "Benefits'): between two one-year rows of the table the factor rises with each day of service."
        ),
    ),
    "plan2_factor_mode": (
        OURS,
        N_(
            "The Plan 2 table is used exactly as printed (Member Handbook 2023, Appendix B, p. 24; SMC 4.36.608), "
            "even where six cells are lower than the row above them."
        ),
    ),
    "plan2_fas_window": (
        OURS,
        N_(
            "The handbook speaks of the highest 130 pay periods 'received consecutively' (Member Handbook 2023, "
            "Appendix B, p. 24), taken as the highest 60 months in a row."
        ),
    ),
    "salary_growth_rate": (
        N_("Member Handbook 2011"),
        N_(
            "'If expected retirement date is 2 years or more from now, use today's salary as estimated Final "
            "Average Salary' (Member Handbook 2011, 'Calculation of Retirement Benefits', chart notes)."
        ),
    ),
    "future_credited_interest_rate": (
        OURS,
        N_(
            "SCERS sets the rate each year from the 30-year Treasury yield (Member Handbook 2023, 'Credited "
            "Interest Rate', p. 5) and publishes no forecast; the latest rate found that way is held flat."
        ),
    ),
    "interest_rate": (
        N_("Member Handbook 2023"),
        N_(
            "'The assumed rate of return on investment (currently 6.75% per year)' (Member Handbook 2023, p. 11). "
            "SCERS does not publish the rate it uses for annuities and options."
        ),
    ),
    "first_cola": (
        N_("Member Handbook 2023"),
        N_(
            "'Each November, your monthly retirement benefit will be increased' ('Cost-of-Living Adjustment', "
            "p. 21); the handbook gives no first-year rule."
        ),
    ),
    "option_a_refund": (
        OURS,
        N_(
            "The handbook's Option A refunds 'any remaining balance' ('Your Benefit Options', pp. 16-19) without "
            "saying which payments use it up; comparable Washington city plans count the annuity part only."
        ),
    ),
    "option_b_refund": (
        N_("Member Handbook 2023"),
        N_(
            "Option B pays 'until the total payments made to you and your beneficiary equals your total "
            "contributions/interest at the time of retirement' ('Your Benefit Options', pp. 16-19)."
        ),
    ),
    "pre_2012_interest": (
        N_("Member Handbook 2023"),
        N_(
            "'Members earn interest at an annual rate of 5.75% on contributions made on or before December 31, "
            "2011' ('Credited Interest Rate', p. 5); the sentence can be read either way."
        ),
    ),
    "death_benefit_payee": (
        N_("Member Handbook 2023"),
        N_(
            "Two passages differ: 'Death Benefit Program', p. 19 (payable only to your named beneficiary) and "
            "'Death After Retirement', p. 12 (your current spouse or domestic partner first)."
        ),
    ),
    "timing_threshold": (
        OURS,
        N_(
            "A date is named under 'Dates worth knowing' when a pension starting one month later pays more than "
            "this much more a month, or when you first become eligible; smaller rises are the ordinary growth of "
            "service and pay."
        ),
    ),
    "annuity_cola_loaded": (
        OURS,
        N_(
            "The annuity and the options are paid with the yearly COLA (Member Handbook 2023, 'Cost-of-Living "
            "Adjustment', p. 21), so their value includes it; SCERS does not publish its own basis."
        ),
    ),
    "mortality_basis": (
        OURS,
        N_(
            "SCERS publishes no life expectancy table for annuities and options; this is the Society of "
            "Actuaries' Pub-2010 table with its MP-2021 improvement scale, widely used by US public plans."
        ),
    ),
    "unisex_female_weight": (
        OURS,
        N_("When sex is not entered, life expectancy is taken half from the female and half from the male table."),
    ),
    "social_security_age": (
        OURS,
        N_(
            "The Member Handbook 2011 says full Social Security retirement age (42 U.S.C. § 416(l)); the 2023 "
            "edition says the age 'eligible to receive Social Security benefits' ('Your Benefit Options', pp. 16-19)."
        ),
    ),
    "cpi_inflation_rate": (
        OURS,
        N_(
            "The handbook does not say which price index SCERS uses for the 65% purchasing-power floor (Member "
            "Handbook 2023, p. 21); 2.5% a year is assumed."
        ),
    ),
}


#: Each reading of an open handbook choice (issue 15), in words, by setting and value: what this
#: estimate assumed and that a setting offers the other reading.
READINGS: dict[str, dict[str, str]] = {
    "first_cola": {
        "november_after_12_months": N_(
            N_(
                "First COLA: the first November at least 12 months after your benefit starts. "
                "The handbook says only \u201ceach November\u201d; the other reading, the first November after it "
                "starts, is a setting (\u201cWhen the first COLA is paid\u201d)."
            )
        ),
        "first_november": N_(
            N_(
                "First COLA: the first November after your benefit starts (the handbook\u2019s "
                "\u201ceach November\u201d); the default waits for a November at least 12 months after it starts."
            )
        ),
    },
    "option_a_refund": {
        "annuity_part": N_(
            N_(
                "Option A: the refund at your death is your contributions with interest less the "
                "annuity part of the payments made (the part your contributions buy), as comparable Washington city "
                "plans word it; the other reading, less every payment made, is a setting."
            )
        ),
        "total_payments": N_(
            N_(
                "Option A: the refund at your death is your contributions with interest less the "
                "total payments made to you; the default subtracts only the annuity part your contributions buy."
            )
        ),
    },
    "option_b_refund": {
        "total_payments": N_(
            N_(
                "Option B: payments continue until the total payments to you and your beneficiary "
                "equal your contributions with interest (the handbook\u2019s words); the other reading, counting only "
                "the annuity part your contributions buy, is a setting."
            )
        ),
        "annuity_part": N_(
            N_(
                "Option B: payments continue until the annuity part of the payments (the part your "
                "contributions buy) equals your contributions with interest; the default counts total payments, as "
                "the handbook says."
            )
        ),
    },
    "pre_2012_interest": {
        "through_2011": N_(
            N_(
                "Credited interest: 5.75% on your whole balance through 2011 and the Board\u2019s yearly "
                "rate after; the other reading, 5.75% kept on the part from contributions made by 2011, is a setting "
                "(the handbook\u2019s sentence allows both)."
            )
        ),
        "kept": N_(
            N_(
                "Credited interest: the part of your balance from contributions made by 2011 keeps earning 5.75% "
                "after 2011 (estimated from your pay history when your statement is later); the default credits the "
                "Board\u2019s yearly rate on the whole balance from 2012."
            )
        ),
    },
    "plan2_fas_window": {
        "consecutive": N_(
            N_(
                "Plan 2 final average salary: the highest 130 pay periods received consecutively (60 "
                "months in a row); the other reading, the highest 60 months wherever they fall, is a setting (the "
                "handbook says both)."
            )
        ),
        "any": N_(
            N_(
                "Plan 2 final average salary: the highest 60 months wherever they fall; the default takes 60 "
                "consecutive months (the handbook says both)."
            )
        ),
    },
    "death_benefit_payee": {
        "named_beneficiary": N_(
            N_(
                "Optional $2,000 death benefit (if you join the program when you retire from active "
                "employment): paid to your named beneficiary, as the handbook\u2019s program section says; its "
                "\u201cDeath After Retirement\u201d section says your current spouse or domestic partner instead "
                "(a setting offers that reading). Ask SCERS which applies."
            )
        ),
        "spouse_first": N_(
            N_(
                "Optional $2,000 death benefit (if you join the program when you retire from active "
                "employment): paid to your current spouse or domestic partner, or to your estate or named beneficiary "
                "if there is none or they consented, as the handbook\u2019s \u201cDeath After Retirement\u201d "
                "section says; its program section says your named beneficiary. Ask SCERS which applies."
            )
        ),
    },
}


def readings(estimate: "Estimate") -> tuple[str, ...]:
    """The readings of open handbook choices this estimate used, in words (issue 15)."""
    return tuple(_(READINGS[key][str(getattr(estimate.settings, key))]) for key in estimate.readings)


def assumption_rows(scenario: Scenario, settings: Settings) -> list[tuple[str, str, str, str]]:
    """Every setting in force, as (what, value, where it comes from, why), for screen and PDF.

    The kind says "Our assumption" where no public source sets the default. The
    yearly raise shows the case's own rate when it has one, since that is what was used.
    """
    rows = []
    for key, spec in setting_specs().items():
        value = setting_text(key, getattr(settings, key))
        kind, why = (_(text) for text in SETTING_WHY[key])
        if key in settings.overridden and getattr(settings, key) != spec.default:
            kind = _("Changed for this case")
        if key == "salary_growth_rate" and scenario.salary is not None and scenario.salary.growth_rate is not None:
            value, kind, why = (
                setting_text(key, scenario.salary.growth_rate),
                _("Your entry"),
                _("The raise entered for this case."),
            )
        rows.append((_(spec.label), value, kind, why))
    return rows


def option_name(option: OptionAmount) -> str:
    """The option's name in the current language: the catalog's for the engine's fixed names, and the F and
    G combinations worded from their code in a translation ('E + G: 50% lump sum'), whose engine names
    carry a figure."""
    translated = _(option.name)
    base, modifier = split_code(option.code)
    if translated != option.name or modifier is None or current() == SOURCE:
        return translated
    lead = "" if base == "Unmodified" else f"{base} + "
    if modifier == "F":
        return lead + _("F: Social Security leveling")
    return lead + _("G: {percent}% lump sum").format(percent=modifier.removeprefix("G"))


def option_description(option: OptionAmount) -> str:
    """What the option means, in the current language (Option G's worded from its code in a translation;
    Option F's share of the Social Security estimate is the engine's figure and stays in its words)."""
    translated = _(option.description)
    modifier = split_code(option.code)[1]
    if translated != option.description or modifier is None or not modifier.startswith("G") or current() == SOURCE:
        return translated
    return _(
        "A lump sum of {percent}% of your contributions with interest at retirement, and a lower monthly benefit."
    ).format(percent=modifier.removeprefix("G"))


def member_amount_text(option: OptionAmount) -> str:
    """What the member gets, in words: '$5,896.76, then $3,596.76' (Option F), '+ $75,000.00 lump sum' (G)."""
    if option.member_monthly is None:
        return "—"
    text = format_dollars(option.member_monthly)
    if option.member_monthly_after_ss_age is not None:
        text += _(", then {amount}").format(amount=format_dollars(option.member_monthly_after_ss_age))
    if option.lump_sum is not None:
        text += _(" + {amount} lump sum").format(amount=format_dollars(option.lump_sum))
    return text


def event_text(kind: EstimateType, when: date, age: int, service_years: Decimal) -> str:
    """'Retiring May 1, 2030 at age 62, with 30.91 years of service' (or 'If you died on …' for a
    death-before-retirement estimate, or 'Disability retirement on …')."""
    lead = {
        EstimateType.DEATH_BEFORE_RETIREMENT: N_("If you died on {date} at age {age}, with {years} years of service"),
        EstimateType.DISABILITY: N_("Disability retirement on {date} at age {age}, with {years} years of service"),
    }.get(kind, N_("Retiring {date} at age {age}, with {years} years of service"))
    return _(lead).format(date=long_date(when), age=age, years=years_text(service_years))


def survivor_choice_lines(options: Sequence[OptionAmount]) -> list[str]:
    """A death estimate's choices for the spouse or partner, in words."""
    lines = []
    for option in options:
        if option.survivor_monthly is None:
            continue
        amount = _("{amount} a month for life").format(amount=format_dollars(option.survivor_monthly))
        if option.lump_sum is not None:
            amount = _("{cash} in cash and {monthly}").format(cash=format_dollars(option.lump_sum), monthly=amount)
        lines.append(
            _("Your spouse or partner could receive {amount} ({option}).").format(
                amount=amount, option=option_name(option).lower()
            )
        )

    return lines
