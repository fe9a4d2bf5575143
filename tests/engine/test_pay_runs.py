"""The final average salary's best run is the same whether a pay series carries it from one separation
date to the next or it is searched afresh (engine/salary.py ``Runs``), and a scenario's paths give the
same core figures for any order of dates (engine/pipeline.py ``Paths.separated``); a scenario moved to
another date is what ``dataclasses.replace`` gives (engine/sweeps.py ``starting_on``)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from scers_desktop.engine.assumptions import settings_for
from scers_desktop.engine.model import EmploymentPeriod, Retirement, Salary, SalaryStep
from scers_desktop.engine.pipeline import Paths, core_at
from scers_desktop.engine.plan_data import rules_data
from scers_desktop.engine.salary import PaySeries, highest_average
from scers_desktop.engine.sweeps import starting_on
from tests.helpers import long_career

START = date(2000, 1, 3)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 4), min_size=1, max_size=12),
    st.lists(st.integers(0, 180), min_size=1, max_size=8),
    st.sampled_from([3, 24, 60]),
)
def test_carried_runs_find_the_run_a_fresh_search_finds(levels: list[int], cuts: list[int], count: int) -> None:
    # Pay steps every 9 months, some equal, some lower (ties and falls), cut at separations in any order.
    history = tuple(
        SalaryStep(date(2000 + (9 * i) // 12, 1 + (9 * i) % 12, 1), Decimal(1000 * level))
        for i, level in enumerate(levels)
    )
    series = PaySeries(Salary(history), Decimal("0.03"), (EmploymentPeriod(START, None, Decimal(1)),), ())
    for cut in cuts:
        separation = date(2000 + cut // 12, 1 + cut % 12, 1 + cut % 28)
        months = series.until(separation)
        if months:
            assert highest_average(months, count, True) == highest_average(list(months), count, True)


def test_dates_in_any_order_give_what_a_fresh_path_gives() -> None:
    member = long_career(30, seed=5)
    rules, assumed = rules_data(), settings_for(member.assumptions)
    shared = Paths.of(member, assumed)
    for day in (date(2031, 3, 1), date(2030, 1, 1), date(2030, 1, 1), date(2034, 7, 1)):
        kept, fresh = core_at(member, day, assumed, rules, shared), core_at(member, day, assumed, rules)
        assert (kept.service, kept.history, kept.fas) == (fresh.service, fresh.history, fresh.fas)
        assert kept.balance is not None and fresh.balance is not None
        assert kept.balance.balance == fresh.balance.balance


def test_a_scenario_starting_on_another_day_is_what_replace_gives() -> None:
    member = replace(long_career(5, seed=2), warnings=("kept",), selected_option="E")
    day = date(2031, 2, 1)
    moved = starting_on(member, day)
    expected = replace(member, retirement=Retirement(day, member.retirement.separation_date))
    assert vars(moved) == vars(expected) and moved.warnings == ("kept",)
