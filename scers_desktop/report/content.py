"""What the PDF says, as plain data: sections of paragraphs, tables and the benefit-by-age chart.

Laid out from an :class:`~scers_desktop.present.summary.EstimateSummary` only (the words are built
there, once, for the screen and the command line too), so the document can be tested without
rendering, and the app, the CLI and the kiosk print the same one. Order (issue 6): title and dates;
the member's situation; the headline; every payment option; the chart with its table; COLA and net
pay; how it was calculated; next steps. Every page carries the disclaimer and "page X of Y" (added by
the renderer). A typical case fits on four Letter pages (issue 14): the by-age table starts at the
date the estimate is made on and prints in two halves side by side, and each thing is said once: a
handbook reading is its setting's reason, the option valuation note sits under the options only.
"""

from dataclasses import dataclass, field

from scers_desktop import APP_NAME, __version__
from scers_desktop.present.i18n import N_, _
from scers_desktop.present.messages import OURS
from scers_desktop.present.rows import COLA_HEADINGS
from scers_desktop.present.summary import COLA_INTRO, EstimateSummary
from scers_desktop.report.blocks import Block, Section, Table
from scers_desktop.report.timing import timing_section

SETTINGS_INTRO = N_(
    "The settings in use. \u201c{ours}\u201d marks a value no public source gives; you can change it "
    "(ask a counselor, or change it in the case file). Where the handbook leaves a choice open, the row says how "
    "this estimate reads it."
)
#: A by-age table longer than this prints in two halves side by side.
SIDE_BY_SIDE_ROWS = 8


@dataclass(frozen=True)
class ReportContent:
    """The whole document as data."""

    title: str
    subtitle: str
    sections: tuple[Section, ...]
    footer: str
    #: The language the document is in (a code of :data:`scers_desktop.present.i18n.LANGUAGES`).
    language: str = "en"
    #: Under the footer of every page of a translation: the English estimate and the handbook govern
    #: (and the translation is not yet reviewed, for a draft catalog); "" in English (issue 17).
    notice: str = ""
    author: str = f"{APP_NAME} {__version__}"
    subject: str = N_("Unofficial SCERS pension estimate")
    keywords: tuple[str, ...] = field(default=("SCERS", "pension", "estimate", "unofficial"))

    def text(self) -> str:
        """All the words, in reading order (for tests and accessibility checks)."""
        parts = [self.title, self.subtitle, *([self.notice] if self.notice else [])]
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
        (_("Option"), _("You get each month"), _("After your death"), _("What it means")),
        tuple((row.name, row.member, row.survivor_detail, row.meaning) for row in options.printed),
        (0.17, 0.16, 0.2, 0.47),
        numeric_columns=(1, 2),
        highlight_row=options.printed_chosen,
    )
    return Section(_("Payment options"), (intro, table, *notes))


def _side_by_side(table: Table) -> Table:
    """A long table in two halves side by side, the left half read first."""
    rows, columns = table.rows, len(table.headings)
    half = (len(rows) + 1) // 2
    blank = ("",) * columns
    paired = tuple(left + (rows[half + i] if half + i < len(rows) else blank) for i, left in enumerate(rows[:half]))
    chosen, span = table.highlight_row, (0, columns - 1)
    if chosen is not None and chosen >= half:
        chosen, span = chosen - half, (columns, 2 * columns - 1)
    return Table(
        table.headings * 2,
        paired,
        tuple(w / 2 for w in table.widths) * 2,
        table.numeric_columns + tuple(c + columns for c in table.numeric_columns),
        chosen,
        span,
        divider=columns,
    )


def _chart(summary: EstimateSummary) -> Section | None:
    if summary.curve is None or summary.ages is None:
        return None
    curve, ages = summary.curve, summary.ages  # both from the first birthday on or after the day it is made on
    with_option = any(row[3] for row in ages.printed)
    headings = (_("Age"), _("Pension starts"), _("Unmodified")) + (
        (curve.option_label or _("Chosen option"),) if with_option else ()
    )
    table = Table(
        headings,
        tuple(row[: len(headings)] for row in ages.printed),
        (0.14, 0.36, 0.25, 0.25) if with_option else (0.18, 0.46, 0.36),
        numeric_columns=(2, 3) if with_option else (2,),
        highlight_row=ages.printed_chosen,
    )
    if len(table.rows) > SIDE_BY_SIDE_ROWS:
        table = _side_by_side(table)
    text = _(
        "Monthly benefit if your pension starts on your birthday at each age from now on, with the same service path."
    )
    if ages.printed_chosen is not None:
        text += " " + _("Your chosen age ({age}) is marked.").format(age=ages.chosen_age)
    return Section(_("Benefit by retirement age"), (text, curve, table))


def _cola_and_pay(summary: EstimateSummary) -> Section | None:
    blocks: list[Block] = []
    if summary.cola:
        blocks.append(_(COLA_INTRO))
        blocks.append(
            _side_by_side(
                Table(
                    tuple(_(heading) for heading in COLA_HEADINGS),
                    summary.cola,
                    (0.33, 0.09, 0.24, 0.34),
                    numeric_columns=(1, 2, 3),
                )
            )
        )
    pay = summary.net_pay
    if pay is not None:
        blocks.append(Table((pay.heading, _("Monthly")), pay.rows, (0.7, 0.3), (1,)))
        blocks.extend(pay.notes)
    if summary.purchases:
        blocks.append(
            Table(
                (_("Service purchase"), _("Estimated cost"), _("Adds a month"), _("Paid back by age")),
                summary.purchases,
                (0.4, 0.22, 0.2, 0.18),
                numeric_columns=(1, 2, 3),
            )
        )
        blocks.extend(summary.purchase_methods)
    if summary.refund is not None:
        blocks.append(summary.refund.sentence)
    return Section(_("Cost-of-living, net pay and purchases"), tuple(blocks)) if blocks else None


def _how(summary: EstimateSummary) -> Section:
    """The figures with their sources, the notes (less the one printed under the options), and the settings,
    each with the handbook reading it stands for where the handbook leaves a choice open."""
    blocks: list[Block] = []
    if summary.why:
        blocks.append(
            Table(
                (_("Figure"), _("Value"), _("How it was found"), _("Source")),
                summary.why,
                (0.17, 0.13, 0.38, 0.32),
            )
        )
    said = set(summary.option_notes) if summary.options.every else set()
    warnings = [w for w in summary.warnings if w not in said]
    if warnings:
        blocks.append(_("Assumptions and notes that apply to this estimate:"))
        blocks.extend(f"• {w}" for w in warnings)
    blocks.append(_(SETTINGS_INTRO).format(ours=_(OURS)))
    rows = tuple((label, value, f"{kind}. {why}") for label, value, kind, why in summary.printed_settings)
    blocks.append(Table((_("Setting"), _("Value"), _("Source and why")), rows, (0.25, 0.17, 0.58)))
    blocks.append(summary.rules)
    return Section(_("How this was calculated"), tuple(blocks))


def report_content(summary: EstimateSummary, *, personal: bool) -> ReportContent:
    """The document for one estimate, in the summary's language. ``personal`` prints the member's name
    and birth date."""
    situation = Section(_("Your situation"), summary.situation_lines(personal))
    benefit = Section(_("Your benefit"), summary.benefit)
    steps = Section(_("Next steps"), summary.next_steps)
    if not summary.eligible:
        sections = [situation, benefit, steps]
    else:
        middle = (_options(summary), _chart(summary), timing_section(summary), _cola_and_pay(summary))
        sections = [situation, benefit, *[s for s in middle if s is not None], _how(summary), steps]
    return ReportContent(
        summary.title,
        summary.subtitle(personal),
        tuple(sections),
        summary.disclaimer,
        language=summary.language,
        notice=summary.governs,
    )
