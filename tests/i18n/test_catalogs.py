"""The catalog checks ``make lint`` runs pass: no entry missing or stale against messages.pot, and every
translation keeps its English's placeholders (issue 17)."""

import pytest

from tests.i18n.conftest import tool

check_catalogs = tool("check_catalogs")


def test_the_catalogs_pass_their_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_catalogs.main() == 0
    out = capsys.readouterr().out
    assert "es: " in out and "reviewed: no" in out


def test_a_changed_placeholder_is_found() -> None:
    assert check_catalogs.placeholders("{amount} al mes") != check_catalogs.placeholders("{monto} al mes")
    assert check_catalogs.placeholders("1,5 % en") == check_catalogs.placeholders("1.5% in")
