"""The readable plain-text summary of an estimate that the command line prints, line by line."""

from scers_desktop.engine import Estimate
from scers_desktop.present import messages
from scers_desktop.present.messages import event_text, survivor_choice_lines
from scers_desktop.present.rows import OptionTable, money_text


def plain_lines(result: Estimate, options: OptionTable, refund: str | None, not_bound: str) -> tuple[str, ...]:
    """The plain-text summary (indented two spaces; figures four), ending with the disclaimer and rules.

    ``refund`` is the line offering the contributions back, said when the member is not eligible.
    """
    kind = result.scenario.estimate_type
    lines = ["  " + event_text(kind, result.retirement_date, result.age.completed_years, result.service.total_years)]
    if not result.eligible:
        lines.append(f"  {messages.reason(result)}")
        if refund is not None:
            lines.append(f"  {refund}")
    elif kind == "death_before_retirement":
        lines.extend(f"  {line}" for line in survivor_choice_lines(result.options))
    else:
        lines.append(f"  Unmodified monthly benefit: {money_text(result.unmodified_monthly)}")
        lines.extend(f"    {item.label}: {item.value}  ({item.rule})" for item in messages.explanations(result))
        priced = [row for row in options.every if row.priced]
        if priced:
            lines.append("  Payment options (member / survivor, monthly):")
            lines.extend(
                f"    {row.code:<14} {row.member_monthly:>12} / {row.survivor:<12} {row.name}" for row in priced
            )
    lines.extend(f"  Note: {warning}" for warning in messages.warnings(result))
    lines.extend(f"  Reading: {reading}" for reading in messages.readings(result))
    lines.append(f"  {not_bound} Rules: {result.rules_version}")
    return tuple(lines)
