"""The benefit-by-age series, without Qt or reportlab: exactly what the plot, the PDF chart and both
by-age tables show.

One series is computed per estimate (one sweep) and handed to the pyqtgraph plot and to the PDF alike;
tested as data, not as pixels (architecture.md idea 8).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from scers_desktop.engine import Estimate, SweepPoint, sweep
from scers_desktop.engine.money import to_cents

PLOT_AGES = range(50, 76)


@dataclass(frozen=True)
class Curve:
    """The series and marks of the benefit-by-age chart.

    ``unmodified`` and ``option`` are dollars rounded to the cent, None where the member is not
    eligible (or, for ``option``, where no option other than the unmodified benefit is chosen).
    ``chosen_age`` is the estimate's age, which may lie off the chart (see :attr:`marked_age`).
    """

    ages: tuple[int, ...]
    dates: tuple[date, ...]
    eligible: tuple[bool, ...]
    unmodified: tuple[float | None, ...]
    option: tuple[float | None, ...]
    option_code: str | None
    not_eligible: tuple[tuple[float, float], ...]
    first_eligible_age: int | None
    full_factor_age: int | None
    capped_ages: tuple[int, ...]
    chosen_age: int | None

    def value_at(self, age: int) -> float | None:
        """The unmodified amount at a whole age (None if not eligible or off the chart)."""
        return self.unmodified[self.ages.index(age)] if age in self.ages else None

    @property
    def marked_age(self) -> int | None:
        """The chosen age when it is on the chart, else None."""
        return self.chosen_age if self.chosen_age in self.ages else None

    @property
    def option_label(self) -> str | None:
        """'Option E' for a chosen option other than the unmodified benefit, else None."""
        return f"Option {self.option_code}" if self.option_code not in (None, "Unmodified") else None


def _dollars(points: Sequence[SweepPoint], attribute: str) -> tuple[float | None, ...]:
    values = []
    for p in points:
        amount = getattr(p, attribute)
        values.append(None if amount is None or not p.eligible else float(to_cents(amount)))
    return tuple(values)


def _spans(points: Sequence[SweepPoint]) -> tuple[tuple[float, float], ...]:
    """The runs of ages when the member cannot retire, as half-age-padded spans for shading."""
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
    return tuple(spans)


def benefit_curve(points: Sequence[SweepPoint], chosen_age: int | None, option_code: str | None) -> Curve:
    """The chart's data from a sweep: curves, the shaded not-eligible spans, and the marked ages."""
    eligible = [p for p in points if p.eligible and p.factor_percent is not None]
    top = max((p.factor_percent for p in eligible if p.factor_percent is not None), default=None)
    return Curve(
        ages=tuple(p.age for p in points),
        dates=tuple(p.retirement_date for p in points),
        eligible=tuple(p.eligible for p in points),
        unmodified=_dollars(points, "unmodified_monthly"),
        option=_dollars(points, "option_monthly") if option_code else tuple(None for _ in points),
        option_code=option_code,
        not_eligible=_spans(points),
        first_eligible_age=eligible[0].age if eligible else None,
        full_factor_age=next((p.age for p in eligible if p.factor_percent == top), None),
        capped_ages=tuple(p.age for p in eligible if p.capped and not p.from_annuity),
        chosen_age=chosen_age,
    )


def curve_of(result: Estimate) -> Curve:
    """The one sweep of an estimate's scenario over :data:`PLOT_AGES`, as the chart's series."""
    scenario = result.scenario
    return benefit_curve(
        sweep(scenario, PLOT_AGES, option_factors=result.option_factors),
        result.age.completed_years,
        scenario.selected_option,
    )
