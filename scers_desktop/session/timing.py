"""The dates worth knowing for the scenario on screen, computed when first asked for.

The month-by-month series is a few hundred core estimates (engine/timing.py), too many for every
keystroke's recompute budget (benchmarks/app_bench.py), so the screens ask for it only when its panel
is on screen, and each scenario's answer is kept until the scenario or the day changes, or until
:func:`forget` (a kiosk's Start over: nothing of one visitor is kept for the next).
"""

from datetime import date

from scers_desktop.engine import Scenario
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.timing import Timing, timing

#: Answers kept: one per open scenario (session/controller.py MAX_SCENARIOS).
KEPT = 3
_kept: list[tuple[Scenario, date, OptionFactorTable | None, Timing]] = []


def timing_for(scenario: Scenario, today: date, option_factors: OptionFactorTable | None = None) -> Timing:
    """The dates worth knowing for ``scenario`` as of ``today``, the chosen option priced from
    ``option_factors`` (SCERS's own table, when one is installed) as the estimate is (the same scenario
    object and table: kept)."""
    for kept, day, table, found in _kept:
        if kept is scenario and day == today and table is option_factors:
            return found
    found = timing(scenario, as_of=today, option_factors=option_factors)
    _kept.insert(0, (scenario, today, option_factors, found))
    del _kept[KEPT:]
    return found


def forget() -> None:
    """Drop every kept answer: the scenarios they were made from hold a visitor's dates and pay."""
    _kept.clear()
