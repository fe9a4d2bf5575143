"""The member's contribution balance, projected from the statement to the day interest stops.

Rules (plan-rules.md §3): interest is credited at 5.75% a year through 2011 and at a yearly rate set
by the Board after that (Handbook 2023 'Credited Interest Rate'). SCERS publishes no yearly rates, so
2012-2026 use the labelled proxy in ``plan_rules.toml`` and later years the setting
``future_credited_interest_rate``. Each month the balance earns one twelfth of a year's interest
(compounded: (1 + r)^(1/12)), then the month's contribution is added at the member rate
(Handbook 2023 App. C: 10.03% Plan 1, 7.00% Plan 2) on that month's pay.

Interest does not stop when the member leaves City service (Handbook 2023 'Becoming Vested' and
'Leaving City Service Without Five Years of Service'): a vested member's money left in SCERS "will
continue to accrue interest" until the pension starts (Handbook 2011: contributions "at the time of
retirement"); a member who is not vested "will cease earning interest on these funds two years from
your date of separation". :func:`interest_until` gives that day.

"5.75% on contributions made on or before December 31, 2011" has two readings (plan-rules.md §3.1,
setting ``pre_2012_interest``, issue 15): every balance earns 5.75% through 2011 and the Board's rate
after (the default), or the part from contributions made by 2011 keeps 5.75% for good (``kept``). With
``kept`` and a statement dated after 2011 that part is not on the statement: it is estimated from the
pay history (the member rate on each month's pay through 2011, with 5.75% interest, at most the
statement's balance) by :func:`pre_2012_part`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from scers_desktop.engine.calendar import anniversary
from scers_desktop.engine.money import compound
from scers_desktop.engine.plan_data import RulesData
from scers_desktop.engine.salary import PayMonth

TWELFTH = Decimal(1) / Decimal(12)


@dataclass(frozen=True)
class ProjectedBalance:
    """The balance on the day interest stops and how it grew from the statement."""

    statement_balance: Decimal
    statement_date: date
    until: date
    balance: Decimal
    contributions_added: Decimal
    interest_added: Decimal
    proxy_years: tuple[int, ...]
    future_rate_years: tuple[int, ...]
    #: With the ``kept`` reading: the part of ``balance`` from contributions made by 2011 (else None).
    pre_2012_part: Decimal | None = None


def credited_rate(year: int, rules: RulesData, future_rate: Decimal) -> tuple[Decimal, str]:
    """The yearly credited interest rate and where it comes from: 'sourced', 'proxy' or 'future'."""
    if year <= 2011:
        return rules.interest_through_2011, "sourced"
    if year in rules.interest_proxy_by_year:
        return rules.interest_proxy_by_year[year], "proxy"
    return future_rate, "future"


def interest_until(separation: date, retirement: date, vested: bool) -> date:
    """The last day of interest for a pension (or refund) starting on ``retirement``: the day before it
    for a vested member, at most two years from separation for one who is not."""
    last = retirement - timedelta(days=1)
    return last if vested else min(last, anniversary(separation, 2))


#: The last year of the 5.75% rate for everyone (Handbook 2023 'Credited Interest Rate').
LAST_FIXED_RATE_YEAR = 2011


def pre_2012_part(
    statement_balance: Decimal, statement_date: date, months: Sequence[PayMonth], member_rate: Decimal, rate: Decimal
) -> Decimal:
    """The part of a balance on ``statement_date`` from contributions made by 2011: the whole balance
    for a statement of 2011 or before, else the member rate on each month's pay through 2011 with
    ``rate`` (5.75%) compounded monthly to the statement, at most the statement's balance."""
    if statement_date.year <= LAST_FIXED_RATE_YEAR:
        return statement_balance
    growth = compound(rate, TWELFTH)
    part = Decimal(0)
    for m in months:
        if m.day.year > LAST_FIXED_RATE_YEAR:
            break
        part = part * growth + member_rate * m.pay
    months_after = (statement_date.year - LAST_FIXED_RATE_YEAR - 1) * 12 + statement_date.month
    return min(part * growth**months_after, statement_balance)


def project_balance(
    statement_balance: Decimal,
    statement_date: date,
    months: Sequence[PayMonth],
    until: date,
    member_rate: Decimal,
    rules: RulesData,
    future_rate: Decimal,
    keep_pre_2012: bool = False,
) -> ProjectedBalance:
    """Grow the statement balance month by month to ``until``, adding contributions on pay (none is
    paid after separation, so the months after it earn interest only). With ``keep_pre_2012`` the part
    from contributions made by 2011 earns 5.75% after 2011 too, the rest the year's rate."""
    pay_by_month = {}
    for m in reversed(months):
        if m.day <= statement_date:
            break
        pay_by_month[m.day.year, m.day.month] = m.pay
    balance, contributed, interest = statement_balance, Decimal(0), Decimal(0)
    proxy: set[int] = set()
    future: set[int] = set()
    monthly_growth: dict[int, Decimal] = {}
    fixed_growth = compound(rules.interest_through_2011, TWELFTH)
    legacy = None
    if keep_pre_2012:
        legacy = pre_2012_part(statement_balance, statement_date, months, member_rate, rules.interest_through_2011)
    year, month = statement_date.year, statement_date.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if (year, month) > (until.year, until.month):
            break
        if year not in monthly_growth:
            rate, source = credited_rate(year, rules, future_rate)
            monthly_growth[year] = compound(rate, TWELFTH)
            if source == "proxy":
                proxy.add(year)
            elif source == "future":
                future.add(year)
        earned = balance * (monthly_growth[year] - 1)
        added = member_rate * pay_by_month.get((year, month), Decimal(0))
        if legacy is not None and year <= LAST_FIXED_RATE_YEAR:
            legacy = legacy * fixed_growth + added
        elif legacy is not None:
            earned = (balance - legacy) * (monthly_growth[year] - 1) + legacy * (fixed_growth - 1)
            legacy *= fixed_growth
        balance += earned + added
        interest += earned
        contributed += added
    return ProjectedBalance(
        statement_balance,
        statement_date,
        until,
        balance,
        contributed,
        interest,
        tuple(sorted(proxy)),
        tuple(sorted(future)),
        legacy,
    )
