"""Cost-of-living adjustments, year by year (plan-rules.md §1.7; Handbook 2023 'Cost-of-Living').

"Each November, your monthly retirement benefit will be increased to provide the highest benefit
calculated under one of the following: a 1.5% annual compounding COLA; a COLA which would provide 65%
of the purchasing power which the member's original retirement allowance could purchase."

Assumptions (plan-rules.md §7 #10, labelled): the first COLA is, by the setting ``first_cola``, the
first November at least 12 months after the benefit starts (``november_after_12_months``, the default)
or the first November after it starts (``first_november``, the handbook's "each November" read
literally; issue 15), with the full 1.5% either way; the 1.5% compounds on the amount actually paid
the year before; prices rise by the setting
``cpi_inflation_rate`` a year, so the floor in year t is 0.65 x B0 x (1 + inflation)^t.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.calendar import add_months, age_on


@dataclass(frozen=True)
class ColaYear:
    """One year of payments: the monthly amount from ``start`` and what has been paid by its end."""

    start: date
    age: int
    monthly: Decimal
    from_floor: bool
    paid_this_year: Decimal
    paid_to_date: Decimal


#: The ``first_cola`` reading that pays the first COLA the first November after the benefit starts.
FIRST_NOVEMBER = "first_november"


def first_cola(retirement: date, reading: str) -> date:
    """The first COLA: the first November 1 at least 12 months after the benefit starts (Feb 29 + 12
    months = Feb 28), or with ``first_november`` the first November 1 after the start day."""
    start = retirement if reading == FIRST_NOVEMBER else add_months(retirement, 12)
    november = date(start.year, 11, 1)
    later = november > start if reading == FIRST_NOVEMBER else november >= start
    return november if later else date(start.year + 1, 11, 1)


def cola_projection(
    initial_monthly: Decimal,
    retirement: date,
    birth: date,
    years: int,
    cola_rate: Decimal,
    floor_share: Decimal,
    inflation: Decimal,
    reading: str,
) -> tuple[ColaYear, ...]:
    """The benefit for ``years`` rows: the first row from retirement, then one row per November COLA
    (the first one as the ``first_cola`` ``reading`` says)."""
    rows: list[ColaYear] = []
    first = first_cola(retirement, reading)
    starts = [retirement] + [date(first.year + i, 11, 1) for i in range(years - 1)]
    monthly, total = initial_monthly, Decimal(0)
    for i, start in enumerate(starts):
        from_floor = False
        if i > 0:
            compounding = monthly * (1 + cola_rate)
            floor = floor_share * initial_monthly * (1 + inflation) ** (start.year - retirement.year)
            from_floor = floor > compounding
            monthly = max(compounding, floor)
        end = starts[i + 1] if i + 1 < len(starts) else date(start.year + 1, 11, 1)
        months = (end.year - start.year) * 12 + end.month - start.month
        paid = monthly * months
        total += paid
        rows.append(ColaYear(start, age_on(birth, start).completed_years, monthly, from_floor, paid, total))
    return tuple(rows)


def catch_up_age(first: Sequence[ColaYear], second: Sequence[ColaYear]) -> int | None:
    """The age by which the later-starting of two streams has paid as much in total as the other.

    None when they start on the same date (one is simply larger) or the later one never catches up
    within the projection.
    """
    if not first or not second or first[0].start == second[0].start:
        return None
    earlier, later = (first, second) if first[0].start < second[0].start else (second, first)
    return break_even_age(earlier, later)


def break_even_age(earlier: Sequence[ColaYear], later: Sequence[ColaYear]) -> int | None:
    """The age by which the later-starting (or larger) stream has paid at least as much in total.

    Both streams are yearly rows from :func:`cola_projection`; None if it never catches up.
    """
    later_by_age = {row.age: row.paid_to_date for row in later}
    for row in earlier:
        caught_up = later_by_age.get(row.age)
        if caught_up is not None and caught_up >= row.paid_to_date:
            return row.age
    return None
