"""Golden cases: contributions left in SCERS keep earning interest after the member leaves City service.

Handbook 2023 p. 9 ('Becoming Vested'): a vested member who leaves "will continue to accrue interest at
the Board-approved applicable rate per annum"; the Handbook 2011 annuity is on contributions "at the time
of retirement". A member who is not vested "will cease earning interest on these funds two years from
your date of separation" ('Leaving City Service Without Five (5) Years of Service'). Interest is 5.75% a
year through 2011 (Handbook 2023 'Credited Interest Rate'; plan-rules.md §3), so the figures follow by hand:

- Plan 1, left 2005-12-31 with 8 years (vested) and $50,000.00, pension from 2012-01-01: interest for
  2006-2011, six years: 50,000.00 x 1.0575^6 = 69,928.19 (was 50,000.00, interest stopping at separation).
  Plan 1 pays the greater of the formula and the "two times match" annuity, which is in proportion to the
  balance: on 50,000.00 it was 624.57 a month (this engine's annuity basis), so on 69,928.19 it is
  624.57 x 1.0575^6 = 873.50, which beats the formula (8 years x 1.82% x 5,000.00 = 728.00, Appendix A).
- Plan 1, left 2005-12-31 with 4 years (not vested) and $10,000.00: interest for 2006 and 2007, two years
  from separation and no more, whatever the later date: 10,000.00 x 1.0575^2 = 11,183.06 (was 10,000.00).
"""

from decimal import Decimal

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.money import to_cents
from tests.helpers import TODAY

LEFT = "2005-12-31"


def _left_member(years: int, balance: str, retirement: str = "2012-01-01") -> dict[str, object]:
    start = f"{2006 - years}-01-01"
    return {
        "format": "scers-scenario/1",
        "member": {"birth_date": "1950-01-01", "plan": "1"},
        "retirement": {"date": retirement, "separation_date": LEFT},
        "employment": [{"start": start, "end": LEFT, "fte": 1}],
        "salary": {"history": [{"from": start, "monthly": 5000}]},
        "contributions": {"balance": balance, "as_of": LEFT},
    }


def test_a_vested_member_earns_interest_until_the_pension_starts() -> None:
    result = estimate(parse_scenario(_left_member(8, "50000.00"), today=TODAY), as_of=TODAY)
    assert result.service.total_years == 8
    assert result.eligible
    assert result.refund is not None and to_cents(result.refund) == Decimal("69928.19")
    assert result.unmodified_from_annuity
    assert to_cents(result.unmodified_monthly) == Decimal("873.50")


def test_a_member_not_vested_earns_interest_for_two_years_after_leaving() -> None:
    for retirement in ("2012-01-01", "2020-01-01"):
        result = estimate(parse_scenario(_left_member(4, "10000.00", retirement), today=TODAY), as_of=TODAY)
        assert not result.eligible
        assert result.refund is not None and to_cents(result.refund) == Decimal("11183.06"), retirement
