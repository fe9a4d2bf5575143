"""The readings of open handbook choices (issue 15): each one switched gives the hand-worked difference,
and the estimate names the reading it used in words.

Worked by hand from the handbook text, not from the engine:
- COLA: "Each November, your monthly retirement benefit will be increased" (Handbook 2023).
- Options A and B: "a lump sum refund of any remaining balance"; payments "until the total payments made
  to you and your beneficiary equals your total contributions/interest" (Handbook 2023).
- "5.75% on contributions made on or before December 31, 2011" (Handbook 2023 'Credited Interest Rate').
"""

from datetime import date
from decimal import Decimal

import pytest

from scers_desktop.engine import ScenarioError, estimate, parse_scenario
from scers_desktop.engine.actuarial import Life
from scers_desktop.engine.assumptions import reading_keys, setting_specs
from scers_desktop.engine.cola import cola_projection
from scers_desktop.engine.option_factors import ValuationBasis, cash_refund_factor, installment_refund_factor
from scers_desktop.present import messages
from scers_desktop.present.summary import READINGS_HEADING, summarize
from tests.helpers import TODAY, history_scenario, quick_scenario

# ----- the first COLA ----------------------------------------------------------------------------


def _cola(reading: str, start: date) -> list[tuple[date, Decimal]]:
    rows = cola_projection(
        Decimal(4800), start, date(1968, 7, 1), 3, Decimal("0.015"), Decimal("0.65"), Decimal("0.025"), reading
    )
    return [(row.start, row.monthly) for row in rows]


def test_each_november_read_literally_pays_the_first_cola_the_first_november() -> None:
    # $4,800 from July 1, 2030: 1.5% makes $4,872.00, then $4,945.08.
    assert _cola("first_november", date(2030, 7, 1)) == [
        (date(2030, 7, 1), Decimal(4800)),
        (date(2030, 11, 1), Decimal("4872.000")),
        (date(2031, 11, 1), Decimal("4945.080000")),
    ]
    # The default waits for a November at least 12 months in pay: a year later.
    assert [start for start, _ in _cola("november_after_12_months", date(2030, 7, 1))] == [
        date(2030, 7, 1),
        date(2031, 11, 1),
        date(2032, 11, 1),
    ]


def test_a_benefit_starting_on_november_1_gets_its_first_cola_a_year_later_in_both_readings() -> None:
    for reading in ("first_november", "november_after_12_months"):
        assert _cola(reading, date(2030, 11, 1))[1][0] == date(2031, 11, 1)


def test_the_first_cola_reading_reaches_the_estimate_and_its_words() -> None:
    case = {"assumptions": {"first_cola": "first_november"}}
    early = estimate(quick_scenario("1", 62, "30", "8000", **case), as_of=TODAY)
    later = estimate(quick_scenario("1", 62, "30", "8000"), as_of=TODAY)
    # 30 years x 2.00% x $8,000 = $4,800.00; four months at it (July-October 2030) instead of sixteen.
    assert early.unmodified_monthly == later.unmodified_monthly == Decimal("4800.00")
    assert early.cola[0].paid_this_year == 4 * Decimal(4800)
    assert later.cola[0].paid_this_year == 16 * Decimal(4800)
    assert early.cola[1].start == date(2030, 11, 1)
    assert any("first November after your benefit starts" in r for r in messages.readings(early))
    assert any("at least 12 months after" in r for r in messages.readings(later))
    assert any("first_cola" not in w and "When the first COLA is paid" in w for w in messages.warnings(early))


# ----- Options A and B: total payments or the annuity part -----------------------------------------

#: A life that dies within two years, evenly: q_98 = 1/2, q_99 = 1 and deaths uniform within each year,
#: so each of the 24 months holds 1/24 of the deaths. With no interest and no COLA, a = 1 + 23/24 + ...
#: + 1/24 = 12.5 months of payments are expected.
EVEN = Life(tuple(0.5 if age == 98 else 1.0 if age == 99 else 0.0 for age in range(121)), 98.0)
FLAT = ValuationBasis(0.0, 0.0)
#: The balance C is 6 months of the unmodified benefit U.
SIX_MONTHS = 6.0


def test_option_a_annuity_part_refunds_the_balance_less_the_annuity_it_bought() -> None:
    # Each payment draws 6 / 12.5 = 0.48 of the balance; dying after j payments refunds 6 - 0.48 j while
    # positive (j <= 12): R = (72 - 0.48 x 78) / 24 = 1.44, and A = 1 - 1.44 / 12.5 = 0.8848.
    assert cash_refund_factor(EVEN, FLAT, SIX_MONTHS, "annuity_part") == pytest.approx(0.8848, abs=1e-9)


def test_option_a_total_payments_refunds_the_balance_less_every_payment() -> None:
    # 12.5 A + (1/24) x sum over j <= 6 of (6 - A j) = 12.5, so 11.625 A = 11 and A = 0.946237 (6 / A < 7).
    assert cash_refund_factor(EVEN, FLAT, SIX_MONTHS, "total_payments") == pytest.approx(11 / 11.625, abs=1e-9)


def test_option_b_total_payments_guarantees_until_the_payments_reach_the_balance() -> None:
    # B N >= 6 first at N = 7 months: B (7 + 6.375) = 12.5, B = 0.934579.
    assert installment_refund_factor(EVEN, FLAT, SIX_MONTHS, "total_payments") == pytest.approx(12.5 / 13.375, abs=1e-9)


def test_option_b_annuity_part_guarantees_until_the_annuity_part_reaches_the_balance() -> None:
    # 0.48 N >= 6 first at N = 13 months: B (13 + 2.75) = 12.5, B = 0.793651.
    assert installment_refund_factor(EVEN, FLAT, SIX_MONTHS, "annuity_part") == pytest.approx(12.5 / 15.75, abs=1e-9)


def test_a_balance_too_large_to_refund_on_total_payments_is_not_a_number() -> None:
    # 100 months of benefit refunded less the payments: worth more than the whole benefit, even at A = 0.
    assert cash_refund_factor(EVEN, FLAT, 100.0, "total_payments") == 0.0


def test_the_refund_readings_move_options_a_and_b_in_the_estimate() -> None:
    fields = {
        "contributions": {"balance": 150000, "as_of": "2025-12-31"},
        "beneficiary": {"birth_date": "1970-01-20", "relationship": "spouse"},
    }
    default = estimate(history_scenario(**fields), as_of=TODAY)
    other = estimate(
        history_scenario(
            **fields, assumptions={"option_a_refund": "total_payments", "option_b_refund": "annuity_part"}
        ),
        as_of=TODAY,
    )

    def amount(result: object, code: str) -> Decimal:
        option = result.option(code)  # type: ignore[attr-defined]
        assert option is not None and option.member_monthly is not None
        return option.member_monthly

    # Counting every payment leaves less to refund (A higher); counting only the annuity part guarantees
    # longer (B lower). The other options do not move.
    assert amount(other, "A") > amount(default, "A")
    assert amount(other, "B") < amount(default, "B")
    assert amount(other, "E") == amount(default, "E")
    assert {"option_a_refund", "option_b_refund"} <= set(default.readings)
    words = messages.readings(other)
    assert any(
        w.startswith("Option A: the refund at your death is your contributions with interest less the total")
        for w in words
    )


# ----- 5.75% on contributions made before 2012 -----------------------------------------------------


def _left_in_2011(**assumptions: str) -> Decimal:
    """A Plan 1 member who left City service at the end of 2011 with $100,000 on the statement of that day,
    and starts the pension on January 1, 2014."""
    scenario = parse_scenario(
        {
            "format": "scers-scenario/1",
            "member": {"birth_date": "1954-06-01", "plan": "1"},
            "retirement": {"date": "2014-01-01", "separation_date": "2011-12-31"},
            "employment": [{"start": "1990-01-01", "end": "2011-12-31", "fte": 1}],
            "salary": {"history": [{"from": "1990-01-01", "monthly": 5000}]},
            "contributions": {"balance": 100000, "as_of": "2011-12-31"},
            "assumptions": assumptions,
        },
        today=TODAY,
    )
    result = estimate(scenario, as_of=TODAY)
    assert "pre_2012_interest" in result.readings
    assert result.refund is not None
    return result.refund


def test_5_75_percent_kept_on_pre_2012_contributions() -> None:
    # Kept: $100,000 x 1.0575^2 = $111,830.63 on December 31, 2013.
    assert _left_in_2011(pre_2012_interest="kept") == pytest.approx(Decimal("111830.63"), abs=Decimal("0.01"))


def test_5_75_percent_through_2011_then_the_yearly_rate() -> None:
    # Default: 2012 and 2013 at the proxy rates 4.22% and 3.34%: $100,000 x 1.0422 x 1.0334 = $107,700.95.
    assert _left_in_2011() == pytest.approx(Decimal("107700.95"), abs=Decimal("0.01"))


def test_with_a_later_statement_the_pre_2012_part_is_estimated_from_the_pay_history() -> None:
    fields = {"contributions": {"balance": 150000, "as_of": "2025-12-31"}}
    default = estimate(history_scenario(**fields), as_of=TODAY)
    kept = estimate(history_scenario(**fields, assumptions={"pre_2012_interest": "kept"}), as_of=TODAY)
    assert default.balance is not None and kept.balance is not None
    assert default.balance.pre_2012_part is None
    part = kept.balance.pre_2012_part
    assert part is not None and Decimal(0) < part < kept.balance.balance
    # 2026-2030 at 4.53% for all of it, or 5.75% on the older part: kept earns more.
    assert kept.balance.balance > default.balance.balance


def test_a_member_who_joined_after_2011_has_no_pre_2012_reading() -> None:
    result = estimate(
        history_scenario(
            employment=[{"start": "2013-01-01", "end": None, "fte": 1}],
            salary={"history": [{"from": "2013-01-01", "monthly": 6000}]},
            contributions={"balance": 90000, "as_of": "2025-12-31"},
        ),
        as_of=TODAY,
    )
    assert "pre_2012_interest" not in result.readings


# ----- the $2,000 death benefit and Plan 2's 130 pay periods: named -------------------------------


def test_the_death_benefit_payee_is_named_both_ways() -> None:
    named = estimate(quick_scenario("1", 62, "30", "8000"), as_of=TODAY)
    spouse = estimate(
        quick_scenario("1", 62, "30", "8000", assumptions={"death_benefit_payee": "spouse_first"}), as_of=TODAY
    )
    assert named.unmodified_monthly == spouse.unmodified_monthly
    assert any("paid to your named beneficiary" in r for r in messages.readings(named))
    assert any("paid to your current spouse or domestic partner" in r for r in messages.readings(spouse))


def test_plan_2_130_pay_periods_reading_is_named_for_a_pay_history() -> None:
    result = estimate(
        history_scenario(
            member={"birth_date": "1968-04-12", "plan": "2"},
            employment=[{"start": "2017-02-01", "end": None, "fte": 1}],
            salary={"history": [{"from": "2017-02-01", "monthly": 6000}]},
        ),
        as_of=TODAY,
    )
    assert "plan2_fas_window" in result.readings
    assert any("130 pay periods received consecutively" in r for r in messages.readings(result))


def test_the_readings_show_on_the_screen_and_in_the_command_line_text() -> None:
    result = estimate(quick_scenario("1", 62, "30", "8000"), as_of=TODAY)
    summary = summarize(result, None, made_on=TODAY)
    assert READINGS_HEADING in summary.things_to_know
    assert all(reading in summary.things_to_know for reading in summary.readings)
    assert [line for line in summary.lines if line.startswith("  Reading: ")] == [
        f"  Reading: {r}" for r in summary.readings
    ]


def test_a_not_eligible_estimate_names_no_death_benefit_reading() -> None:
    result = estimate(quick_scenario("1", 50, "8", "8000"), as_of=TODAY)
    assert not result.eligible
    assert "death_benefit_payee" not in result.readings


# ----- the settings themselves ---------------------------------------------------------------------


def test_every_reading_has_words_for_each_of_its_values() -> None:
    specs = setting_specs()
    assert set(reading_keys()) == set(messages.READINGS)
    for key in reading_keys():
        assert set(messages.READINGS[key]) == set(specs[key].choices)


@pytest.mark.parametrize(
    ("key", "value"),
    [("first_cola", "each_november"), ("option_a_refund", True), ("pre_2012_interest", 5.75)],
)
def test_a_wrong_reading_value_is_refused_naming_the_key_and_what_is_allowed(key: str, value: object) -> None:
    with pytest.raises(ScenarioError) as caught:
        quick_scenario("1", 62, "30", "8000", assumptions={key: value})
    text = str(caught.value)
    assert f"assumptions.{key}" in text
    assert all(repr(choice) in text for choice in setting_specs()[key].choices)
