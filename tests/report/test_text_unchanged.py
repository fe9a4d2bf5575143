"""The words of the PDF and of the command line's readable summary stay as recorded (the PDF as pypdf
extracts it, byte for byte). Re-record with tools/record_golden_text.py only for an intended change."""

import json

import pytest

from tests.golden_text import CASES, GOLDEN, cli_text, pdf_key, pdf_text


@pytest.mark.parametrize("personal", [True, False], ids=["with name", "no name"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_the_pdf_text_is_as_recorded(name: str, personal: bool) -> None:
    recorded = json.loads((GOLDEN / "pdf.json").read_text())
    assert pdf_text(name, personal) == recorded[pdf_key(name, personal)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_cli_summary_is_as_recorded(name: str) -> None:
    recorded = json.loads((GOLDEN / "cli.json").read_text())
    assert cli_text(name) == recorded[name]
