"""The PDF's short "Dates worth knowing" section: what waiting from the chosen date adds and costs, and
at most five dates (present/timing.py words them; engine/timing.py finds them from the rules)."""

from scers_desktop.present.i18n import _
from scers_desktop.present.summary import EstimateSummary
from scers_desktop.present.timing import PDF_ROWS, TITLE, threshold_text, timing_words
from scers_desktop.report.blocks import Block, Section, Table
from scers_desktop.session.timing import timing_for


def timing_section(summary: EstimateSummary) -> Section | None:
    """The section for an eligible service retirement with at least one date worth knowing, else None."""
    found = timing_for(summary.estimate.scenario, summary.made_on)
    words = timing_words(found, rows=PDF_ROWS)
    if not words.rows:
        return None
    table = Table(
        (_("Pension starts"), _("A month"), _("Change"), _("Why")),
        tuple((r.date_text, r.monthly_text, r.change_text, r.reason_text) for r in words.rows),
        (0.2, 0.14, 0.12, 0.54),
        numeric_columns=(1, 2),
    )
    blocks: list[Block] = [*words.near, threshold_text(found), table]
    return Section(_(TITLE), tuple(blocks))
