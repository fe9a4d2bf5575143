"""What a service purchase costs, and what it buys (plan-rules.md §1.10; Handbook 2023 'Redeposits/Buybacks').

One model per purchase. A leave inside employment is bought back by ticking it Bought back: the engine
credits it and prices it here; a purchase row is for service the history does not show (a redeposit, or
military service before City employment), and a leave purchase row beside a ticked leave is refused when
the file is read (:mod:`scers_desktop.engine.scenario_fields`), so a leave is never credited twice.

Costs, as of the repayment date entered (else the date of the estimate):

- redeposit: the withdrawn amount with interest "at the assumed rate of return on investment
  (currently 6.75% per year)", compounded yearly from withdrawal. Redeposits more than 2 years after
  rehire owe the greater of the assumed and the actual return each year; actual returns are not
  published here, so a warning says the cost may be higher (:func:`late_redeposit`).
- a bought-back leave (family-medical, medical, industrial-injury or military leave): "based on your pay
  rate at the time of your leave and interest is applied at the assumed rate of investment return
  (currently 6.75% per year). Because of the interest charge, the cost will increase the longer you
  delay the purchase" (Handbook 2023 p. 11): the member rate x the monthly pay on the leave's first day
  x the months of the leave (its days / 365 x 12), compounded yearly at the assumed rate from the day
  after the leave (the day the member returns and may first buy it) to the cost date.
- a leave purchase row (no dates entered): the member contributions on the current pay for the time
  bought, no interest (labelled: enter the leave with its dates for the handbook's cost).
- prior military service (up to 5 years): "actuarial cost": the value at retirement of the benefit with
  the purchase less the value of the path the member would take without it (the same benefit at a lower
  amount, a deferred benefit from the first date the service without the purchase allows, or a refund
  of contributions, whichever is worth more), discounted to the cost date at the assumed rate.

What it buys: the monthly increase (unmodified benefit with minus without the purchase), the age by
which the extra payments repay the cost, and the earliest eligible date with and without it.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from scers_desktop.engine.calendar import ONE_DAY, anniversary, years_between
from scers_desktop.engine.model import EmploymentPeriod, Purchase, PurchaseKind
from scers_desktop.engine.money import compound

ZERO = Decimal(0)


@dataclass(frozen=True)
class PurchaseCost:
    """The decision numbers for one purchase (a purchase row, or a leave ticked Bought back:
    ``leave_number`` is then its place in the leaves, from 1)."""

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
    leave_number: int | None = None


@dataclass(frozen=True)
class WithoutPath:
    """What the member would take without an actuarial-cost purchase, valued at the retirement date."""

    value: Decimal
    words: str
    #: A deferred benefit without the purchase: (months from retirement, monthly amount).
    deferred: tuple[int, Decimal] | None = None


Priced = tuple[Decimal | None, str, str | None]


def redeposit_cost(purchase: Purchase, as_of: date, assumed_return: Decimal) -> Priced:
    """(cost, how, missing) of a redeposit: the withdrawn amount with the assumed rate from withdrawal."""
    if purchase.withdrawn_amount is None or purchase.withdrawal_date is None:
        return None, "", "needs the amount withdrawn and the withdrawal date"
    years = max(ZERO, years_between(purchase.withdrawal_date, as_of))
    cost = purchase.withdrawn_amount * compound(assumed_return, years)
    return cost, f"withdrawn amount with {assumed_return * 100:.2f}% interest a year for {years:.1f} years", None


def leave_buyback_cost(
    months: Decimal,
    pay_at_leave: Decimal | None,
    member_rate: Decimal,
    leave_end: date,
    as_of: date,
    assumed_return: Decimal,
) -> Priced:
    """(cost, how, missing) of a leave ticked Bought back: member rate x the pay at the time of the leave
    x the ``months`` of the leave, with the assumed rate compounded from the day after the leave to
    ``as_of``. The pay entered is what was paid (part-time pay for a part-time job), so the months are
    calendar months (days / 365 x 12), not weighted again by FTE."""
    if pay_at_leave is None:
        return None, "", "needs your pay at the time of the leave"
    contributions = member_rate * pay_at_leave * months
    years = max(ZERO, years_between(leave_end + ONE_DAY, as_of))
    how = (
        f"{member_rate * 100:.2f}% member contributions on your pay at the time of the leave "
        f"(${pay_at_leave:,.2f} a month) for {months:.2f} months, with {assumed_return * 100:.2f}% interest a year "
        f"for {years:.1f} years since the leave; the cost grows the longer you wait"
    )
    return contributions * compound(assumed_return, years), how, None


def leave_row_cost(purchase: Purchase, member_rate: Decimal, current_pay: Decimal | None) -> Priced:
    """(cost, how, missing) of a leave purchase row, whose dates are not entered: member contributions on
    the current pay for the time bought (labelled; the handbook's cost needs the leave's dates)."""
    if current_pay is None:
        return None, "", "needs your pay"
    cost = member_rate * current_pay * 12 * purchase.service_years
    how = (
        f"{member_rate * 100:.2f}% member contributions on current pay for the time bought; SCERS bills the pay "
        "at the time of the leave plus interest: enter the leave with its dates and tick Bought back for that cost"
    )
    return cost, how, None


def actuarial_cost(
    value_with: Decimal | None,
    without: WithoutPath | None,
    as_of: date,
    retirement: date,
    assumed_return: Decimal,
) -> Priced:
    """(cost, how, missing) of an actuarial-cost purchase: the difference in value at retirement between
    the path with it and the path without it, discounted to ``as_of`` at the assumed rate."""
    if value_with is None or without is None:
        return None, "", "is priced once you are eligible to retire"
    years = max(ZERO, years_between(as_of, retirement))
    cost = max(ZERO, value_with - without.value) / compound(assumed_return, years)
    how = (
        "value of the benefit for life with the purchase, less the value of what you would take without it "
        f"({without.words}) (actuarial cost, estimated)"
    )
    return cost, how, None


def late_redeposit(
    purchase: Purchase, employment: tuple[EmploymentPeriod, ...], paid_on: date, grace_years: int
) -> date | None:
    """The rehire date when a redeposit is paid more than ``grace_years`` after it (Handbook 2023: "two (2)
    years from your rehire date"; later, the greater of the assumed and the actual return), else None.
    The rehire is the first employment period starting after the withdrawal."""
    if purchase.kind is not PurchaseKind.REDEPOSIT or purchase.withdrawal_date is None:
        return None
    withdrawn = purchase.withdrawal_date
    rehired = min((p.start for p in employment if p.start > withdrawn), default=None)
    if rehired is None or paid_on <= anniversary(rehired, grace_years):
        return None
    return rehired


def payback_age(
    cost: Decimal | None,
    monthly_increase: Decimal | None,
    age_at_retirement: Decimal,
    deferred: tuple[int, Decimal] | None = None,
) -> Decimal | None:
    """The age by which the extra monthly benefit adds up to the cost (no interest, no COLA).

    ``deferred`` (months from retirement, monthly amount): the benefit the member would have had without
    the purchase from a later date; from then on the purchase adds only the difference."""
    if cost is None or not monthly_increase or monthly_increase <= 0:
        return None
    if deferred is None or cost <= monthly_increase * deferred[0]:
        return age_at_retirement + cost / monthly_increase / 12
    months, later = deferred
    after = monthly_increase - later
    if after <= 0:
        return None
    return age_at_retirement + (Decimal(months) + (cost - monthly_increase * months) / after) / 12
