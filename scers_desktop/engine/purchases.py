"""What a service purchase costs, and what it buys (plan-rules.md §1.10; Handbook 2023 'Redeposits/Buybacks').

Costs, as of the repayment date entered (else the date of the estimate):

- redeposit: the withdrawn amount with interest "at the assumed rate of return on investment
  (currently 6.75% per year)", compounded yearly from withdrawal. Redeposits more than 2 years after
  rehire owe the greater of the assumed and the actual return each year; actual returns are not
  published here, so a warning says the cost may be higher.
- leave and military leave: the member contributions the leave would have made, at the member rate on
  the current pay (SCERS bills the pay at the time of the leave plus interest; labelled assumption).
- prior military service (up to 5 years): "actuarial cost": the value at retirement of the extra
  benefit for life, ΔB x ä_x, discounted to the cost date at the assumed rate (labelled assumption).

What it buys: the monthly increase (unmodified benefit with minus without the purchase), the age by
which the extra payments repay the cost, and the earliest eligible date with and without it.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.calendar import years_between
from scers_desktop.engine.model import Purchase, PurchaseKind
from scers_desktop.engine.money import compound


@dataclass(frozen=True)
class PurchaseCost:
    """The decision numbers for one purchase."""

    kind: str
    service_years: Decimal
    cost: Decimal | None
    cost_as_of: date
    how: str
    monthly_increase: Decimal | None
    payback_age: Decimal | None
    earliest_eligible_with: date | None
    earliest_eligible_without: date | None
    missing: str | None = None
    note: str | None = None


def purchase_cost(
    purchase: Purchase,
    as_of: date,
    assumed_return: Decimal,
    member_rate: Decimal,
    current_pay: Decimal | None,
    benefit_increase: Decimal | None,
    annuity_factor: float | None,
    retirement: date,
) -> tuple[Decimal | None, str, str | None]:
    """(cost, how it was figured, what is missing) for one purchase."""
    if purchase.kind is PurchaseKind.REDEPOSIT:
        if purchase.withdrawn_amount is None or purchase.withdrawal_date is None:
            return None, "", "needs the amount withdrawn and the withdrawal date"
        years = max(Decimal(0), years_between(purchase.withdrawal_date, as_of))
        cost = purchase.withdrawn_amount * compound(assumed_return, years)
        return cost, f"withdrawn amount with {assumed_return * 100:.2f}% interest a year for {years:.1f} years", None
    if purchase.kind in (PurchaseKind.LEAVE, PurchaseKind.MILITARY_LEAVE):
        if current_pay is None:
            return None, "", "needs your pay"
        cost = member_rate * current_pay * 12 * purchase.service_years
        return cost, f"{member_rate * 100:.2f}% member contributions on current pay for the time bought", None
    if benefit_increase is None or annuity_factor is None:
        return None, "", "is priced once you are eligible to retire"
    value_at_retirement = benefit_increase * Decimal(repr(annuity_factor))
    years = max(Decimal(0), years_between(as_of, retirement))
    cost = value_at_retirement / compound(assumed_return, years)
    return cost, "value of the extra benefit for life (actuarial cost, estimated)", None


def payback_age(cost: Decimal | None, monthly_increase: Decimal | None, age_at_retirement: Decimal) -> Decimal | None:
    """The age by which the extra monthly benefit adds up to the cost (no interest, no COLA)."""
    if cost is None or not monthly_increase or monthly_increase <= 0:
        return None
    return age_at_retirement + cost / monthly_increase / 12
