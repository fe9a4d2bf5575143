"""The readable plain-text summary of an estimate that the command line prints, line by line."""

from scers_desktop.engine import Estimate
from scers_desktop.present import messages
from scers_desktop.present.i18n import _
from scers_desktop.present.messages import event_text, survivor_choice_lines
from scers_desktop.present.rows import ChosenAmount, OptionTable
from scers_desktop.present.situation import chosen_lines


def plain_lines(
    result: Estimate,
    chosen: ChosenAmount | None,
    options: OptionTable,
    refund: str | None,
    past: str | None,
    not_bound: str,
) -> tuple[str, ...]:
    """The plain-text summary (indented two spaces; figures four): the date (and ``past``, when it is
    before today), the chosen option's amounts, the unmodified benefit for reference and how it was
    found, the options, the notes, the disclaimer.

    ``refund`` is the line offering the contributions back, said when the member is not eligible.
    """
    kind = result.scenario.estimate_type
    lines = ["  " + event_text(kind, result.retirement_date, result.age.completed_years, result.service.total_years)]
    if past is not None:
        lines.append(f"  {past}")
    if not result.eligible:
        lines.append(f"  {messages.reason(result)}")
        if refund is not None:
            lines.append(f"  {refund}")
    elif kind == "death_before_retirement":
        lines.extend(f"  {line}" for line in survivor_choice_lines(result.options))
    elif chosen is not None:
        lines.extend(f"  {line}" for line in chosen_lines(chosen))
        lines.extend(f"    {item.label}: {item.value}  ({item.rule})" for item in messages.explanations(result))
        priced = [row for row in options.every if row.priced]
        if priced:
            lines.append("  " + _("Payment options (member / survivor, monthly):"))
            lines.extend(
                f"    {row.code:<14} {row.member_monthly:>12} / {row.survivor:<12} {row.name}" for row in priced
            )
    lines.extend("  " + _("Note: {text}").format(text=warning) for warning in messages.warnings(result))
    lines.extend("  " + _("Reading: {text}").format(text=reading) for reading in messages.readings(result))
    lines.append("  " + _("{not_bound} Rules: {rules}").format(not_bound=not_bound, rules=result.rules_version))
    return tuple(lines)
