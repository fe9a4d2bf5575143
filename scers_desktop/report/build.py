"""One call from an estimate's summary to PDF bytes: the content laid out from the summary, then rendered.

The summary carries the benefit-by-age curve the window (or the command line) already computed, so
building the PDF runs no sweep of its own.
"""

from pathlib import Path

from scers_desktop.present.i18n import speaking
from scers_desktop.present.summary import EstimateSummary
from scers_desktop.report.content import report_content
from scers_desktop.report.pdf import render_pdf


def estimate_pdf(summary: EstimateSummary, target: Path | None = None, *, personal: bool = True) -> bytes:
    """The "Unofficial Benefit Estimate" PDF for one estimate (written to ``target`` when given).

    ``personal`` prints the member's name and birth date (the kiosk leaves them out unless asked);
    ``made_on`` is the day printed on it and the day the next steps count from. The PDF is in the
    summary's language (the language on screen when it was made; issue 17).
    """
    with speaking(summary.language):
        return render_pdf(report_content(summary, personal=personal), target)
