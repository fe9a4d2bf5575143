"""The words that go with an estimate: assumption rows, option amounts, the event and the survivor's choices.

Every front end (app, PDF, CLI) shows these same texts, so a member reads one explanation everywhere.
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from scers_desktop.engine.assumptions import Settings, setting_specs
from scers_desktop.engine.model import EstimateType, Scenario
from scers_desktop.engine.mortality import BASES
from scers_desktop.engine.options import OptionAmount
from scers_desktop.present.text import format_dollars, long_date, years_text


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
