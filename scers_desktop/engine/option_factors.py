"""Payment-option factors by actuarial equivalence (plan-rules.md §1.6, §2.4).

SCERS publishes no option factors, so each option pays the amount whose value equals the value of
the unmodified benefit U on the engine's basis (interest, mortality, COLA loading: see
:mod:`.actuarial`). Every factor here is the option's monthly amount divided by the base it applies
to, for a member (life x) and, where it matters, a beneficiary (life y). Notation as in
:mod:`.actuarial`: ä_x life annuity-due, ä_xy joint life, ä_n certain, n|ä_x deferred; g_k the COLA
growth of payment k and G_k = g_0 + ... + g_k the payments made through month k.
"""

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import mul

from scers_desktop.engine.actuarial import (
    Life,
    certain_and_life_annuity_due,
    death_in_month_probabilities,
    deferred_life_annuity_due,
    joint_life_annuity_due,
    life_annuity_due,
    monthly_survival,
    payment_weights,
)
from scers_desktop.engine.caches import PER_LIFE


@dataclass(frozen=True)
class ValuationBasis:
    """Yearly interest and the yearly COLA built into every value (0 without COLA loading)."""

    interest: float
    cola: float


#: Months of payments counted at once for each COLA (every life ends by age 120; Option B looks 1,200 ahead).
_PAID_MONTHS = 12 * 121


@lru_cache(maxsize=PER_LIFE)
def _paid_through(cola: float) -> tuple[float, ...]:
    """G_k = g_0 + ... + g_k for k = 0 .. _PAID_MONTHS - 1 (computed once for each COLA)."""
    return tuple(accumulate((1.0 + cola) ** (k // 12) for k in range(_PAID_MONTHS)))


def _paid(cola: float, months: int) -> tuple[float, ...]:
    """G_0 .. G_(months-1): the payments made through each month."""
    if months <= _PAID_MONTHS:
        return _paid_through(cola)[:months]
    return tuple(accumulate((1.0 + cola) ** (k // 12) for k in range(months)))


@lru_cache(maxsize=PER_LIFE)
def term_certain_factor(member: Life, basis: ValuationBasis, years: int) -> float:
    """Option C (5, 10, 15, 20 years): ä_x / (ä_n + n|ä_x), n = 12 x years months."""
    life_value = life_annuity_due(member, basis.interest, basis.cola)
    return life_value / certain_and_life_annuity_due(member, basis.interest, basis.cola, 12 * years)


@lru_cache(maxsize=PER_LIFE)
def joint_and_survivor_factor(member: Life, beneficiary: Life, basis: ValuationBasis, survivor_share: float) -> float:
    """Options D (share 1/2) and E (share 1) with the pop-up (Handbook 2023: if the spouse dies first
    the benefit returns to the unmodified amount).

    The member is paid B while both live and U after the spouse's death; the spouse is paid s x B after
    the member's death. Equivalence B ä_xy + U (ä_x - ä_xy) + s B (ä_y - ä_xy) = U ä_x gives
    B / U = ä_xy / (ä_xy + s (ä_y - ä_xy)).
    """
    joint = joint_life_annuity_due(member, beneficiary, basis.interest, basis.cola)
    spouse = life_annuity_due(beneficiary, basis.interest, basis.cola)
    return joint / (joint + survivor_share * (spouse - joint))


#: The refund readings of Options A and B (settings ``option_a_refund``, ``option_b_refund``; issue 15):
#: each payment counts in full, or only the annuity the contribution balance buys (C / ä_x a month).
TOTAL_PAYMENTS = "total_payments"


def _bisect(value: Callable[[float], float], target: float) -> float:
    """The b in [0, 1] where the increasing ``value`` reaches ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if value(middle) < target else (low, middle)
    return (low + high) / 2


@lru_cache(maxsize=PER_LIFE)
def cash_refund_factor(member: Life, basis: ValuationBasis, balance_in_benefits: float, reading: str) -> float:
    """Option A: a lump-sum refund at death of what is left of the contribution balance C.

    With the ``annuity_part`` reading each payment draws C / ä_x from the balance (the annuity the
    balance buys; the rest comes from the City, Handbook 2023 'Option A'). Dying in month k refunds
    max(0, C - C/ä_x x G_k) at the month's end, worth R = Σ_k k|q_x v^(k+1) max(0, C - C G_k / ä_x),
    and the member's amount is B = U - R / ä_x. With ``total_payments`` every payment B counts: the
    refund is max(0, C - B G_k) and B solves B ä_x + Σ_k k|q_x v^(k+1) max(0, C - B G_k) = U ä_x (the
    left side rises with B, so B is found by bisection; 0 when even B = 0 is worth too much). C is given
    in months of U (balance_in_benefits = C / U), so the factor is B / U.
    """
    if balance_in_benefits <= 0:
        return 1.0
    life_value = life_annuity_due(member, basis.interest, basis.cola)
    deaths = death_in_month_probabilities(member)
    v = (1.0 + basis.interest) ** (-1.0 / 12.0)
    paid = _paid(basis.cola, len(deaths))

    def refund(drawn: float) -> float:
        total = 0.0
        for k, (payments, dying) in enumerate(zip(paid, deaths, strict=True)):
            left = balance_in_benefits - drawn * payments
            if left <= 0:
                break
            total += dying * v ** (k + 1) * left
        return total

    if reading != TOTAL_PAYMENTS:
        return 1.0 - refund(balance_in_benefits / life_value) / life_value
    if refund(0.0) >= life_value:
        return 0.0
    return _bisect(lambda b: b * life_value + refund(b), life_value)


@lru_cache(maxsize=PER_LIFE)
def installment_refund_factor(member: Life, basis: ValuationBasis, balance_in_benefits: float, reading: str) -> float:
    """Option B: payments continue to a beneficiary until the payments counted reach the balance C.

    With amount b (in units of U), payments are guaranteed for N months and for life after:
    b (ä_N + N|ä_x) = ä_x. With the ``total_payments`` reading (Handbook 2023 'Option B': "until the
    total payments made to you and your beneficiary equals your total contributions/interest") N is
    the first N with b x G_(N-1) >= C; the value rises with b, so b is found by bisection. With
    ``annuity_part`` only the annuity the balance buys, C / ä_x a month, counts: the first N with
    C / ä_x x G_(N-1) >= C.
    """
    if balance_in_benefits <= 0:
        return 1.0
    survival = monthly_survival(member)
    months = max(len(survival), 1200)
    weights = payment_weights(basis.interest, basis.cola, months)
    paid = _paid(basis.cola, months)
    certain = list(accumulate(weights))
    # alive_after[k] = alive_after[k + 1] + weights[k] x survival[k], summed from the last month back.
    last = len(survival)
    alive_after = list(accumulate(map(mul, reversed(weights[:last]), reversed(survival)), initial=0.0))[::-1]
    target = alive_after[0]
    annuity_part = balance_in_benefits / target

    def value(b: float) -> float:
        counted = b if reading == TOTAL_PAYMENTS else annuity_part
        guaranteed = min(bisect_left(paid, balance_in_benefits / counted) + 1, months)
        tail = alive_after[guaranteed] if guaranteed < len(alive_after) else 0.0
        return b * (certain[guaranteed - 1] + tail)

    return _bisect(value, target)


@lru_cache(maxsize=PER_LIFE)
def social_security_leveling_factor(member: Life, basis: ValuationBasis, months_to_ss_age: int) -> float:
    """Option F: f = n|ä_x / ä_x (plan-rules.md §1.6 assumption).

    The benefit rises by f x S until the Social Security age and falls by S from then on; the two are
    of equal value: f S ä_x = S n|ä_x.
    """
    deferred = deferred_life_annuity_due(member, basis.interest, basis.cola, months_to_ss_age)
    return deferred / life_annuity_due(member, basis.interest, basis.cola)


def annuity_value(member: Life, basis: ValuationBasis) -> float:
    """ä_x: the value of 1 a month for life (Option G's reduction is lump sum / ä_x)."""
    return life_annuity_due(member, basis.interest, basis.cola)
