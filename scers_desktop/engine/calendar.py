"""Dates, ages and service days.

Service is counted in days, without February 29: "No additional credit is given for February 29"
(Handbook 2023, 'Earning Service Credit'). Without leap days every year has exactly 365 days, so
``days / 365`` is the handbook's "years and days" as a decimal (Handbook 2011: service is "the amount
of years and days between the Retirement System membership date and the date you retire").

Ages are reached on the birthday; a February 29 birthday is reached on March 1 in common years
(an assumption: the sources do not say).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

DAYS_PER_SERVICE_YEAR = 365
ONE_DAY = timedelta(days=1)


def is_leap(year: int) -> bool:
    """Gregorian leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _leap_years_through(year: int) -> int:
    """How many leap years there are from year 1 to ``year``."""
    return year // 4 - year // 100 + year // 400


def leap_days_between(start: date, end: date) -> int:
    """How many February 29s fall in [start, end], both ends included."""
    if end < start:
        return 0
    count = _leap_years_through(end.year) - _leap_years_through(start.year - 1)
    if is_leap(start.year) and start > date(start.year, 2, 29):
        count -= 1
    if is_leap(end.year) and end < date(end.year, 2, 29):
        count -= 1
    return count


def service_days(start: date, end: date) -> int:
    """Days from start to end, both included, less any February 29: the days that earn service."""
    if end < start:
        return 0
    return (end - start).days + 1 - leap_days_between(start, end)


def anniversary(birth: date, years: int) -> date:
    """The date on which someone born on ``birth`` turns ``years`` (Feb 29 -> Mar 1 in common years)."""
    year = birth.year + years
    if birth.month == 2 and birth.day == 29 and not is_leap(year):
        return date(year, 3, 1)
    return birth.replace(year=year)


def add_months(day: date, months: int) -> date:
    """Same day of month ``months`` later, clipped to the month's last day (Jan 31 + 1 -> Feb 28)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Length of a calendar month."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, not {month}")
    return 29 if month == 2 and is_leap(year) else _MONTH_DAYS[month - 1]


@dataclass(frozen=True)
class Age:
    """An age on a date: completed years and the exact age in decimal years."""

    completed_years: int
    exact_years: Decimal


def completed_years(birth: date, day: date) -> int:
    """Whole years of age on ``day`` (the birthday reached that year counts)."""
    years = day.year - birth.year
    return years - 1 if anniversary(birth, years) > day else years


def age_on(birth: date, day: date) -> Age:
    """Age on ``day``: completed years, and the fraction of the current year of age by days."""
    years = completed_years(birth, day)
    last, following = anniversary(birth, years), anniversary(birth, years + 1)
    fraction = Decimal((day - last).days) / Decimal((following - last).days)
    return Age(years, years + fraction)


def years_between(start: date, end: date) -> Decimal:
    """Decimal years from start to end (exact-age arithmetic, used for projections)."""
    return age_on(start, end).exact_years if end >= start else -age_on(end, start).exact_years
