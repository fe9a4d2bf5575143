"""What the PDF and the command line's readable summary say for each presentation case, on a fixed date.

tests/report/test_text_unchanged.py compares these with tests/cases/golden_text/*.json exactly;
tools/record_golden_text.py writes them when a change of wording or layout is intended.
"""

import io
from pathlib import Path

from pypdf import PdfReader

from scers_desktop.cli import summary_text
from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.report import estimate_pdf
from tests.helpers import RECORDED_ON, presentation_cases

GOLDEN = Path(__file__).parent / "cases" / "golden_text"
CASES = presentation_cases()


def pdf_key(name: str, personal: bool) -> str:
    """The recorded entry of one case's PDF, with or without the member's name."""
    return name if personal else f"{name} (no name)"


def pdf_text(name: str, personal: bool) -> str:
    """The PDF's text as pypdf extracts it, pages separated by form feeds."""
    result = estimate(parse_scenario(CASES[name], today=RECORDED_ON), as_of=RECORDED_ON)
    data = estimate_pdf(summarize(result, curve_of(result, RECORDED_ON), made_on=RECORDED_ON), personal=personal)
    return "\f".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def cli_text(name: str) -> str:
    """The command line's readable summary of one case."""
    result = estimate(parse_scenario(CASES[name], today=RECORDED_ON), as_of=RECORDED_ON)
    return summary_text(name, summarize(result, None, made_on=RECORDED_ON))
