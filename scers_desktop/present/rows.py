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
from scers_desktop.present.i18n import N_, SOURCE, _, current
from scers_desktop.present.messages import member_amount_text, option_description, option_name
from scers_desktop.present.text import fixed, format_dollars, long_date, years_text

#: What a cell shows where there is no amount.
NO_AMOUNT = "—"
NOT_ELIGIBLE = N_("not eligible")
UNMODIFIED = N_("Unmodified (straight) benefit")
NO_SURVIVOR = N_("no survivor benefit")


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
    note = _(option.survivor_note) if option.missing is None else _("This option {why}.").format(why=_(option.missing))
    survivor = money_text(option.survivor_monthly)
    detail = f" ({_(option.survivor_note)})" if option.survivor_monthly and option.survivor_note else ""
    return OptionRow(
        code=option.code,
        name=option_name(option),
        member=member_amount_text(option),
        member_monthly=money_text(option.member_monthly),
        survivor=survivor,
        survivor_detail=survivor + detail,
        note=note[:1].upper() + note[1:],
        meaning=option_description(option)
        if option.missing is None
        else _("Not shown: this option {why}.").format(why=_(option.missing)),
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
        meaning=f"{option_name(chosen)}: {option_description(chosen)}" if chosen else "",
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
        if not self.survivor_short:
            return self.member
        return _("{member}; after your death {survivor}").format(member=self.member, survivor=self.survivor_short)


def _who(code: str) -> str:
    return _("your spouse or partner") if split_code(code)[0] in ("D", "E") else _("your beneficiary")


def chosen_amount(result: Estimate) -> ChosenAmount | None:
    """The chosen option's amounts in words, for a service or disability retirement that pays (else None)."""
    unmodified = result.unmodified_monthly
    if unmodified is None or result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        return None
    selected = result.scenario.selected_option or "Unmodified"
    asked, chosen = result.option(selected), result.chosen
    missing = (
        _("Option {code} is not shown: this option {why}.").format(code=selected, why=_(asked.missing))
        if asked is not None and chosen is None and asked.missing
        else None
    )
    reference = _("Unmodified (straight) benefit, for reference: {amount} a month").format(
        amount=format_dollars(unmodified)
    )
    a_month = N_("{amount} a month")
    if chosen is None or chosen.code == "Unmodified" or chosen.member_monthly is None:
        return ChosenAmount(
            "Unmodified", _(UNMODIFIED), unmodified, _(a_month).format(amount=format_dollars(unmodified)),
            None, None, _(NO_SURVIVOR), None, missing,
        )  # fmt: skip
    member = _(a_month).format(amount=format_dollars(chosen.member_monthly))
    if chosen.member_monthly_after_ss_age is not None:
        member += _(", then {amount} from your Social Security age").format(
            amount=format_dollars(chosen.member_monthly_after_ss_age)
        )
    if chosen.lump_sum is not None:
        member += _(", plus a {amount} lump sum when you retire").format(amount=format_dollars(chosen.lump_sum))
    survivor = short = None
    if chosen.survivor_monthly is not None:
        note = f" ({_(chosen.survivor_note)})" if chosen.survivor_note else ""
        words = {"amount": format_dollars(chosen.survivor_monthly), "who": _who(chosen.code)}
        short = _("{amount} to {who}").format(**words)
        survivor = _("{amount} a month to {who}").format(**words) + note
    return ChosenAmount(
        chosen.code,
        _("Option {name}").format(name=option_name(chosen)),
        chosen.member_monthly,
        member,
        survivor,
        short,
        _(chosen.survivor_note or NO_SURVIVOR),
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
    if value is None:
        return empty
    return f"${value:,.2f}" if current() == SOURCE else format_dollars(Decimal(repr(value)))


def age_table(curve: Curve, chosen_age: int) -> AgeTable:
    """Every age of the curve as a row, and the printed table that starts at the first eligible age."""
    rows = tuple(
        (str(age), long_date(day), _dollars(value, _(NOT_ELIGIBLE)), _dollars(option, ""))
        for age, day, value, option in zip(curve.ages, curve.dates, curve.unmodified, curve.option, strict=True)
    )
    first = next((a for a, ok in zip(curve.ages, curve.eligible, strict=True) if ok), None)
    printed: list[tuple[str, str, str, str]] = []
    if first is not None and first > curve.ages[0]:
        printed.append((f"{curve.ages[0]}–{first - 1}", "", _(NOT_ELIGIBLE), ""))
    if first is not None:
        printed.extend(row for age, row in zip(curve.ages, rows, strict=True) if age >= first)
    chosen = next((i for i, r in enumerate(printed) if r[0] == str(chosen_age)), None)
    return AgeTable(rows, tuple(printed), chosen, chosen_age)


#: The COLA table's headings. Each row's total is what has been paid up to (not including) the next
#: row's date, the next November's increase.
COLA_HEADINGS = (N_("From"), N_("Age"), N_("Monthly"), N_("Paid in total before the next increase"))


def cola_rows(result: Estimate) -> tuple[tuple[str, str, str, str], ...]:
    """The first ten years of cost-of-living increases of the chosen option's amount: from, age, monthly,
    and the total paid from the first payment up to the next row's date (:data:`COLA_HEADINGS`)."""
    return tuple(
        (long_date(c.start), str(c.age), format_dollars(c.monthly), format_dollars(c.paid_to_date))
        for c in result.cola[:10]
    )


def _deduction(amount: Decimal) -> str:
    """A deduction as entered: '−$450.00', or 'none entered'."""
    return f"−{format_dollars(amount)}" if amount else _("none entered")


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
    of = chosen.name if chosen is not None else _(UNMODIFIED)
    missing = messages.net_pay_missing(pay)
    tables = _("2026 tables, {status}").format(status=_(pay.filing_status.replace("_", " ")))
    rows = (
        (_("Gross benefit"), format_dollars(pay.gross)),
        (_("Federal tax withheld ({tables})").format(tables=tables), f"−{format_dollars(pay.federal_withholding)}"),
        (_("Medical premium"), _deduction(pay.medical)),
        (_("Dental premium"), _deduction(pay.dental)),
        (_("Net monthly pay"), _("not shown") if pay.net is None else format_dollars(pay.net)),
    )
    # Deductions larger than the benefit leave no net amount: it is never printed as money, and the
    # reason is said instead.
    sentence = (
        _("Net pay estimate ({option}): {gross} less federal tax withheld {tax} ({tables})").format(
            option=of, gross=format_dollars(pay.gross), tax=format_dollars(pay.federal_withholding), tables=tables
        )
        + (_(", medical {amount}").format(amount=format_dollars(pay.medical)) if pay.medical else "")
        + (_(", dental {amount}").format(amount=format_dollars(pay.dental)) if pay.dental else "")
        + (
            _(" = {amount} a month.").format(amount=format_dollars(pay.net))
            if pay.net is not None
            else _(". No net pay: {why}.").format(why=missing)
        )
    )
    notes = [] if missing is None else [_("No net pay is shown: {why}.").format(why=missing)]
    notes.append(
        _(
            "Washington has no state income tax. SCERS withholds at the single rate unless you file a W-4P. "
            "Withholding tables: {tables}."
        ).format(tables=withholding_reference())
    )
    return NetPayText(rows, sentence, tuple(notes), _("Net pay estimate ({option})").format(option=of))


def _purchase_kind(kind: str, leave_number: int | None = None) -> str:
    """'redeposit', 'military prior', or 'leave 2 bought back' for a leave ticked Bought back."""
    if leave_number is None:
        return _(kind.replace("_", " "))
    return _("leave {number} bought back").format(number=leave_number)


def purchase_rows(result: Estimate) -> tuple[tuple[str, str, str, str], ...]:
    """Each service purchase: what, estimated cost (or what it needs), monthly increase, payback age."""
    return tuple(
        (
            _("{kind}, {years} years").format(
                kind=_purchase_kind(p.kind, p.leave_number), years=years_text(p.service_years)
            ),
            money_text(p.cost) if p.missing is None else _("cost {why}").format(why=_(p.missing)),
            money_text(p.monthly_increase),
            "" if p.payback_age is None else fixed(p.payback_age, 1),
        )
        for p in result.purchases
    )


def purchase_methods(result: Estimate) -> tuple[str, ...]:
    """How each purchase's cost was estimated, for those with a method."""
    return tuple(
        _("How the {kind} cost was estimated: {how} ({source}).").format(
            kind=_purchase_kind(p.kind, p.leave_number), how=_(p.how), source=_(messages.BUYBACKS_SOURCE)
        )
        for p in result.purchases
        if p.how
    )


def why_rows(result: Estimate) -> tuple[tuple[str, str, str, str], ...]:
    """'Why this number': figure, value, how it was found, source."""
    return tuple((e.label, e.value, e.rule, e.source) for e in messages.explanations(result))
