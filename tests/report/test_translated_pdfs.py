"""The sample case's PDF in Traditional Chinese and Vietnamese (issue 17): its text reads in that
language, every font is embedded, and every dollar amount is the English PDF's, written that language's way."""

import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from scers_desktop.engine import estimate, load_scenario
from scers_desktop.present import i18n
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.report import estimate_pdf

SAMPLE = Path(__file__).resolve().parents[2] / "scers_desktop" / "resources" / "sample.scers.json"
MADE_ON = date(2026, 12, 1)
#: Words each language's PDF must carry (the title, the pension, the chosen option, the draft notice).
WORDS = {
    "zh_Hant": ("非正式福利估算", "退休金", "選項 E", "最終平均薪資", "2030年5月1日"),
    "vi": ("Ước tính Quyền lợi Không chính thức", "Lương hưu", "Lựa chọn E", "lương bình quân cuối cùng", "tháng 5"),
}
#: A cents amount as each language writes US dollars (Babel/CLDR): "$4,297.34", "US$4,297.34", "4.297,34 US$".
AMOUNTS = {
    "en": (re.compile(r"\$(\d[\d,]*\.\d\d)"), ",", "."),
    "zh_Hant": (re.compile(r"US\$(\d[\d,]*\.\d\d)"), ",", "."),
    "vi": (re.compile(r"(\d[\d.]*,\d\d)\s?US\$"), ".", ","),
}


def sample_pdf(code: str) -> PdfReader:
    catalog = i18n.LOCALE_DIR / code / "LC_MESSAGES" / "messages.mo"
    assert code == "en" or catalog.exists(), f"{catalog} is missing: run make catalogs"
    result = estimate(load_scenario(SAMPLE, today=MADE_ON), as_of=MADE_ON)
    with i18n.speaking(code):
        data = estimate_pdf(summarize(result, curve_of(result, MADE_ON), made_on=MADE_ON))
    return PdfReader(io.BytesIO(data))


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def amounts(text: str, code: str) -> set[Decimal]:
    pattern, group, decimal = AMOUNTS[code]
    return {Decimal(found.replace(group, "").replace(decimal, ".")) for found in pattern.findall(text)}


@pytest.fixture(scope="module")
def english() -> str:
    return text_of(sample_pdf("en"))


@pytest.mark.parametrize("code", ["zh_Hant", "vi"])
def test_the_pdf_reads_in_the_language_with_its_fonts_embedded_and_the_same_amounts(code: str, english: str) -> None:
    reader = sample_pdf(code)
    text = text_of(reader)
    for word in WORDS[code]:
        assert word in text, word
    assert "Unofficial estimate — SCERS is not bound by it." not in text
    for page in reader.pages:
        for name, font in page["/Resources"]["/Font"].items():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, (code, name)
    found, expected = amounts(text, code), amounts(english, "en")
    assert len(expected) > 20
    assert found == expected


def test_the_chinese_pdf_is_set_in_the_shipped_chinese_face() -> None:
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in sample_pdf("zh_Hant").pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"WenQuanYiMicroHei"}


def test_the_vietnamese_pdf_is_set_in_dejavu_sans() -> None:
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in sample_pdf("vi").pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}
