"""Golden cases: service counts from the SCERS membership date, not the hire date.

Handbook 2023 p. 7 ('Exempt Employee'): enrolment in an exempt position is optional; "Your membership
date will correspond to when your Membership Application is submitted to SCERS, which is not
necessarily your hire date. Membership is not retroactive". Handbook 2011 ('Retirement Service
Calculation Method'): service is "the amount of years and days between the Retirement System
membership date and the date you retire"; time before it is added only when it was purchased.
Plan 1 factors from Handbook 2023 Appendix A. Worked by hand:

- An exempt employee hired 2005-01-01 who joined SCERS on 2010-01-01, born 1965-01-01, retiring on
  2030-01-01 (age 65, last day 2029-12-31) on a flat $7,000.00 a month: service is 2010-01-01 through
  2029-12-31, 7,305 days less five February 29s = 7,300 days = 20 years; row 20 at 65 is 2.00%, so
  20 x 2.00% x 7,000.00 = $2,800.00 a month. Counted from the hire date it would be 25 years x 2.00% x
  7,000.00 = $3,500.00: the old figure.
- The same hire and membership dates for a member born 1952-01-01 retiring 2014-01-01 (age 62): 4 years
  of membership, short of the 5 years any service retirement needs, so not eligible; from the hire
  date it would be 9 years and eligible (5-9 years at 62).
- Without a membership date the first employment period is taken as the membership date (every file
  written before this field governed service keeps its numbers).
"""

from decimal import Decimal
from typing import Any

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.findings import Code
from scers_desktop.engine.money import to_cents
from tests.helpers import TODAY


def _exempt_hire(birth: str, retirement: str, joined: str | None) -> dict[str, Any]:
    member: dict[str, Any] = {"birth_date": birth, "plan": "1"}
    if joined is not None:
        member["membership_date"] = joined
    return {
        "format": "scers-scenario/1",
        "member": member,
        "retirement": {"date": retirement},
        "employment": [{"start": "2005-01-01", "end": None, "fte": 1}],
        "salary": {"history": [{"from": "2005-01-01", "monthly": "7000.00"}], "growth_rate": 0},
    }


def test_service_counts_from_the_membership_date() -> None:
    result = estimate(parse_scenario(_exempt_hire("1965-01-01", "2030-01-01", "2010-01-01"), today=TODAY), as_of=TODAY)
    assert result.service.total_years == 20
    assert result.factor is not None and result.factor.factor_percent == Decimal("2.00")
    assert to_cents(result.unmodified_monthly) == Decimal("2800.00")
    before = next(w for w in result.warnings if w.code is Code.SERVICE_BEFORE_MEMBERSHIP)
    assert before["years"] == 5


def test_without_a_membership_date_service_counts_from_the_first_period() -> None:
    result = estimate(parse_scenario(_exempt_hire("1965-01-01", "2030-01-01", None), today=TODAY), as_of=TODAY)
    assert result.service.total_years == 25
    assert to_cents(result.unmodified_monthly) == Decimal("3500.00")
    assert all(w.code is not Code.SERVICE_BEFORE_MEMBERSHIP for w in result.warnings)


def test_years_before_membership_do_not_make_a_member_eligible() -> None:
    joined = estimate(parse_scenario(_exempt_hire("1952-01-01", "2014-01-01", "2010-01-01"), today=TODAY), as_of=TODAY)
    assert joined.service.total_years == 4
    assert not joined.eligible
    hired = estimate(parse_scenario(_exempt_hire("1952-01-01", "2014-01-01", None), today=TODAY), as_of=TODAY)
    assert hired.service.total_years == 9
    assert hired.eligible


def test_purchased_service_is_added_to_the_service_from_membership() -> None:
    raw = _exempt_hire("1965-01-01", "2030-01-01", "2010-01-01")
    raw["purchases"] = [{"kind": "military_prior", "service_years": 2}]
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY, details=False)
    assert result.service.total_years == 22
