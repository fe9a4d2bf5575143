"""The benefit-by-age series, without Qt or reportlab: exactly what the plot, the PDF chart and both
by-age tables show.

One series is computed per estimate (one sweep) and handed to the pyqtgraph plot and to the PDF alike;
tested as data, not as pixels (architecture.md idea 8).
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from scers_desktop.engine import Estimate, SweepPoint, sweep
from scers_desktop.engine.calendar import anniversary
from scers_desktop.engine.money import to_cents
from scers_desktop.present.i18n import _
from scers_desktop.present.text import format_dollars, long_date

PLOT_AGES = range(50, 76)


@dataclass(frozen=True)
class Curve:
    """The series and marks of the benefit-by-age chart.

    ``unmodified`` and ``option`` are dollars rounded to the cent, None where the member is not
    eligible (or, for ``option``, where no option other than the unmodified benefit is chosen).
    ``chosen_age`` is the estimate's age, which may lie off the chart (see :attr:`marked_age`).
    The "your choice" mark is at the real pension start date, not a birthday: ``mark_age`` is the exact
    age then (years, with the fraction), ``mark_amount`` the headline amount (the chosen option's monthly
    amount, to the cent) and ``mark_label`` both in words.
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
    mark_age: float | None = None
    mark_amount: float | None = None
    mark_label: str = ""

    @property
    def mark(self) -> tuple[float, float] | None:
        """The "your choice" star's place (exact age, amount), when it lies within the chart's ages."""
        if self.mark_age is None or self.mark_amount is None or not self.ages:
            return None
        if not self.ages[0] - 0.5 <= self.mark_age <= self.ages[-1] + 0.5:
            return None
        return self.mark_age, self.mark_amount

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
        if self.option_code in (None, "Unmodified"):
            return None
        return _("Option {code}").format(code=self.option_code)


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


def future_ages(birth: date, today: date) -> range:
    """The ages of :data:`PLOT_AGES` whose birthday is today or later: no past date is offered."""
    first = next((age for age in PLOT_AGES if anniversary(birth, age) >= today), PLOT_AGES.stop)
    return range(first, PLOT_AGES.stop)


def curve_of(result: Estimate, today: date) -> Curve:
    """The one sweep of an estimate's scenario, as the chart's series: from the later of the first
    birthday from ``today`` on and the first age the member can retire, to the last of :data:`PLOT_AGES`.

    The star marks the estimate's own date and the headline amount (the chosen option's)."""
    scenario = result.scenario
    points = sweep(scenario, future_ages(scenario.member.birth_date, today), option_factors=result.option_factors)
    first = next((i for i, p in enumerate(points) if p.eligible), 0)
    curve = benefit_curve(points[first:], result.age.completed_years, scenario.selected_option)
    amount = result.chosen_monthly if result.eligible else None
    if amount is None:
        return curve
    chosen = result.chosen
    words = {"date": long_date(result.retirement_date), "amount": format_dollars(amount)}
    label = (
        _("your choice: Option {code} from {date}, {amount}").format(code=chosen.code, **words)
        if chosen is not None and chosen.code != "Unmodified"
        else _("your choice: from {date}, {amount}").format(**words)
    )
    return replace(curve, mark_age=float(result.age.exact_years), mark_amount=float(to_cents(amount)), mark_label=label)
