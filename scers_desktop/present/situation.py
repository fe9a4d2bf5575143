"""The sentences of the printed estimate that are not tables: the member's situation, the benefit and how it
was found, and the next steps."""

from datetime import date

from scers_desktop.engine import Estimate
from scers_desktop.engine.model import EstimateType
from scers_desktop.engine.options import split_code
from scers_desktop.present import messages
from scers_desktop.present.messages import event_text, survivor_choice_lines
from scers_desktop.present.rows import ChosenAmount
from scers_desktop.present.steps import fas_sentence
from scers_desktop.present.text import format_dollars, long_date, years_text


def _service_line(result: Estimate) -> str:
    service = result.service
    if service.quick:
        return f"Credited service: {years_text(service.total_years)} years, as entered."
    parts = [f"{years_text(service.employment_years)} years of City employment (prorated by FTE)"]
    if service.leave_years_not_credited:
        parts.append(f"less {years_text(service.leave_years_not_credited)} years of leave not bought back")
    if service.purchased_leave_years:
        parts.append(f"including {years_text(service.purchased_leave_years)} years of leave bought back")
    if service.purchase_years:
        parts.append(f"plus {years_text(service.purchase_years)} years purchased")
    return f"Credited service: {years_text(service.total_years)} years: " + ", ".join(parts) + "."


def situation_lines(result: Estimate) -> tuple[tuple[str, bool], ...]:
    """The member's situation as (sentence, personal); personal sentences carry the name or birth date."""
    s = result.scenario
    member = s.member
    lines = [(f"Plan: {result.plan.name}" + ("" if member.plan_given else " (from the membership date)") + ".", False)]
    if member.name:
        lines.append((f"Member: {member.name}.", True))
    lines.append((f"Birth date: {long_date(member.birth_date)}.", True))
    lines.append(
        (
            f"Pension starts {long_date(result.retirement_date)}, at age {result.age.completed_years} "
            f"(last day of work {long_date(result.separation_date)}).",
            False,
        )
    )
    lines.append((_service_line(result), False))
    if s.portability is not None:
        lines.append(
            (
                f"Portability: {years_text(s.portability.service_years)} years in {s.portability.system}; "
                f"combined service for eligibility and the factor: {years_text(result.factor_service_years)} years.",
                False,
            )
        )
    if result.fas is not None:
        lines.append((fas_sentence(result.fas, "the"), False))
    return tuple(lines)


def _not_eligible_lines(result: Estimate) -> tuple[str, ...]:
    lines = [f"Not eligible on {long_date(result.retirement_date)}. {messages.reason(result) or ''}".strip()]
    if result.earliest_eligible_date is not None:
        lines.append(
            f"Earliest date you could retire on the same service path: {long_date(result.earliest_eligible_date)}."
        )
    return tuple(lines)


def _death_lines(result: Estimate) -> list[str]:
    event = event_text(
        EstimateType.DEATH_BEFORE_RETIREMENT,
        result.retirement_date,
        result.age.completed_years,
        result.service.total_years,
    )
    return [
        event + ": the benefit above is what you would have had on retiring that day; your spouse or partner's "
        "choices follow.",
        *survivor_choice_lines(result.options),
    ]


def chosen_lines(chosen: ChosenAmount) -> list[str]:
    """The chosen option first: its monthly amount and the survivor's (or what is paid at death), then the
    unmodified benefit labelled as the reference it is (or why a chosen option is not shown)."""
    if chosen.code == "Unmodified":
        lines = [chosen.missing] if chosen.missing else []
        lines.append(f"Unmodified (straight) monthly benefit: {format_dollars(chosen.monthly)}.")
        return lines
    return [
        f"Your chosen payment, Option {chosen.code}: {chosen.member}; after your death "
        f"{chosen.survivor or chosen.after_death}. {chosen.reference}."
    ]


def benefit_lines(result: Estimate, chosen: ChosenAmount | None) -> tuple[str, ...]:
    """The printed "Your benefit": the chosen option's amounts, the unmodified benefit for reference, and
    how the factor, the cap and the annuity gave it."""
    if not result.eligible or result.unmodified_monthly is None:
        return _not_eligible_lines(result)
    if chosen is None:
        lines = [f"Unmodified (straight) monthly benefit: {format_dollars(result.unmodified_monthly)}."]
    else:
        lines = chosen_lines(chosen)
    if result.disability is not None:
        lines.append(f"Disability retirement: {result.disability.percent_of_fas:.2f}% of final average salary.")
    if result.factor is not None and result.factor.factor_percent is not None and result.formula is not None:
        formula = result.formula
        lines.append(
            f"Factor: {result.factor.factor_percent:.2f}% a year × {years_text(result.service.total_years)} years = "
            f"{formula.percent_before_cap:.2f}% of final average salary"
            + (f", held at the {formula.percent_of_fas:.0f}% cap" if formula.capped else "")
            + f"; formula benefit {format_dollars(formula.monthly)}."
        )
    if result.annuity_monthly is not None and result.formula is not None:
        winner = "the annuity" if result.unmodified_from_annuity else "the formula"
        lines.append(
            f"Plan 1 pays the greater of the formula and the 'two times match' annuity "
            f"({format_dollars(result.annuity_monthly)}): here {winner} is greater."
        )
    if result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        lines.extend(_death_lines(result))
    return tuple(lines)


def next_steps(result: Estimate, made_on: date) -> tuple[str, ...]:
    """What to do next, numbered; the official-estimate advice depends on how far off the date is."""
    s = result.scenario
    years_away = (result.retirement_date - made_on).days / 365.25
    steps = [
        "Ask SCERS for an official estimate with the Benefit Estimate Request form"
        + (
            " — you are within five years of this retirement date."
            if years_away <= 5
            else " when you are within five years of retiring."
        )
    ]
    if s.purchases or any(x.purchased for x in s.leaves):
        steps.append(
            "To buy service, send a Service Credit Purchase Request; purchases must be paid while you are employed."
        )
    if s.portability is not None:
        steps.append("Dual membership: file the Portability Claim Form with SCERS and your other Washington system.")
    if s.beneficiary is not None or split_code(s.selected_option or "Unmodified")[0] != "Unmodified":
        steps.append(
            "Name your beneficiary on a notarized Beneficiary Designation Form; for Options D and E bring your "
            "marriage licence or domestic-partnership registration, and your spouse signs the retirement application."
        )
    if "F" in (s.selected_option or ""):
        steps.append("For Option F, bring a recent Social Security estimate with your name printed on it.")
    steps.append("Check your service history and pay in SCERS Member Self-Service (MSS) against what you entered here.")
    return tuple(f"{i}. {text}" for i, text in enumerate(steps, start=1))
