"""Long histories cost time in proportion to their length, and a failure leaves no cache half-updated.

Issue 12: 5,000 periods and 5,000 leaves took 109 s because service was summed over every (period,
leave) pair at every date the engine asked about. The growth is checked by counting function calls
(deterministic), not by timing.
"""

import sys
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scers_desktop.engine import clear_caches, estimate, sweep
from scers_desktop.engine import salary as salary_module
from scers_desktop.engine.calendar import DAYS_PER_SERVICE_YEAR, service_days
from scers_desktop.engine.model import EmploymentPeriod, Leave, LeaveKind
from scers_desktop.engine.service import ServiceLine
from tests.helpers import TODAY, long_career

DAY0 = date(2000, 1, 1)


def _calls(work: Callable[[], object]) -> int:
    """How many Python and built-in function calls ``work`` makes."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def test_estimate_and_sweep_work_grows_linearly_with_the_history() -> None:
    def work(periods: int, seed: int) -> int:
        clear_caches()
        member = long_career(periods, seed)
        return _calls(lambda: (estimate(member, as_of=TODAY), sweep(member, range(50, 76))))

    # The extra work for each doubling of the history: linear growth doubles it (n log n a little
    # more); work per (period, leave) pair would quadruple it.
    small, medium, large = work(100, 1), work(200, 2), work(400, 3)
    assert large - medium < 3 * (medium - small)


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[EmploymentPeriod], list[Leave], date]:
    """Periods and leaves anywhere in a few years, overlapping or not, some open, some Feb 29s."""
    day = st.integers(0, 2000).map(lambda n: DAY0 + timedelta(days=n))
    periods = []
    for start, length, fte, open_ended in draw(
        st.lists(st.tuples(day, st.integers(-3, 900), st.sampled_from(["1", "0.5", "0.75"]), st.booleans()), max_size=6)
    ):
        end = None if open_ended else start + timedelta(days=length)
        periods.append(EmploymentPeriod(start, end, Decimal(fte)))
    leaves = [
        Leave(start, start + timedelta(days=length), LeaveKind.MEDICAL, purchased)
        for start, length, purchased in draw(st.lists(st.tuples(day, st.integers(-2, 300), st.booleans()), max_size=6))
    ]
    return periods, leaves, draw(day)


def _pairwise(periods: list[EmploymentPeriod], leaves: list[Leave], separation: date) -> tuple[Decimal, ...]:
    """The rule as the module states it: each period's days by FTE, each leave's days inside each period."""
    employed = unpaid = purchased = Decimal(0)
    for p in periods:
        end = separation if p.end is None else min(p.end, separation)
        employed += service_days(p.start, end) * p.fte
        for x in leaves:
            days = service_days(max(x.start, p.start), min(x.end, end)) * p.fte
            purchased, unpaid = (purchased + days, unpaid) if x.purchased else (purchased, unpaid + days)
    return tuple(v / DAYS_PER_SERVICE_YEAR for v in (employed, unpaid, purchased))


@settings(max_examples=400, deadline=None)
@given(histories())
def test_service_line_matches_the_rule_summed_pair_by_pair(history: tuple[list[Any], list[Any], date]) -> None:
    periods, leaves, separation = history
    credit = ServiceLine(periods, leaves).credit(Decimal(0), separation)
    employed, unpaid, purchased = _pairwise(periods, leaves, separation)
    assert credit.employment_years == employed
    assert credit.leave_years_not_credited == unpaid
    assert credit.purchased_leave_years == purchased
    assert credit.total_years == employed - unpaid


@settings(max_examples=300, deadline=None)
@given(histories())
def test_in_service_means_worked_and_not_on_unpaid_leave(history: tuple[list[Any], list[Any], date]) -> None:
    periods, leaves, day = history
    worked = any(p.start <= day and (p.end is None or day <= p.end) for p in periods)
    away = any(not x.purchased and x.start <= day <= x.end for x in leaves)
    assert ServiceLine(periods, leaves).in_service(day) == (worked and not away)


def test_a_failure_while_extending_the_pay_series_leaves_it_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_caches()
    member = long_career(40, seed=7)
    assert member.salary is not None
    series = salary_module.pay_series(member.salary, Decimal("0.02"), member.employment, member.leaves)
    real = salary_module._pay_at
    calls = 0

    def failing(*args: Any) -> Decimal:
        nonlocal calls
        calls += 1
        if calls == 100:
            raise RuntimeError("injected failure")
        return real(*args)

    monkeypatch.setattr(salary_module, "_pay_at", failing)
    with pytest.raises(RuntimeError, match="injected"):
        series.until(date(2035, 6, 30))
    assert series.months == []
    monkeypatch.setattr(salary_module, "_pay_at", real)
    months = series.until(date(2035, 6, 30))
    assert series.days == sorted(set(series.days))
    fresh = salary_module.PaySeries(member.salary, Decimal("0.02"), member.employment, member.leaves)
    assert months == fresh.until(date(2035, 6, 30))


def test_an_estimate_after_a_failed_one_is_the_same_as_from_scratch(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_caches()
    member = long_career(40, seed=8)
    real = salary_module._pay_at
    calls = 0

    def failing(*args: Any) -> Decimal:
        nonlocal calls
        calls += 1
        if calls == 150:
            raise RuntimeError("injected failure")
        return real(*args)

    monkeypatch.setattr(salary_module, "_pay_at", failing)
    with pytest.raises(RuntimeError, match="injected"):
        sweep(member, range(50, 76))
    monkeypatch.setattr(salary_module, "_pay_at", real)
    after_failure = (estimate(member, as_of=TODAY), sweep(member, range(50, 76)))
    clear_caches()
    fresh = (estimate(member, as_of=TODAY), sweep(member, range(50, 76)))
    assert after_failure[0].fas == fresh[0].fas
    assert after_failure[0].balance == fresh[0].balance
    assert after_failure[1] == fresh[1]
