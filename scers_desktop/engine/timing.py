"""Retirement timing: the benefit month by month, and the dates worth knowing near the chosen one.

For a service retirement, the core figures (eligibility, service, final average salary, factor, the
Unmodified amount and the chosen option's) for a pension starting on the later of ``as_of`` and the
earliest eligible date, then on each first of the month up to the 75th birthday. Every point is one
call of :func:`~scers_desktop.engine.sweeps.point_on`, the per-date computation the estimate and the
by-age sweep make (one pipeline; no second copy of the benefit rules).

A date is worth knowing (a *cliff*) where starting one month later raises the chosen option's monthly
amount by more than the setting ``timing_threshold`` (default 1%), or where the member first becomes
eligible. Its reasons come from the rules the engine applies:

- eligibility (Handbook 2023 App. A/B 'Retirement Eligibility'): the age or the service that meets a rule;
- a birthday that moves the factor column (Appendix A, SMC 4.36.605; Appendix B, SMC 4.36.608);
- a whole year of service that moves the factor row (same tables);
- the final average salary's window (plan-rules.md §1.2) holding only pay at a raise's new rate;
- the Plan 1 cap of 60% of final average salary reached (plan-rules.md §1.4), after which waiting adds
  only pay growth and COLA; and the "two times match" annuity overtaking the formula (plan-rules.md §1.4).

A rise from service and pay alone is ordinary growth and is not named. The last three are named
whenever they happen (they change what waiting is worth), even below the threshold.
What waiting for the next cliff costs in payments not received, and the age by which it pays for itself
with COLA, reuse :func:`~scers_desktop.engine.cola.cola_projection` and
:func:`~scers_desktop.engine.cola.catch_up_age` (the Compare tab's catch-up age).
"""

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from scers_desktop.engine.assumptions import Settings, growth_rate, settings_for
from scers_desktop.engine.calendar import add_months, anniversary
from scers_desktop.engine.cola import catch_up_age
from scers_desktop.engine.details import plan_cola
from scers_desktop.engine.kinds import earliest
from scers_desktop.engine.model import EstimateType, Scenario
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.pipeline import Paths, separation_for
from scers_desktop.engine.plan_data import PlanRules, RulesData, rules_data
from scers_desktop.engine.sweeps import SweepPoint, point_on

__all__ = [
    "ELIGIBLE_AFTER_LAST_AGE",
    "LAST_AGE",
    "NEVER_ELIGIBLE",
    "NOT_SERVICE",
    "PAST_LAST_AGE",
    "Cliff",
    "Reason",
    "Timing",
    "Waiting",
    "timing",
]

#: The series stops at the 75th birthday (the by-age chart's last age, present/curve.py PLOT_AGES).
LAST_AGE = 75
#: How far before the chosen date a cliff still counts as "just after" it ("11 days after your 62nd birthday").
JUST_AFTER_DAYS = 92


@dataclass(frozen=True)
class Reason:
    """Why a date matters, from the rules: a code and the figures the words need.

    Codes: ``eligible`` (``rule_service``, ``rule_age``, ``by`` 'age' or 'service', ``age``, ``service``),
    ``birthday`` (``age``, ``factor``, ``before``), ``service_row`` (``years``, ``factor``, ``before``),
    ``pay_window`` (``raise_on``, ``months``, ``fas``), ``cap`` (``cap``), ``annuity``.
    """

    code: str
    day: date
    figures: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Cliff:
    """One date worth knowing: the pension starting on ``day`` pays ``monthly`` (the chosen option;
    ``unmodified`` too), ``change`` more than one month earlier; ``cliff`` is False for a date named
    only for the cap or the annuity."""

    day: date
    monthly: Decimal
    unmodified: Decimal
    change: Decimal
    reasons: tuple[Reason, ...]
    cliff: bool = True


@dataclass(frozen=True)
class Waiting:
    """Waiting from the chosen date to the next cliff: ``adds`` a month for life, ``forgone`` in the
    ``payments`` monthly payments not received meanwhile (one per calendar month between the two
    starts), paid back (with COLA) by ``break_even_age``."""

    chosen: date
    chosen_monthly: Decimal
    to: Cliff
    days: int
    adds: Decimal
    payments: int
    forgone: Decimal
    break_even_age: int | None


#: Why a scenario has no series (``Timing.none_because``): not a service retirement; no date gives one on
#: the service entered; the first eligible date is after the 75th birthday; the day asked is after it.
NOT_SERVICE, NEVER_ELIGIBLE, ELIGIBLE_AFTER_LAST_AGE, PAST_LAST_AGE = "kind", "never", "eligible_late", "past"


@dataclass(frozen=True)
class Timing:
    """The month-by-month series, the dates worth knowing in it, and the chosen date's neighbours.

    ``none_because`` says why there is no series (one of the codes above; None when there is one), with
    ``first_eligible`` and ``last_day`` (the 75th birthday) for its words. ``pay_growth``: pay is projected
    to grow past the last pay entered, so the series rises with it, but a raise is named (``pay_window``)
    only for the steps entered: projected growth is ordinary growth.
    """

    points: tuple[SweepPoint, ...]
    cliffs: tuple[Cliff, ...]
    threshold: Decimal
    chosen: SweepPoint | None = None
    waiting: Waiting | None = None
    just_after: Cliff | None = None
    none_because: str | None = None
    first_eligible: date | None = None
    last_day: date | None = None
    pay_growth: bool = False

    @property
    def near(self) -> tuple[Cliff, ...]:
        """The cliffs from the one just before the chosen date on (what a short list shows first)."""
        chosen = self.chosen.retirement_date if self.chosen else None
        if chosen is None:
            return self.cliffs
        return tuple(c for c in self.cliffs if c is self.just_after or c.day > chosen)


def monthly_of(point: SweepPoint) -> Decimal | None:
    """The chosen option's monthly amount at a point (Unmodified when no other option is chosen)."""
    return point.option_monthly if point.option_monthly is not None else point.unmodified_monthly


def month_starts(start: date, last: date) -> list[date]:
    """``start``, then every first of the month after it, up to and including ``last``."""
    days = [start]
    day = date(start.year, start.month, 1)
    while (day := add_months(day, 1)) <= last:
        days.append(day)
    return days if start <= last else []


class _Series:
    """The points of one scenario, with the pipeline's paths carried from date to date."""

    def __init__(
        self, scenario: Scenario, settings: Settings, rules: RulesData, option_factors: OptionFactorTable | None
    ) -> None:
        self.scenario, self.settings, self.rules = scenario, settings, rules
        self.option_factors = option_factors
        self.paths = Paths.of(scenario, settings)
        self.plan: PlanRules = rules.plans[scenario.member.plan]
        portable = scenario.portability.service_years if scenario.portability else Decimal(0)
        self.portable = portable

    def at(self, day: date) -> SweepPoint:
        """The core figures for a pension starting on ``day``."""
        return point_on(self.scenario, day, self.settings, self.rules, self.paths, self.option_factors)

    def service_on(self, day: date) -> Decimal:
        """Service for eligibility and the factor for a pension starting on ``day``."""
        return self.paths.service_on(separation_for(self.scenario, day)).total_years + self.portable

    def day_service_reaches(self, years: int, after: date, by: date) -> date:
        """The first start date in (after, by] with at least ``years`` of service (service never falls)."""
        lo, hi = after.toordinal() + 1, by.toordinal()
        while lo < hi:
            mid = (lo + hi) // 2
            if self.service_on(date.fromordinal(mid)) >= years:
                hi = mid
            else:
                lo = mid + 1
        return date.fromordinal(lo)


def _eligibility(series: _Series, point: SweepPoint) -> Reason:
    """Which rule the first eligible date meets, and whether the age or the service got there."""
    birth, plan = series.scenario.member.birth_date, series.plan
    service = series.service_on(point.retirement_date)
    met = [r for r in plan.eligibility if service >= r.min_service_years and point.age >= r.min_age]
    rule = min(met, key=lambda r: r.min_age) if met else plan.eligibility[0]
    by_age = rule.min_age > 0 and anniversary(birth, point.age) == point.retirement_date
    figures = {"rule_service": rule.min_service_years, "rule_age": rule.min_age, "age": point.age}
    return Reason(
        "eligible", point.retirement_date, {**figures, "by": "age" if by_age else "service", "service": service}
    )


def _reasons(series: _Series, a: SweepPoint, b: SweepPoint) -> list[Reason]:
    """What the rules changed from ``a`` to the next month's ``b``, most important first."""
    birth, found = series.scenario.member.birth_date, []
    factor_moved = a.factor_percent is not None and b.factor_percent is not None and b.factor_percent > a.factor_percent
    if b.age > a.age and factor_moved:
        figures = {"age": b.age, "factor": b.factor_percent, "before": a.factor_percent}
        found.append(Reason("birthday", anniversary(birth, b.age), figures))
    elif int(b.service_years + series.portable) > int(a.service_years + series.portable) and factor_moved:
        years = int(b.service_years + series.portable)  # the factor's service, with a portable system's
        day = series.day_service_reaches(years, a.retirement_date, b.retirement_date)
        found.append(
            Reason("service_row", day, {"years": years, "factor": b.factor_percent, "before": a.factor_percent})
        )
    if b.capped and not a.capped:
        found.append(Reason("cap", b.retirement_date, {"cap": series.plan.cap_percent_of_fas}))
    if b.from_annuity and not a.from_annuity:
        found.append(Reason("annuity", b.retirement_date))
    return found


def _windows_full(series: _Series, by_day: Mapping[date, int], points: list[SweepPoint]) -> dict[int, Reason]:
    """For each raise in the pay history, the first month whose final-average-salary window holds only
    pay at the new rate (each month is paid at the rate on its last day, so the raise's own month
    counts): ``fas_months`` months after the first of the raise's month, when that is in the series
    and the average rose. By the index of that point."""
    salary, plan = series.scenario.salary, series.plan
    if salary is None or series.scenario.quick is not None:
        return {}
    found = {}
    for before, step in zip(salary.history, salary.history[1:], strict=False):
        index = by_day.get(add_months(date(step.start.year, step.start.month, 1), plan.fas_months))
        if step.monthly <= before.monthly or not index:
            continue
        a, b = points[index - 1], points[index]
        if a.fas_monthly is not None and b.fas_monthly is not None and b.fas_monthly > a.fas_monthly:
            figures = {"raise_on": step.start, "months": plan.fas_months, "fas": b.fas_monthly}
            found[index] = Reason("pay_window", b.retirement_date, figures)
    return found


def _cliffs(series: _Series, points: list[SweepPoint], first_is_eligibility: bool) -> list[Cliff]:
    """The dates worth knowing in the series: the first eligible date (when it is still to come), each
    month-on-month rise above the threshold that a rule explains (a rise from service and pay alone is
    ordinary growth and is not named), and the cap, the annuity and a full pay window wherever they fall."""
    threshold = series.settings.timing_threshold
    cliffs = []
    if first_is_eligibility and points:
        first = points[0]
        amount, unmodified = monthly_of(first), first.unmodified_monthly
        if amount is not None and unmodified is not None:
            cliffs.append(Cliff(first.retirement_date, amount, unmodified, amount, (_eligibility(series, first),)))
    windows = _windows_full(series, {p.retirement_date: i for i, p in enumerate(points)}, points)
    for index in range(1, len(points)):
        a, b = points[index - 1], points[index]
        before, after = monthly_of(a), monthly_of(b)
        if before is None or after is None or b.unmodified_monthly is None:
            continue
        reasons = _reasons(series, a, b) + ([windows[index]] if index in windows else [])
        ruled = [r for r in reasons if r.code in ("birthday", "service_row")]
        jump = after > before * (1 + threshold) and bool(ruled)
        if not jump and not any(r.code in ("cap", "annuity", "pay_window") for r in reasons):
            continue
        # A birthday or a year of service inside the month: the higher amount starts on that day.
        day = ruled[0].day if jump else b.retirement_date
        on_day = b if day == b.retirement_date else series.at(day)
        amount = monthly_of(on_day) or after
        cliffs.append(
            Cliff(day, amount, on_day.unmodified_monthly or b.unmodified_monthly, amount - before, tuple(reasons), jump)
        )
    return cliffs


def _waiting(scenario: Scenario, rules: RulesData, settings: Settings, chosen: SweepPoint, to: Cliff) -> Waiting | None:
    """What waiting from the chosen date to the cliff ``to`` adds and costs (with COLA)."""
    now = monthly_of(chosen)
    if now is None:
        return None
    start, birth = chosen.retirement_date, scenario.member.birth_date
    earlier = plan_cola(now, start, birth, rules, settings)
    later = plan_cola(to.monthly, to.day, birth, rules, settings)
    starts = [row.start for row in earlier]
    # Counted by calendar month, as the COLA rows count a year's payments (engine/cola.py).
    payments = (to.day.year - start.year) * 12 + to.day.month - start.month
    forgone = sum(
        (earlier[bisect_right(starts, add_months(start, k)) - 1].monthly for k in range(payments)), Decimal(0)
    )
    return Waiting(
        chosen=start,
        chosen_monthly=now,
        to=to,
        days=(to.day - start).days,
        adds=to.monthly - now,
        payments=payments,
        forgone=forgone,
        break_even_age=catch_up_age(earlier, later),
    )


def timing(scenario: Scenario, *, as_of: date, option_factors: OptionFactorTable | None = None) -> Timing:
    """The month-by-month series and the dates worth knowing for a service retirement.

    Starts on the later of ``as_of`` and the earliest eligible date, then each first of the month to the
    75th birthday. Other kinds of estimate (disability, death before retirement) have no series. The
    chosen option's amounts come from ``option_factors`` where that table covers them, as in
    :func:`~scers_desktop.engine.estimates.estimate`.
    """
    rules, settings = rules_data(), settings_for(scenario.assumptions)
    threshold = settings.timing_threshold
    if scenario.estimate_type is not EstimateType.SERVICE:
        return Timing((), (), threshold, none_because=NOT_SERVICE)
    first_eligible = earliest(scenario, rules.plans[scenario.member.plan])
    if first_eligible is None:
        return Timing((), (), threshold, none_because=NEVER_ELIGIBLE)
    series = _Series(scenario, settings, rules, option_factors)
    start, last = max(as_of, first_eligible), anniversary(scenario.member.birth_date, LAST_AGE)
    points = [series.at(day) for day in month_starts(start, last)]
    cliffs = _cliffs(series, points, first_eligible > as_of)
    chosen = series.at(scenario.retirement.date)
    found = Timing(
        tuple(points),
        tuple(cliffs),
        threshold,
        chosen,
        none_because=None if points else ELIGIBLE_AFTER_LAST_AGE if first_eligible > last else PAST_LAST_AGE,
        first_eligible=first_eligible,
        last_day=last,
        pay_growth=scenario.quick is None and scenario.salary is not None and growth_rate(scenario, settings) > 0,
    )
    if monthly_of(chosen) is None:
        return found
    day = chosen.retirement_date
    later = next((c for c in cliffs if c.cliff and c.day > day), None)
    just_after = next(
        (c for c in reversed(cliffs) if c.cliff and c.day <= day and (day - c.day).days <= JUST_AFTER_DAYS), None
    )
    waiting = _waiting(scenario, rules, settings, chosen, later) if later else None
    return replace(found, waiting=waiting, just_after=just_after)
