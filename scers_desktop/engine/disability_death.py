"""Disability retirement and death before retirement (plan-rules.md §1.8, §1.9).

Disability (Handbook 2011 and 2023 'Disability Benefits'): at least 10 years of service (waived for an
on-the-job injury); 1.5% of final average salary per year of service; if that is not more than
one-third of final average salary, another 1.5% for each year from the age at retirement to 62, until
the benefit reaches one-third; at most 60% of final average salary; at least $140 a month.

Death before retirement (Handbook 2023 'Death Benefits'): with fewer than 10 years, a refund of
contributions with interest. With 10 or more, a spouse or registered domestic partner may instead take
(a) the Option E benefit the member would have had on retiring the day of death, or (b) up to 50% of the
contributions in cash and that Option E benefit reduced by the cash's actuarial value.

The figures are plan data (``[disability]`` and ``[death_before_retirement]`` in plan_rules.toml).
"""

from dataclasses import dataclass
from decimal import Decimal

from scers_desktop.engine.plan_data import DisabilityRules


@dataclass(frozen=True)
class DisabilityBenefit:
    """The disability allowance and how it was built."""

    base_percent: Decimal
    top_up_percent: Decimal
    percent_of_fas: Decimal
    monthly: Decimal
    minimum_applied: bool


def disability_benefit(
    service_years: Decimal, fas_monthly: Decimal, exact_age: Decimal, rules: DisabilityRules
) -> DisabilityBenefit:
    """1.5% x service, topped up by 1.5% a year to 62 while under one-third, capped at 60%, at least $140
    (the figures from ``rules``)."""
    base = rules.percent_per_year * service_years
    floor = rules.floor_share_of_fas * 100
    top_up = Decimal(0)
    if base <= floor:
        years_to_top_up_age = max(Decimal(0), rules.top_up_to_age - exact_age)
        top_up = min(rules.percent_per_year * years_to_top_up_age, floor - base)
    percent = min(base + top_up, rules.cap_percent_of_fas)
    monthly = percent / 100 * fas_monthly
    minimum = rules.minimum_monthly
    return DisabilityBenefit(base, top_up, percent, max(monthly, minimum), monthly < minimum)
