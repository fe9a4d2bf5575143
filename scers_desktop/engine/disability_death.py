"""Disability retirement and death before retirement (plan-rules.md §1.8, §1.9).

Disability (Handbook 2011 and 2023 'Disability Benefits'): at least 10 years of service (waived for an
on-the-job injury); 1.5% of final average salary per year of service; if that is not more than
one-third of final average salary, another 1.5% for each year from the age at retirement to 62, until
the benefit reaches one-third; at most 60% of final average salary; at least $140 a month.

Death before retirement (Handbook 2023 'Death Benefits'): with fewer than 10 years, a refund of
contributions with interest. With 10 or more, a spouse or registered domestic partner may instead take
(a) the Option E benefit the member would have had on retiring the day of death, or (b) up to 50% of the
contributions in cash and that Option E benefit reduced by the cash's actuarial value.
"""

from dataclasses import dataclass
from decimal import Decimal

DISABILITY_RATE_PERCENT = Decimal("1.5")
DISABILITY_FLOOR_SHARE = Decimal(1) / Decimal(3)
DISABILITY_CAP_PERCENT = Decimal(60)
DISABILITY_MINIMUM = Decimal(140)
DISABILITY_TOP_UP_TO_AGE = 62
DISABILITY_MIN_SERVICE = Decimal(10)
DEATH_BENEFIT_MIN_SERVICE = Decimal(10)
DEATH_CASH_SHARE = Decimal("0.5")


@dataclass(frozen=True)
class DisabilityBenefit:
    """The disability allowance and how it was built."""

    base_percent: Decimal
    top_up_percent: Decimal
    percent_of_fas: Decimal
    monthly: Decimal
    minimum_applied: bool


def disability_benefit(service_years: Decimal, fas_monthly: Decimal, exact_age: Decimal) -> DisabilityBenefit:
    """1.5% x service, topped up by 1.5% a year to 62 while under one-third, capped at 60%, at least $140."""
    base = DISABILITY_RATE_PERCENT * service_years
    third = DISABILITY_FLOOR_SHARE * 100
    top_up = Decimal(0)
    if base <= third:
        years_to_62 = max(Decimal(0), DISABILITY_TOP_UP_TO_AGE - exact_age)
        top_up = min(DISABILITY_RATE_PERCENT * years_to_62, third - base)
    percent = min(base + top_up, DISABILITY_CAP_PERCENT)
    monthly = percent / 100 * fas_monthly
    return DisabilityBenefit(base, top_up, percent, max(monthly, DISABILITY_MINIMUM), monthly < DISABILITY_MINIMUM)
