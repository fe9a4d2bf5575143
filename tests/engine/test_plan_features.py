"""COLA, service purchases, portability, disability, death before retirement, refunds and net pay."""

from datetime import date
from decimal import Decimal

import pytest

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.cola import break_even_age, catch_up_age, cola_projection
from scers_desktop.engine.money import to_cents
from scers_desktop.engine.net_pay import monthly_withholding, simplified_method_payments
from scers_desktop.engine.social_security import full_retirement_age, social_security_date
from scers_desktop.present import messages
from tests.helpers import TODAY, birth_for_age, history_scenario, quick_scenario


def test_cola_compounds_1_5_percent_each_november_after_a_year_in_pay() -> None:
    rows = cola_projection(
        Decimal(3000),
        date(2030, 7, 1),
        date(1970, 7, 1),
        4,
        Decimal("0.015"),
        Decimal("0.65"),
        Decimal("0.025"),
        "november_after_12_months",
    )
    # First COLA: November 2031 (the first November at least 12 months after July 2030).
    assert [r.start for r in rows] == [date(2030, 7, 1), date(2031, 11, 1), date(2032, 11, 1), date(2033, 11, 1)]
    assert rows[1].monthly == Decimal(3000) * Decimal("1.015")
    assert rows[3].monthly == Decimal(3000) * Decimal("1.015") ** 3
    # 16 months at the first amount (July 2030 to October 2031).
    assert rows[0].paid_this_year == Decimal(3000) * 16


def test_the_65_percent_purchasing_power_floor_takes_over_under_high_inflation() -> None:
    rows = cola_projection(
        Decimal(1000),
        date(2030, 1, 1),
        date(1965, 1, 1),
        30,
        Decimal("0.015"),
        Decimal("0.65"),
        Decimal("0.06"),
        "november_after_12_months",
    )
    later = rows[-1]
    assert later.from_floor
    assert later.monthly == Decimal("0.65") * 1000 * Decimal("1.06") ** (later.start.year - 2030)


def test_break_even_between_retiring_at_60_and_at_62() -> None:
    # One member (born 1968-04-12, full time since 2008) retiring at 60 or two years later at 62.
    history = {"employment": [{"start": "2008-05-01", "end": None, "fte": 1}]}
    early = estimate(history_scenario(**history, retirement={"date": "2028-05-01"}), as_of=TODAY)
    late = estimate(history_scenario(**history, retirement={"date": "2030-05-01"}), as_of=TODAY)
    assert late.unmodified_monthly is not None and early.unmodified_monthly is not None
    assert late.unmodified_monthly > early.unmodified_monthly
    age = break_even_age(early.cola, late.cola)
    assert age is not None and 62 < age < 95


def test_estimates_carry_thirty_years_of_cola() -> None:
    result = estimate(quick_scenario("1", 60, "25", "6000"), as_of=TODAY)
    assert len(result.cola) == 30
    assert result.cola[0].monthly == result.unmodified_monthly


def test_redeposit_cost_is_the_withdrawal_with_assumed_interest() -> None:
    purchase = {
        "kind": "redeposit",
        "service_years": 3,
        "withdrawn_amount": 10000,
        "withdrawal_date": "2015-07-01",
        "repaid_date": "2025-07-01",
    }
    twenty_years = [{"start": "2010-07-01", "end": None, "fte": 1}]
    result = estimate(history_scenario(employment=twenty_years, purchases=[purchase]), as_of=TODAY)
    [cost] = result.purchases
    # 10 years at 6.75%: 10,000 x 1.0675^10 = 19,216.70 (Handbook 2023: the assumed rate, 6.75%).
    assert cost.cost is not None and to_cents(cost.cost) == Decimal("19216.70")
    assert cost.monthly_increase is not None and cost.monthly_increase > 0
    assert cost.payback_age is not None and cost.payback_age > result.age.exact_years


def test_a_buyback_past_the_60_percent_cap_buys_nothing_and_says_so() -> None:
    result = estimate(history_scenario(purchases=[{"kind": "leave", "service_years": 1}]), as_of=TODAY)
    [cost] = result.purchases
    assert cost.monthly_increase == 0
    assert cost.note is not None and "60%" in cost.note


def test_a_buyback_that_makes_the_member_eligible_sooner_shows_both_dates() -> None:
    scenario = history_scenario(
        employment=[{"start": "2018-07-01", "end": None, "fte": 1}],
        salary={"history": [{"from": "2018-07-01", "monthly": 6000}]},
        purchases=[{"kind": "military_prior", "service_years": 5}],
    )
    [cost] = estimate(scenario, as_of=TODAY).purchases
    assert cost.earliest_eligible_with is not None and cost.earliest_eligible_without is not None
    assert cost.earliest_eligible_with < cost.earliest_eligible_without
    assert cost.cost is not None and cost.cost > 0


def test_leave_purchase_cost_is_member_contributions_on_current_pay() -> None:
    result = estimate(
        quick_scenario("1", 60, "25", "6000", purchases=[{"kind": "leave", "service_years": 0.5}]), as_of=TODAY
    )
    [cost] = result.purchases
    # 10.03% x $6,000 x 6 months = $3,610.80
    assert cost.cost is not None and to_cents(cost.cost) == Decimal("3610.80")


def test_portability_combines_service_for_the_factor_and_pays_on_scers_service() -> None:
    alone = estimate(quick_scenario("1", 55, "15", "6000"), as_of=TODAY)
    assert not alone.eligible  # 15 years needs age 57
    portable = estimate(
        quick_scenario(
            "1", 55, "15", "6000", portability={"system": "PERS 2", "service_years": 10, "base_salary_monthly": 7000}
        ),
        as_of=TODAY,
    )
    assert portable.eligible
    assert portable.factor_service_years == 25
    assert portable.factor is not None and portable.factor.factor_percent == Decimal("2.00")
    # Pays on SCERS service (15 years) at 2.00%, on the higher base salary ($7,000): 30% x 7,000.
    assert portable.unmodified_monthly == Decimal(2100)
    assert any("Portability Claim Form" in w for w in messages.warnings(portable))


def test_disability_benefit_tops_up_to_one_third_and_has_a_minimum() -> None:
    raw = {
        "format": "scers-scenario/1",
        "estimate_type": "disability",
        "member": {"birth_date": birth_for_age(45).isoformat(), "plan": "1"},
        "retirement": {"date": "2030-07-01"},
        "quick": {"service_years": 12, "final_average_salary_monthly": 6000},
    }
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert result.disability is not None
    # 1.5% x 12 = 18%; top-up 1.5% a year for 17 years to 62 (25.5%) is limited to reach one-third.
    assert result.disability.percent_of_fas == Decimal(100) / 3
    assert to_cents(result.unmodified_monthly or Decimal(0)) == Decimal("2000.00")
    short = dict(raw, quick={"service_years": 8, "final_average_salary_monthly": 6000})
    assert not estimate(parse_scenario(short, today=TODAY), as_of=TODAY).eligible
    on_the_job = dict(short, disability={"on_the_job": True})
    assert estimate(parse_scenario(on_the_job, today=TODAY), as_of=TODAY).eligible


def test_death_before_retirement_pays_the_spouse_option_e_or_a_refund() -> None:
    raw = {
        "format": "scers-scenario/1",
        "estimate_type": "death_before_retirement",
        "member": {"birth_date": birth_for_age(50).isoformat(), "plan": "1"},
        "retirement": {"date": "2030-07-01"},
        "quick": {"service_years": 15, "final_average_salary_monthly": 6000},
        "contributions": {"balance": 90000, "as_of": "2030-06-30"},
        "beneficiary": {"birth_date": birth_for_age(48).isoformat(), "relationship": "spouse"},
    }
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    survivor = result.option("E")
    assert survivor is not None and survivor.survivor_monthly is not None and survivor.survivor_monthly > 0
    cash = result.option("E+G50")
    assert cash is not None and cash.lump_sum == Decimal(45000)
    assert cash.survivor_monthly is not None and cash.survivor_monthly < survivor.survivor_monthly
    no_partner = estimate(
        parse_scenario({k: v for k, v in raw.items() if k != "beneficiary"}, today=TODAY), as_of=TODAY
    )
    assert not no_partner.eligible  # no monthly benefit for anyone: a refund to the beneficiary or estate
    assert "refund" in (messages.reason(no_partner) or "")
    assert no_partner.refund == Decimal(90000)
    short = dict(raw, quick={"service_years": 8, "final_average_salary_monthly": 6000})
    refund = estimate(parse_scenario(short, today=TODAY), as_of=TODAY)
    assert not refund.eligible
    assert "refund" in (messages.reason(refund) or "")
    assert refund.refund == Decimal(90000)


@pytest.mark.parametrize(
    ("monthly", "status", "expected"),
    [
        # Single: 4,000 x 12 - 8,600 = 39,400; 1,240 + 12% x (39,400 - 19,900) = 3,580; / 12 = 298.33
        ("4000", "single", "298.33"),
        # Married jointly: 6,000 x 12 - 12,900 = 59,100; 2,480 + 12% x 15,000 = 4,280; / 12 = 356.67
        ("6000", "married_jointly", "356.67"),
        # Below the first bracket: nothing withheld.
        ("1000", "single", "0.00"),
    ],
)
def test_federal_withholding_follows_pub_15t_2026(monthly: str, status: str, expected: str) -> None:
    assert to_cents(monthly_withholding(Decimal(monthly), status)) == Decimal(expected)


def test_net_pay_defaults_to_single_and_takes_deductions() -> None:
    result = estimate(
        quick_scenario("1", 60, "25", "8000", net_pay={"medical_monthly": 450, "dental_monthly": 40}), as_of=TODAY
    )
    pay = result.net_pay
    assert pay is not None and pay.filing_status == "single"
    assert pay.net == pay.gross - pay.federal_withholding - Decimal(450) - Decimal(40)


def test_simplified_method_tables() -> None:
    assert simplified_method_payments(55, None) == 360
    assert simplified_method_payments(62, None) == 260
    assert simplified_method_payments(62, 60) == 310  # combined ages 122: Table 2, 121-130
    assert simplified_method_payments(75, None) == 160


def test_full_retirement_age_and_the_first_of_the_month_rule() -> None:
    assert full_retirement_age(date(1958, 6, 15)) == (66, 8)
    assert full_retirement_age(date(1960, 1, 1)) == (66, 10)  # January 1: the previous year
    assert social_security_date(date(1966, 5, 20), "full_retirement_age") == date(2033, 5, 20)
    assert social_security_date(date(1966, 5, 1), "full_retirement_age") == date(2033, 4, 30)
    assert social_security_date(date(1966, 5, 20), "62") == date(2028, 5, 20)


def test_a_pension_starting_on_february_29_gets_its_first_cola_the_next_november() -> None:
    rows = cola_projection(
        Decimal(1000),
        date(2032, 2, 29),
        date(1967, 1, 1),
        2,
        Decimal("0.015"),
        Decimal("0.65"),
        Decimal("0.025"),
        "november_after_12_months",
    )
    assert rows[1].start == date(2033, 11, 1)


def test_catch_up_age_takes_the_streams_in_either_order() -> None:
    history = {"employment": [{"start": "2008-05-01", "end": None, "fte": 1}]}
    early = estimate(history_scenario(**history, retirement={"date": "2028-05-01"}), as_of=TODAY).cola
    late = estimate(history_scenario(**history, retirement={"date": "2030-05-01"}), as_of=TODAY).cola
    assert catch_up_age(early, late) == catch_up_age(late, early) == break_even_age(early, late)
    assert catch_up_age(early, early) is None
