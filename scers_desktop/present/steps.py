"""The live figures each wizard step shows under its fields, in words: credited service, leave, the
purchases' costs and effects, the final average salary, whether the date works, and the running total."""

from dataclasses import dataclass
from datetime import date

from scers_desktop.engine import Estimate
from scers_desktop.engine.findings import Code
from scers_desktop.engine.salary import FinalAverageSalary
from scers_desktop.present import messages
from scers_desktop.present.findings_words import WARNINGS
from scers_desktop.present.text import format_dollars, long_date, month_year, years_text


@dataclass(frozen=True)
class StepNotes:
    """What the steps say about the estimate ("" where a step has nothing to say)."""

    service: str
    leaves: str
    purchases: str
    salary: str
    #: "You can retire on …" or why not (the page adds its ✓ or ✗).
    retirement: str
    #: The status line's running total, "Estimate so far: …".
    so_far: str


def fas_sentence(fas: FinalAverageSalary, whose: str) -> str:
    """'Final average salary: $8,001.16 a month (the highest 24 months in a row of pay, May 2028 to April
    2030).' with ``whose`` ('the' or 'your') before 'highest'; 'as entered' for a quick estimate."""
    if fas.quick:
        how = "as entered"
    else:
        run = "in a row " if fas.consecutive else ""
        how = f"{whose} highest {fas.months_required} months {run}of pay"
        if fas.window_start and fas.window_end:
            how += f", {month_year(fas.window_start)} to {month_year(fas.window_end)}"
    return f"Final average salary: {format_dollars(fas.monthly)} a month ({how})."


def _service(result: Estimate) -> str:
    service = result.service
    text = f"Credited service on {long_date(result.separation_date)}: {years_text(service.total_years)} years"
    if not service.quick:
        text += f" ({years_text(service.employment_years)} worked"
        if service.leave_years_not_credited:
            text += f", less {years_text(service.leave_years_not_credited)} of leave"
        if service.purchase_years:
            text += f", plus {years_text(service.purchase_years)} bought"
        text += ")"
    return text


def _leaves(result: Estimate) -> str:
    if not result.scenario.leaves:
        return ""
    service = result.service
    text = (
        f"Leave not bought back: {years_text(service.leave_years_not_credited)} years without service credit. "
        f"Leave bought back: {years_text(service.purchased_leave_years)} years counted."
    )
    refused = [w for w in result.warnings if w.code is Code.LEAVE_NOT_BUYABLE]
    return " ".join([text, *(WARNINGS[w.code](w, result.plan) for w in refused)])


def _purchases(result: Estimate, today: date) -> str:
    """A line per purchase: its cost, what it adds, when it pays back, and a retirement date it brings
    forward (only a change still ahead of ``today``)."""
    lines = []
    for i, p in enumerate(result.purchases, start=1):
        row = f"Row {i}" if p.leave_number is None else f"Leave {p.leave_number} (bought back)"
        if p.missing:
            lines.append(f"{row}: the cost {p.missing}.")
            continue
        line = f"{row}: costs about {format_dollars(p.cost)} (as of {long_date(p.cost_as_of)})" if p.cost else f"{row}:"
        if p.monthly_increase is not None:
            line += f"; adds {format_dollars(p.monthly_increase)} a month"
        if p.payback_age is not None:
            line += f"; paid back by age {p.payback_age:.1f}"
        sooner, later = p.earliest_eligible_with, p.earliest_eligible_without
        if sooner and later and sooner < later and later > today:
            line += f"; lets you retire from {long_date(sooner)} instead of {long_date(later)}"
        how = f" Cost: {p.how} ({messages.BUYBACKS_SOURCE})." if p.how else ""
        lines.append(line + "." + how + (f" {p.note}" if p.note else ""))
    return "\n".join(lines)


def _so_far(result: Estimate) -> str:
    if not result.eligible or result.unmodified_monthly is None:
        return "Estimate so far: not eligible to retire on this date — see the Retirement date page."
    return (
        f"Estimate so far: {format_dollars(result.unmodified_monthly)} a month "
        f"from age {result.age.completed_years} (unofficial)."
    )


def step_notes(result: Estimate, today: date) -> StepNotes:
    """The steps' words for one estimate; ``today`` decides which purchase effects are still ahead."""
    fas = result.fas
    if result.eligible:
        retirement = f"You can retire on {long_date(result.retirement_date)}, at age {result.age.completed_years}."
    else:
        retirement = messages.reason(result) or "Not eligible on this date."
    return StepNotes(
        service=_service(result),
        leaves=_leaves(result),
        purchases=_purchases(result, today),
        salary="" if fas is None or fas.quick else fas_sentence(fas, "your"),
        retirement=retirement,
        so_far=_so_far(result),
    )
