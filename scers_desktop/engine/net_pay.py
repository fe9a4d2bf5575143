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

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from scers_desktop.engine.findings import Code, Finding, finding
from scers_desktop.engine.model import FilingStatus
from scers_desktop.engine.params import Table, load

Bracket = tuple[Decimal, Decimal, Decimal]  # over, base tax, rate


@dataclass(frozen=True)
class TaxTables:
    """``taxes_2026.toml``, typed: the withholding tables and the Simplified Method's payment counts."""

    withholding_reference: str
    #: The status SCERS withholds at with no W-4P on file (Handbook 2023).
    default_filing_status: FilingStatus
    standard_adjustment: Mapping[str, Decimal]
    brackets: Mapping[str, tuple[Bracket, ...]]
    single_life: tuple[tuple[int, int], ...]
    joint_lives: tuple[tuple[int, int], ...]


def _by_status(raw: Table, key: str) -> Table:
    table = raw.table(key)
    if set(table.raw) != set(FilingStatus):
        raise table.fail(key, f"must give each filing status: {', '.join(FilingStatus)}")
    return table


def _payments(raw: Table, key: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(limit), int(n)) for limit, n in raw.array(key))


def _read(raw: Table) -> TaxTables:
    withholding, method = raw.table("withholding"), raw.table("simplified_method")
    withholding.documentation("description", "default_reference")
    method.documentation("description", "reference", "cost_reference")
    adjustment, brackets = _by_status(withholding, "standard_adjustment"), _by_status(withholding, "brackets")
    return TaxTables(
        withholding_reference=withholding.text("reference"),
        default_filing_status=FilingStatus(withholding.text("default_filing_status")),
        standard_adjustment={status: adjustment.decimal(status) for status in FilingStatus},
        brackets={
            status: tuple(
                (brackets.number(status, over), brackets.number(status, base), brackets.number(status, rate))
                for over, base, rate in brackets.array(status)
            )
            for status in FilingStatus
        },
        single_life=_payments(method, "single_life"),
        joint_lives=_payments(method, "joint_lives"),
    )


@cache
def tax_tables() -> TaxTables:
    """The 2026 withholding tables and Simplified Method counts, read strictly once."""
    return load("taxes_2026.toml", _read)


def withholding_reference() -> str:
    """The citation for the withholding tables."""
    return tax_tables().withholding_reference


def monthly_withholding(monthly: Decimal, filing_status: str) -> Decimal:
    """Federal income tax withheld from a monthly pension payment (W-4P with no other entries)."""
    tables = tax_tables()
    annual = monthly * 12 - tables.standard_adjustment[filing_status]
    tax = Decimal(0)
    for over, base, rate in reversed(tables.brackets[filing_status]):
        if annual > over:
            tax = base + (annual - over) * rate
            break
    return tax / 12


def simplified_method_payments(age: int, joint_with_age: int | None) -> int:
    """Number of anticipated payments: Table 1 by age, or Table 2 by combined ages."""
    tables = tax_tables()
    rows, value = (
        (tables.joint_lives, age + joint_with_age) if joint_with_age is not None else (tables.single_life, age)
    )
    return next(n for limit, n in rows if value <= limit)


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
    #: Why there is no net amount (deductions larger than the benefit after withholding), or None.
    missing: Finding | None = None


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
    missing = finding(Code.DEDUCTIONS_EXCEED_BENEFIT, deductions=medical + dental, after_tax=gross - withheld)
    return NetPay(gross, withheld, medical, dental, tax_free, filing_status, None, missing)
