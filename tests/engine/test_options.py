"""Payment options: the rules each must keep, what is missing when it cannot be priced, and golden values."""

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scers_desktop.engine import estimate, parse_scenario, sweep
from scers_desktop.engine.money import to_cents
from tests.helpers import TODAY, birth_for_age, quick_scenario

GOLDEN = Path(__file__).parent.parent / "cases" / "options" / "option_factors.toml"


def member_with_spouse(
    age: int, spouse_age: int, balance: float = 150000, relationship: str = "spouse", **extra: Any
) -> dict[str, Any]:
    return {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth_for_age(age).isoformat(), "plan": "1", "sex": "female"},
        "retirement": {"date": "2030-07-01"},
        "quick": {"service_years": 25, "final_average_salary_monthly": 6000},
        "contributions": {"balance": balance, "as_of": "2030-06-30"},
        "beneficiary": {
            "birth_date": birth_for_age(spouse_age).isoformat(),
            "relationship": relationship,
            "sex": "male",
        },
        **extra,
    }


def test_every_option_is_priced_for_a_member_with_a_spouse_a_balance_and_social_security() -> None:
    result = estimate(
        parse_scenario(member_with_spouse(60, 58, social_security={"monthly_at_ss_age": 2300}), today=TODAY),
        as_of=TODAY,
    )
    codes = [o.code for o in result.options]
    assert codes[:9] == ["Unmodified", "A", "B", "C5", "C10", "C15", "C20", "D", "E"]
    assert {"F", "E+F", "G50", "G100", "E+G100", "A+G50"} <= set(codes)
    assert all(o.member_monthly is not None for o in result.options), [o for o in result.options if o.missing]


def test_d_survivor_is_half_and_e_survivor_is_the_same() -> None:
    result = estimate(parse_scenario(member_with_spouse(60, 58), today=TODAY), as_of=TODAY)
    d, e = result.option("D"), result.option("E")
    assert d is not None and d.member_monthly is not None and d.survivor_monthly is not None
    assert e is not None and e.member_monthly is not None
    assert to_cents(d.survivor_monthly) == to_cents(d.member_monthly / 2)
    assert e.survivor_monthly == e.member_monthly


def test_options_that_need_something_say_what() -> None:
    raw = member_with_spouse(60, 58)
    del raw["contributions"], raw["beneficiary"]
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    a, e, f = result.option("A"), result.option("E"), result.option("F")
    assert a is not None and a.member_monthly is None and a.missing is not None and "balance" in a.missing
    assert e is not None and e.member_monthly is None and e.missing is not None and "spouse" in e.missing
    assert f is not None and f.missing is not None and "Social Security" in f.missing
    c10 = result.option("C10")
    assert c10 is not None and c10.member_monthly is not None


def test_d_and_e_are_only_for_a_spouse_or_partner() -> None:
    result = estimate(parse_scenario(member_with_spouse(60, 58, relationship="other"), today=TODAY), as_of=TODAY)
    e = result.option("E")
    assert e is not None and e.member_monthly is None
    assert e.missing is not None and "only for a spouse" in e.missing
    partner = estimate(
        parse_scenario(member_with_spouse(60, 58, relationship="domestic_partner"), today=TODAY), as_of=TODAY
    )
    assert partner.option("E").member_monthly is not None  # type: ignore[union-attr]


def test_option_f_is_not_offered_after_the_social_security_age() -> None:
    result = estimate(
        parse_scenario(member_with_spouse(68, 66, social_security={"monthly_at_ss_age": 2300}), today=TODAY),
        as_of=TODAY,
    )
    f = result.option("F")
    assert f is not None and f.missing is not None and "before their Social Security age" in f.missing


def test_option_f_levels_income_and_drops_by_the_whole_estimate() -> None:
    result = estimate(
        parse_scenario(member_with_spouse(60, 58, social_security={"monthly_at_ss_age": 2300}), today=TODAY),
        as_of=TODAY,
    )
    f = result.option("F")
    assert f is not None and f.member_monthly is not None and f.member_monthly_after_ss_age is not None
    assert f.member_monthly - f.member_monthly_after_ss_age == Decimal(2300)
    assert result.unmodified_monthly is not None
    assert f.member_monthly > result.unmodified_monthly > f.member_monthly_after_ss_age


def test_option_g_pays_a_lump_sum_and_lowers_the_benefit() -> None:
    result = estimate(parse_scenario(member_with_spouse(60, 58), today=TODAY), as_of=TODAY)
    g50, g100 = result.option("G50"), result.option("G100")
    assert g50 is not None and g100 is not None
    assert g50.lump_sum == Decimal(75000) and g100.lump_sum == Decimal(150000)
    assert result.unmodified_monthly is not None and g50.member_monthly is not None and g100.member_monthly is not None
    assert result.unmodified_monthly > g50.member_monthly > g100.member_monthly
    # With the whole balance taken, nothing is left to refund: A on top of G100 equals G100.
    assert result.option("A+G100").member_monthly == g100.member_monthly  # type: ignore[union-attr]


def test_b_pays_more_than_a() -> None:
    result = estimate(parse_scenario(member_with_spouse(60, 58), today=TODAY), as_of=TODAY)
    assert result.option("B").member_monthly > result.option("A").member_monthly  # type: ignore[union-attr,operator]


@settings(max_examples=40, deadline=None)
@given(age=st.integers(52, 75), spouse_age=st.integers(40, 85), balance=st.integers(0, 400000))
def test_options_never_pay_more_than_the_unmodified_benefit(age: int, spouse_age: int, balance: int) -> None:
    result = estimate(parse_scenario(member_with_spouse(age, spouse_age, balance=balance), today=TODAY), as_of=TODAY)
    unmodified = result.unmodified_monthly
    assert unmodified is not None
    amounts = {code: result.option(code).member_monthly for code in ("A", "B", "C5", "C10", "C15", "C20", "D", "E")}  # type: ignore[union-attr]
    assert all(a is not None and a <= unmodified for a in amounts.values())
    assert amounts["C5"] >= amounts["C10"] >= amounts["C15"] >= amounts["C20"]  # type: ignore[operator]
    assert amounts["D"] >= amounts["E"]  # type: ignore[operator]


def test_a_balance_of_zero_makes_a_equal_to_the_unmodified() -> None:
    result = estimate(parse_scenario(member_with_spouse(60, 58, balance=0), today=TODAY), as_of=TODAY)
    assert result.option("A").member_monthly == result.unmodified_monthly  # type: ignore[union-attr]


def _golden() -> list[Any]:
    data = tomllib.loads(GOLDEN.read_text(encoding="utf-8"))
    return [pytest.param(case, id=case["name"]) for case in data["case"]]


@pytest.mark.parametrize("case", _golden())
def test_option_golden_values(case: dict[str, Any]) -> None:
    result = estimate(
        parse_scenario(member_with_spouse(case["member_age"], case["spouse_age"]), today=TODAY), as_of=TODAY
    )
    for code, expected in case["member_monthly"].items():
        option = result.option(code)
        assert option is not None and option.member_monthly is not None
        assert to_cents(option.member_monthly) == Decimal(expected), code


def test_plan_2_members_get_options_too() -> None:
    result = estimate(quick_scenario("2", 62, "20", "6000"), as_of=TODAY)
    assert result.option("C10").member_monthly is not None  # type: ignore[union-attr]


@pytest.mark.parametrize("code", ["E", "C10", "A", "E+F", "F", "G50", "E+G100", "Unmodified"])
def test_the_sweep_prices_the_selected_option_as_the_estimate_does(code: str) -> None:
    raw = member_with_spouse(60, 58, social_security={"monthly_at_ss_age": 2300}, selected_option=code)
    raw["retirement"] = {"date": birth_for_age(60).replace(year=birth_for_age(60).year + 60).isoformat()}
    scenario = parse_scenario(raw, today=TODAY)
    [point] = sweep(scenario, [60])
    option = estimate(scenario, as_of=TODAY).option(code)
    assert option is not None
    expected = None if code == "Unmodified" else option.member_monthly
    assert point.option_monthly == expected
