"""An estimate in words, built once: :class:`EstimateSummary`.

``summarize(result, curve, made_on=...)`` builds every sentence and row a person reads about one
estimate (headline, situation, payment options, benefit by age, COLA, net pay, purchases, how it was
calculated, next steps, the disclaimer). The results view fills its widgets from it, the PDF lays it
out and the command line prints its lines: nothing is worded twice. Qt-free and reportlab-free; the
date it was made on is passed in.
"""

from dataclasses import dataclass
from datetime import date

from scers_desktop import APP_NAME, __version__
from scers_desktop.engine import Estimate
from scers_desktop.engine.model import EstimateType
from scers_desktop.engine.plan_data import rules_data
from scers_desktop.present import messages
from scers_desktop.present.compare import scenario_name
from scers_desktop.present.curve import Curve
from scers_desktop.present.i18n import N_, _, current, governs_notice, speaking
from scers_desktop.present.messages import assumption_rows, event_text, survivor_choice_lines
from scers_desktop.present.plain import plain_lines
from scers_desktop.present.rows import (
    AgeTable,
    ChosenAmount,
    NetPayText,
    OptionTable,
    age_table,
    chosen_amount,
    cola_rows,
    money_text,
    net_pay_text,
    option_table,
    purchase_methods,
    purchase_rows,
    why_rows,
)
from scers_desktop.present.situation import benefit_lines, next_steps, situation_lines
from scers_desktop.present.steps import StepNotes, past_date_note, step_notes
from scers_desktop.present.text import format_dollars, long_date, years_text

TITLE = N_("Unofficial Benefit Estimate")
NOT_BOUND = N_("Unofficial estimate — SCERS is not bound by it.")
BEFORE_TAXES = N_("Amounts are before taxes and deductions.")
#: The results view before there is an estimate.
NO_ESTIMATE = (N_("Your estimate will appear here"), N_("Fix the items marked ⚠ on the earlier pages."))
COLA_INTRO = N_(
    "Each November after a year in pay the benefit rises by 1.5%, or more if needed to keep 65% of its "
    "buying power (Member Handbook 2023, 'Cost-of-Living Adjustment', p. 21). First ten years:"
)


def disclaimer() -> str:
    """'Unofficial estimate — SCERS is not bound by it. Amounts are before taxes and deductions.'"""
    return f"{_(NOT_BOUND)} {_(BEFORE_TAXES)}"


@dataclass(frozen=True)
class Refund:
    """Taking the contributions back instead of a pension, worded for the PDF, the screen and the CLI."""

    sentence: str
    offer: str
    line: str


@dataclass(frozen=True)
class EstimateSummary:
    """Every sentence, row and series of one estimate, for every front end."""

    estimate: Estimate
    curve: Curve | None
    made_on: date
    eligible: bool
    headline: str
    headline_detail: str
    #: The chosen option's amounts in words (None when not eligible, or for a death before retirement).
    chosen: ChosenAmount | None
    #: (sentence, personal): personal sentences (name, birth date) are left out when asked.
    situation: tuple[tuple[str, bool], ...]
    benefit: tuple[str, ...]
    options: OptionTable
    option_notes: tuple[str, ...]
    ages: AgeTable | None
    cola: tuple[tuple[str, str, str, str], ...]
    net_pay: NetPayText | None
    purchases: tuple[tuple[str, str, str, str], ...]
    purchase_methods: tuple[str, ...]
    refund: Refund | None
    why: tuple[tuple[str, str, str, str], ...]
    warnings: tuple[str, ...]
    #: The readings of open handbook choices this estimate used, in words (issue 15).
    readings: tuple[str, ...]
    settings: tuple[tuple[str, str, str, str], ...]
    rules: str
    #: The results view's "Things to know": the warnings, the readings, then every setting in force.
    things_to_know: str
    next_steps: tuple[str, ...]
    #: What the wizard's steps show under their fields.
    steps: StepNotes
    #: The scenario's name when none was typed: "Retire at 65, Option E".
    short_name: str
    #: The command line's readable summary of this estimate, line by line (without the file name line).
    lines: tuple[str, ...]
    title: str
    disclaimer: str
    #: "The English estimate … govern; …" in the summary's language ("" in English; issue 17).
    governs: str
    #: The language the summary is worded in (:data:`scers_desktop.present.i18n.LANGUAGES`).
    language: str

    def subtitle(self, personal: bool) -> str:
        """'Made November 24, 2026 with SCERS Desktop 0.1.0. Rules: …', for the member when ``personal``."""
        result = self.estimate
        with speaking(self.language):
            text = _("Made {date} with {app} {version}. Rules: {rules}.").format(
                date=long_date(self.made_on), app=APP_NAME, version=__version__, rules=result.rules_version
            ) + (" " + _("Scenario: {name}.").format(name=result.scenario.label) if result.scenario.label else "")
            if personal and result.scenario.member.name:
                text = _("For {name}.").format(name=result.scenario.member.name) + " " + text
        return text

    def situation_lines(self, personal: bool) -> tuple[str, ...]:
        """The member's situation; the name and birth date only when ``personal``."""
        return tuple(text for text, private in self.situation if personal or not private)


def _headline(result: Estimate, chosen: ChosenAmount | None, past: str | None) -> tuple[str, str]:
    """The results view's headline (the chosen option's amounts) and the line under it: the option, the date,
    age and service, the plan, and the unmodified amount for reference; a past date says so first."""
    if not result.eligible:
        return _("Not eligible to retire on this date"), " ".join(t for t in (past, messages.reason(result)) if t)
    if result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        survivor = next((o.survivor_monthly for o in result.options if o.survivor_monthly is not None), None)
        event = event_text(
            EstimateType.DEATH_BEFORE_RETIREMENT,
            result.retirement_date,
            result.age.completed_years,
            result.service.total_years,
        )
        return (
            _("{amount} a month for your spouse or partner").format(amount=money_text(survivor)),
            event + ". " + " ".join(survivor_choice_lines(result.options)),
        )
    assert chosen is not None
    what = chosen.name
    if result.disability:
        what = _("Disability retirement benefit") + ("" if chosen.code == "Unmodified" else f", {chosen.name}")
    sentences = [past, chosen.missing]
    sentences.append(
        _("{what}, from {date}, at age {age}, with {years} years of service. {plan}.").format(
            what=what,
            date=long_date(result.retirement_date),
            age=result.age.completed_years,
            years=years_text(result.service.total_years),
            plan=_(result.plan.name),
        )
    )
    sentences.append(_("After your death: {what}.").format(what=chosen.survivor or chosen.after_death))
    if chosen.reference:
        sentences.append(chosen.reference + ".")
    return chosen.headline, " ".join(t for t in sentences if t)


def _option_notes(result: Estimate, options: OptionTable) -> tuple[str, ...]:
    """The paragraphs around the printed options table."""
    notes = [
        _(
            "Each option's monthly amount for you and, after your death, for your survivor; your choice ({code}) is "
            "shaded."
        ).format(code=options.selected)
        if options.printed_chosen is not None
        else _("Each option's monthly amount for you and, after your death, for your survivor.")
    ]
    if result.scenario.beneficiary is None:
        notes.append(
            _(
                "No spouse, partner or beneficiary was entered, so no survivor amounts are shown for Options D and "
                "E; enter their birth date to see them."
            )
        )
    table = result.option_factors
    if table is None:
        notes.append(
            _(
                "Option amounts are approximate: SCERS does not publish its option factors, so each option is valued "
                "to be worth the same as the unmodified benefit on the basis named under 'How this was calculated'."
            )
        )
    else:
        named = table.name + (f", \u201c{table.title}\u201d" if table.title else "")
        notes.append(
            _(
                "The options the option factor table ({table}) covers at your ages are the unmodified benefit × its "
                "factor; any other option, and the Option F and G adjustments, are approximate, valued on the basis "
                "named under 'How this was calculated'."
            ).format(table=named)
        )
    return tuple(notes)


def _refund(result: Estimate) -> Refund | None:
    if result.refund is None:
        return None
    amount = format_dollars(result.refund)
    return Refund(
        sentence=_(
            "Refund instead of a pension: your contributions with interest, about {amount}, "
            "taxable; taking it gives up the pension."
        ).format(amount=amount),
        offer=_(
            "Instead of a pension you could take a refund of your contributions with interest: about "
            "{amount} (taxable; you give up the pension)."
        ).format(amount=amount),
        line=_("Refund of contributions with interest: about {amount}").format(amount=amount),
    )


#: The heading of the readings, on the screen, in the PDF and on the command line.
READINGS_HEADING = N_(
    "Where the handbook leaves a choice open, this estimate reads it as follows (a setting offers the other):"
)


def _things_to_know(
    warnings: tuple[str, ...], readings: tuple[str, ...], settings: tuple[tuple[str, str, str, str], ...]
) -> str:
    lines = [f"• {w}" for w in warnings]
    if readings:
        lines.append(f"\n{_(READINGS_HEADING)}")
        lines.extend(f"• {r}" for r in readings)
    lines.append(
        "\n"
        + _("Assumptions in use (where it says our assumption, no public source gives the value; you can change it):")
    )
    lines.extend(f"• {label}: {value} ({kind}). {why}" for label, value, kind, why in settings)
    return "\n".join(lines)


def _rules(result: Estimate) -> str:
    return _(
        "Rules: {rules}, from the SCERS Member Handbook (June 2023; 2011 where the 2023 edition is "
        "silent). Factor tables: Member Handbook 2023, Appendices A and B, pp. 22-25 (SMC 4.36.605 and 4.36.608)."
    ).format(rules=result.rules_version)


def _rules_words(result: Estimate) -> str:
    """The plan rules used, in words, for the results' "Why this number" (the version name stays in the
    PDF's small print, :func:`_rules`)."""
    return _(
        "Plan rules: the {plan} rules in the SCERS Member Handbook of June 2023 (the 2011 edition "
        "where the 2023 one is silent), in force from {date}, with its "
        "benefit factor tables (Appendices A and B; SMC 4.36.605 and 4.36.608)."
    ).format(plan=_(result.plan.name), date=long_date(rules_data().effective_date))


def summarize(result: Estimate, curve: Curve | None, *, made_on: date) -> EstimateSummary:
    """The summary of one estimate and its benefit-by-age curve, made on ``made_on``."""
    chosen = chosen_amount(result)
    past = past_date_note(result, made_on)
    headline, detail = _headline(result, chosen, past)
    options = option_table(result)
    refund = _refund(result)
    warnings = tuple(t for t in (past, *messages.warnings(result)) if t)
    settings = tuple(assumption_rows(result.scenario, result.settings))
    readings = messages.readings(result)
    return EstimateSummary(
        estimate=result,
        curve=curve,
        made_on=made_on,
        eligible=result.eligible,
        headline=headline,
        headline_detail=detail,
        situation=situation_lines(result),
        chosen=chosen,
        benefit=(past, *benefit_lines(result, chosen)) if past else benefit_lines(result, chosen),
        options=options,
        option_notes=_option_notes(result, options),
        ages=age_table(curve, result.age.completed_years) if curve is not None and curve.ages else None,
        cola=cola_rows(result),
        net_pay=net_pay_text(result.net_pay, chosen) if result.net_pay is not None else None,
        purchases=purchase_rows(result),
        purchase_methods=purchase_methods(result),
        refund=refund,
        why=why_rows(result),
        warnings=warnings,
        readings=readings,
        settings=settings,
        rules=_rules(result),
        things_to_know=f"• {_rules_words(result)}\n" + _things_to_know(warnings, readings, settings),
        next_steps=next_steps(result, made_on),
        steps=step_notes(result, made_on),
        short_name=scenario_name(result),
        lines=plain_lines(result, chosen, options, refund.line if refund else None, past, _(NOT_BOUND)),
        title=_(TITLE),
        disclaimer=disclaimer(),
        governs=governs_notice(),
        language=current(),
    )
