"""The benefit-against-age curve as data, without Qt: exactly what the plot and its table show.

Tested as data (the series handed to pyqtgraph), not as pixels (architecture.md idea 8).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from scers_desktop.engine.money import to_cents

if TYPE_CHECKING:
    from scers_desktop.engine import SweepPoint

PLOT_AGES = range(50, 76)


@dataclass(frozen=True)
class Curve:
    """The series and marks of the benefit-by-age plot."""

    ages: tuple[int, ...]
    dates: tuple[date, ...]
    unmodified: tuple[float | None, ...]
    option: tuple[float | None, ...]
    option_code: str | None
    not_eligible: tuple[tuple[float, float], ...]
    first_eligible_age: int | None
    full_factor_age: int | None
    capped_ages: tuple[int, ...]
    chosen_age: int | None

    def value_at(self, age: int) -> float | None:
        """The unmodified amount at a whole age (None if not eligible or off the plot)."""
        return self.unmodified[self.ages.index(age)] if age in self.ages else None


def _dollars(points: Sequence[SweepPoint], attribute: str) -> tuple[float | None, ...]:
    values = []
    for p in points:
        amount = getattr(p, attribute)
        values.append(None if amount is None or not p.eligible else float(to_cents(amount)))
    return tuple(values)


def benefit_curve(points: Sequence[SweepPoint], chosen_age: int | None, option_code: str | None) -> Curve:
    """The plot's data from a sweep: curves, the shaded not-eligible spans, and the marked ages."""
    spans = []
    start = None
    for p in points:
        if not p.eligible and start is None:
            start = p.age - 0.5
        if p.eligible and start is not None:
            spans.append((start, p.age - 0.5))
            start = None
    if start is not None:
        spans.append((start, points[-1].age + 0.5))
    eligible = [p for p in points if p.eligible and p.factor_percent is not None]
    top = max((p.factor_percent for p in eligible if p.factor_percent is not None), default=None)
    return Curve(
        ages=tuple(p.age for p in points),
        dates=tuple(p.retirement_date for p in points),
        unmodified=_dollars(points, "unmodified_monthly"),
        option=_dollars(points, "option_monthly") if option_code else tuple(None for _ in points),
        option_code=option_code,
        not_eligible=tuple(spans),
        first_eligible_age=eligible[0].age if eligible else None,
        full_factor_age=next((p.age for p in eligible if p.factor_percent == top), None),
        capped_ages=tuple(p.age for p in eligible if p.capped and not p.from_annuity),
        chosen_age=chosen_age,
    )
