"""The dates worth knowing for the scenario on screen, computed when first asked for.

The month-by-month series is a few hundred core estimates (engine/timing.py), too many for every
keystroke's recompute budget (benchmarks/app_bench.py), so the screens ask for it only when its panel
is on screen, and each scenario's answer is kept until the scenario or the day changes.
"""

from datetime import date

from scers_desktop.engine import Scenario
from scers_desktop.engine.timing import Timing, timing

#: Answers kept: one per open scenario (session/controller.py MAX_SCENARIOS).
KEPT = 3
_kept: list[tuple[Scenario, date, Timing]] = []


def timing_for(scenario: Scenario, today: date) -> Timing:
    """The dates worth knowing for ``scenario`` as of ``today`` (the same scenario object: kept)."""
    for kept, day, found in _kept:
        if kept is scenario and day == today:
            return found
    found = timing(scenario, as_of=today)
    _kept.insert(0, (scenario, today, found))
    del _kept[KEPT:]
    return found
