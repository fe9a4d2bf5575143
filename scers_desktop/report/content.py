"""What the PDF says, as plain data: sections of paragraphs, tables and a chart series.

Built from an :class:`~scers_desktop.engine.Estimate` and its sweep only, so the words and numbers
can be tested without rendering, and the app, the CLI and the kiosk print the same document.
Order (issue 6): title and dates; the member's situation; the headline; every payment option; the
chart with its table; COLA and net pay; how it was calculated; next steps. Every page carries the
disclaimer and "page X of Y" (added by the renderer).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from scers_desktop import APP_NAME, __version__
from scers_desktop.engine import Estimate, EstimateType, SweepPoint
from scers_desktop.engine.money import to_cents
from scers_desktop.engine.net_pay import withholding_reference
from scers_desktop.engine.options import OptionAmount, option_family, split_code
from scers_desktop.present import messages
from scers_desktop.present.messages import assumption_rows, event_text, member_amount_text, survivor_choice_lines
from scers_desktop.present.text import format_dollars, long_date, month_year

TITLE = "Unofficial Benefit Estimate"
DISCLAIMER = "Unofficial estimate — SCERS is not bound by it. Amounts are before taxes and deductions."
NO_AMOUNT = "—"


@dataclass(frozen=True)
class Table:
    """A table: headings, rows of text, and each column's share of the width."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric_columns: tuple[int, ...] = ()
    highlight_row: int | None = None


@dataclass(frozen=True)
class Chart:
    """The benefit-by-age series, with the chosen age marked."""

    ages: tuple[int, ...]
    unmodified: tuple[float | None, ...]
    option: tuple[float | None, ...]
    option_label: str | None
    chosen_age: int | None


Block = str | Table | Chart


@dataclass(frozen=True)
class Section:
    """A titled part of the document."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ReportContent:
    """The whole document as data."""

    title: str
    subtitle: str
    sections: tuple[Section, ...]
    footer: str = DISCLAIMER
    author: str = f"{APP_NAME} {__version__}"
    subject: str = "Unofficial SCERS pension estimate"
    keywords: tuple[str, ...] = field(default=("SCERS", "pension", "estimate", "unofficial"))

    def text(self) -> str:
        """All the words, in reading order (for tests and accessibility checks)."""
        parts = [self.title, self.subtitle]
        for section in self.sections:
            parts.append(section.title)
            for block in section.blocks:
                if isinstance(block, str):
                    parts.append(block)
                elif isinstance(block, Table):
                    parts.append(" | ".join(block.headings))
                    parts.extend(" | ".join(row) for row in block.rows)
        return "\n".join(parts)


def _deduction(amount: Decimal) -> str:
    """A deduction as entered: '−$450.00', or 'none entered'."""
    return f"−{format_dollars(amount)}" if amount else "none entered"


def _money(amount: Decimal | None) -> str:
    return NO_AMOUNT if amount is None else format_dollars(amount)


def _situation(result: Estimate, personal: bool) -> Section:
    s = result.scenario
    member = s.member
    lines = [f"Plan: {result.plan.name}" + ("" if member.plan_given else " (from the membership date)") + "."]
    if personal and member.name:
        lines.append(f"Member: {member.name}.")
    if personal:
        lines.append(f"Birth date: {long_date(member.birth_date)}.")
    lines.append(
        f"Pension starts {long_date(result.retirement_date)}, at age {result.age.completed_years} "
        f"(last day of work {long_date(result.separation_date)})."
    )
    service = result.service
    if service.quick:
        lines.append(f"Credited service: {service.total_years:.2f} years, as entered.")
    else:
        parts = [f"{service.employment_years:.2f} years of City employment (prorated by FTE)"]
        if service.leave_years_not_credited:
            parts.append(f"less {service.leave_years_not_credited:.2f} years of leave not bought back")
        if service.purchased_leave_years:
            parts.append(f"including {service.purchased_leave_years:.2f} years of leave bought back")
        if service.purchase_years:
            parts.append(f"plus {service.purchase_years:.2f} years purchased")
        lines.append(f"Credited service: {service.total_years:.2f} years: " + ", ".join(parts) + ".")
    if s.portability is not None:
        lines.append(
            f"Portability: {s.portability.service_years:.2f} years in {s.portability.system}; combined service for "
            f"eligibility and the factor: {result.factor_service_years:.2f} years."
        )
    fas = result.fas
    if fas is not None:
        if fas.quick:
            how = "as entered"
        else:
            run = "in a row " if fas.consecutive else ""
            how = f"the highest {fas.months_required} months {run}of pay"
            if fas.window_start and fas.window_end:
                how += f", {month_year(fas.window_start)} to {month_year(fas.window_end)}"
        lines.append(f"Final average salary: {format_dollars(fas.monthly)} a month ({how}).")
    return Section("Your situation", tuple(lines))


def _headline(result: Estimate) -> Section:
    if not result.eligible or result.unmodified_monthly is None:
        blocks: list[Block] = [
            f"Not eligible on {long_date(result.retirement_date)}. {messages.reason(result) or ''}".strip()
        ]
        if result.earliest_eligible_date is not None:
            blocks.append(
                f"Earliest date you could retire on the same service path: {long_date(result.earliest_eligible_date)}."
            )
        return Section("Your benefit", tuple(blocks))
    lines: list[Block] = [f"Unmodified (straight) monthly benefit: {format_dollars(result.unmodified_monthly)}."]
    if result.disability is not None:
        lines.append(f"Disability retirement: {result.disability.percent_of_fas:.2f}% of final average salary.")
    if result.factor is not None and result.factor.factor_percent is not None and result.formula is not None:
        formula = result.formula
        lines.append(
            f"Factor: {result.factor.factor_percent:.2f}% a year × {result.service.total_years:.2f} years = "
            f"{formula.percent_before_cap:.2f}% of final average salary"
            + (f", held at the {formula.percent_of_fas:.0f}% cap" if formula.capped else "")
            + f"; formula benefit {format_dollars(formula.monthly)}."
        )
    if result.annuity_monthly is not None and result.formula is not None:
        winner = "the annuity" if result.unmodified_from_annuity else "the formula"
        lines.append(
            f"Plan 1 pays the greater of the formula and the 'two times match' annuity "
            f"({format_dollars(result.annuity_monthly)}): here {winner} is greater."
        )
    if result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        lines.append(
            event_text(
                result.scenario.estimate_type,
                result.retirement_date,
                result.age.completed_years,
                result.service.total_years,
            )
            + ": the benefit above is what you would have had on retiring "
            "that day; your spouse or partner's choices follow."
        )
        lines.extend(survivor_choice_lines(result.options))
    return Section("Your benefit", tuple(lines))


def _option_row(option: OptionAmount) -> tuple[str, ...]:
    member = member_amount_text(option)
    meaning = option.description if option.missing is None else f"Not shown: this option {option.missing}."
    survivor = _money(option.survivor_monthly) + (
        f" ({option.survivor_note})" if option.survivor_monthly and option.survivor_note else ""
    )
    return (option.name, member, survivor, meaning)


def _options(result: Estimate) -> Section | None:
    if not result.options:
        return None
    selected = result.scenario.selected_option or "Unmodified"
    standard, extras = option_family(result.options, selected)
    if result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
        standard, extras = list(result.options), []
    rows = [_option_row(o) for o in standard + extras]
    chosen = next((i for i, o in enumerate(standard + extras) if o.code == selected), None)
    blocks: list[Block] = [
        "Each option's monthly amount for you and, after your death, for your survivor. "
        + (f"Your chosen option ({selected}) is shaded." if chosen is not None else "")
    ]
    blocks.append(
        Table(
            ("Option", "You get each month", "After your death", "What it means"),
            tuple(rows),
            (0.2, 0.18, 0.2, 0.42),
            numeric_columns=(1, 2),
            highlight_row=chosen,
        )
    )
    if result.scenario.beneficiary is None:
        blocks.append(
            "No spouse, partner or beneficiary was entered, so no survivor amounts are shown for Options D and E; "
            "enter their birth date to see them."
        )
    blocks.append(
        "Option amounts are approximate: SCERS does not publish its option factors, so each option is valued to be "
        "worth the same as the unmodified benefit on the basis named under 'How this was calculated'."
    )
    return Section("Payment options", tuple(blocks))


def _chart(result: Estimate, points: Sequence[SweepPoint]) -> Section | None:
    if not points:
        return None
    chosen = result.age.completed_years
    code = result.scenario.selected_option if result.scenario.selected_option not in (None, "Unmodified") else None

    def dollars(value: Decimal | None, eligible: bool) -> float | None:
        return None if value is None or not eligible else float(to_cents(value))

    chart = Chart(
        ages=tuple(p.age for p in points),
        unmodified=tuple(dollars(p.unmodified_monthly, p.eligible) for p in points),
        option=tuple(dollars(p.option_monthly, p.eligible) for p in points),
        option_label=f"Option {code}" if code else None,
        chosen_age=chosen if chosen in [p.age for p in points] else None,
    )
    rows = []
    first_eligible = next((p.age for p in points if p.eligible), None)
    if first_eligible is not None and first_eligible > points[0].age:
        rows.append((f"{points[0].age}–{first_eligible - 1}", "", "not eligible", ""))
    for p in points:
        if first_eligible is not None and p.age >= first_eligible:
            value = dollars(p.unmodified_monthly, p.eligible)
            option = dollars(p.option_monthly, p.eligible)
            rows.append(
                (
                    str(p.age),
                    long_date(p.retirement_date),
                    "not eligible" if value is None else f"${value:,.2f}",
                    "" if option is None else f"${option:,.2f}",
                )
            )
    chosen_row = next((i for i, r in enumerate(rows) if r[0] == str(chosen)), None)
    table = Table(
        ("Age", "Pension starts", "Unmodified a month", chart.option_label or "Chosen option"),
        tuple(rows),
        (0.12, 0.3, 0.29, 0.29),
        numeric_columns=(2, 3),
        highlight_row=chosen_row,
    )
    text = (
        "Monthly benefit if your pension starts on the birthday at each age, with the same service path. "
        f"Your chosen age ({chosen}) is marked."
    )
    return Section("Benefit by retirement age", (text, chart, table))


def _cola_and_pay(result: Estimate) -> Section | None:
    blocks: list[Block] = []
    if result.cola:
        blocks.append(
            "Each November after a year in pay the benefit rises by 1.5%, or more if needed to keep 65% of its "
            "buying power (Handbook 2023). First ten years:"
        )
        blocks.append(
            Table(
                ("From", "Age", "Monthly", "Paid in total by then"),
                tuple(
                    (long_date(c.start), str(c.age), format_dollars(c.monthly), format_dollars(c.paid_to_date))
                    for c in result.cola[:10]
                ),
                (0.34, 0.12, 0.22, 0.32),
                numeric_columns=(2, 3),
            )
        )
    pay = result.net_pay
    if pay is not None:
        status = pay.filing_status.replace("_", " ")
        blocks.append(
            Table(
                ("Net pay estimate (unmodified benefit)", "Monthly"),
                (
                    ("Gross benefit", format_dollars(pay.gross)),
                    (f"Federal tax withheld (2026 tables, {status})", f"−{format_dollars(pay.federal_withholding)}"),
                    ("Medical premium", _deduction(pay.medical)),
                    ("Dental premium", _deduction(pay.dental)),
                    ("Net monthly pay", "not shown" if pay.net is None else format_dollars(pay.net)),
                ),
                (0.7, 0.3),
                numeric_columns=(1,),
            )
        )
        if (missing := messages.net_pay_missing(pay)) is not None:
            blocks.append(f"No net pay is shown: {missing}.")
        blocks.append(
            "Washington has no state income tax. SCERS withholds at the single rate unless you file a W-4P. "
            f"Withholding tables: {withholding_reference()}."
        )
    if result.purchases:
        rows = []
        for p in result.purchases:
            rows.append(
                (
                    f"{p.kind.replace('_', ' ')}, {p.service_years:.2f} years",
                    _money(p.cost) if p.missing is None else f"cost {p.missing}",
                    _money(p.monthly_increase),
                    "" if p.payback_age is None else f"{p.payback_age:.1f}",
                )
            )
        blocks.append(
            Table(
                ("Service purchase", "Estimated cost", "Adds a month", "Paid back by age"),
                tuple(rows),
                (0.4, 0.22, 0.2, 0.18),
                numeric_columns=(1, 2),
            )
        )
        blocks.extend(
            f"How the {p.kind.replace('_', ' ')} cost was estimated: {p.how} (Handbook 2023 'Redeposits/Buybacks')."
            for p in result.purchases
            if p.how
        )
    if result.refund is not None:
        blocks.append(
            f"Refund instead of a pension: your contributions with interest, about {format_dollars(result.refund)}, "
            "taxable; taking it gives up the pension."
        )
    return Section("Cost-of-living, net pay and purchases", tuple(blocks)) if blocks else None


def _how(result: Estimate) -> Section:
    rows = tuple((e.label, e.value, e.rule, e.source) for e in messages.explanations(result))
    blocks: list[Block] = []
    if rows:
        blocks.append(Table(("Figure", "Value", "How it was found", "Source"), rows, (0.2, 0.15, 0.35, 0.3)))
    if notes := messages.warnings(result):
        blocks.append("Assumptions and notes that apply to this estimate:")
        blocks.extend(f"• {w}" for w in notes)
    settings_rows = tuple(assumption_rows(result.scenario, result.settings))
    blocks.append(Table(("Setting", "Value", "Kind", "Why"), settings_rows, (0.2, 0.2, 0.13, 0.47)))
    blocks.append(
        f"Rules: {result.rules_version}, from the SCERS Member Handbook (June 2023; 2011 where the 2023 edition is "
        "silent). Factor tables: Handbook 2023 Appendices A and B (SMC 4.36.605 and 4.36.608)."
    )
    return Section("How this was calculated", tuple(blocks))


def _next_steps(result: Estimate, made_on: date) -> Section:
    s = result.scenario
    steps = []
    years_away = (result.retirement_date - made_on).days / 365.25
    steps.append(
        "Ask SCERS for an official estimate with the Benefit Estimate Request form"
        + (
            " — you are within five years of this retirement date."
            if years_away <= 5
            else " when you are within five years of retiring."
        )
    )
    if s.purchases or any(x.purchased for x in s.leaves):
        steps.append(
            "To buy service, send a Service Credit Purchase Request; purchases must be paid while you are employed."
        )
    if s.portability is not None:
        steps.append("Dual membership: file the Portability Claim Form with SCERS and your other Washington system.")
    if s.beneficiary is not None or split_code(s.selected_option or "Unmodified")[0] != "Unmodified":
        steps.append(
            "Name your beneficiary on a notarized Beneficiary Designation Form; for Options D and E bring your "
            "marriage licence or domestic-partnership registration, and your spouse signs the retirement application."
        )
    if "F" in (s.selected_option or ""):
        steps.append("For Option F, bring a recent Social Security estimate with your name printed on it.")
    steps.append("Check your service history and pay in SCERS Member Self-Service (MSS) against what you entered here.")
    return Section("Next steps", tuple(f"{i}. {text}" for i, text in enumerate(steps, start=1)))


def report_content(result: Estimate, points: Sequence[SweepPoint], *, personal: bool, made_on: date) -> ReportContent:
    """The document for one estimate. ``personal`` prints the member's name and birth date."""
    subtitle = f"Made {long_date(made_on)} with {APP_NAME} {__version__}. Rules: {result.rules_version}." + (
        f" Scenario: {result.scenario.label}." if result.scenario.label else ""
    )
    if personal and result.scenario.member.name:
        subtitle = f"For {result.scenario.member.name}. " + subtitle
    if not result.eligible:
        sections = [_situation(result, personal), _headline(result), _next_steps(result, made_on)]
    else:
        sections = [
            _situation(result, personal),
            _headline(result),
            *[s for s in (_options(result), _chart(result, points), _cola_and_pay(result)) if s is not None],
            _how(result),
            _next_steps(result, made_on),
        ]
    return ReportContent(TITLE, subtitle, tuple(sections))
