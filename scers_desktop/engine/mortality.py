"""Mortality: the death rates behind every annuity and option factor (plan-rules.md §2.3-2.4).

SCERS publishes no basis, so the engine offers three, shipped with their provenance in
``data/mortality/SOURCES.md`` (setting ``mortality_basis``):

- ``pub2010_amount_mp2021`` (default): SOA Pub-2010 General, amount-weighted: Healthy Retiree (50+)
  for a member, Contingent Survivor (45+) for a beneficiary, the Employee table at younger ages and
  the Juvenile table below 18; projected generationally with Scale MP-2021:
  q(x, Y) = q_2010(x) x prod_{t=2011..Y} (1 - MP(x, t)), Y the year the person is age x;
  MP ages below 20 use the '<= 20' row and years after 2037 the 2037 column (SOURCES.md §2); years
  before the scale's first year (1951) carry no improvement.
- ``ssa_2021`` and ``ssa_2017``: SSA period life tables (public domain), with no projection.

Without a sex, rates are blended: w x q_female + (1 - w) x q_male (setting ``unisex_female_weight``).
Every table ends with q = 1 at age 120.
"""

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from scers_desktop.engine.caches import PER_LIFE
from scers_desktop.engine.errors import PlanDataError
from scers_desktop.engine.params import read_data_text

MAX_AGE = 120
BASE_YEAR = 2010
MP_FIRST_AGE, MP_FIRST_YEAR, MP_LAST_YEAR = 20, 1951, 2037


@dataclass(frozen=True)
class Basis:
    """A mortality basis as shown to the user: its name and where it comes from."""

    key: str
    name: str
    reference: str


BASES: Mapping[str, Basis] = {
    "pub2010_amount_mp2021": Basis(
        "pub2010_amount_mp2021",
        "Pub-2010 General (amount-weighted) with MP-2021 generational improvement",
        "Society of Actuaries, Pub-2010 Public Retirement Plans Mortality Tables (2019) and Scale MP-2021 (2021)",
    ),
    "ssa_2021": Basis(
        "ssa_2021",
        "SSA period life table 2021 (2024 Trustees Report)",
        "US Social Security Administration, Office of the Chief Actuary",
    ),
    "ssa_2017": Basis(
        "ssa_2017",
        "SSA period life table 2017 (2020 Trustees Report)",
        "US Social Security Administration, Office of the Chief Actuary",
    ),
}


@cache
def _rates_by_age(name: str) -> tuple[dict[int, float], dict[int, float]]:
    """Female and male q_x by age from one ``age,female_qx,male_qx`` file."""
    female, male = {}, {}
    try:
        for row in csv.DictReader(io.StringIO(read_data_text(f"mortality/{name}"))):
            age = int(row["age"])
            female[age], male[age] = float(row["female_qx"]), float(row["male_qx"])
    except (KeyError, ValueError) as exc:
        raise PlanDataError(f"mortality/{name}: {exc}") from exc
    return female, male


@cache
def _improvement(sex: str) -> dict[int, dict[int, float]]:
    """MP-2021 rates: {age: {year: rate}}."""
    reader = csv.reader(io.StringIO(read_data_text(f"mortality/mp2021_{sex}.csv")))
    years = [int(y) for y in next(reader)[1:]]
    return {int(row[0]): dict(zip(years, map(float, row[1:]), strict=True)) for row in reader}


def _projection(sex: str, age: int, year: int) -> float:
    """prod (1 - MP(age, t)) from 2011 to ``year`` (its inverse for years before 2010)."""
    rates = _improvement(sex)[min(max(age, MP_FIRST_AGE), MAX_AGE)]
    factor = 1.0
    for t in range(BASE_YEAR + 1, year + 1):
        factor *= 1.0 - rates[min(t, MP_LAST_YEAR)]
    for t in range(max(year + 1, MP_FIRST_YEAR), BASE_YEAR + 1):
        factor /= 1.0 - rates[t]
    return factor


def _pub2010_base(sex_index: int, role: str, age: int) -> float:
    tables = (
        ["pub2010_general_healthy_retiree_amount.csv", "pub2010_general_employee_amount.csv"]
        if role == "member"
        else ["pub2010_general_contingent_survivor_amount.csv", "pub2010_general_employee_amount.csv"]
    )
    if role == "disabled":
        tables = ["pub2010_general_disabled_retiree_amount.csv"]
    for name in [*tables, "pub2010_juvenile.csv"]:
        rates = _rates_by_age(name)[sex_index]
        if age in rates:
            return rates[age]
    raise PlanDataError(f"no Pub-2010 rate for age {age}")


@lru_cache(maxsize=PER_LIFE)
def _one_sex_rates(basis: str, sex: str, role: str, birth_year: int) -> tuple[float, ...]:
    """q_0 .. q_120 for one sex and cohort."""
    index = 0 if sex == "female" else 1
    if basis == "pub2010_amount_mp2021":
        return tuple(
            1.0 if age == MAX_AGE else _pub2010_base(index, role, age) * _projection(sex, age, birth_year + age)
            for age in range(MAX_AGE + 1)
        )
    name = {
        "ssa_2021": "ssa_period_life_table_2021_tr2024.csv",
        "ssa_2017": "ssa_period_life_table_2017_tr2020.csv",
    }
    table = _rates_by_age(name[basis])[index]
    return tuple(1.0 if age == MAX_AGE else table[age] for age in range(MAX_AGE + 1))


@lru_cache(maxsize=PER_LIFE)
def cohort_rates(basis: str, sex: str | None, female_weight: float, role: str, birth_year: int) -> tuple[float, ...]:
    """Death rates q_0 .. q_120 for a person born in ``birth_year``.

    ``role`` is 'member' (healthy retiree), 'beneficiary' (contingent survivor) or 'disabled'.
    """
    if basis not in BASES:
        raise PlanDataError(f"unknown mortality basis {basis!r}")
    if sex is not None:
        return _one_sex_rates(basis, sex, role, birth_year)
    female = _one_sex_rates(basis, "female", role, birth_year)
    male = _one_sex_rates(basis, "male", role, birth_year)
    return tuple(female_weight * f + (1.0 - female_weight) * m for f, m in zip(female, male, strict=True))
