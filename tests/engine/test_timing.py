"""Retirement timing (issue 18): the dates worth knowing, worked by hand from the handbook's tables.

Every expected date and amount below comes from plan-rules.md and the factor tables of the Handbook
2023 (Appendix A, Plan 1, tests/cases/appendix_a_plan1_2023.toml; Appendix B, Plan 2,
tests/cases/appendix_b_plan2_2023.toml), not from the engine. Service is days / 365 without
February 29 (Handbook 2023 'Earning Service Credit'); the quick shortcut adds one year a year.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from scers_desktop.engine import load_scenario, parse_scenario
from scers_desktop.engine.calendar import anniversary
from scers_desktop.engine.errors import ScenarioError
from scers_desktop.engine.timing import LAST_AGE, Cliff, month_starts, timing

CENT = Decimal("0.01")
CASE_FILES = Path(__file__).parent.parent / "cases" / "scenarios"
KIND_FILES = Path(__file__).parent.parent / "cases" / "kinds"


def _case(birth: str, retire: str, plan: str = "1", **more: Any) -> Any:
    raw = {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth, "plan": plan},
        "retirement": {"date": retire},
        **more,
    }
    return parse_scenario(raw, today=date(2026, 12, 1))


def _quick(service: str, fas: str) -> dict[str, Any]:
    return {"quick": {"service_years": service, "final_average_salary_monthly": fas}}


def _near(amount: Decimal, expected: Decimal) -> bool:
    return abs(amount - expected) < CENT


def _codes(cliff: Cliff) -> list[str]:
    return [r.code for r in cliff.reasons]


def test_month_starts_are_the_start_then_each_first_of_the_month() -> None:
    assert month_starts(date(2030, 6, 15), date(2030, 9, 1)) == [
        date(2030, 6, 15), date(2030, 7, 1), date(2030, 8, 1), date(2030, 9, 1),
    ]  # fmt: skip
    assert month_starts(date(2030, 6, 15), date(2030, 6, 1)) == []


def test_plan1_eight_years_one_day_before_the_62nd_birthday() -> None:
    """Plan 1: 5 years at 62 (App. A 'Retirement Eligibility'); row 5-9 reads 1.82 at 62, 1.88 at 63.

    Quick: 8 years on the separation day 2030-06-13 (the day before the chosen date 2030-06-14). On the
    birthday 2030-06-15 the member has 8 years and 1 day: 8.00274 x 1.82% x $3,000 = $436.95. A year
    later, 9 years and 1 day x 1.88% x $3,000 = $507.75.
    """
    case = _case("1968-06-15", "2030-06-14", **_quick("8", "3000"))
    found = timing(case, as_of=date(2030, 6, 14))
    first = found.cliffs[0]
    assert first.day == date(2030, 6, 15)
    assert _codes(first) == ["eligible"]
    reason = first.reasons[0].figures
    assert (reason["by"], reason["rule_age"], reason["rule_service"]) == ("age", 62, Decimal(5))
    assert _near(first.monthly, Decimal(8 + Decimal(1) / 365) * Decimal("1.82") * 30)
    birthday = found.cliffs[1]
    assert birthday.day == date(2031, 6, 15)
    assert (birthday.reasons[0].code, birthday.reasons[0].figures["factor"]) == ("birthday", Decimal("1.88"))
    assert birthday.reasons[0].figures["before"] == Decimal("1.82")
    assert _near(birthday.monthly, (9 + Decimal(1) / 365) * Decimal("1.88") * 30)
    assert found.waiting is None  # the chosen date itself pays nothing


def test_plan1_at_58_with_15_years_each_birthday_moves_the_factor_then_20_years_the_row() -> None:
    """Plan 1, row 10-19: 1.58 at 58, 1.64, 1.70, 1.76, 1.82, 1.88 at 63; row 20 at 63: 2.00 (App. A).

    15 years on 2031-01-31 (separation for the chosen 2031-02-01): $3,000 x 15 x 1.58% = $711.00.
    On the 59th birthday 2031-03-14: 15 + 41/365 years x 1.64% x $3,000 = $743.52; waiting 41 days
    (one calendar month, as the COLA rows count payments) costs $711.00 and adds $32.52 a month. 20 years are
    reached with separation on 2036-01-31, so a pension from 2036-02-01 takes row 20: 2.00% instead of 1.88%.
    """
    case = _case("1972-03-14", "2031-02-01", **_quick("15", "3000"))
    found = timing(case, as_of=date(2031, 2, 1))
    days = [(c.day, c.reasons[0].code, c.reasons[0].figures.get("factor")) for c in found.cliffs]
    assert days == [
        (date(2031, 3, 14), "birthday", Decimal("1.64")),
        (date(2032, 3, 14), "birthday", Decimal("1.70")),
        (date(2033, 3, 14), "birthday", Decimal("1.76")),
        (date(2034, 3, 14), "birthday", Decimal("1.82")),
        (date(2035, 3, 14), "birthday", Decimal("1.88")),
        (date(2036, 2, 1), "service_row", Decimal("2.00")),
        (date(2046, 3, 1), "cap", None),  # 30 years with separation 2046-01-31: held at 60% from March
    ]
    assert found.cliffs[-2].reasons[0].figures["years"] == 20
    waiting = found.waiting
    assert waiting is not None and waiting.to.day == date(2031, 3, 14)
    assert waiting.chosen_monthly == Decimal("711.00")
    assert _near(waiting.to.monthly, (15 + Decimal(41) / 365) * Decimal("1.64") * 30)
    assert (waiting.days, waiting.payments, waiting.forgone) == (41, 1, Decimal("711.00"))
    # $711 back at $32.52 a month takes 22 months from March 2031: January 2033, at 60 (both get
    # their first 1.5% COLA in November 2032, plan-rules.md §1.7).
    assert waiting.break_even_age == 60


def test_plan1_at_58_with_25_years_has_no_birthday_cliff_and_reaches_the_cap() -> None:
    """Plan 1, row 25 is 2.00 from age 55 (App. A), so no birthday moves the factor; 30 years x 2.00%
    reaches the 60% cap (plan-rules.md §1.4) with separation on 2036-01-31; from 2036-03-01 the
    formula is held at 60%: 60% x $3,000 = $1,800.00."""
    case = _case("1972-03-14", "2031-02-01", **_quick("25", "3000"))
    found = timing(case, as_of=date(2031, 2, 1))
    assert [c.cliff for c in found.cliffs] == [False]
    cap = found.cliffs[0]
    assert (_codes(cap), cap.day, cap.monthly) == (["cap"], date(2036, 3, 1), Decimal("1800.00"))
    assert found.waiting is None


def test_29_years_11_months_at_50_the_30_year_rule() -> None:
    """Plan 1: 30 years at any age (App. A). Full-time from 2001-04-15: 30 x 365 service days are
    reached on 2031-04-14, so a pension can start on 2031-04-15, at 50. Below the first printed age
    the factor is the row's first column, 2.00 (App. A): 30 x 2.00% = 60% x $6,000 = $3,600.00,
    the cap, so no later month adds anything (no cliff); the cap holds from the next month."""
    case = _case(
        "1980-06-01", "2031-03-15",
        employment=[{"start": "2001-04-15", "end": None}],
        salary={"history": [{"from": "2001-04-15", "monthly": 6000}], "growth_rate": 0},
    )  # fmt: skip
    found = timing(case, as_of=date(2031, 3, 15))
    first = found.cliffs[0]
    assert first.day == date(2031, 4, 15)
    figures = first.reasons[0].figures
    assert (first.reasons[0].code, figures["by"], figures["rule_service"], figures["rule_age"]) == (
        "eligible", "service", Decimal(30), 0,
    )  # fmt: skip
    assert first.monthly == Decimal("3600.00")
    assert [(c.day, _codes(c)) for c in found.cliffs[1:]] == [(date(2031, 5, 1), ["cap"])]
    assert all(p.unmodified_monthly == Decimal("3600.00") for p in found.points)


def test_plan2_at_54_with_25_years_eligible_at_55() -> None:
    """Plan 2: 20 years at 55 (App. B). Quick: 25 years on the day before the 55th birthday 2031-09-10:
    row 25 at 55 reads 1.40, 25 x 1.40% x $5,000 = $1,750.00. At 56 with 26 years: row 26 at 56 reads
    1.54: 26 x 1.54% x $5,000 = $2,002.00. Waiting the year (366 days, with February 29, 2032) gives
    up 12 payments of $1,750.00 ($21,000.00) for $252.00 more a month. The later pension's first COLA
    is a year later (the first November after 12 months in pay, plan-rules.md §1.7), so the gain is
    about $2,002.00 / 1.015 - $1,750.00 = $222 a month in today's terms: some 95 months from
    September 2032, mid-2040, at 63."""
    case = _case("1976-09-10", "2031-09-10", plan="2", **_quick("25", "5000"))
    found = timing(case, as_of=date(2030, 10, 1))
    first = found.cliffs[0]
    assert (first.day, _codes(first), first.monthly) == (date(2031, 9, 10), ["eligible"], Decimal("1750.00"))
    assert first.reasons[0].figures["by"] == "age" and first.reasons[0].figures["rule_age"] == 55
    assert found.just_after is first
    birthday = found.cliffs[1]
    assert (birthday.day, _codes(birthday), birthday.monthly) == (date(2032, 9, 10), ["birthday"], Decimal("2002.00"))
    waiting = found.waiting
    assert waiting is not None and waiting.to is birthday
    assert (waiting.days, waiting.payments, waiting.forgone, waiting.adds) == (
        366, 12, Decimal("21000.00"), Decimal("252.00"),
    )  # fmt: skip
    assert waiting.break_even_age == 63


def test_a_raise_six_months_before_retirement_inside_the_pay_window() -> None:
    """Plan 1: the highest 24 consecutive months (plan-rules.md §1.2). $6,000 a month, $7,200 from
    2030-01-01; a pension from 2030-07-01 averages 18 x $6,000 + 6 x $7,200 = $6,300.00. With 20 years
    (full-time from 2010-07-01) at 60, row 20 reads 2.00: 20 x 2.00% x $6,300 = $2,520.00. The window
    holds only the new rate for a pension from 2032-01-01 (separation 2031-12-31): 21 years and
    184 days x 2.00% x $7,200 = $3,096.59."""
    case = _case(
        "1970-03-01", "2030-07-01",
        employment=[{"start": "2010-07-01", "end": None}],
        salary={"history": [{"from": "2010-07-01", "monthly": 6000}, {"from": "2030-01-01", "monthly": 7200}],
                "growth_rate": 0},
    )  # fmt: skip
    found = timing(case, as_of=date(2030, 7, 1))
    assert found.chosen is not None and found.chosen.unmodified_monthly == Decimal("2520.00")
    window = [c for c in found.cliffs if "pay_window" in _codes(c)]
    assert len(window) == 1 and window[0].day == date(2032, 1, 1)
    assert window[0].reasons[0].figures["raise_on"] == date(2030, 1, 1)
    assert window[0].reasons[0].figures["fas"] == Decimal("7200")
    assert _near(window[0].monthly, (21 + Decimal(184) / 365) * 2 * 72)


def test_a_member_at_the_60_percent_cap_has_no_cliff_from_service() -> None:
    """Plan 1 with 32 years at 60: 32 x 2.00% = 64%, held at 60% (plan-rules.md §1.4): $4,800.00 on
    $8,000 at every date, so more service adds nothing and no date is named."""
    case = _case("1970-03-01", "2030-07-01", **_quick("32", "8000"))
    found = timing(case, as_of=date(2030, 7, 1))
    assert found.cliffs == ()
    assert {p.unmodified_monthly for p in found.points} == {Decimal("4800.00")}
    assert found.waiting is None and found.just_after is None


def test_the_threshold_is_a_setting() -> None:
    """With a 5% threshold no birthday of row 10-19 is named (1.58 -> 1.64 is +3.8%, with a month's
    service +4.3%); row 20's 1.88 -> 2.00 (+6.4%) still is, and the cap always is."""
    case = _case("1972-03-14", "2031-02-01", assumptions={"timing_threshold": 0.05}, **_quick("15", "3000"))
    found = timing(case, as_of=date(2031, 2, 1))
    assert [c.day for c in found.cliffs] == [date(2036, 2, 1), date(2046, 3, 1)]


@pytest.mark.parametrize(("value", "words"), [(0, "must be more than 0"), (-0.01, "must be more than 0"), ("x", "")])
def test_a_bad_threshold_names_the_field(value: object, words: str) -> None:
    with pytest.raises(ScenarioError) as raised:
        _case("1972-03-14", "2031-02-01", assumptions={"timing_threshold": value}, **_quick("15", "3000"))
    assert "assumptions.timing_threshold" in str(raised.value)
    assert words in str(raised.value)


def test_other_kinds_have_no_series() -> None:
    case = _case("1972-03-14", "2031-02-01", estimate_type="disability", **_quick("15", "3000"))
    assert timing(case, as_of=date(2031, 2, 1)).points == ()


@pytest.mark.parametrize("path", sorted(CASE_FILES.glob("*.scers.json")) + sorted(KIND_FILES.glob("*.scers.json")))
def test_every_case_file_has_a_series_in_order(path: Path) -> None:
    """Any case: the points are in date order from as_of to the 75th birthday, the cliffs too, each with a
    reason, and the chosen date's neighbours are on either side of it."""
    today = date(2026, 12, 1)
    scenario = load_scenario(path, today=today)
    found = timing(scenario, as_of=today)
    days = [p.retirement_date for p in found.points]
    assert days == sorted(days) and all(day >= today for day in days)
    assert all(day <= anniversary(scenario.member.birth_date, LAST_AGE) for day in days)
    assert [c.day for c in found.cliffs] == sorted(c.day for c in found.cliffs)
    assert all(c.reasons for c in found.cliffs)
    chosen = scenario.retirement.date
    assert found.waiting is None or found.waiting.to.day > chosen
    assert found.just_after is None or found.just_after.day <= chosen
