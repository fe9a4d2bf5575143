"""Credited service and final average salary derived from a history (Handbook 2023, 2011)."""

from datetime import date
from decimal import Decimal

import pytest

from scers_desktop.engine import estimate
from scers_desktop.engine.calendar import leap_days_between, service_days
from scers_desktop.engine.money import to_cents
from scers_desktop.present import messages
from tests.helpers import TODAY, history_scenario

FULL_TIME_FROM_2000 = [{"start": "2000-07-01", "end": None, "fte": 1}]


def test_february_29_earns_no_service() -> None:
    # 2024 is a leap year: 366 calendar days but 365 service days, exactly one year.
    assert service_days(date(2024, 1, 1), date(2024, 12, 31)) == 365


def test_full_time_thirty_years_is_exactly_thirty() -> None:
    # 2000-07-01 .. 2030-06-30 is 30 service years: leap days are not counted.
    result = estimate(history_scenario(), as_of=TODAY)
    assert result.service.total_years == Decimal(30)


def test_part_time_is_prorated_by_fte() -> None:
    result = estimate(
        history_scenario(
            employment=[
                {"start": "2000-07-01", "end": "2010-06-30", "fte": 0.5},
                {"start": "2010-07-01", "end": None, "fte": 1},
            ]
        ),
        as_of=TODAY,
    )
    # 10 years at half time (5) + 20 years full time.
    assert result.service.total_years == Decimal(25)


def test_unpaid_leave_earns_nothing() -> None:
    # 2005-03-01 .. 2005-05-29 is 90 days = 90/365 years taken out.
    result = estimate(
        history_scenario(leaves=[{"start": "2005-03-01", "end": "2005-05-29", "kind": "unpaid", "purchased": False}]),
        as_of=TODAY,
    )
    assert result.service.leave_years_not_credited == Decimal(90) / 365
    assert result.service.total_years == 30 - Decimal(90) / 365
    assert any("leave earn no service" in w for w in messages.warnings(result))


def test_unpaid_leave_in_part_time_work_removes_part_time_days() -> None:
    result = estimate(
        history_scenario(
            employment=[{"start": "2000-07-01", "end": None, "fte": 0.5}],
            leaves=[{"start": "2005-03-01", "end": "2005-05-29", "kind": "medical", "purchased": False}],
        ),
        as_of=TODAY,
    )
    assert result.service.leave_years_not_credited == Decimal(45) / 365


def test_purchased_leave_keeps_its_credit() -> None:
    result = estimate(
        history_scenario(leaves=[{"start": "2005-03-01", "end": "2005-05-29", "kind": "fmla", "purchased": True}]),
        as_of=TODAY,
    )
    assert result.service.total_years == Decimal(30)
    assert result.service.purchased_leave_years == Decimal(90) / 365


def test_redeposit_adds_the_years_bought() -> None:
    purchase = {
        "kind": "redeposit",
        "service_years": 2.25,
        "withdrawn_amount": 8400,
        "withdrawal_date": "1998-05-01",
        "repaid_date": "2027-01-15",
    }
    result = estimate(history_scenario(purchases=[purchase]), as_of=TODAY)
    assert result.service.total_years == Decimal("32.25")
    assert result.service.purchase_years == Decimal("2.25")


def test_buyback_paid_after_leaving_is_flagged() -> None:
    purchase = {"kind": "leave", "service_years": 1, "repaid_date": "2031-01-01"}
    result = estimate(history_scenario(purchases=[purchase]), as_of=TODAY)
    assert any("while you are still employed" in w for w in messages.warnings(result))


def test_final_average_salary_is_the_highest_24_consecutive_months_plan_1() -> None:
    # A raise to $7,200 on 2029-07-01 sits inside the last 24 months (2028-07 .. 2030-06):
    # 12 months at $6,000 and 12 at $7,200 average $6,600.
    salary = {"history": [{"from": "2000-07-01", "monthly": 6000}, {"from": "2029-07-01", "monthly": 7200}]}
    result = estimate(history_scenario(salary=salary), as_of=TODAY)
    assert result.fas is not None
    assert result.fas.monthly == Decimal(6600)
    assert result.fas.months_used == 24
    assert result.fas.window_start == date(2028, 7, 31)


def test_projected_raise_after_the_last_entry() -> None:
    # $6,000 from 2026-07-01 growing 3% a year on each anniversary: the last 24 months
    # (2028-07 .. 2030-06) are 12 at 6000 x 1.03^2 and 12 at 6000 x 1.03^3.
    salary = {"history": [{"from": "2026-07-01", "monthly": 6000}], "growth_rate": 0.03}
    result = estimate(history_scenario(salary=salary), as_of=TODAY)
    expected = (Decimal(6000) * Decimal("1.03") ** 2 + Decimal(6000) * Decimal("1.03") ** 3) / 2
    assert result.fas is not None
    assert to_cents(result.fas.monthly) == to_cents(expected)
    assert any("grow 3.00% a year" in w for w in messages.warnings(result))


def test_pay_before_the_first_entry_is_backfilled_with_a_warning() -> None:
    salary = {"history": [{"from": "2030-01-01", "monthly": 8000}]}
    result = estimate(history_scenario(salary=salary), as_of=TODAY)
    assert result.fas is not None
    assert result.fas.monthly == Decimal(8000)
    assert any("taken to be the same" in w for w in messages.warnings(result))


def test_plan_2_uses_60_months_consecutive_by_default_and_any_as_a_setting() -> None:
    # Two high-paid years more than five years apart (2017 and 2029): 'any' averages both,
    # 'consecutive' can hold only one of them in a 60-month run.
    salary = {
        "history": [
            {"from": "2017-01-01", "monthly": 9000},
            {"from": "2018-01-01", "monthly": 5000},
            {"from": "2029-01-01", "monthly": 9000},
            {"from": "2030-01-01", "monthly": 5000},
        ]
    }
    base = {
        "member": {"birth_date": "1968-04-12", "plan": "2"},
        "employment": [{"start": "2017-01-01", "end": None, "fte": 1}],
        "salary": salary,
    }
    consecutive = estimate(history_scenario(**base), as_of=TODAY)
    anywhere = estimate(history_scenario(**base, assumptions={"plan2_fas_window": "any"}), as_of=TODAY)
    assert consecutive.fas is not None and anywhere.fas is not None
    assert consecutive.fas.months_required == 60
    assert consecutive.fas.monthly == (12 * Decimal(9000) + 48 * Decimal(5000)) / 60
    assert anywhere.fas.monthly == (24 * Decimal(9000) + 36 * Decimal(5000)) / 60


def test_unpaid_leave_months_are_skipped_in_the_fas_window() -> None:
    salary = {"history": [{"from": "2000-07-01", "monthly": 6000}, {"from": "2029-07-01", "monthly": 7200}]}
    leave = {"start": "2029-01-01", "end": "2029-06-30", "kind": "unpaid", "purchased": False}
    result = estimate(history_scenario(salary=salary, leaves=[leave]), as_of=TODAY)
    # 24 months of service: 2028-01 .. 2028-12 (12 x 6000) then 2029-07 .. 2030-06 (12 x 7200).
    assert result.fas is not None
    assert result.fas.monthly == Decimal(6600)
    assert result.fas.window_start == date(2028, 1, 31)


@pytest.mark.parametrize(("plan", "expected"), [("1", "1"), ("2", "2")])
def test_plan_follows_the_membership_date_when_not_given(plan: str, expected: str) -> None:
    membership = "2010-01-01" if plan == "1" else "2018-01-01"
    result = estimate(history_scenario(member={"birth_date": "1968-04-12", "membership_date": membership}), as_of=TODAY)
    assert result.plan.code == expected


def test_leap_days_are_counted_exactly_across_centuries() -> None:
    # 1900 is not a leap year, 2000 is; the ends count only when Feb 29 lies inside the range.
    assert leap_days_between(date(1896, 1, 1), date(2004, 12, 31)) == 27
    assert leap_days_between(date(2024, 3, 1), date(2028, 2, 28)) == 0
    assert leap_days_between(date(2024, 2, 29), date(2028, 2, 29)) == 2
