"""The translation mechanism: languages, fallback, review headers, and dates and money per language (issue 17)."""

import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from scers_desktop.present import i18n
from scers_desktop.present.text import format_dollars, long_date, years_text
from tests.pseudo import speaking_pseudo


def test_the_languages_in_menu_order_with_their_own_names() -> None:
    assert list(i18n.LANGUAGES.items()) == [
        ("en", "English"), ("es", "Español"), ("zh_Hant", "繁體中文"), ("vi", "Tiếng Việt"),
    ]  # fmt: skip


def test_speaking_restores_the_language_before() -> None:
    assert i18n.current() == "en"
    with i18n.speaking("es"):
        assert i18n.current() == "es"
    assert i18n.current() == "en"


def test_an_unknown_code_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'; known: en, es, zh_Hant, vi"):
        i18n.use("fr")


@pytest.mark.parametrize(
    ("code", "day", "amount"),
    [
        ("en", "July 1, 2030", "$4,200.26"),
        ("es", "1 de julio de 2030", "4.200,26\xa0US$"),
        ("zh_Hant", "2030年7月1日", "US$4,200.26"),
        ("vi", "1 tháng 7, 2030", "4.200,26\xa0US$"),
    ],
)
def test_dates_and_dollars_follow_the_language(code: str, day: str, amount: str) -> None:
    with i18n.speaking(code):
        assert long_date(date(2030, 7, 1)) == day
        assert format_dollars(Decimal("4200.255")) == amount


def test_years_use_the_languages_decimal_mark_and_are_cut() -> None:
    with i18n.speaking("es"):
        assert years_text(Decimal("29.999")) == "29,99"


def test_a_missing_catalog_falls_back_to_english_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    i18n.register("xx", tmp_path / "missing.mo")
    with caplog.at_level(logging.WARNING), i18n.speaking("xx"):
        assert i18n._("Translation not yet reviewed.") == "Translation not yet reviewed."
        assert i18n._("Translation not yet reviewed.") == "Translation not yet reviewed."
    assert len([record for record in caplog.records if "No compiled catalog for xx" in record.message]) == 1


def test_shipped_drafts_are_not_reviewed_and_say_so() -> None:
    for code in ("es", "zh_Hant", "vi"):
        assert not i18n.reviewed(code)
    assert i18n.reviewed("en")
    with i18n.speaking("es"):
        assert i18n.governs_notice().endswith(i18n._(i18n.NOT_REVIEWED))
    assert i18n.governs_notice() == ""


def test_the_pseudo_locale_wraps_and_keeps_placeholders(tmp_path: Path) -> None:
    with speaking_pseudo(tmp_path):
        notice = i18n.governs_notice()
    assert notice.startswith("⟦Ţĥé Éñĝĺîšĥ") and notice.endswith("⟧")
    assert "Translation" not in notice


def test_constants_are_translated_where_used_not_at_import(tmp_path: Path) -> None:
    assert i18n.NOT_REVIEWED == "Translation not yet reviewed."
    with speaking_pseudo(tmp_path):
        assert i18n._(i18n.NOT_REVIEWED).startswith("⟦")


def test_an_empty_text_stays_empty_not_the_catalogs_header() -> None:
    with i18n.speaking("es"):
        assert i18n._("") == ""
