"""Net monthly pay: federal withholding, medical and dental deductions, the tax-free part.

- Withholding: IRS Publication 15-T (2026) Worksheet 1B for periodic pension payments: annualise the
  payment, subtract the standard adjustment ($8,600 single or head of household, $12,900 married filing
  jointly) when the W-4P Step 2 box is not checked, apply the percentage-method schedule, divide by 12
  (plan-rules.md §5.2). With no W-4P on file SCERS withholds "at the single rate" (Handbook 2023).
- Tax-free part (IRS Simplified Method, plan-rules.md §5.1): after-tax contributions (made before 1985,
  Handbook 2011) divided by the number of payments from Table 1 (single life, by age) or Table 2 (joint
  lives, by combined ages).
- Medical and dental deductions are as entered; state income tax does not apply in Washington.
- Deductions larger than the benefit after withholding cannot be taken from it: there is then no net
  amount (never a negative one), and ``missing`` says why (issue 12).
"""

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from scers_desktop.engine.money import format_dollars
from scers_desktop.engine.plan_data import read_data_text


@cache
def _tables() -> dict[str, Any]:
    return tomllib.loads(read_data_text("taxes_2026.toml"))


def withholding_reference() -> str:
    """The citation for the withholding tables."""
    return str(_tables()["withholding"]["reference"])


def monthly_withholding(monthly: Decimal, filing_status: str) -> Decimal:
    """Federal income tax withheld from a monthly pension payment (W-4P with no other entries)."""
    table = _tables()["withholding"]
    annual = monthly * 12 - Decimal(table["standard_adjustment"][filing_status])
    tax = Decimal(0)
    for over, base, rate in reversed(table["brackets"][filing_status]):
        if annual > Decimal(over):
            tax = Decimal(base) + (annual - Decimal(over)) * Decimal(rate)
            break
    return tax / 12


def simplified_method_payments(age: int, joint_with_age: int | None) -> int:
    """Number of anticipated payments: Table 1 by age, or Table 2 by combined ages."""
    method = _tables()["simplified_method"]
    key, value = ("joint_lives", age + joint_with_age) if joint_with_age is not None else ("single_life", age)
    return next(int(n) for limit, n in method[key] if value <= limit)


@dataclass(frozen=True)
class NetPay:
    """The monthly benefit and what comes off it."""

    gross: Decimal
    federal_withholding: Decimal
    medical: Decimal
    dental: Decimal
    tax_free_part: Decimal
    filing_status: str
    net: Decimal | None
    missing: str | None = None


def net_pay(
    gross: Decimal,
    filing_status: str,
    medical: Decimal,
    dental: Decimal,
    after_tax_contributions: Decimal,
    age: int,
    joint_with_age: int | None,
) -> NetPay:
    """Net monthly pay; the tax-free part lowers the taxable amount withholding is figured on."""
    tax_free = Decimal(0)
    if after_tax_contributions > 0:
        tax_free = min(gross, after_tax_contributions / simplified_method_payments(age, joint_with_age))
    withheld = monthly_withholding(gross - tax_free, filing_status)
    net = gross - withheld - medical - dental
    if net >= 0:
        return NetPay(gross, withheld, medical, dental, tax_free, filing_status, net)
    missing = (
        f"the medical and dental deductions entered ({format_dollars(medical + dental)} a month) are more than "
        f"the benefit after federal tax withheld ({format_dollars(gross - withheld)}), so they cannot come out of it"
    )
    return NetPay(gross, withheld, medical, dental, tax_free, filing_status, None, missing)
