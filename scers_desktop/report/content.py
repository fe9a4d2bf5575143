"""What the PDF says, as plain data: sections of paragraphs, tables and the benefit-by-age chart.

Laid out from an :class:`~scers_desktop.present.summary.EstimateSummary` only (the words are built
there, once, for the screen and the command line too), so the document can be tested without
rendering, and the app, the CLI and the kiosk print the same one. Order (issue 6): title and dates;
the member's situation; the headline; every payment option; the chart with its table; COLA and net
pay; how it was calculated; next steps. Every page carries the disclaimer and "page X of Y" (added by
the renderer).
"""

from dataclasses import dataclass, field

from scers_desktop import APP_NAME, __version__
from scers_desktop.present.curve import Curve
from scers_desktop.present.summary import COLA_INTRO, READINGS_HEADING, EstimateSummary


@dataclass(frozen=True)
class Table:
    """A table: headings, rows of text, and each column's share of the width."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric_columns: tuple[int, ...] = ()
    highlight_row: int | None = None


Block = str | Table | Curve


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
    footer: str
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


def _options(summary: EstimateSummary) -> Section | None:
    options = summary.options
    if not options.every:
        return None
    intro, *notes = summary.option_notes
    table = Table(
        ("Option", "You get each month", "After your death", "What it means"),
        tuple((row.name, row.member, row.survivor_detail, row.meaning) for row in options.printed),
        (0.2, 0.18, 0.2, 0.42),
        numeric_columns=(1, 2),
        highlight_row=options.printed_chosen,
    )
    return Section("Payment options", (intro, table, *notes))


def _chart(summary: EstimateSummary) -> Section | None:
    curve, ages = summary.curve, summary.ages
    if curve is None or ages is None:
        return None
    table = Table(
        ("Age", "Pension starts", "Unmodified a month", curve.option_label or "Chosen option"),
        ages.printed,
        (0.12, 0.3, 0.29, 0.29),
        numeric_columns=(2, 3),
        highlight_row=ages.printed_chosen,
    )
    text = (
        "Monthly benefit if your pension starts on the birthday at each age, with the same service path. "
        f"Your chosen age ({ages.chosen_age}) is marked."
    )
    return Section("Benefit by retirement age", (text, curve, table))


def _cola_and_pay(summary: EstimateSummary) -> Section | None:
    blocks: list[Block] = []
    if summary.cola:
        blocks.append(COLA_INTRO)
        blocks.append(
            Table(
                ("From", "Age", "Monthly", "Paid in total by then"),
                summary.cola,
                (0.34, 0.12, 0.22, 0.32),
                numeric_columns=(2, 3),
            )
        )
    pay = summary.net_pay
    if pay is not None:
        blocks.append(Table(("Net pay estimate (unmodified benefit)", "Monthly"), pay.rows, (0.7, 0.3), (1,)))
        blocks.extend(pay.notes)
    if summary.purchases:
        blocks.append(
            Table(
                ("Service purchase", "Estimated cost", "Adds a month", "Paid back by age"),
                summary.purchases,
                (0.4, 0.22, 0.2, 0.18),
                numeric_columns=(1, 2),
            )
        )
        blocks.extend(summary.purchase_methods)
    if summary.refund is not None:
        blocks.append(summary.refund.sentence)
    return Section("Cost-of-living, net pay and purchases", tuple(blocks)) if blocks else None


def _how(summary: EstimateSummary) -> Section:
    blocks: list[Block] = []
    if summary.why:
        blocks.append(Table(("Figure", "Value", "How it was found", "Source"), summary.why, (0.2, 0.15, 0.35, 0.3)))
    if summary.warnings:
        blocks.append("Assumptions and notes that apply to this estimate:")
        blocks.extend(f"• {w}" for w in summary.warnings)
    if summary.readings:
        blocks.append(READINGS_HEADING)
        blocks.extend(f"• {r}" for r in summary.readings)
    blocks.append(Table(("Setting", "Value", "Kind", "Why"), summary.settings, (0.2, 0.2, 0.13, 0.47)))
    blocks.append(summary.rules)
    return Section("How this was calculated", tuple(blocks))


def report_content(summary: EstimateSummary, *, personal: bool) -> ReportContent:
    """The document for one estimate. ``personal`` prints the member's name and birth date."""
    situation = Section("Your situation", summary.situation_lines(personal))
    benefit = Section("Your benefit", summary.benefit)
    steps = Section("Next steps", summary.next_steps)
    if not summary.eligible:
        sections = [situation, benefit, steps]
    else:
        middle = (_options(summary), _chart(summary), _cola_and_pay(summary))
        sections = [situation, benefit, *[s for s in middle if s is not None], _how(summary), steps]
    return ReportContent(summary.title, summary.subtitle(personal), tuple(sections), summary.disclaimer)
