"""The live figures each wizard step shows under its fields, in words: credited service, leave, the
purchases' costs and effects, the final average salary, whether the date works, and the running total."""

from dataclasses import dataclass
from datetime import date

from scers_desktop.engine import Estimate
from scers_desktop.engine.findings import Code
from scers_desktop.engine.salary import FinalAverageSalary
from scers_desktop.present import messages
from scers_desktop.present.findings_words import WARNINGS
from scers_desktop.present.i18n import _
from scers_desktop.present.text import fixed, format_dollars, long_date, month_year, years_text


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
        how = _("as entered")
    else:
        forms = {
            ("the", True): _("the highest {months} months in a row of pay"),
            ("the", False): _("the highest {months} months of pay"),
            ("your", True): _("your highest {months} months in a row of pay"),
            ("your", False): _("your highest {months} months of pay"),
        }
        how = forms[whose, fas.consecutive].format(months=fas.months_required)
        if fas.window_start and fas.window_end:
            how += _(", {start} to {end}").format(start=month_year(fas.window_start), end=month_year(fas.window_end))
    return _("Final average salary: {amount} a month ({how}).").format(amount=format_dollars(fas.monthly), how=how)


def _service(result: Estimate) -> str:
    service = result.service
    text = _("Credited service on {date}: {years} years").format(
        date=long_date(result.separation_date), years=years_text(service.total_years)
    )
    if not service.quick:
        parts = [_("{years} worked").format(years=years_text(service.employment_years))]
        if service.leave_years_not_credited:
            parts.append(_("less {years} of leave").format(years=years_text(service.leave_years_not_credited)))
        if service.purchase_years:
            parts.append(_("plus {years} bought").format(years=years_text(service.purchase_years)))
        text += f" ({', '.join(parts)})"
    return text


def _leaves(result: Estimate) -> str:
    if not result.scenario.leaves:
        return ""
    service = result.service
    text = _(
        "Leave not bought back: {not_bought} years without service credit. Leave bought back: {bought} years counted."
    ).format(not_bought=years_text(service.leave_years_not_credited), bought=years_text(service.purchased_leave_years))
    refused = [w for w in result.warnings if w.code is Code.LEAVE_NOT_BUYABLE]
    return " ".join([text, *(WARNINGS[w.code](w, result.plan) for w in refused)])


def _purchases(result: Estimate, today: date) -> str:
    """A line per purchase: its cost, what it adds, when it pays back, and a retirement date it brings
    forward (only a change still ahead of ``today``)."""
    lines = []
    for i, p in enumerate(result.purchases, start=1):
        row = (
            _("Row {number}").format(number=i)
            if p.leave_number is None
            else _("Leave {number} (bought back)").format(number=p.leave_number)
        )
        if p.missing:
            lines.append(_("{row}: the cost {why}.").format(row=row, why=_(p.missing)))
            continue
        line = (
            _("{row}: costs about {amount} (as of {date})").format(
                row=row, amount=format_dollars(p.cost), date=long_date(p.cost_as_of)
            )
            if p.cost
            else f"{row}:"
        )
        if p.monthly_increase is not None:
            line += _("; adds {amount} a month").format(amount=format_dollars(p.monthly_increase))
        if p.payback_age is not None:
            line += _("; paid back by age {age}").format(age=fixed(p.payback_age, 1))
        sooner, later = p.earliest_eligible_with, p.earliest_eligible_without
        if sooner and later and sooner < later and later > today:
            line += _("; lets you retire from {sooner} instead of {later}").format(
                sooner=long_date(sooner), later=long_date(later)
            )
        how = (
            " " + _("Cost: {how} ({source}).").format(how=_(p.how), source=_(messages.BUYBACKS_SOURCE)) if p.how else ""
        )
        lines.append(line + "." + how + (f" {_(p.note)}" if p.note else ""))
    return "\n".join(lines)


def past_date_note(result: Estimate, today: date) -> str | None:
    """A pension start date before ``today`` is a past date: said wherever the estimate is shown, so a
    counselor re-checking a past case still sees it, and no member takes it for a date still open."""
    if result.retirement_date >= today:
        return None
    return _(
        "Past date: {date} is before today ({today}). "
        "This estimate is for checking a past case; choose a date from today on to plan a retirement."
    ).format(date=long_date(result.retirement_date), today=long_date(today))


def _so_far(result: Estimate, past: bool) -> str:
    """The status line: what the member is paid each month (the chosen option), from which age."""
    monthly = result.chosen_monthly
    if not result.eligible or monthly is None:
        return _("Estimate so far: not eligible to retire on this date — see the Retirement date page.")
    chosen = result.chosen
    option = "" if chosen is None or chosen.code == "Unmodified" else _(" with Option {code}").format(code=chosen.code)
    survivor = ""
    if chosen is not None and chosen.survivor_monthly is not None and option:
        survivor = _(" ({amount} a month after your death)").format(amount=format_dollars(chosen.survivor_monthly))
    words = {
        "amount": format_dollars(monthly),
        "option": option,
        "survivor": survivor,
        "age": result.age.completed_years,
    }
    if past:
        return _(
            "Estimate so far: {amount} a month{option}{survivor} from age {age}, a past date (unofficial)."
        ).format(**words)
    return _("Estimate so far: {amount} a month{option}{survivor} from age {age} (unofficial).").format(**words)


def step_notes(result: Estimate, today: date) -> StepNotes:
    """The steps' words for one estimate; ``today`` decides which purchase effects are still ahead and
    whether the date is already past."""
    fas = result.fas
    past = past_date_note(result, today)
    if result.eligible:
        retirement = _("You can retire on {date}, at age {age}.").format(
            date=long_date(result.retirement_date), age=result.age.completed_years
        )
        mark = "✓"
    else:
        retirement = messages.reason(result) or _("Not eligible on this date.")
        mark = "✗"
    if past is not None:
        retirement = (
            past
            + " "
            + (
                _("On that date you could have retired, at age {age}.").format(age=result.age.completed_years)
                if result.eligible
                else _("On that date: {what}").format(what=retirement)
            )
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
