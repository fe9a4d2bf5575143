"""Credited service: employment by FTE, less unpurchased leave, plus purchases (Handbook 2023).

Rules applied (Handbook 2023, 'Earning Service Credit'; Handbook 2011, service "years and days"):

- service counts from the SCERS membership date, not the hire date: "Membership is not retroactive"
  (Handbook 2023 'Exempt Employee', p. 7; Handbook 2011: "the years and days between the Retirement
  System membership date and the date you retire"). Employment before it earns nothing; time before
  membership is credited only through a purchase. Without a membership date, membership began with
  the first employment period;
- each day of City employment earns 1/365 of a year, times the period's FTE ("part-time is prorated");
  a temporary employee on premium pay in lieu of benefits earns 1.135 times that ("The hours worked
  will be multiplied by a factor of 1.135", Handbook 2023 'Earning Service Credit');
- February 29 earns nothing ("No additional credit is given for February 29");
- a leave earns no credit unless it is bought back, and only family-medical, medical, industrial-injury
  and military leave can be (:attr:`~scers_desktop.engine.model.LeaveKind.buyable`); its days are taken
  out at the period's FTE;
- each purchase (redeposit, leave or military buyback) adds the years it buys;
- a period still open (``end`` null) is projected to the separation date.

The ``quick`` shortcut replaces all of this by the total years given; for other dates (the
retirement-age sweep) it assumes full-time work continues: one year of service per year.
"""

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from scers_desktop.engine.caches import PER_HISTORY
from scers_desktop.engine.calendar import DAYS_PER_SERVICE_YEAR, ONE_DAY, service_days, years_between
from scers_desktop.engine.model import EmploymentPeriod, Leave, Scenario
from scers_desktop.engine.plan_data import rules_data

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True)
class ServiceCredit:
    """Credited service at a separation date, in decimal years, with its parts."""

    employment_years: Decimal
    leave_years_not_credited: Decimal
    purchased_leave_years: Decimal
    purchase_years: Decimal
    total_years: Decimal
    quick: bool = False


class ServiceLine:
    """Employment and leave as step functions of the day, with running totals, for any separation date.

    The rules above sum, for every employment period and every leave, the leave's days inside the
    period times the period's FTE. That is the same as summing over days the FTE of the periods at work
    that day times the number of leaves covering it, so the history becomes segments (at most two per
    period and per leave, between consecutive start and end days) on which both are constant.
    Building it sorts the boundaries once (O(n log n) for n periods and leaves); service at a
    separation date is then one binary search (O(log n)). A period still open extends to every later
    day, cut at separation.
    """

    def __init__(
        self, employment: Sequence[EmploymentPeriod], leaves: Sequence[Leave], temporary_factor: Decimal = ONE
    ) -> None:
        fte_changes: dict[date, Decimal] = {}
        count_changes: dict[date, list[int]] = {}  # day -> changes to [periods, unpaid leaves, purchased leaves]

        def change(start: date, end: date | None, index: int, fte: Decimal = ZERO) -> None:
            """Count one more period or leave from ``start`` through ``end`` (None: for ever)."""
            days = [(start, 1)] if end is None or end == date.max else [(start, 1), (end + ONE_DAY, -1)]
            for day, sign in days:
                count_changes.setdefault(day, [0, 0, 0])[index] += sign
                if fte:
                    fte_changes[day] = fte_changes.get(day, ZERO) + sign * fte

        for period in employment:
            if period.end is None or period.end >= period.start:
                change(
                    period.start,
                    period.end,
                    0,
                    period.fte * (temporary_factor if period.temporary_premium_pay else ONE),
                )
        for leave in leaves:
            if leave.end >= leave.start:
                change(leave.start, leave.end, 2 if bought_back(leave) else 1)
        #: the segments' first days, and on each: the FTE at work, the periods at work, the unpurchased
        #: and purchased leaves covering it, and the FTE-weighted days of employment, unpaid and
        #: purchased leave before it
        self.starts = sorted(count_changes)
        self.fte: list[Decimal] = []
        self.counts: list[tuple[int, int, int]] = []
        self.before: list[tuple[Decimal, Decimal, Decimal]] = []
        fte, counts, totals = ZERO, (0, 0, 0), (ZERO, ZERO, ZERO)
        for i, day in enumerate(self.starts):
            if i and fte:
                weighted = service_days(self.starts[i - 1], day - ONE_DAY) * fte
                totals = (
                    totals[0] + weighted,
                    totals[1] + weighted * counts[1] if counts[1] else totals[1],
                    totals[2] + weighted * counts[2] if counts[2] else totals[2],
                )
            if day in fte_changes:
                fte += fte_changes[day]
            counts = (
                counts[0] + count_changes[day][0],
                counts[1] + count_changes[day][1],
                counts[2] + count_changes[day][2],
            )
            self.fte.append(fte)
            self.counts.append(counts)
            self.before.append(totals)

    def _segment(self, day: date) -> int:
        return bisect_right(self.starts, day) - 1

    def in_service(self, day: date) -> bool:
        """Whether ``day`` is a day of City work outside every unpurchased leave."""
        i = self._segment(day)
        return i >= 0 and self.counts[i][0] > 0 and self.counts[i][1] == 0

    def credit(self, purchase_years: Decimal, separation: date) -> ServiceCredit:
        """Service counting days up to and including ``separation``."""
        i = self._segment(separation)
        employed = not_credited = purchased_leave = ZERO
        if i >= 0:
            weighted = service_days(self.starts[i], separation) * self.fte[i]
            _, unpaid, purchased = self.counts[i]
            before = self.before[i]
            employed = before[0] + weighted
            not_credited = before[1] + weighted * unpaid
            purchased_leave = before[2] + weighted * purchased
        per_year = Decimal(DAYS_PER_SERVICE_YEAR)
        employment_years = employed / per_year
        unpaid_years = not_credited / per_year
        return ServiceCredit(
            employment_years=employment_years,
            leave_years_not_credited=unpaid_years,
            purchased_leave_years=purchased_leave / per_year,
            purchase_years=purchase_years,
            total_years=employment_years - unpaid_years + purchase_years,
        )


def bought_back(leave: Leave) -> bool:
    """Whether a leave earns credit: ticked bought back and of a kind that can be bought back."""
    return leave.purchased and leave.kind.buyable


@lru_cache(maxsize=PER_HISTORY)
def service_line(employment: tuple[EmploymentPeriod, ...], leaves: tuple[Leave, ...]) -> ServiceLine:
    """The service line of one history, built once and shared by the estimate, the sweep and the search."""
    return ServiceLine(employment, leaves, rules_data().temporary_premium_pay_factor)


def member_employment(scenario: Scenario) -> tuple[EmploymentPeriod, ...]:
    """The employment that earns service: every period cut to start no earlier than the membership date
    ("Membership is not retroactive", Handbook 2023 p. 7); periods that end before it are left out."""
    joined = scenario.member.membership_date
    if joined is None or all(p.start >= joined for p in scenario.employment):
        return scenario.employment
    return tuple(
        p if p.start >= joined else replace(p, start=joined)
        for p in scenario.employment
        if p.end is None or p.end >= joined
    )


def years_before_membership(scenario: Scenario) -> Decimal:
    """The FTE-weighted years of employment entered before the membership date (earning no service)."""
    joined = scenario.member.membership_date
    if joined is None or scenario.quick is not None:
        return ZERO
    days = sum(
        (
            service_days(p.start, min(p.end, joined - ONE_DAY) if p.end is not None else joined - ONE_DAY) * p.fte
            for p in scenario.employment
            if p.start < joined
        ),
        ZERO,
    )
    return days / Decimal(DAYS_PER_SERVICE_YEAR)


def service_path(scenario: Scenario) -> Callable[[date], ServiceCredit]:
    """Credited service as a function of the separation date, for one scenario's service path.

    Callers that ask for many dates (the retirement-age sweep, the earliest-date search) take the
    path once, so the history is looked up once rather than at every date.
    """
    quick = scenario.quick
    if quick is not None:

        def quick_service(separation: date) -> ServiceCredit:
            shift = years_between(scenario.separation_date, separation)
            total = max(ZERO, quick.service_years + shift)
            return ServiceCredit(total, ZERO, ZERO, ZERO, total, quick=True)

        return quick_service
    purchases = sum((p.service_years for p in scenario.purchases), ZERO)
    line = service_line(member_employment(scenario), scenario.leaves)
    return lambda separation: line.credit(purchases, separation)


def service_at(scenario: Scenario, separation: date) -> ServiceCredit:
    """Credited service if the member leaves City service on ``separation``."""
    return service_path(scenario)(separation)


def still_working(scenario: Scenario) -> bool:
    """Whether service keeps growing with a later separation date (quick, or an open period)."""
    return scenario.quick is not None or any(p.end is None for p in scenario.employment)
