"""The engine's caches stay bounded however many members it estimates, and clear_caches empties them.

Issues 12 and 13: caches keyed on exact ages grew about 50 KB per retirement date, for ever. Each
entry's size is bounded (a survival curve has at most 121 x 12 months), so bounded entries bound the
memory; ``make bench`` shows the peak memory.
"""

import json
from pathlib import Path

from scers_desktop.engine import Scenario, clear_caches, estimate, parse_scenario, sweep
from scers_desktop.engine.caches import _engine_caches
from tests.helpers import TODAY

SAMPLE = Path(__file__).parent.parent / "cases" / "scenarios" / "full_member.scers.json"
#: Caches of the data files: one entry per file (or none), so they need no bound.
DATA_FILE_CACHES = {
    "_improvement",
    "_rates_by_age",
    "_table",
    "tax_tables",
    "rules_data",
    "setting_specs",
}


def member(i: int) -> Scenario:
    """A distinct member: another birth date and retirement date each time, choosing E+F."""
    raw = json.loads(SAMPLE.read_text())
    raw["selected_option"] = "E+F"
    raw["retirement"] = {"date": f"{2030 + i // 300}-{1 + i % 12:02d}-{1 + (i // 12) % 25:02d}"}
    raw["member"]["birth_date"] = f"{1960 + i % 10}-{1 + i % 9:02d}-{10 + i % 10}"
    return parse_scenario(raw, today=TODAY)


def estimate_with_curve(scenario: Scenario) -> None:
    estimate(scenario, as_of=TODAY)
    sweep(scenario, range(50, 76))


def test_every_cache_keyed_on_members_has_a_bound() -> None:
    estimate_with_curve(member(0))
    unbounded = {c.__qualname__ for c in _engine_caches() if c.cache_info().maxsize is None}
    assert unbounded <= DATA_FILE_CACHES


def test_entries_stay_bounded_over_many_members_and_eviction_changes_no_answer() -> None:
    clear_caches()
    first = estimate(member(0), as_of=TODAY)
    for i in range(1, 16):  # about 40 exact-age lives each: well past the bound
        estimate_with_curve(member(i))
    sizes = {c.__qualname__: c.cache_info() for c in _engine_caches()}
    assert sizes["monthly_survival"].currsize == sizes["monthly_survival"].maxsize  # eviction happened
    for name, info in sizes.items():
        assert name in DATA_FILE_CACHES or (info.maxsize is not None and info.currsize <= info.maxsize), name
    again = estimate(member(0), as_of=TODAY)
    assert again.options == first.options and again.unmodified_monthly == first.unmodified_monthly


def test_clear_caches_empties_every_cache() -> None:
    estimate_with_curve(member(1))
    assert clear_caches() >= 20
    assert all(c.cache_info().currsize == 0 for c in _engine_caches())
