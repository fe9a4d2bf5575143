"""The words of the PDF and of the command line's readable summary, recorded before the presentation
layer was extracted, stay the same (the PDF as pypdf extracts it, byte for byte)."""

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from scers_desktop.cli import summary_text
from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.report import estimate_pdf
from tests.helpers import RECORDED_ON, presentation_cases

GOLDEN = Path(__file__).parent.parent / "cases" / "golden_text"
CASES = presentation_cases()


@pytest.mark.parametrize("personal", [True, False], ids=["with name", "no name"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_the_pdf_text_is_as_recorded(name: str, personal: bool) -> None:
    result = estimate(parse_scenario(CASES[name], today=RECORDED_ON), as_of=RECORDED_ON)
    data = estimate_pdf(summarize(result, curve_of(result, RECORDED_ON), made_on=RECORDED_ON), personal=personal)
    text = "\f".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    recorded = json.loads((GOLDEN / "pdf.json").read_text())
    assert text == recorded[name if personal else f"{name} (no name)"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_cli_summary_is_as_recorded(name: str) -> None:
    result = estimate(parse_scenario(CASES[name], today=RECORDED_ON), as_of=RECORDED_ON)
    recorded = json.loads((GOLDEN / "cli.json").read_text())
    assert summary_text(name, summarize(result, None, made_on=RECORDED_ON)) == recorded[name]
