"""The "Unofficial Benefit Estimate" PDF: read back its text, pages, fonts and metadata."""

import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT

from scers_desktop.cli import main as cli_main
from scers_desktop.engine import Estimate, estimate, load_scenario, parse_scenario
from scers_desktop.present import curve
from scers_desktop.present.curve import Curve, curve_of
from scers_desktop.present.summary import disclaimer, summarize
from scers_desktop.present.text import format_dollars
from scers_desktop.report import estimate_pdf
from scers_desktop.report import pdf as pdf_module
from scers_desktop.report.blocks import Table
from scers_desktop.report.content import report_content
from tests.helpers import TODAY
from tests.report.test_public_words import CASES as public_cases_by_name
from tests.report.test_public_words import summary_of as public_summary

CASES = Path(__file__).parent.parent / "cases" / "scenarios"
MADE_ON = date(2026, 11, 24)


def pdf(result: Estimate, personal: bool = True) -> bytes:
    """The PDF of an estimate and its curve, made on MADE_ON."""
    return estimate_pdf(summarize(result, curve_of(result, MADE_ON), made_on=MADE_ON), personal=personal)


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture(scope="module")
def full() -> tuple[object, PdfReader]:
    result = estimate(load_scenario(CASES / "full_member.scers.json", today=TODAY), as_of=TODAY)
    return result, read(pdf(result))


def test_every_amount_and_the_rules_version_are_in_the_pdf(full: tuple[object, PdfReader]) -> None:
    result, reader = full
    text = " ".join(page_texts(reader))
    assert result.unmodified_monthly is not None  # type: ignore[attr-defined]
    assert format_dollars(result.unmodified_monthly) in text  # type: ignore[attr-defined]
    for code in ("Unmodified", "A", "B", "C5", "C10", "C15", "C20", "D", "E"):
        option = result.option(code)  # type: ignore[attr-defined]
        assert format_dollars(option.member_monthly) in text, code
    assert result.rules_version in text  # type: ignore[attr-defined]
    assert "How the redeposit cost was estimated: withdrawn amount with 6.75% interest" in text
    assert "Unofficial Benefit Estimate" in text
    assert "Pat Example" in text  # the name is printed when given


def test_the_disclaimer_and_page_numbers_are_on_every_page(full: tuple[object, PdfReader]) -> None:
    _, reader = full
    texts = page_texts(reader)
    assert 3 <= len(texts) <= 9
    for number, text in enumerate(texts, start=1):
        assert disclaimer() in text
        assert f"Page {number} of {len(texts)}" in text


def test_fonts_are_embedded_and_metadata_is_set(full: tuple[object, PdfReader]) -> None:
    _, reader = full
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            fonts.add(
                (font.get_object()["/BaseFont"], descriptor is not None and "/FontFile2" in descriptor.get_object())
            )
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVu" in name for name, _ in fonts)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Unofficial Benefit Estimate"
    assert meta.author is not None and meta.author.startswith("SCERS Desktop")
    assert reader.trailer["/Root"]["/Lang"] == "en-US"
    assert reader.pages[0].mediabox.width == 612 and reader.pages[0].mediabox.height == 792  # US Letter


def test_name_and_birth_date_are_left_out_when_asked() -> None:
    result = estimate(load_scenario(CASES / "full_member.scers.json", today=TODAY), as_of=TODAY)
    text = " ".join(page_texts(read(pdf(result, personal=False))))
    assert "Pat Example" not in text
    assert "April 12, 1968" not in text
    assert "at age 62" in text


def test_a_member_with_no_spouse_gets_no_survivor_amounts_and_a_line_why() -> None:
    raw = json.loads((CASES / "handbook_plan1_example2.scers.json").read_text())
    text = " ".join(page_texts(read(pdf(estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)))))
    assert "No spouse, partner or beneficiary was entered" in text
    assert "this option needs your spouse's or registered domestic partner's birth date" in text


def test_a_not_eligible_case_is_one_clear_page_with_the_earliest_date() -> None:
    raw = json.loads((CASES / "handbook_plan1_example2.scers.json").read_text())
    raw["member"]["birth_date"] = "1980-07-01"  # 50 with 25 years: Plan 1 needs 52
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert not result.eligible
    texts = page_texts(read(pdf(result)))
    assert len(texts) == 1
    assert "Not eligible on July 1, 2030" in texts[0]
    assert "Earliest date you could retire on the same service path: July 1, 2032" in texts[0]
    assert "Benefit Estimate Request" in texts[0]


def test_the_handbook_examples_print_their_amounts(tmp_path: Path) -> None:
    for name, amount in (
        ("handbook_plan1_example2.scers.json", "$1,912.50"),
        ("handbook_plan2_example3.scers.json", "$210.00"),
    ):
        out = tmp_path / name.replace(".scers.json", ".pdf")
        assert cli_main(["--pdf", str(out), str(CASES / name)]) == 0
        text = " ".join(page_texts(PdfReader(out)))
        assert f"Unmodified (straight) monthly benefit: {amount}" in text


def test_the_cli_refuses_pdf_for_several_files(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main(["--pdf", "x.pdf", str(CASES / "full_member.scers.json"), str(CASES / "full_member.scers.json")])
    assert "exactly one FILE" in capsys.readouterr().err


def test_the_cli_sweeps_once_for_its_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sweeps = []
    real = curve.sweep

    def counted(*args: Any, **kwargs: Any) -> Any:
        sweeps.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(curve, "sweep", counted)
    assert cli_main(["--pdf", str(tmp_path / "out.pdf"), str(CASES / "full_member.scers.json")]) == 0
    assert len(sweeps) == 1
    assert "Benefit by retirement age" in " ".join(page_texts(PdfReader(tmp_path / "out.pdf")))


def public_cases() -> list[str]:
    return sorted(public_cases_by_name)


def public_pdf(name: str) -> bytes:
    return estimate_pdf(public_summary(name), personal=True)


# Issue 14: a typical case reads in two minutes: at most four Letter pages, none near empty.
TOP, BOTTOM = 792 - 0.7 * 72, 0.9 * 72  # the body frame (margins of report.pdf)


def fills(reader: PdfReader) -> list[float]:
    """How far down each page the body text reaches (0 = top of the body frame, 1 = its foot)."""
    result = []
    for page in reader.pages:
        ys: list[float] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any, ys: list[float] = ys) -> None:
            if text.strip():
                ys.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=visit)
        body = [y for y in ys if y > BOTTOM - 5]  # the footer lies below the frame
        result.append((TOP - min(body)) / (TOP - BOTTOM))
    return result


@pytest.mark.parametrize("name", sorted(n for n in public_cases() if n != "not_eligible"))
def test_a_typical_case_fits_on_four_pages_with_no_near_empty_page(name: str) -> None:
    reader = read(public_pdf(name))
    filled = fills(reader)
    assert len(filled) <= 4, filled
    assert all(f >= 0.4 for f in filled[:-1]), filled
    assert filled[-1] >= 0.2, filled
    for page in reader.pages:
        assert (page.mediabox.width, page.mediabox.height) == (612, 792)  # US Letter


def test_the_age_table_starts_at_the_date_it_is_made_on() -> None:
    summary = public_summary("full_member")  # born April 12, 1968; made November 24, 2026 (age 58)
    content = report_content(summary, personal=True)
    chart = next(s for s in content.sections if s.title == "Benefit by retirement age")
    table = next(b for b in chart.blocks if isinstance(b, Table))
    ages = [int(row[c]) for c in (0, 3) for row in table.rows if row[c]]  # the left half, then the right
    assert ages == list(range(59, 76))  # the birthday at 59 (2027) is the first one still ahead
    assert table.headings == ("Age", "Pension starts", "Unmodified") * 2  # no empty option column
    curve = next(b for b in chart.blocks if isinstance(b, Curve))
    assert curve.ages[0] == 59 and curve.dates[0] >= summary.made_on
    assert table.rows[table.highlight_row or 0][table.highlight_columns[0]] == "62"  # the chosen age, marked


def test_money_headings_are_right_aligned_over_their_figures() -> None:
    content = report_content(public_summary("full_member"), personal=True)
    tables = [b for s in content.sections for b in s.blocks if isinstance(b, Table)]
    for table in tables:
        for c in range(len(table.headings)):
            money = [row[c] for row in table.rows if re.fullmatch(r"−?\$[\d,]+\.\d\d", row[c])]
            if money and len(money) * 2 >= len(table.rows):
                assert c in table.numeric_columns, (table.headings, c)
    styles = pdf_module._styles(*pdf_module.fonts_for("en"))
    assert styles["cell_head_right"].alignment == styles["cell_right"].alignment == TA_RIGHT
    assert styles["cell_head"].alignment != TA_RIGHT


def test_the_chart_money_axis_reads_in_dollars() -> None:
    text = " ".join(page_texts(read(public_pdf("full_member"))))
    assert "$4,000" in text and "$2,000" in text
