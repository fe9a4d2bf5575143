"""No hidden inputs: the engine and the report read no clock (the day is passed in as ``as_of``,
``today`` or ``made_on``), and no code formats a date by the locale (``%B``, ``%b``, ``%A``, ``%a``,
``%c``, ``%x``, ``%p``): month names are fixed English (scers_desktop.present.text)."""

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "scers_desktop"
CLOCK = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|time\.time)\(")


@pytest.mark.parametrize("package", ["engine", "report"])
def test_no_module_reads_the_clock(package: str) -> None:
    readers = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CLOCK.search(line)
    ]
    assert readers == []


LOCALE_FORMAT = re.compile(r"%[-#]?[BbAacxXp]")


def test_no_module_formats_a_date_by_the_locale() -> None:
    users = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LOCALE_FORMAT.search(line)
    ]
    assert users == []
