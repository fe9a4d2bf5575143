"""``scers-estimate --lang``: the readable text in the language, the JSON lines unchanged (issue 17)."""

from pathlib import Path

import pytest

from scers_desktop.cli import main
from scers_desktop.present import i18n

SAMPLE = Path(__file__).resolve().parents[2] / "scers_desktop" / "resources" / "sample.scers.json"
BROKEN = Path(__file__).resolve().parents[1] / "cases" / "broken"


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main([*args, "--as-of", "2026-06-01"])
    return capsys.readouterr().out


def test_the_json_is_the_same_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    broken = sorted(BROKEN.glob("*.json"))[:2]
    files = [str(SAMPLE), *map(str, broken)]
    english = _out(capsys, "--json", "--timing", *files)
    for code in ("es", "zh_Hant", "vi"):
        assert _out(capsys, "--json", "--timing", "--lang", code, *files) == english
    assert i18n.current() == "en"


def test_the_text_is_in_the_language_with_the_notice(capsys: pytest.CaptureFixture[str]) -> None:
    text = _out(capsys, "--lang", "es", str(SAMPLE))
    assert "Jubilación el 1 de mayo de 2030 a los 62 años" in text
    assert "4.297,34\xa0US$ al mes" in text
    assert "La estimación en inglés y el Manual del Miembro de SCERS" in text
    assert "Traducción aún no revisada." in text


def test_an_unknown_language_is_a_usage_error_listing_the_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "fr", str(SAMPLE)])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "'fr' is not a language of this estimator" in error
    assert "en (English), es (Español), zh_Hant (繁體中文), vi (Tiếng Việt)" in error
