"""The Spanish PDF and text: in Spanish, the same dollar figures as the English, the governs notice on it
(issue 17). Needs the compiled catalog (``make catalogs``; the conftest compiles it when missing)."""

import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.present import i18n
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.report import estimate_pdf
from tests.golden_text import CASES, cli_text
from tests.helpers import RECORDED_ON

ENGLISH_CENTS = re.compile(r"\$(\d{1,3}(?:,\d{3})*\.\d\d)")
SPANISH_CENTS = re.compile(r"(\d{1,3}(?:\.\d{3})*,\d\d)\s?US\$")
SPANISH_WORDS = ("Estimación no oficial", "Su situación", "Su beneficio", "Próximos pasos", "Fecha de nacimiento")
SAMPLES = ("sample", "every_field", "handbook_plan1_example2")


def _pdf_text(name: str, language: str) -> str:
    with i18n.speaking(language):
        result = estimate(parse_scenario(CASES[name], today=RECORDED_ON), as_of=RECORDED_ON)
        data = estimate_pdf(summarize(result, curve_of(result, RECORDED_ON), made_on=RECORDED_ON))
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _english_amounts(text: str) -> set[Decimal]:
    return {Decimal(m.replace(",", "")) for m in ENGLISH_CENTS.findall(text)}


def _spanish_amounts(text: str) -> set[Decimal]:
    """The amounts written the Spanish way, and those in the engine's own (still English) wording, such as
    a purchase's "how it was estimated"."""
    spanish = {Decimal(m.replace(".", "").replace(",", ".")) for m in SPANISH_CENTS.findall(text)}
    return spanish | _english_amounts(text)


@pytest.mark.parametrize("name", SAMPLES)
def test_the_spanish_pdf_is_in_spanish_with_the_english_amounts_and_the_notice(name: str) -> None:
    english, spanish = _pdf_text(name, "en"), _pdf_text(name, "es")
    flat = " ".join(spanish.split())
    for words in SPANISH_WORDS:
        assert words in flat
    assert _spanish_amounts(spanish) == _english_amounts(english)
    written_in_spanish = set(SPANISH_CENTS.findall(spanish))
    assert len(written_in_spanish) > len(_english_amounts(english)) / 2
    assert "La estimación en inglés y el Manual del Miembro de SCERS" in flat
    assert "Traducción aún no revisada." in flat
    assert "Página 1 de" in spanish


def test_the_english_pdf_has_no_translation_notice() -> None:
    english = _pdf_text("sample", "en")
    assert i18n.GOVERNS not in " ".join(english.split())
    assert "Page 1 of" in english


def test_the_spanish_text_names_dates_the_spanish_way() -> None:
    with i18n.speaking("es"):
        text = cli_text("sample")
    assert "Jubilación el " in text and " de 20" in text
    assert "La estimación en inglés" in text
