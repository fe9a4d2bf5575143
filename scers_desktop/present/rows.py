"""The rows of an estimate's tables as text: payment options, benefit by age, COLA, net pay and service
purchases. Each row is worded once here; the results view, the PDF and the command line lay them out."""

from dataclasses import dataclass
from decimal import Decimal

from scers_desktop.engine import Estimate
from scers_desktop.engine.model import EstimateType
from scers_desktop.engine.net_pay import NetPay, withholding_reference
from scers_desktop.engine.options import OptionAmount, option_family, split_code
from scers_desktop.present import messages
from scers_desktop.present.curve import Curve
from scers_desktop.present.messages import member_amount_text
from scers_desktop.present.text import format_dollars, long_date, years_text

#: What a cell shows where there is no amount.
NO_AMOUNT = "—"
NOT_ELIGIBLE = "not eligible"


def money_text(amount: Decimal | None) -> str:
    """Dollars for a table cell, or :data:`NO_AMOUNT`."""
    return NO_AMOUNT if amount is None else format_dollars(amount)


@dataclass(frozen=True)
class OptionRow:
    """One payment option in words.

    ``member`` adds Option F's later amount and Option G's lump sum to ``member_monthly``; ``survivor`` is
    the amount alone (the screen's column), ``survivor_detail`` adds how long it is paid
    (the PDF's); ``note`` is the screen's short note and ``meaning`` the PDF's description, each saying
    why the option is not shown when it cannot be priced. ``priced`` is whether any amount is known.
    """

    code: str
    name: str
    member: str
    member_monthly: str
    survivor: str
    survivor_detail: str
    note: str
    meaning: str
    priced: bool


def option_row(option: OptionAmount) -> OptionRow:
    """The words of one payment option."""
    note = option.survivor_note if option.missing is None else f"This option {option.missing}."
    survivor = money_text(option.survivor_monthly)
    detail = f" ({option.survivor_note})" if option.survivor_monthly and option.survivor_note else ""
    return OptionRow(
        code=option.code,
        name=option.name,
        member=member_amount_text(option),
        member_monthly=money_text(option.member_monthly),
        survivor=survivor,
        survivor_detail=survivor + detail,
        note=note[:1].upper() + note[1:],
        meaning=option.description if option.missing is None else f"Not shown: this option {option.missing}.",
        priced=option.member_monthly is not None or option.survivor_monthly is not None,
    )


@dataclass(frozen=True)
class OptionTable:
    """The payment options as laid out: the standard ones, then F and G combined with the chosen one."""

    selected: str
    standard: tuple[OptionRow, ...]
    combined: tuple[OptionRow, ...]
    #: A death-before-retirement estimate prints every option it has in one list.
    printed: tuple[OptionRow, ...]
    #: The row of ``printed`` of the chosen option, or None.
    printed_chosen: int | None
    #: "E: all to spouse/partner: Less for life; …", the chosen option and what it means.
    meaning: str
    #: Every option in the engine's order (the command line lists those with an amount).
    every: tuple[OptionRow, ...]


def option_table(result: Estimate) -> OptionTable:
    """The options of an estimate in the screen's and the PDF's layout."""
    selected = result.scenario.selected_option or "Unmodified"
    standard, extras = option_family(result.options, selected)
    printed = (
        list(result.options)
        if result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT
        else standard + extras
    )
    chosen = result.option(selected)
    return OptionTable(
        selected=selected,
        standard=tuple(option_row(o) for o in standard),
        combined=tuple(option_row(o) for o in extras),
        printed=tuple(option_row(o) for o in printed),
        printed_chosen=next((i for i, o in enumerate(printed) if o.code == selected), None),
        meaning=f"{chosen.name}: {chosen.description}" if chosen else "",
        every=tuple(option_row(o) for o in result.options),
    )


@dataclass(frozen=True)
class ChosenAmount:
    """The chosen payment option in words: what every front end puts first.

    ``member`` is "$4,297.34 a month" (with Option F's later amount, Option G's lump sum); ``survivor``
    "$4,297.34 a month to your spouse or partner (for their life)" or None when the option pays no monthly
    survivor amount (``survivor_short`` is it without "a month" and how long); ``after_death`` what it
    pays instead ("no survivor benefit"); ``name`` "Option E: all to spouse/partner" (or "Unmodified
    (straight) benefit"); ``reference`` the unmodified
    amount, labelled, when another option is chosen; ``missing`` why a chosen option is not shown (its
    amount cannot be worked out), the unmodified benefit being shown instead.
    """

    code: str
    name: str
    monthly: Decimal
    member: str
    survivor: str | None
    #: The survivor's amount without how long it is paid, for the headline.
    survivor_short: str | None
    after_death: str
    reference: str | None
    missing: str | None

    @property
    def headline(self) -> str:
        """'$4,297.34 a month; after your death $4,297.34 to your spouse or partner'."""
        return self.member + (f"; after your death {self.survivor_short}" if self.survivor_short else "")


def _who(code: str) -> str:
    return "your spouse or partner" if split_code(code)[0] in ("D", "E") else "your beneficiary"


def chosen_amount(result: Estimate) -> ChosenAmount | None:
    """The chosen option's amounts in words, for a service or disability retirement that pays (else None)."""
    unmodified = result.unmodified_monthly
    if unmodified is None or result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        return None
    selected = result.scenario.selected_option or "Unmodified"
    asked, chosen = result.option(selected), result.chosen
    missing = (
        f"Option {selected} is not shown: this option {asked.missing}."
        if asked is not None and chosen is None and asked.missing
        else None
    )
    reference = f"Unmodified (straight) benefit, for reference: {format_dollars(unmodified)} a month"
    if chosen is None or chosen.code == "Unmodified" or chosen.member_monthly is None:
        return ChosenAmount(
            "Unmodified", "Unmodified (straight) benefit", unmodified, f"{format_dollars(unmodified)} a month",
            None, None, "no survivor benefit", None, missing,
        )  # fmt: skip
    member = f"{format_dollars(chosen.member_monthly)} a month"
    if chosen.member_monthly_after_ss_age is not None:
        member += f", then {format_dollars(chosen.member_monthly_after_ss_age)} from your Social Security age"
    if chosen.lump_sum is not None:
        member += f", plus a {format_dollars(chosen.lump_sum)} lump sum when you retire"
    survivor = short = None
    if chosen.survivor_monthly is not None:
        note = f" ({chosen.survivor_note})" if chosen.survivor_note else ""
        short = f"{format_dollars(chosen.survivor_monthly)} to {_who(chosen.code)}"
        survivor = f"{format_dollars(chosen.survivor_monthly)} a month to {_who(chosen.code)}{note}"
    return ChosenAmount(
        chosen.code,
        f"Option {chosen.name}",
        chosen.member_monthly,
        member,
        survivor,
        short,
        chosen.survivor_note or "no survivor benefit",
        reference,
        None,
    )


def chosen_base(table: OptionTable) -> str:
    """The standard option the chosen one is built on: 'E' for 'E+G50', 'Unmodified' for 'F'."""
    return split_code(table.selected)[0]


@dataclass(frozen=True)
class AgeTable:
    """The benefit-by-age table: one row per age (age, pension starts, unmodified, chosen option)."""

    rows: tuple[tuple[str, str, str, str], ...]
    #: The printed table: the ages before the first eligible one in one "50–51 … not eligible" row.
    printed: tuple[tuple[str, str, str, str], ...]
    #: The row of ``printed`` of the chosen age, or None.
    printed_chosen: int | None
    chosen_age: int


def _dollars(value: float | None, empty: str) -> str:
    return empty if value is None else f"${value:,.2f}"


def age_table(curve: Curve, chosen_age: int) -> AgeTable:
    """Every age of the curve as a row, and the printed table that starts at the first eligible age."""
    rows = tuple(
        (str(age), long_date(day), _dollars(value, NOT_ELIGIBLE), _dollars(option, ""))
        for age, day, value, option in zip(curve.ages, curve.dates, curve.unmodified, curve.option, strict=True)
    )
    first = next((a for a, ok in zip(curve.ages, curve.eligible, strict=True) if ok), None)
    printed: list[tuple[str, str, str, str]] = []
    if first is not None and first > curve.ages[0]:
        printed.append((f"{curve.ages[0]}–{first - 1}", "", NOT_ELIGIBLE, ""))
    if first is not None:
        printed.extend(row for age, row in zip(curve.ages, rows, strict=True) if age >= first)
    chosen = next((i for i, r in enumerate(printed) if r[0] == str(chosen_age)), None)
    return AgeTable(rows, tuple(printed), chosen, chosen_age)


#: The COLA table's headings. Each row's total is what has been paid up to (not including) the next
#: row's date, the next November's increase.
COLA_HEADINGS = ("From", "Age", "Monthly", "Paid in total before the next increase")


def cola_rows(result: Estimate) -> tuple[tuple[str, str, str, str], ...]:
    """The first ten years of cost-of-living increases of the chosen option's amount: from, age, monthly,
    and the total paid from the first payment up to the next row's date (:data:`COLA_HEADINGS`)."""
    return tuple(
        (long_date(c.start), str(c.age), format_dollars(c.monthly), format_dollars(c.paid_to_date))
        for c in result.cola[:10]
    )


def _deduction(amount: Decimal) -> str:
    """A deduction as entered: '−$450.00', or 'none entered'."""
    return f"−{format_dollars(amount)}" if amount else "none entered"


@dataclass(frozen=True)
class NetPayText:
    """The net pay estimate as the PDF's table rows and as the screen's sentence, with the notes printed
    under the table (why there is no net amount, when there is none; the tax tables used)."""

    rows: tuple[tuple[str, str], ...]
    sentence: str
    notes: tuple[str, ...]
    #: The table's heading: "Net pay estimate (Option E: all to spouse/partner)".
    heading: str


def net_pay_text(pay: NetPay, chosen: ChosenAmount | None) -> NetPayText:
    """The words of a net pay estimate (of the chosen option's monthly amount, ``chosen``)."""
    of = chosen.name if chosen is not None else "Unmodified (straight) benefit"
    missing = messages.net_pay_missing(pay)
    status = pay.filing_status.replace("_", " ")
    tables = f"2026 tables, {status}"
    rows = (
        ("Gross benefit", format_dollars(pay.gross)),
        (f"Federal tax withheld ({tables})", f"−{format_dollars(pay.federal_withholding)}"),
        ("Medical premium", _deduction(pay.medical)),
        ("Dental premium", _deduction(pay.dental)),
        ("Net monthly pay", "not shown" if pay.net is None else format_dollars(pay.net)),
    )
    # Deductions larger than the benefit leave no net amount: it is never printed as money, and the
    # reason is said instead.
    sentence = (
        f"Net pay estimate ({of}): {format_dollars(pay.gross)} less federal tax withheld "
        f"{format_dollars(pay.federal_withholding)} ({tables})"
        + (f", medical {format_dollars(pay.medical)}" if pay.medical else "")
        + (f", dental {format_dollars(pay.dental)}" if pay.dental else "")
        + (f" = {format_dollars(pay.net)} a month." if pay.net is not None else f". No net pay: {missing}.")
    )
    notes = [] if missing is None else [f"No net pay is shown: {missing}."]
    notes.append(
        "Washington has no state income tax. SCERS withholds at the single rate unless you file a W-4P. "
        f"Withholding tables: {withholding_reference()}."
    )
    return NetPayText(rows, sentence, tuple(notes), f"Net pay estimate ({of})")


def _purchase_kind(kind: str, leave_number: int | None = None) -> str:
    """'redeposit', 'military prior', or 'leave 2 bought back' for a leave ticked Bought back."""
    return kind.replace("_", " ") if leave_number is None else f"leave {leave_number} bought back"


def purchase_rows(result: Estimate) -> tuple[tuple[str, str, str, str], ...]:
    """Each service purchase: what, estimated cost (or what it needs), monthly increase, payback age."""
    return tuple(
        (
            f"{_purchase_kind(p.kind, p.leave_number)}, {years_text(p.service_years)} years",
            money_text(p.cost) if p.missing is None else f"cost {p.missing}",
            money_text(p.monthly_increase),
            "" if p.payback_age is None else f"{p.payback_age:.1f}",
        )
        for p in result.purchases
    )


def purchase_methods(result: Estimate) -> tuple[str, ...]:
    """How each purchase's cost was estimated, for those with a method."""
    return tuple(
        f"How the {_purchase_kind(p.kind, p.leave_number)} cost was estimated: {p.how} ({messages.BUYBACKS_SOURCE})."
        for p in result.purchases
        if p.how
    )


def why_rows(result: Estimate) -> tuple[tuple[str, str, str, str], ...]:
    """'Why this number': figure, value, how it was found, source."""
    return tuple((e.label, e.value, e.rule, e.source) for e in messages.explanations(result))
