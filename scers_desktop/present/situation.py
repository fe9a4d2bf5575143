"""The sentences of the printed estimate that are not tables: the member's situation, the benefit and how it
was found, and the next steps."""

from datetime import date

from scers_desktop.engine import Estimate
from scers_desktop.engine.model import EstimateType
from scers_desktop.engine.options import split_code
from scers_desktop.present import messages
from scers_desktop.present.i18n import N_, _
from scers_desktop.present.messages import event_text, survivor_choice_lines
from scers_desktop.present.rows import ChosenAmount
from scers_desktop.present.steps import fas_sentence
from scers_desktop.present.text import fixed, format_dollars, long_date, years_text

UNMODIFIED_LINE = N_("Unmodified (straight) monthly benefit: {amount}.")


def _service_line(result: Estimate) -> str:
    service = result.service
    total = years_text(service.total_years)
    if service.quick:
        return _("Credited service: {years} years, as entered.").format(years=total)
    parts = [_("{years} years of City employment (prorated by FTE)").format(years=years_text(service.employment_years))]
    if service.leave_years_not_credited:
        parts.append(
            _("less {years} years of leave not bought back").format(years=years_text(service.leave_years_not_credited))
        )
    if service.purchased_leave_years:
        parts.append(
            _("including {years} years of leave bought back").format(years=years_text(service.purchased_leave_years))
        )
    if service.purchase_years:
        parts.append(_("plus {years} years purchased").format(years=years_text(service.purchase_years)))
    return _("Credited service: {years} years: {parts}.").format(years=total, parts=", ".join(parts))


def situation_lines(result: Estimate) -> tuple[tuple[str, bool], ...]:
    """The member's situation as (sentence, personal); personal sentences carry the name or birth date."""
    s = result.scenario
    member = s.member
    plan = (
        _("Plan: {plan}.").format(plan=_(result.plan.name))
        if member.plan_given
        else _("Plan: {plan} (from the membership date).").format(plan=_(result.plan.name))
    )
    lines = [(plan, False)]
    if member.name:
        lines.append((_("Member: {name}.").format(name=member.name), True))
    lines.append((_("Birth date: {date}.").format(date=long_date(member.birth_date)), True))
    lines.append(
        (
            _("Pension starts {date}, at age {age} (last day of work {last_day}).").format(
                date=long_date(result.retirement_date),
                age=result.age.completed_years,
                last_day=long_date(result.separation_date),
            ),
            False,
        )
    )
    lines.append((_service_line(result), False))
    if s.portability is not None:
        lines.append(
            (
                _(
                    "Portability: {years} years in {system}; "
                    "combined service for eligibility and the factor: {combined} years."
                ).format(
                    years=years_text(s.portability.service_years),
                    system=s.portability.system,
                    combined=years_text(result.factor_service_years),
                ),
                False,
            )
        )
    if result.fas is not None:
        lines.append((fas_sentence(result.fas, "the"), False))
    return tuple(lines)


def _not_eligible_lines(result: Estimate) -> tuple[str, ...]:
    lines = [
        _("Not eligible on {date}. {reason}")
        .format(date=long_date(result.retirement_date), reason=messages.reason(result) or "")
        .strip()
    ]
    if result.earliest_eligible_date is not None:
        lines.append(
            _("Earliest date you could retire on the same service path: {date}.").format(
                date=long_date(result.earliest_eligible_date)
            )
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
        _(
            "{event}: the benefit above is what you would have had on retiring that day; your spouse or partner's "
            "choices follow."
        ).format(event=event),
        *survivor_choice_lines(result.options),
    ]


def chosen_lines(chosen: ChosenAmount) -> list[str]:
    """The chosen option first: its monthly amount and the survivor's (or what is paid at death), then the
    unmodified benefit labelled as the reference it is (or why a chosen option is not shown)."""
    if chosen.code == "Unmodified":
        lines = [chosen.missing] if chosen.missing else []
        lines.append(_(UNMODIFIED_LINE).format(amount=format_dollars(chosen.monthly)))
        return lines
    return [
        _("Your chosen payment, Option {code}: {member}; after your death {survivor}. {reference}.").format(
            code=chosen.code,
            member=chosen.member,
            survivor=chosen.survivor or chosen.after_death,
            reference=chosen.reference,
        )
    ]


def benefit_lines(result: Estimate, chosen: ChosenAmount | None) -> tuple[str, ...]:
    """The printed "Your benefit": the chosen option's amounts, the unmodified benefit for reference, and
    how the factor, the cap and the annuity gave it."""
    if not result.eligible or result.unmodified_monthly is None:
        return _not_eligible_lines(result)
    if chosen is None:
        lines = [_(UNMODIFIED_LINE).format(amount=format_dollars(result.unmodified_monthly))]
    else:
        lines = chosen_lines(chosen)
    if result.disability is not None:
        lines.append(
            _("Disability retirement: {percent}% of final average salary.").format(
                percent=fixed(result.disability.percent_of_fas, 2)
            )
        )
    if result.factor is not None and result.factor.factor_percent is not None and result.formula is not None:
        formula = result.formula
        lines.append(
            _("Factor: {factor}% a year × {years} years = {percent}% of final average salary").format(
                factor=fixed(result.factor.factor_percent, 2),
                years=years_text(result.service.total_years),
                percent=fixed(formula.percent_before_cap, 2),
            )
            + (_(", held at the {cap}% cap").format(cap=fixed(formula.percent_of_fas, 0)) if formula.capped else "")
            + _("; formula benefit {amount}.").format(amount=format_dollars(formula.monthly))
        )
    if result.annuity_monthly is not None and result.formula is not None:
        lines.append(
            (
                _(
                    "Plan 1 pays the greater of the formula and the 'two times match' annuity ({amount}): "
                    "here the annuity is greater."
                )
                if result.unmodified_from_annuity
                else _(
                    "Plan 1 pays the greater of the formula and the 'two times match' annuity ({amount}): "
                    "here the formula is greater."
                )
            ).format(amount=format_dollars(result.annuity_monthly))
        )
    if result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        lines.extend(_death_lines(result))
    return tuple(lines)


def next_steps(result: Estimate, made_on: date) -> tuple[str, ...]:
    """What to do next, numbered; the official-estimate advice depends on how far off the date is."""
    s = result.scenario
    years_away = (result.retirement_date - made_on).days / 365.25
    steps = [
        _(
            "Ask SCERS for an official estimate with the Benefit Estimate Request form — you are within five years "
            "of this retirement date."
        )
        if years_away <= 5
        else _(
            "Ask SCERS for an official estimate with the Benefit Estimate Request form when you are within five "
            "years of retiring."
        )
    ]
    if s.purchases or any(x.purchased for x in s.leaves):
        steps.append(
            _("To buy service, send a Service Credit Purchase Request; purchases must be paid while you are employed.")
        )
    if s.portability is not None:
        steps.append(_("Dual membership: file the Portability Claim Form with SCERS and your other Washington system."))
    if s.beneficiary is not None or split_code(s.selected_option or "Unmodified")[0] != "Unmodified":
        steps.append(
            _(
                "Name your beneficiary on a notarized Beneficiary Designation Form; for Options D and E bring your "
                "marriage licence or domestic-partnership registration, and your spouse signs the retirement "
                "application."
            )
        )
    if "F" in (s.selected_option or ""):
        steps.append(_("For Option F, bring a recent Social Security estimate with your name printed on it."))
    steps.append(
        _("Check your service history and pay in SCERS Member Self-Service (MSS) against what you entered here.")
    )

    return tuple(f"{i}. {text}" for i, text in enumerate(steps, start=1))
