"""Service-retirement eligibility (plan-rules.md §1.3; Handbook 2023 App. A, B and C).

Plan 1: 30 years at any age, 20 years at 52, 10 years at 57, 5 years at 62.
Plan 2: 20 years at 55, 10 years at 57, 5 years at 60.
Age is the age reached on the retirement date; service is credited service at separation.
"""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from scers_desktop.engine.calendar import anniversary
from scers_desktop.engine.plan_data import PlanRules


def is_eligible(plan: PlanRules, age: int, service_years: Decimal) -> bool:
    """Whether any of the plan's age-and-service rules is met."""
    return any(service_years >= r.min_service_years and age >= r.min_age for r in plan.eligibility)


def earliest_eligible_date(
    plan: PlanRules,
    birth_date: date,
    service_for_retirement_date: Callable[[date], Decimal],
    search_from: date,
) -> date | None:
    """The first retirement date on or after ``search_from`` that meets a rule, or None.

    Service never falls and age only rises as the date moves later, so eligibility is monotone in
    the date and a binary search over days finds the first eligible one.
    """
    last = anniversary(birth_date, 100)

    def eligible(day: date) -> bool:
        years = day.year - birth_date.year - (anniversary(birth_date, day.year - birth_date.year) > day)
        return is_eligible(plan, years, service_for_retirement_date(day))

    if search_from > last or not eligible(last):
        return None
    lo, hi = search_from.toordinal(), last.toordinal()
    while lo < hi:
        mid = (lo + hi) // 2
        if eligible(date.fromordinal(mid)):
            hi = mid
        else:
            lo = mid + 1
    return date.fromordinal(lo)


def deferred_eligible_date(plan: PlanRules, birth_date: date, service_years: Decimal, after: date) -> date | None:
    """For a member who has left with ``service_years`` (service no longer grows): the first date on or
    after ``after`` at which a rule is met, by age alone; None when no rule's service is reached (not
    vested: only a refund is payable)."""
    ages = [r.min_age for r in plan.eligibility if service_years >= r.min_service_years]
    if not ages:
        return None
    return max(after, anniversary(birth_date, min(ages)))
