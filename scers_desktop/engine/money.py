"""Money: exact decimal dollars, rounded half-up to the cent once, at the end.

Every amount the engine computes stays an unrounded :class:`~decimal.Decimal` until it is reported;
:func:`to_cents` is the one place rounding happens (architecture.md idea 5; scenario-format.md §2:
"Money is rounded half-up to the cent, once, at the end").
"""

from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

from scers_desktop.engine.caches import PER_LIFE

CENT = Decimal("0.01")
ZERO = Decimal(0)


def to_cents(amount: Decimal) -> Decimal:
    """Round dollars half-up to the cent: 546.875 -> 546.88."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=PER_LIFE)
def compound(rate: Decimal, years: Decimal) -> Decimal:
    """Growth factor (1 + rate) ** years, for whole or fractional years."""
    with localcontext() as ctx:
        ctx.prec = 28
        return (Decimal(1) + rate) ** years
