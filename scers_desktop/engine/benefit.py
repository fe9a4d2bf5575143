"""The service retirement benefit (plan-rules.md §1.4).

Plan 1 (Handbook 2011, 'Calculation of Retirement Benefits', quoting the SMC): the greater of
 1. the formula: years of service x factor x final average salary, at most 60% of that salary; and
 2. the "two times match": an annuity bought by the accumulated contributions, plus an equal
    City-funded pension, i.e. twice the annuity the balance buys.
Plan 2 (Handbook 2023): the formula alone, with no cap.
"""

from dataclasses import dataclass
from decimal import Decimal

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class FormulaBenefit:
    """Service x factor, capped, applied to the final average salary."""

    percent_before_cap: Decimal
    percent_of_fas: Decimal
    capped: bool
    monthly: Decimal


def formula_benefit(
    service_years: Decimal, factor_percent: Decimal, fas_monthly: Decimal, cap_percent: Decimal | None
) -> FormulaBenefit:
    """years x factor% (at most ``cap_percent``) x final average salary."""
    percent = service_years * factor_percent
    capped = cap_percent is not None and percent > cap_percent
    used = cap_percent if capped and cap_percent is not None else percent
    return FormulaBenefit(percent, used, capped, used / HUNDRED * fas_monthly)


def two_times_match(balance: Decimal, annuity_factor: float) -> Decimal:
    """2 x balance / ä: the member's annuity plus the equal City pension (annuity_factor = ä per $1/month)."""
    return 2 * balance / Decimal(repr(annuity_factor))
