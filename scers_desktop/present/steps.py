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
    #: "You can retire on …" or why not, or that the date is past (the page shows the mark first).
    retirement: str
    #: The mark before it: ✓ a date that works, ✗ one that does not, ⚠ a date already past.
    retirement_mark: str
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


def past_date_note(result: Estimate, today: date) -> str | None:
    """A pension start date before ``today`` is a past date: said wherever the estimate is shown, so a
    counselor re-checking a past case still sees it, and no member takes it for a date still open."""
    if result.retirement_date >= today:
        return None
    return (
        f"Past date: {long_date(result.retirement_date)} is before today ({long_date(today)}). "
        "This estimate is for checking a past case; choose a date from today on to plan a retirement."
    )


def _so_far(result: Estimate, past: bool) -> str:
    """The status line: what the member is paid each month (the chosen option), from which age."""
    monthly = result.chosen_monthly
    if not result.eligible or monthly is None:
        return "Estimate so far: not eligible to retire on this date — see the Retirement date page."
    chosen = result.chosen
    option = "" if chosen is None or chosen.code == "Unmodified" else f" with Option {chosen.code}"
    survivor = ""
    if chosen is not None and chosen.survivor_monthly is not None and option:
        survivor = f" ({format_dollars(chosen.survivor_monthly)} a month after your death)"
    return (
        f"Estimate so far: {format_dollars(monthly)} a month{option}{survivor} "
        f"from age {result.age.completed_years}" + (", a past date" if past else "") + " (unofficial)."
    )


def step_notes(result: Estimate, today: date) -> StepNotes:
    """The steps' words for one estimate; ``today`` decides which purchase effects are still ahead and
    whether the date is already past."""
    fas = result.fas
    past = past_date_note(result, today)
    if result.eligible:
        retirement = f"You can retire on {long_date(result.retirement_date)}, at age {result.age.completed_years}."
        mark = "✓"
    else:
        retirement = messages.reason(result) or "Not eligible on this date."
        mark = "✗"
    if past is not None:
        retirement = past + (
            f" On that date you could have retired, at age {result.age.completed_years}."
            if result.eligible
            else f" On that date: {retirement}"
        )
        mark = "⚠"
    return StepNotes(
        service=_service(result),
        leaves=_leaves(result),
        purchases=_purchases(result, today),
        salary="" if fas is None or fas.quick else fas_sentence(fas, "your"),
        retirement=retirement,
        retirement_mark=mark,
        so_far=_so_far(result, past is not None),
    )
