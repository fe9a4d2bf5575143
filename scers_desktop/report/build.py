"""One call from an estimate to PDF bytes: the sweep for the chart, the content, the rendering."""

from datetime import date
from pathlib import Path

from scers_desktop.engine import Estimate, sweep
from scers_desktop.report.content import report_content
from scers_desktop.report.pdf import render_pdf

CHART_AGES = range(50, 76)


def estimate_pdf(result: Estimate, target: Path | None = None, *, personal: bool = True, made_on: date) -> bytes:
    """The "Unofficial Benefit Estimate" PDF for one estimate (written to ``target`` when given).

    ``personal`` prints the member's name and birth date (the kiosk leaves them out unless asked);
    ``made_on`` is the day printed on it and the day the next steps count from.
    """
    points = sweep(result.scenario, CHART_AGES) if result.eligible else []
    content = report_content(result, points, personal=personal, made_on=made_on)
    return render_pdf(content, target)
