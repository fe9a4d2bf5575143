"""The engine's memo caches, and one door to empty them.

Estimates memoise work that depends on one member (the pay series, the earliest eligible date, exact-age
survival curves). A public kiosk must leave nothing of one visitor for the next, so "Start over" empties
every cache that can hold a member's figures; the caches of published tables (factor tables, mortality
rates read from the data files) hold no member data and are emptied too, simply because the door is one.
"""

import sys
from collections.abc import Iterator
from typing import Any, Protocol


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...


def _engine_caches() -> Iterator[_Clearable]:
    """Every memoised function of the engine modules loaded so far."""
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("scers_desktop.engine"):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, type):  # a class naming cache_clear (like _Clearable) is no cache
                continue
            clear: Any = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                yield value


def clear_caches() -> int:
    """Empty every engine cache; return how many were emptied."""
    count = 0
    for memoised in _engine_caches():
        memoised.cache_clear()
        count += 1
    return count
