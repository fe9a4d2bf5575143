"""Credited service: employment by FTE, less unpurchased leave, plus purchases (Handbook 2023).

Rules applied (Handbook 2023, 'Earning Service Credit'; Handbook 2011, service "years and days"):

- each day of City employment earns 1/365 of a year, times the period's FTE ("part-time is prorated");
- February 29 earns nothing ("No additional credit is given for February 29");
- a leave earns no credit unless it is purchased; its days are taken out at the period's FTE;
- each purchase (redeposit, leave or military buyback) adds the years it buys;
- a period still open (``end`` null) is projected to the separation date.

The ``quick`` shortcut replaces all of this by the total years given; for other dates (the
retirement-age sweep) it assumes full-time work continues: one year of service per year.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.calendar import DAYS_PER_SERVICE_YEAR, service_days, years_between
from scers_desktop.engine.model import EmploymentPeriod, Leave, Scenario

ZERO = Decimal(0)


@dataclass(frozen=True)
class ServiceCredit:
    """Credited service at a separation date, in decimal years, with its parts."""

    employment_years: Decimal
    leave_years_not_credited: Decimal
    purchased_leave_years: Decimal
    purchase_years: Decimal
    total_years: Decimal
    quick: bool = False


def _overlap_days(start: date, end: date, lo: date, hi: date) -> int:
    return service_days(max(start, lo), min(end, hi))


def _period_end(period: EmploymentPeriod, separation: date) -> date:
    return separation if period.end is None else min(period.end, separation)


def credited_service(
    employment: Sequence[EmploymentPeriod],
    leaves: Sequence[Leave],
    purchase_years: Decimal,
    separation: date,
) -> ServiceCredit:
    """Service from a history, counting days up to and including ``separation``."""
    employed = ZERO
    not_credited = ZERO
    purchased_leave = ZERO
    for period in employment:
        end = _period_end(period, separation)
        employed += service_days(period.start, end) * period.fte
        for leave in leaves:
            days = _overlap_days(leave.start, leave.end, period.start, end)
            if leave.purchased:
                purchased_leave += days * period.fte
            else:
                not_credited += days * period.fte
    per_year = Decimal(DAYS_PER_SERVICE_YEAR)
    employment_years = employed / per_year
    unpaid = not_credited / per_year
    return ServiceCredit(
        employment_years=employment_years,
        leave_years_not_credited=unpaid,
        purchased_leave_years=purchased_leave / per_year,
        purchase_years=purchase_years,
        total_years=employment_years - unpaid + purchase_years,
    )


def service_at(scenario: Scenario, separation: date) -> ServiceCredit:
    """Credited service if the member leaves City service on ``separation``."""
    if scenario.quick is not None:
        shift = years_between(scenario.separation_date, separation)
        total = max(ZERO, scenario.quick.service_years + shift)
        return ServiceCredit(total, ZERO, ZERO, ZERO, total, quick=True)
    purchases = sum((p.service_years for p in scenario.purchases), ZERO)
    return credited_service(scenario.employment, scenario.leaves, purchases, separation)


def still_working(scenario: Scenario) -> bool:
    """Whether service keeps growing with a later separation date (quick, or an open period)."""
    return scenario.quick is not None or any(p.end is None for p in scenario.employment)
