"""The dates worth knowing, in words: the panel, the PDF section, the kiosk and the CLI's ``timing`` list.

Everything a person reads about retirement timing is worded here from
:func:`scers_desktop.engine.timing.timing` (each reason is a rule of plan-rules.md named there):
"Waiting until July 1, 2030 (23 days later) adds $312.40 a month for life", "Your date is 11 days after
your 62nd birthday: no loss", what waiting gives up and the age by which it pays for itself with COLA
(the Compare tab's catch-up age, engine/cola.py). ``plain=True`` words the same facts for the kiosk,
without factor percentages.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.calendar import age_on
from scers_desktop.engine.money import to_cents
from scers_desktop.engine.timing import (
    ELIGIBLE_AFTER_LAST_AGE,
    LAST_AGE,
    NEVER_ELIGIBLE,
    PAST_LAST_AGE,
    Cliff,
    Reason,
    Timing,
    Waiting,
    monthly_of,
)
from scers_desktop.present.i18n import N_, SOURCE, _, current, n_, speaking
from scers_desktop.present.text import (
    factor_text,
    format_dollars,
    long_date,
    rate_percent,
    short_month_year,
    years_text,
)

#: The PDF's section has at most this many rows (issue 18).
PDF_ROWS = 5
TITLE = N_("Dates worth knowing")
#: The change column of the first date the member can retire (a month earlier pays nothing).
FIRST_DATE = N_("first date")


def ordinal(number: int) -> str:
    """62 -> '62nd', 61 -> '61st', 63 -> '63rd', 11 -> '11th' (the bare number in other languages: their
    catalogs place it, "su 62.º cumpleaños")."""
    if current() != SOURCE:
        return str(number)
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _days(count: int) -> str:
    return n_("{count} day", "{count} days", count).format(count=count)


def _factor_change(reason: Reason, plain: bool) -> str:
    factor, before = reason.figures["factor"], reason.figures["before"]
    assert isinstance(factor, Decimal)
    assert isinstance(before, Decimal)
    if plain:
        return _("each year of service counts for more")
    return _("factor {factor}% instead of {before}%").format(factor=factor_text(factor), before=factor_text(before))


def _eligible_text(reason: Reason, plain: bool) -> str:
    f = reason.figures
    rule_service, rule_age, service = f["rule_service"], f["rule_age"], f["service"]
    assert isinstance(rule_service, Decimal)
    assert isinstance(service, Decimal)
    when = _("at any age") if rule_age == 0 else _("at {age} or older").format(age=rule_age)
    from_that_day = _("you can retire from that day")
    if f["by"] == "age":
        lead = _("You reach {age} on {date}").format(age=f["age"], date=long_date(reason.day))
        rest = _("with {years} years of service you can retire ({rule} years {when})").format(
            years=years_text(service), rule=f"{rule_service:f}", when=when
        )
        return f"{lead}: {rest}" if not plain else f"{lead}: {from_that_day}"
    lead = _("{years} years of service on {date}").format(years=f"{rule_service:f}", date=long_date(reason.day))
    return f"{lead}: " + (_("eligible {when}").format(when=when) if not plain else from_that_day)


def reason_text(reason: Reason, *, plain: bool = False) -> str:
    """One reason as a sentence part: 'You reach 62 on June 15, 2030: factor 1.82% instead of 1.76%'."""
    f = reason.figures
    if reason.code == "eligible":
        return _eligible_text(reason, plain)
    if reason.code == "birthday":
        lead = _("You reach {age} on {date}").format(age=f["age"], date=long_date(reason.day))
        return f"{lead}: {_factor_change(reason, plain)}"
    if reason.code == "service_row":
        lead = _("{years} years of service on {date}").format(years=f["years"], date=long_date(reason.day))
        return f"{lead}: {_factor_change(reason, plain)}"
    if reason.code == "pay_window":
        raised, fas = f["raise_on"], f["fas"]
        assert isinstance(raised, date)
        assert isinstance(fas, Decimal)
        if plain:
            return _(
                "Your {months}-month pay window holds only your pay from {date} on: your average pay stops rising"
            ).format(months=f["months"], date=long_date(raised))
        return _("Your {months}-month pay window holds only the pay from the raise of {date}: average {amount}").format(
            months=f["months"], date=long_date(raised), amount=format_dollars(fas)
        )
    if reason.code == "cap":
        cap = f["cap"]
        assert isinstance(cap, Decimal)
        return _("The {cap}% cap is reached: after this, waiting adds only pay growth and COLA").format(cap=f"{cap:f}")
    return _("The 'two times match' annuity from your contributions pays more than the formula from here")


def _event(reason: Reason) -> str:
    """What happened on a cliff's day, as 'your date is N days after ...' ends."""
    f = reason.figures
    if reason.code == "birthday" or (reason.code == "eligible" and f["by"] == "age"):
        age = f["age"]
        assert isinstance(age, int)
        return _("your {ordinal} birthday").format(ordinal=ordinal(age))
    if reason.code == "service_row":
        return _("you reach {years} years of service").format(years=f["years"])
    if reason.code == "eligible":
        return _("the first day you can retire")
    return long_date(reason.day)


def _change_text(change: Decimal) -> str:
    """'+$28.89', '−$0.16' (a minus sign before the dollar sign), '$0.00'."""
    cents = to_cents(change)
    if cents < 0:
        return f"\u2212{format_dollars(-cents)}"
    return f"+{format_dollars(cents)}" if cents > 0 else format_dollars(cents)


@dataclass(frozen=True)
class DateRow:
    """One row of the panel or the PDF: the day (ISO for a click), and the words for each column."""

    day: date
    date_text: str
    monthly_text: str
    change_text: str
    reason_text: str


@dataclass(frozen=True)
class TimingWords:
    """The panel's sentences about the chosen date and its rows; ``empty`` when there are none, and
    ``note`` on what the rows leave out (projected pay growth)."""

    near: tuple[str, ...]
    rows: tuple[DateRow, ...]
    empty: str
    note: str = ""


def no_series_text(found: Timing) -> str:
    """Why there is no month-by-month series, truly for each case (engine/timing.py ``none_because``)."""
    why, first, last = found.none_because, found.first_eligible, found.last_day
    if why == NEVER_ELIGIBLE:
        return _(
            "No retirement date gives a service retirement on the service entered, so there are no dates to compare."
        )
    if why == ELIGIBLE_AFTER_LAST_AGE and first is not None:
        return _(
            "You first can retire on {date}, after your {nth} birthday; dates worth knowing are shown up to age {age}."
        ).format(date=long_date(first), nth=ordinal(LAST_AGE), age=LAST_AGE)
    if why == PAST_LAST_AGE and last is not None:
        return _(
            "Dates worth knowing compare starting dates up to your {nth} birthday ({date}), which has passed; "
            "your estimate is for the date you chose."
        ).format(nth=ordinal(LAST_AGE), date=long_date(last))
    return _("Dates worth knowing are shown for a service retirement once you can retire.")


#: What the rows leave out when pay is projected to grow (engine/timing.py: only entered steps are raises).
GROWTH_NOTE = N_(
    "Raises named here are the pay steps you entered; the yearly raise projected after your last entry "
    "is counted as ordinary growth, so no date is named for it."
)


def _row(cliff: Cliff, plain: bool) -> DateRow:
    reasons = "; ".join(reason_text(r, plain=plain) for r in cliff.reasons)
    change = _(FIRST_DATE) if cliff.reasons[0].code == "eligible" else _change_text(cliff.change)
    return DateRow(cliff.day, long_date(cliff.day), format_dollars(cliff.monthly), change, reasons)


def waiting_lines(waiting: Waiting, *, plain: bool = False) -> list[str]:
    """'Waiting until July 1, 2030 (23 days later) adds $312.40 a month for life.', then what it costs."""
    adds = format_dollars(waiting.adds)
    lines = [
        _("Waiting until {date} ({days} later) adds {amount} a month for life.").format(
            date=long_date(waiting.to.day), days=_days(waiting.days), amount=adds
        )
    ]
    payments = n_("{count} monthly payment", "{count} monthly payments", waiting.payments).format(
        count=waiting.payments
    )
    cost = _("It gives up {payments} ({amount})").format(payments=payments, amount=format_dollars(waiting.forgone))
    if waiting.payments == 0:
        cost = _("It gives up no monthly payment")
    if waiting.break_even_age is None:
        lines.append(_("{cost}; the higher amount does not make that up within 30 years.").format(cost=cost))
    elif plain:
        lines.append(
            _("{cost}; the higher amount makes that back by age {age}.").format(cost=cost, age=waiting.break_even_age)
        )
    else:
        lines.append(
            _("{cost}; the higher amount makes that up, with COLA, by age {age}.").format(
                cost=cost, age=waiting.break_even_age
            )
        )
    return lines


def timing_words(found: Timing, *, plain: bool = False, rows: int | None = None) -> TimingWords:
    """The sentences about the chosen date and the rows (the ones near it first; ``rows`` at most)."""
    near: list[str] = []
    chosen = found.chosen
    if found.just_after is not None and chosen is not None:
        after = found.just_after
        days = (chosen.retirement_date - after.day).days
        event = _event(after.reasons[0])
        if days == 0:
            near.append(_("Your date is {event}: no loss.").format(event=event))
        else:
            near.append(_("Your date is {days} after {event}: no loss.").format(days=_days(days), event=event))
    listed = found.near if rows is not None else found.cliffs
    shown = tuple(_row(c, plain) for c in listed[: rows if rows is not None else len(listed)])
    if found.waiting is not None:
        near += waiting_lines(found.waiting, plain=plain)
    elif chosen is not None and monthly_of(chosen) is not None and found.points:
        near.append(
            _("Waiting adds only ordinary growth; the dates below are where a rule starts to apply.")
            if shown
            else _("No later date raises your pension by more than ordinary growth.")
        )
    empty = "" if shown else _("No date in the coming years changes your pension more than ordinary growth.")
    if not found.points:
        empty = no_series_text(found)
    return TimingWords(tuple(near), shown, empty, _(GROWTH_NOTE) if found.pay_growth and found.points else "")


def timing_records(found: Timing) -> list[dict[str, str | float]]:
    """The CLI JSON's optional ``timing`` list: ``{date, monthly, change, reason}`` per date worth knowing
    (ISO date; dollars rounded half-up to the cent, as the other money fields; the reasons in English words:
    the JSON stays English and stable in every language)."""
    with speaking(SOURCE):
        return [
            {
                "date": c.day.isoformat(),
                "monthly": float(to_cents(c.monthly)),
                "change": float(to_cents(c.change)),
                "reason": "; ".join(reason_text(r) for r in c.reasons),
            }
            for c in found.cliffs
        ]


@dataclass(frozen=True)
class MonthSeries:
    """The by-age chart at month resolution: exact ages, the chosen option's amount (Unmodified when none
    is chosen), and the cliffs as (age, amount, 'Mar 2031')."""

    ages: tuple[float, ...]
    monthly: tuple[float, ...]
    marks: tuple[tuple[float, float, str], ...]


def month_series(found: Timing, birth: date) -> MonthSeries:
    """The month-by-month points and the cliffs, for the plot."""
    ages, amounts = [], []
    for point in found.points:
        amount = monthly_of(point)
        if amount is not None:
            ages.append(float(age_on(birth, point.retirement_date).exact_years))
            amounts.append(float(to_cents(amount)))
    marks = tuple(
        (float(age_on(birth, c.day).exact_years), float(to_cents(c.monthly)), short_month_year(c.day))
        for c in found.cliffs
    )
    return MonthSeries(tuple(ages), tuple(amounts), marks)


def threshold_text(found: Timing) -> str:
    """What makes a date worth knowing, with the setting in force (``timing_threshold``)."""
    return _(
        "Dates near yours when starting a month later pays more than {percent}% more "
        "(or when you first can retire), and the rule behind each:"
    ).format(percent=rate_percent(found.threshold))
