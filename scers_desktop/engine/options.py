"""Every payment option in dollars: Unmodified, A, B, C5-C20, D, E, and the F and G combinations.

What each option is (Handbook 2023, 'Your Benefit Options'); how it is valued (:mod:`.option_factors`).
Options that need something the case lacks say what is missing instead of printing a number:
A, B and G need the contribution balance; D and E need a spouse or registered domestic partner
with a birth date; F needs a Social Security estimate and a retirement before the Social Security age.
An amount that cannot be paid is never a number either: Option A when the balance is more than it can
refund, F when the Social Security estimate is larger than the benefit, G when the lump sum uses up
the benefit (issue 12: no negative money).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from math import floor

from scers_desktop.engine.actuarial import Life
from scers_desktop.engine.model import Relationship
from scers_desktop.engine.option_factor_table import OptionFactorTable
from scers_desktop.engine.option_factors import (
    ValuationBasis,
    annuity_value,
    cash_refund_factor,
    installment_refund_factor,
    joint_and_survivor_factor,
    social_security_leveling_factor,
    term_certain_factor,
)

NEEDS_BALANCE = "needs your contribution balance (from your annual SCERS statement)"
#: Option A pays U - R / ä_x; when the refund R at death is worth more than the whole benefit, nothing is left.
BALANCE_EXCEEDS_REFUND = (
    "cannot be paid on these figures: your contribution balance is more than this option can refund "
    "(the refund owed at your death would be worth more than your whole monthly benefit)"
)


@dataclass(frozen=True)
class OptionAmount:
    """One payment option: the member's and survivor's monthly amounts, or why it cannot be shown."""

    code: str
    name: str
    description: str
    member_monthly: Decimal | None
    survivor_monthly: Decimal | None
    survivor_note: str = ""
    member_monthly_after_ss_age: Decimal | None = None
    lump_sum: Decimal | None = None
    missing: str | None = None
    #: Where the factor came from: ``computed`` (the engine's basis), ``table`` (an installed option
    #: factor table) or ``outside_table`` (the table covers the option but not these ages: computed).
    factor_source: str = "computed"

    @property
    def available(self) -> bool:
        """Whether the option could be priced for this case."""
        return self.missing is None


DESCRIPTIONS = {
    "Unmodified": "The largest monthly benefit, for your life only; nothing is paid after your death.",
    "A": "Slightly less for life; at your death your beneficiary gets a lump-sum refund of what is left "
    "of your contributions with interest.",
    "B": "Slightly more than A for life; at your death your beneficiary gets monthly payments until all "
    "payments reach your contributions with interest.",
    "C": "Less for life; if you die within {n} years of retiring, your beneficiary gets the same amount "
    "for the rest of the {n} years.",
    "D": "Less for life; your spouse or registered domestic partner then gets half of it for life. If they "
    "die first, your benefit returns to the unmodified amount.",
    "E": "Less for life; your spouse or registered domestic partner then gets the same amount for life. If "
    "they die first, your benefit returns to the unmodified amount.",
    "F": "Adds about {f} of your Social Security estimate to your benefit until your Social Security age, "
    "then takes off the whole estimate, for a level income.",
    "G": "A lump sum of {p}% of your contributions with interest at retirement, and a lower monthly benefit.",
}


def _times(amount: Decimal, factor: float) -> Decimal:
    return amount * Decimal(repr(factor))


@dataclass(frozen=True)
class _Base:
    """What a standard option (Unmodified, A-E) is built on: a benefit and the balance behind it."""

    benefit: Decimal
    balance: Decimal | None


def table_factor(
    table: OptionFactorTable | None,
    code: str,
    member: Life,
    beneficiary: Life | None,
    computed: Callable[[], float],
) -> tuple[float, str]:
    """The option's factor from the installed table when it covers the option and the ages (completed
    years on the day the benefit starts), else the engine's own (``computed``), and which it is:
    'table', 'outside_table' (covered, not at these ages) or 'computed'."""
    if table is None or code not in table.codes:
        return computed(), "computed"
    found = table.factor(code, floor(member.age), None if beneficiary is None else floor(beneficiary.age))
    if found is None:
        return computed(), "outside_table"
    return float(found), "table"


def _factor(code: str, inputs: "OptionInputs", computed: Callable[[], float]) -> tuple[float, str]:
    return table_factor(inputs.table, code, inputs.member, inputs.beneficiary, computed)


def _standard(code: str, base: _Base, inputs: "OptionInputs") -> OptionAmount:
    """Unmodified, A, B, C5-C20, D or E on one base."""
    member, beneficiary, relationship, basis = inputs.member, inputs.beneficiary, inputs.relationship, inputs.basis
    if code == "Unmodified":
        return OptionAmount(
            code, "Unmodified (straight)", DESCRIPTIONS[code], base.benefit, None, "no survivor benefit"
        )
    if code in ("A", "B"):
        name = "A: cash refund" if code == "A" else "B: installment refund"
        if base.balance is None:
            return OptionAmount(code, name, DESCRIPTIONS[code], None, None, missing=NEEDS_BALANCE)
        ratio = float(base.balance / base.benefit)
        if code == "A":
            reading = inputs.refund_readings[0]
            factor, source = _factor(code, inputs, lambda: cash_refund_factor(member, basis, ratio, reading))
        else:
            reading = inputs.refund_readings[1]
            factor, source = _factor(code, inputs, lambda: installment_refund_factor(member, basis, ratio, reading))
        amount = _times(base.benefit, factor)
        if code == "A" and amount <= 0:
            return OptionAmount(code, name, DESCRIPTIONS[code], None, None, missing=BALANCE_EXCEEDS_REFUND)
        if code == "A":
            return OptionAmount(
                code, name, DESCRIPTIONS[code], amount, None, "refund of balance left", factor_source=source
            )
        return OptionAmount(
            code, name, DESCRIPTIONS[code], amount, amount, "until payments total your balance", factor_source=source
        )
    if code.startswith("C"):
        years = int(code[1:])
        factor, source = _factor(code, inputs, lambda: term_certain_factor(member, basis, years))
        amount = _times(base.benefit, factor)
        return OptionAmount(
            code,
            f"C{years}: {years} years certain",
            DESCRIPTIONS["C"].format(n=years),
            amount,
            amount,
            f"for the rest of {years} years",
            factor_source=source,
        )
    share = 0.5 if code == "D" else 1.0
    name = "D: half to spouse/partner" if code == "D" else "E: all to spouse/partner"
    if beneficiary is None or relationship is None or not relationship.spousal:
        why = (
            "is only for a spouse or registered domestic partner "
            "(Member Handbook 2023, 'Your Benefit Options', pp. 16-19)"
            if relationship is not None
            else "needs your spouse's or registered domestic partner's birth date"
        )
        return OptionAmount(code, name, DESCRIPTIONS[code], None, None, missing=why)
    spouse = beneficiary
    factor, source = _factor(code, inputs, lambda: joint_and_survivor_factor(member, spouse, basis, share))
    amount = _times(base.benefit, factor)
    return OptionAmount(
        code,
        name,
        DESCRIPTIONS[code],
        amount,
        amount * Decimal(repr(share)),
        "for their life",
        factor_source=source,
    )


STANDARD = ("Unmodified", "A", "B", "C5", "C10", "C15", "C20", "D", "E")


@dataclass(frozen=True)
class SocialSecurityLevel:
    """Option F's inputs: the estimate S and the months from retirement to the Social Security age."""

    monthly: Decimal
    months_to_ss_age: int


@dataclass(frozen=True)
class OptionInputs:
    """What pricing the options of one case needs."""

    unmodified: Decimal
    balance: Decimal | None
    member: Life
    beneficiary: Life | None
    relationship: Relationship | None
    basis: ValuationBasis
    social_security: SocialSecurityLevel | None
    social_security_missing: str | None
    #: The ``option_a_refund`` and ``option_b_refund`` readings (issue 15).
    refund_readings: tuple[str, str]
    #: SCERS's own option factors, when a counselor office installed a table.
    table: OptionFactorTable | None = None


def payment_options(inputs: OptionInputs) -> tuple[OptionAmount, ...]:
    """Every option for this case, in the order a counselor reads them."""
    base = _Base(inputs.unmodified, inputs.balance)
    standard = [_standard(code, base, inputs) for code in STANDARD]
    options = list(standard)
    options += _with_f(standard, inputs.member, inputs.basis, inputs.social_security, inputs.social_security_missing)
    for percent in (50, 100):
        options += _with_g(percent, base, inputs)
    return tuple(options)


def single_option(code: str, inputs: OptionInputs) -> OptionAmount | None:
    """One option by code ('E', 'C10+F', 'G50', 'E+G100' ...), priced alone; None for an unknown code."""
    base_code, modifier = split_code(code)
    base = _Base(inputs.unmodified, inputs.balance)
    if modifier is None:
        return _standard(base_code, base, inputs)
    if modifier == "F":
        standard = [_standard(base_code, base, inputs)]
        return _with_f(standard, inputs.member, inputs.basis, inputs.social_security, inputs.social_security_missing)[0]
    if modifier in ("G50", "G100"):
        return next(iter(_with_g(int(modifier[1:]), base, inputs, only=code)), None)
    return None


def split_code(code: str) -> tuple[str, str | None]:
    """'E+G50' -> ('E', 'G50'); 'F' -> ('Unmodified', 'F'); 'C10' -> ('C10', None)."""
    parts = code.split("+")
    base = parts[0] if parts[0] in STANDARD else "Unmodified"
    modifier = parts[-1] if parts[-1] not in STANDARD else None
    return base, modifier


def chosen_option(options: Sequence[OptionAmount], selected: str | None) -> OptionAmount | None:
    """The payment option the member chose (the unmodified benefit when none is chosen), when it has a
    monthly amount for the member; None when it cannot be priced (e.g. Option E without the spouse's
    birth date) or the options were not computed. What the member is paid each month follows it
    (Handbook 2023 "Payment Options": the option chosen at retirement sets the monthly benefit)."""
    option = next((o for o in options if o.code == (selected or "Unmodified")), None)
    return option if option is not None and option.member_monthly is not None else None


def paid_monthly(options: Sequence[OptionAmount], selected: str | None, unmodified: Decimal) -> Decimal:
    """What the member is paid each month: the chosen option's amount, else the unmodified benefit."""
    chosen = chosen_option(options, selected)
    return unmodified if chosen is None or chosen.member_monthly is None else chosen.member_monthly


def option_family(
    options: Sequence[OptionAmount], selected: str | None
) -> tuple[list[OptionAmount], list[OptionAmount]]:
    """The standard options, and F, G50 and G100 combined with the chosen option's base.

    This is how the screen and the PDF lay options out: the nine standard ones, then the add-ons that
    go with the one chosen.
    """
    base, _ = split_code(selected or "Unmodified")
    prefix = "" if base == "Unmodified" else base + "+"
    standard = [o for o in options if o.code in STANDARD]
    extras = [o for o in options if o.code in (prefix + "F", prefix + "G50", prefix + "G100")]
    return standard, extras


def _g_name(code: str, percent: int) -> str:
    """'E + G: 50% lump sum', or 'G: 100% lump sum' on the unmodified benefit."""
    return f"{'' if code == 'Unmodified' else code + ' + '}G: {percent}% lump sum"


def _prefix(code: str, suffix: str) -> str:
    return suffix if code == "Unmodified" else f"{code}+{suffix}"


def _with_f(
    standard: list[OptionAmount],
    member: Life,
    basis: ValuationBasis,
    social_security: SocialSecurityLevel | None,
    missing: str | None,
) -> list[OptionAmount]:
    """Option F on the unmodified benefit and on A-E (Handbook 2023: F goes with one of them)."""
    result = []
    factor = None
    if social_security is not None:
        factor = social_security_leveling_factor(member, basis, social_security.months_to_ss_age)
    for option in standard:
        code = _prefix(option.code, "F")
        name = (
            f"{option.code} + F: Social Security leveling"
            if option.code != "Unmodified"
            else "F: Social Security leveling"
        )
        description = DESCRIPTIONS["F"].format(f=f"{factor:.0%}" if factor is not None else "a share")
        why = missing or option.missing
        if why is not None or factor is None or social_security is None or option.member_monthly is None:
            result.append(
                OptionAmount(code, name, description, None, None, missing=why or "needs a Social Security estimate")
            )
            continue
        before = option.member_monthly + _times(social_security.monthly, factor)
        after = before - social_security.monthly
        if after < 0:
            result.append(
                OptionAmount(
                    code,
                    name,
                    description,
                    None,
                    None,
                    missing="the Social Security estimate is larger than the benefit",
                )
            )
            continue
        survivor = None
        if option.survivor_monthly is not None and option.member_monthly:
            survivor = after * (option.survivor_monthly / option.member_monthly)
        result.append(
            OptionAmount(
                code,
                name,
                description,
                before,
                survivor,
                option.survivor_note
                + (", on the amount after your Social Security age" if survivor is not None else ""),
                member_monthly_after_ss_age=after,
                factor_source=option.factor_source,
            )
        )
    return result


def _with_g(percent: int, base: _Base, inputs: OptionInputs, only: str | None = None) -> list[OptionAmount]:
    """Option G (lump sum of 50% or 100% of the balance) on the unmodified benefit and on A-E.

    The benefit is reduced by the annuity the lump sum would have bought: U' = U - L / ä_x, and A and B
    then refund only what is left of the balance (Handbook 2023 'Option G').
    """
    suffix = f"G{percent}"
    description = DESCRIPTIONS["G"].format(p=percent)
    codes = [code for code in STANDARD if only is None or _prefix(code, suffix) == only]
    if base.balance is None:
        return [
            OptionAmount(_prefix(code, suffix), _g_name(code, percent), description, None, None, missing=NEEDS_BALANCE)
            for code in codes
        ]
    lump = base.balance * percent / 100
    reduced = base.benefit - lump / Decimal(repr(annuity_value(inputs.member, inputs.basis)))
    result = []
    for code in codes:
        name = _g_name(code, percent)
        if reduced <= 0:
            result.append(
                OptionAmount(
                    _prefix(code, suffix),
                    name,
                    description,
                    None,
                    None,
                    missing="the lump sum would use up the whole benefit",
                )
            )
            continue
        option = _standard(code, _Base(reduced, base.balance - lump), inputs)
        result.append(
            OptionAmount(
                _prefix(code, suffix),
                name,
                description,
                option.member_monthly,
                option.survivor_monthly,
                option.survivor_note,
                lump_sum=lump,
                missing=option.missing,
                factor_source=option.factor_source,
            )
        )
    return result
