"""Annuity formulas against values worked out independently, and the identities they must keep."""

import pytest

from scers_desktop.engine.actuarial import (
    Life,
    certain_and_life_annuity_due,
    certain_annuity_due,
    deferred_life_annuity_due,
    joint_life_annuity_due,
    life_annuity_due,
    monthly_survival,
    temporary_life_annuity_due,
)
from scers_desktop.engine.mortality import cohort_rates
from scers_desktop.engine.option_factors import ValuationBasis, joint_and_survivor_factor, term_certain_factor


def flat(q: float) -> tuple[float, ...]:
    """The same death rate at every age, ending at 120."""
    return tuple([q] * 120 + [1.0])


def test_certain_annuity_at_zero_interest_is_the_number_of_payments() -> None:
    assert certain_annuity_due(0.0, 0.0, 120) == pytest.approx(120)


def test_certain_annuity_closed_form() -> None:
    # ä_n at monthly rate j: (1 - v^n) / (1 - v), v = 1.06^(-1/12).
    v = 1.06 ** (-1 / 12)
    assert certain_annuity_due(0.06, 0.0, 240) == pytest.approx((1 - v**240) / (1 - v), rel=1e-12)


def test_life_annuity_with_a_flat_table_matches_the_closed_form() -> None:
    # With q at every age and deaths spread evenly in a year, l(n + j/12) = (1-q)^n (1 - q j/12), so
    # ä = Σ_n ((1-q) v)^n x Σ_j v^(j/12) (1 - q j/12), summed for n = 0..119 from age 0, plus the
    # last year of age 120, where q = 1 and the survivors die evenly: ((1-q) v)^120 Σ_j v^(j/12) (1 - j/12).
    q, i = 0.02, 0.05
    v = (1 + i) ** -1
    inner = sum(v ** (j / 12) * (1 - q * j / 12) for j in range(12))
    last_year = ((1 - q) * v) ** 120 * sum(v ** (j / 12) * (1 - j / 12) for j in range(12))
    expected = inner * (1 - ((1 - q) * v) ** 120) / (1 - (1 - q) * v) + last_year
    assert life_annuity_due(Life(flat(q), 0.0), i) == pytest.approx(expected, rel=1e-10)


def test_zero_interest_life_annuity_is_curtate_months_of_life() -> None:
    # A life certain to die at the end of its 2nd year of age from age 0: payments in months 0..23.
    rates = tuple([0.0, 1.0] + [1.0] * 119)
    assert life_annuity_due(Life(rates, 0.0), 0.0) == pytest.approx(sum(1 - j / 12 for j in range(12)) + 12)


def test_monthly_survival_follows_uniform_deaths_within_the_year() -> None:
    survival = monthly_survival(Life(flat(0.12), 50.5))
    # From 50.5 to 51: (1 - 0.12) / (1 - 0.06); one month on: (1 - 0.07) / (1 - 0.06).
    assert survival[1] == pytest.approx(0.93 / 0.94)
    assert survival[6] == pytest.approx(0.88 / 0.94)


def test_an_annuity_splits_into_temporary_and_deferred_parts() -> None:
    life = Life(cohort_rates("pub2010_amount_mp2021", None, 0.5, "member", 1966), 60.0)
    whole = life_annuity_due(life, 0.0675, 0.015)
    parts = temporary_life_annuity_due(life, 0.0675, 0.015, 84) + deferred_life_annuity_due(life, 0.0675, 0.015, 84)
    assert parts == pytest.approx(whole, rel=1e-12)


def test_certain_and_life_is_worth_more_than_life_alone_and_more_for_longer_periods() -> None:
    life = Life(cohort_rates("pub2010_amount_mp2021", "male", 0.5, "member", 1966), 60.0)
    plain = life_annuity_due(life, 0.0675)
    values = [certain_and_life_annuity_due(life, 0.0675, 0.0, 12 * n) for n in (5, 10, 15, 20)]
    assert plain < values[0] < values[1] < values[2] < values[3]


def test_joint_life_is_below_each_single_life() -> None:
    member = Life(cohort_rates("pub2010_amount_mp2021", "female", 0.5, "member", 1966), 60.0)
    spouse = Life(cohort_rates("pub2010_amount_mp2021", "male", 0.5, "beneficiary", 1968), 58.0)
    joint = joint_life_annuity_due(member, spouse, 0.0675)
    assert joint < life_annuity_due(member, 0.0675)
    assert joint < life_annuity_due(spouse, 0.0675)


BASIS = ValuationBasis(0.0675, 0.015)
MEMBER = Life(cohort_rates("pub2010_amount_mp2021", None, 0.5, "member", 1966), 60.0)


def test_one_life_limit_a_spouse_who_dies_at_once_leaves_the_unmodified_benefit() -> None:
    # A beneficiary with q = 1 from the start: the pop-up pays U at once, so the factor is 1.
    gone = Life(tuple([1.0] * 121), 58.0)
    assert joint_and_survivor_factor(MEMBER, gone, BASIS, 1.0) == pytest.approx(1.0)


def test_a_100_percent_survivor_option_is_below_the_single_life_and_the_50_percent() -> None:
    spouse = Life(cohort_rates("pub2010_amount_mp2021", None, 0.5, "beneficiary", 1968), 58.0)
    full = joint_and_survivor_factor(MEMBER, spouse, BASIS, 1.0)
    half = joint_and_survivor_factor(MEMBER, spouse, BASIS, 0.5)
    assert full < half < 1.0


def test_longer_certain_periods_pay_less() -> None:
    factors = [term_certain_factor(MEMBER, BASIS, n) for n in (5, 10, 15, 20)]
    assert 1.0 > factors[0] > factors[1] > factors[2] > factors[3]


def test_mortality_tables_start_and_end_as_their_sources_say() -> None:
    # SOURCES.md spot values: amount-weighted healthy retiree q_65 F 0.00613, M 0.00913 (base year 2010).
    female = cohort_rates("pub2010_amount_mp2021", "female", 0.5, "member", 2010 - 65)
    assert female[65] == pytest.approx(0.00613)
    male = cohort_rates("pub2010_amount_mp2021", "male", 0.5, "member", 2010 - 65)
    assert male[65] == pytest.approx(0.00913)
    unisex = cohort_rates("pub2010_amount_mp2021", None, 0.5, "member", 2010 - 65)
    assert unisex[65] == pytest.approx((0.00613 + 0.00913) / 2)
    assert unisex[120] == 1.0
    ssa = cohort_rates("ssa_2021", "male", 0.5, "member", 1966)
    assert ssa[120] == 1.0


def test_improvement_lowers_death_rates_for_later_cohorts() -> None:
    early = cohort_rates("pub2010_amount_mp2021", "female", 0.5, "member", 1950)
    late = cohort_rates("pub2010_amount_mp2021", "female", 0.5, "member", 1980)
    assert late[70] < early[70]
