"""Annuity values: the formulas behind the "two times match" annuity and every payment option.

Payments are monthly, at the start of each month (annuity-due), for a benefit of 1 a month.
Notation: v = (1 + i)^(-1/12) is one month's discount at yearly interest i; g_k = (1 + c)^floor(k/12)
is the payment in month k with a yearly COLA c (c = 0 without COLA loading); kp_x is the chance that
a life aged x is alive k months later.

Monthly survival is computed exactly from the yearly death rates, assuming deaths are spread evenly
over each year of age (UDD): l(n + f) = l(n) x (1 - f x q_n) for 0 <= f < 1, and kp_x = l(x + k/12) / l(x).
No shortcut (such as Woolhouse's ä - 11/24) is used. Values are floats; money is never held here.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from math import floor
from operator import mul, sub

from scers_desktop.engine.caches import PER_LIFE


@dataclass(frozen=True)
class Life:
    """A person for annuity purposes: death rates q_0..q_120 of their cohort and exact starting age."""

    rates: tuple[float, ...]
    age: float


@lru_cache(maxsize=PER_LIFE)
def monthly_survival(life: Life) -> tuple[float, ...]:
    """kp_x for k = 0, 1, 2, ... while above 0: l(x + k/12) / l(x) under UDD within each year of age."""
    rates, start = life.rates, life.age
    cumulative = [1.0]
    for q in rates:
        cumulative.append(cumulative[-1] * (1.0 - q))

    def alive(age: float) -> float:
        whole = floor(age)
        if whole >= len(rates):
            return 0.0
        return cumulative[whole] * (1.0 - (age - whole) * rates[whole])

    at_start = alive(start)
    if at_start <= 0.0:
        return (1.0,)
    # alive(start + k / 12) / at_start for k = 0, 1, ... written out in the loop (the same arithmetic, in
    # the same order: a batch of members computes one such curve per person and age).
    survival: list[float] = []
    append, years = survival.append, len(rates)
    k = 0
    while True:
        age = start + k / 12.0
        whole = floor(age)
        if whole >= years:
            break
        p = cumulative[whole] * (1.0 - (age - whole) * rates[whole]) / at_start
        if not p > 0.0:
            break
        append(p)
        k += 1
    return tuple(survival)


#: Months of payment weights computed at once for each rate and COLA: every life ends by age 120.
_WEIGHT_MONTHS = 12 * 121


@lru_cache(maxsize=PER_LIFE)
def _all_payment_weights(rate: float, cola: float) -> tuple[float, ...]:
    v = (1.0 + rate) ** (-1.0 / 12.0)
    return tuple(v**k * (1.0 + cola) ** (k // 12) for k in range(_WEIGHT_MONTHS))


@lru_cache(maxsize=PER_LIFE)
def payment_weights(rate: float, cola: float, months: int) -> tuple[float, ...]:
    """v^k x g_k for k = 0 .. months-1: the value today of month k's payment if it is made."""
    if months <= _WEIGHT_MONTHS:  # each weight is computed on its own: a prefix of the longest is the same
        return _all_payment_weights(rate, cola)[:months]
    v = (1.0 + rate) ** (-1.0 / 12.0)
    return tuple(v**k * (1.0 + cola) ** (k // 12) for k in range(months))


def _sum(weights: Sequence[float], survival: Sequence[float], first: int, last: int) -> float:
    last = min(last, len(survival))
    total: float = sum(map(mul, weights[first:last], survival[first:last]))
    return total


@lru_cache(maxsize=PER_LIFE)
def life_annuity_due(life: Life, rate: float, cola: float = 0.0) -> float:
    """ä_x = Σ_{k≥0} v^k g_k kp_x: value of 1 a month for life."""
    survival = monthly_survival(life)
    return _sum(payment_weights(rate, cola, len(survival)), survival, 0, len(survival))


@lru_cache(maxsize=PER_LIFE)
def deferred_life_annuity_due(life: Life, rate: float, cola: float, months: int) -> float:
    """n|ä_x = Σ_{k≥n} v^k g_k kp_x: 1 a month for life, starting ``months`` from now."""
    survival = monthly_survival(life)
    return _sum(payment_weights(rate, cola, len(survival)), survival, months, len(survival))


@lru_cache(maxsize=PER_LIFE)
def temporary_life_annuity_due(life: Life, rate: float, cola: float, months: int) -> float:
    """ä_{x:n} = Σ_{k<n} v^k g_k kp_x: 1 a month while alive, for at most ``months`` months."""
    survival = monthly_survival(life)
    return _sum(payment_weights(rate, cola, len(survival)), survival, 0, months)


@lru_cache(maxsize=PER_LIFE)
def certain_annuity_due(rate: float, cola: float, months: int) -> float:
    """ä_n = Σ_{k<n} v^k g_k: 1 a month for exactly ``months`` months, alive or not."""
    return sum(payment_weights(rate, cola, months))


def certain_and_life_annuity_due(life: Life, rate: float, cola: float, months: int) -> float:
    """ä_{x:n certain} = ä_n + n|ä_x: paid for ``months`` months for sure, then for life."""
    return certain_annuity_due(rate, cola, months) + deferred_life_annuity_due(life, rate, cola, months)


@lru_cache(maxsize=PER_LIFE)
def joint_life_annuity_due(first: Life, second: Life, rate: float, cola: float = 0.0) -> float:
    """ä_xy = Σ v^k g_k kp_x kp_y: 1 a month while both are alive (independent lives)."""
    sx, sy = monthly_survival(first), monthly_survival(second)
    months = min(len(sx), len(sy))
    weights = payment_weights(rate, cola, months)
    total: float = sum(map(mul, map(mul, weights[:months], sx[:months]), sy[:months]))
    return total


def death_in_month_probabilities(life: Life) -> list[float]:
    """k|q_x = kp_x - (k+1)p_x: the chance of dying in month k (k = 0, 1, ...)."""
    survival = monthly_survival(life)
    return [*map(sub, survival, survival[1:]), survival[-1] - 0.0]


@lru_cache(maxsize=PER_LIFE)
def deferred_start_annuity_due(life: Life, rate: float, cola: float, months: int) -> float:
    """Σ_{k≥n} v^k g_(k-n) kp_x: 1 a month for life from ``months`` from now, the COLA counted from the
    first payment (a deferred pension has no COLA before it starts)."""
    survival = monthly_survival(life)
    weights = payment_weights(rate, cola, max(0, len(survival) - months))
    v_n: float = (1.0 + rate) ** (-months / 12.0)
    return v_n * sum(weights[j] * survival[months + j] for j in range(len(weights)))
