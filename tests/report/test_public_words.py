"""No developer's word reaches a member (issue 14): every citation a member reads is to a public source
(handbook edition, section and page; SMC section; IRS publication; a table's publisher), never a file
name, a field name or a snake_case key, on the PDF, on screen (the summary's strings) or in the CLI text.

The sample PDFs cover Plan 1, Plan 2, a spouse, a buyback, disability, death before retirement, a
member not eligible and a deferred member (left City service years before the pension starts).
"""

import copy
import dataclasses
import io
import re
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader

from scers_desktop.cli import summary_text
from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import EstimateSummary, summarize
from scers_desktop.report import estimate_pdf
from tests.helpers import RECORDED_ON, presentation_cases

#: What only a developer writes: file names, a section sign after a file, snake_case and dotted field paths.
DEVELOPER_WORDS = (
    re.compile(r"\S+\.(?:md|toml|json|py)\b"),
    re.compile(r"\.\w+\s*§"),
    re.compile(r"\b[a-z]+_[a-z_]+\b"),
    re.compile(r"\b[a-z]+\.[a-z_]+\b"),
)
#: Addresses a member may be given (none are printed today, but they are not developer words).
ADDRESSES = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:gov|com|org|net)\b")


def cases() -> dict[str, dict[str, Any]]:
    """The recorded presentation cases and a deferred member: Plan 2, left in 2025, pension in 2030."""
    every = presentation_cases()
    deferred = copy.deepcopy(every["handbook_plan2_example3"])
    deferred["employment"][0]["end"] = "2025-06-30"
    deferred["retirement"]["separation_date"] = "2025-06-30"
    return {**every, "deferred": deferred}


CASES = cases()


def developer_words(text: str) -> list[str]:
    """Every developer word in ``text``, addresses aside."""
    text = ADDRESSES.sub(" ", text)
    return [m.group(0) for pattern in DEVELOPER_WORDS for m in pattern.finditer(text)]


def summary_of(name: str) -> EstimateSummary:
    result = estimate(parse_scenario(CASES[name], today=RECORDED_ON), as_of=RECORDED_ON)
    return summarize(result, curve_of(result, RECORDED_ON), made_on=RECORDED_ON)


def strings(value: object) -> Iterator[str]:
    """Every string a front end can show from a summary (its fields, nested rows and notes)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from strings(getattr(value, f.name))


def screen_strings(summary: EstimateSummary) -> Iterator[str]:
    skipped = {"estimate", "curve"}
    for f in dataclasses.fields(summary):
        if f.name not in skipped:
            yield from strings(getattr(summary, f.name))
    yield summary.subtitle(True)


def test_the_developer_word_check_finds_what_it_must() -> None:
    found = developer_words(
        "See plan-rules.md §1.5, assumptions.toml, salary.growth_rate and 'completed_years'; retirecity@seattle.gov."
    )
    assert {"plan-rules.md", "assumptions.toml", ".md §", "completed_years", "salary.growth_rate"} <= set(found)
    assert not [word for word in found if "seattle" in word]


def test_the_cases_include_every_kind() -> None:
    kinds = {name: summary_of(name) for name in ("deferred", "death", "disability_plan2", "not_eligible")}
    deferred = kinds["deferred"].estimate
    assert deferred.eligible and deferred.scenario.retirement.separation_date.year == 2025
    assert not kinds["not_eligible"].eligible
    full = summary_of("full_member")
    assert full.purchases and full.estimate.scenario.beneficiary is not None


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_developer_word_in_the_pdf(name: str) -> None:
    summary = summary_of(name)
    data = estimate_pdf(summary, personal=True)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert developer_words(text) == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_developer_word_on_screen_or_in_the_cli_text(name: str) -> None:
    summary = summary_of(name)
    found = {s: developer_words(s) for s in screen_strings(summary) if developer_words(s)}
    assert found == {}
    cli = summary_text(name.replace("_", " "), summarize(summary.estimate, None, made_on=RECORDED_ON))
    assert developer_words(cli) == []
