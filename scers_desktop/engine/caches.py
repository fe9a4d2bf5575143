"""The engine's memo caches, and one door to empty them.

Estimates memoise work that depends on one member (the pay series, the earliest eligible date, exact-age
survival curves). A public kiosk must leave nothing of one visitor for the next, so "Start over" empties
every cache that can hold a member's figures; the caches of published tables (factor tables, mortality
rates read from the data files) hold no member data and are emptied too, simply because the door is one.

Every cache whose keys come from members is bounded (least recently used entries go first), so a
long-running app or kiosk does not grow with each member it has seen (issues 12 and 13). Only the
caches of the data files, one entry per file, are unbounded.
"""

import sys
from collections.abc import Iterator
from typing import Any, Protocol

#: Entries kept by each cache keyed on a person's exact age (a ``Life``), a cohort, or a factor for one.
#: Measured on the full sample case with option E+F: one estimate with its 26-age sweep adds about 40
#: survival curves (about 30 KB each) and 44 payment-weight series, 20 joint values and 21 J&S factors.
#: 256 keeps the working set of about six cases (scenarios compared side by side) and caps each of these
#: caches at a few megabytes.
PER_LIFE = 256
#: Entries kept by each cache keyed on a whole service history (service line, pay series, earliest
#: date). Such an entry grows with the history (about 8 MB for 10,000 periods and leaves), so few are
#: kept: one per scenario open side by side, and the variants without each purchase, with room to spare.
PER_HISTORY = 16


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...

    def cache_info(self) -> Any: ...


def _engine_caches() -> Iterator[_Clearable]:
    """Every memoised function of the engine modules loaded so far.

    A memoised function has ``cache_clear`` and ``cache_info`` (functools); a class declaring them
    (such as this module's protocol) is not one.
    """
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("scers_desktop.engine"):
            continue
        for value in list(vars(module).values()):
            memoised = callable(getattr(value, "cache_clear", None)) and callable(getattr(value, "cache_info", None))
            if memoised and not isinstance(value, type) and getattr(value, "__module__", None) == name:
                yield value


def clear_caches() -> int:
    """Empty every engine cache; return how many were emptied."""
    count = 0
    for memoised in _engine_caches():
        memoised.cache_clear()
        count += 1
    return count
