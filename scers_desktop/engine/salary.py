"""Final average salary from the pay history (plan-rules.md §1.2).

- Plan 1: the highest 24 consecutive months of pay (Handbook 2011 'Definition of Final Average
  Salary'; Handbook 2023 App. A, 52 consecutive pay periods, "roughly two years").
- Plan 2: the highest 130 pay periods, "roughly five years" (Handbook 2023 App. B), taken as 60
  months; consecutive by default, or the highest 60 months anywhere (setting ``plan2_fas_window``).

``salary.history`` is the monthly pay actually earned (part-time pay for part-time work), as a step
function. Each month of service is counted at the pay in effect on its last day of service (the
separation date for the last month); months wholly inside an unpurchased leave are not months of
service and are skipped. Past the last entry the pay grows by the growth rate on each anniversary
of that entry; before the first entry it is taken to be the first entry's pay (and a warning says so).
"""

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from scers_desktop.engine.caches import PER_HISTORY
from scers_desktop.engine.calendar import completed_years, days_in_month
from scers_desktop.engine.model import EmploymentPeriod, Leave, Salary, SalaryStep
from scers_desktop.engine.money import compound
from scers_desktop.engine.service import service_line


@dataclass(frozen=True)
class FinalAverageSalary:
    """The final average salary and how it was found."""

    monthly: Decimal
    months_required: int
    months_used: int
    consecutive: bool
    window_start: date | None
    window_end: date | None
    quick: bool = False
    backfilled_before: date | None = None
    projected_after: date | None = None
    portability_substituted: bool = False


@dataclass(frozen=True)
class PayMonth:
    """One month of service: the day its pay was read and the monthly pay."""

    day: date
    pay: Decimal
    #: The pay in whole millionths of a dollar: exact integers for comparing windows quickly.
    micros: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "micros", int(self.pay.scaleb(6).to_integral_value()))


def _pay_at(steps: Sequence[SalaryStep], starts: Sequence[date], growth_rate: Decimal, day: date) -> Decimal:
    """The monthly pay rate in effect on ``day``, from the steps and their start dates."""
    index = bisect_right(starts, day) - 1
    if index < 0:
        return steps[0].monthly
    step = steps[index]
    if index < len(steps) - 1 or growth_rate == 0:
        return step.monthly
    return step.monthly * compound(growth_rate, Decimal(completed_years(step.start, day)))


def pay_on(salary: Salary, growth_rate: Decimal, day: date) -> Decimal:
    """The monthly pay rate in effect on ``day``."""
    return _pay_at(salary.history, [s.start for s in salary.history], growth_rate, day)


class Runs:
    """The best run of ``count`` months in a row in a list of months that only grows: the running total of
    pay in whole micro-dollars (exact integers) and, for each month, the best run ending on it or before
    (the latest run winning a tie). A pay series keeps one per window length, so each date of a sweep
    or a month-by-month series only adds its new months instead of searching the whole career again."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.prefix = [0]
        self.best: list[tuple[int, int]] = []  # (total, index of the run's last month), from the count-th month

    def extend(self, months: Sequence[PayMonth]) -> None:
        """Add ``months`` at the end."""
        prefix, best, count = self.prefix, self.best, self.count
        for month in months:
            prefix.append(prefix[-1] + month.micros)
            end = len(prefix) - 2
            if end >= count - 1:
                total = prefix[-1] - prefix[-1 - count]
                best.append((total, end) if not best or total >= best[-1][0] else best[-1])

    def best_in(self, months: Sequence[PayMonth], stored: int) -> tuple[int, int]:
        """The best run in ``months``, whose first ``stored`` months are the ones added here (``stored`` at
        least ``count``) and whose last one may be read on another day (the month of separation)."""
        total, end = self.best[stored - self.count]
        for last in range(stored, len(months)):
            run = self.prefix[stored] - self.prefix[last - self.count + 1] + months[last].micros
            if run >= total:
                total, end = run, last
        return total, end


class PayHistory(list[PayMonth]):
    """Months of service up to a separation date cut from a :class:`PaySeries`: its first ``stored``
    months, then the month of separation read on that day (when it is a day of service)."""

    series: "PaySeries | None" = None
    stored = 0


class PaySeries:
    """Months of service read on their last day, built once per pay path and extended on demand.

    The sweep and each recompute of the same case reuse one series and cut it at the separation date.
    Whether a day is a day of service comes from the history's service line (O(log n) a month).
    Extending is all or nothing: the new months are computed first and committed together, so an
    error part-way (an impossible date, say) leaves the series as it was, never with a month twice.
    """

    def __init__(
        self, salary: Salary, growth_rate: Decimal, employment: tuple[EmploymentPeriod, ...], leaves: tuple[Leave, ...]
    ) -> None:
        self.salary, self.growth_rate = salary, growth_rate
        self.starts = [s.start for s in salary.history]
        self.line = service_line(employment, leaves)
        first = min(p.start for p in employment)
        self.next_month = (first.year, first.month)
        self.months: list[PayMonth] = []
        self.days: list[date] = []
        self._runs: dict[int, Runs] = {}

    def pay(self, day: date) -> Decimal:
        """The monthly pay rate in effect on ``day``."""
        return _pay_at(self.salary.history, self.starts, self.growth_rate, day)

    def _extend(self, last: date) -> None:
        """Add every month up to and including ``last``'s month."""
        added: list[PayMonth] = []
        year, month = self.next_month
        while (year, month) <= (last.year, last.month):
            day = date(year, month, days_in_month(year, month))
            if self.line.in_service(day):
                added.append(PayMonth(day, self.pay(day)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        self.months.extend(added)
        self.days.extend(m.day for m in added)
        self.next_month = (year, month)

    def until(self, separation: date) -> list[PayMonth]:
        """Every month of service up to ``separation``, with its pay.

        The month of separation is read on the separation date itself.
        """
        self._extend(separation)
        result = PayHistory(self.months[: bisect_left(self.days, separation.replace(day=1))])
        result.series, result.stored = self, len(result)
        if self.line.in_service(separation):
            result.append(PayMonth(separation, self.pay(separation)))
        return result

    def runs(self, count: int, stored: int) -> "Runs":
        """The runs of ``count`` months over (at least) the first ``stored`` months, kept from call to call."""
        runs = self._runs.get(count)
        if runs is None:
            runs = self._runs[count] = Runs(count)
        runs.extend(self.months[len(runs.prefix) - 1 : stored])
        return runs


@lru_cache(maxsize=PER_HISTORY)
def pay_series(
    salary: Salary, growth_rate: Decimal, employment: tuple[EmploymentPeriod, ...], leaves: tuple[Leave, ...]
) -> PaySeries:
    """The pay series of one pay path (cached: the sweep and every recompute of a case share it)."""
    return PaySeries(salary, growth_rate, employment, leaves)


def highest_average(months: Sequence[PayMonth], count: int, consecutive: bool) -> tuple[Decimal, int, date, date]:
    """The highest average pay over ``count`` months: (average, months used, first day, last day).

    Consecutive: the best run of ``count`` months in a row, the latest run winning a tie. Otherwise
    the ``count`` highest months wherever they fall. With fewer months, all of them are averaged.
    """
    if len(months) <= count:
        return (
            sum((m.pay for m in months), Decimal(0)) / len(months),
            len(months),
            months[0].day,
            months[-1].day,
        )
    if not consecutive:
        best = sorted(months, key=lambda m: m.pay, reverse=True)[:count]
        days = sorted(m.day for m in best)
        return sum((m.pay for m in best), Decimal(0)) / count, count, days[0], days[-1]
    # Find the best run with exact integer micro-dollars (fast), then average that run exactly in Decimal;
    # a pay series' own months carry their runs from one separation date to the next.
    if isinstance(months, PayHistory) and months.series is not None:
        runs, stored = months.series.runs(count, months.stored), months.stored
    else:
        runs, stored = Runs(count), len(months)
        runs.extend(months)
    _, best_end = runs.best_in(months, stored)
    run = months[best_end - count + 1 : best_end + 1]
    return sum((m.pay for m in run), Decimal(0)) / count, count, run[0].day, run[-1].day


def final_average_salary(
    salary: Salary,
    months: Sequence[PayMonth],
    growth_rate: Decimal,
    months_required: int,
    consecutive: bool,
) -> FinalAverageSalary | None:
    """The final average salary from the months of service; None when there is none."""
    if not months:
        return None
    average, used, first, last = highest_average(months, months_required, consecutive)
    first_entry, last_entry = salary.history[0].start, salary.history[-1].start
    return FinalAverageSalary(
        monthly=average,
        months_required=months_required,
        months_used=used,
        consecutive=consecutive,
        window_start=first,
        window_end=last,
        backfilled_before=first_entry if first < first_entry else None,
        projected_after=last_entry if growth_rate != 0 and last > last_entry else None,
    )


def flat_pay_months(monthly: Decimal, after: date, until: date) -> list[PayMonth]:
    """The same pay in every month after ``after`` up to ``until`` (the quick shortcut's pay path)."""
    months = []
    year, month = after.year, after.month
    while (year, month) < (until.year, until.month):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        months.append(PayMonth(min(date(year, month, days_in_month(year, month)), until), monthly))
    return months


def quick_final_average_salary(monthly: Decimal) -> FinalAverageSalary:
    """The final average salary given directly (the ``quick`` shortcut)."""
    return FinalAverageSalary(monthly, 0, 0, True, None, None, quick=True)
