"""Dates read the same under any locale: month names are fixed English, never ``%B``/``%b`` (issue 13).

Qt calls ``setlocale`` at start-up, so a Spanish desktop once printed "Pension starts mayo 1, 2030".
The tests do not need a Spanish locale installed: ``date.strftime`` and f-string date formats go
through :func:`time.strftime`, which is replaced here by one that writes Spanish names the way the C
library does under ``es_ES``. Where the host has a Spanish locale it is set as well.
"""

import contextlib
import io
import locale
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from scers_desktop.cli import main as cli_main
from scers_desktop.engine import estimate, load_scenario
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.present.text import MONTHS
from scers_desktop.report import estimate_pdf
from tests.characterisation import case_files
from tests.helpers import TODAY

ROOT = Path(__file__).resolve().parent.parent
SPANISH = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre")  # fmt: skip
SPANISH_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


Strftime = Callable[..., str]


def _spanish_strftime(real: Strftime) -> Strftime:
    """``time.strftime`` as the C library runs it under ``es_ES``: Spanish month and day names."""

    def strftime(fmt: str, t: time.struct_time | tuple[int, ...] | None = None) -> str:
        tt = time.localtime() if t is None else t
        month, weekday = SPANISH[tt[1] - 1], SPANISH_DAYS[tt[6]]
        for code, text in (("%B", month), ("%b", month[:3]), ("%A", weekday), ("%a", weekday[:3])):
            fmt = fmt.replace(code, text)
        return real(fmt, tt)

    return strftime


@pytest.fixture
def spanish_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dates formatted by the C library come out in Spanish for the test's length."""
    monkeypatch.setattr(time, "strftime", _spanish_strftime(time.strftime))
    saved = locale.setlocale(locale.LC_TIME)
    for name in ("es_ES.UTF-8", "es_ES.utf8", "es_ES"):
        with contextlib.suppress(locale.Error):
            locale.setlocale(locale.LC_TIME, name)
            break
    yield
    locale.setlocale(locale.LC_TIME, saved)


def _spanish_words(text: str) -> list[str]:
    lowered = text.lower()
    return [word for word in (*SPANISH, *SPANISH_DAYS) if f"{word} " in lowered or f"{word}," in lowered]


def test_the_fixture_does_make_the_c_library_write_spanish(spanish_locale: None) -> None:
    assert f"{date(2030, 5, 1):%B %Y}" == "mayo 2030"


def test_the_pdf_reads_english_dates_under_a_spanish_locale(spanish_locale: None) -> None:
    result = estimate(load_scenario(ROOT / "tests/cases/scenarios/full_member.scers.json", today=TODAY), as_of=TODAY)
    reader = PdfReader(io.BytesIO(estimate_pdf(summarize(result, curve_of(result, TODAY), made_on=TODAY))))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "May 1, 2030" in text
    assert "June 1, 2026" in text  # made on
    assert _spanish_words(text) == []


def test_the_cli_text_reads_english_dates_under_a_spanish_locale(
    spanish_locale: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    cli_main(["--as-of", TODAY.isoformat(), *case_files()])
    text = capsys.readouterr().out
    assert any(month in text for month in MONTHS)
    assert _spanish_words(text) == []
