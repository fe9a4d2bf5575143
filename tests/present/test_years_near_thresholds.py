"""Golden cases: service one day short of an eligibility threshold never reads as the threshold.

Plan 1 allows retirement with 30 years at any age, 20 at 52, 10 at 57 and 5 at 62 (Handbook 2023
Appendix C; plan-rules.md §1.3). A year of service is 12 months (Handbook 2023 'Earning Service Credit'),
so a member who starts one day after the day that would give exactly N years by the last day of work
has N years less one day, 365 x N - 1 days: not eligible at that age. Cut to two decimals that is
N - 0.01 ('29.99'); rounded it would read 'N.00' next to "not eligible".
"""

from decimal import Decimal

import pytest

from scers_desktop.cli import summary_text
from scers_desktop.engine import estimate
from scers_desktop.present import messages
from scers_desktop.present.situation import situation_lines
from scers_desktop.present.summary import summarize
from scers_desktop.present.text import years_text
from tests.helpers import TODAY, history_scenario

# threshold years, the age that needs exactly that many (no lower rule applies), the shown figure
CASES = [(30, 50, "29.99"), (20, 52, "19.99"), (10, 57, "9.99"), (5, 62, "4.99")]


def _member(years: int, age: int, start_day: int) -> str:
    """A Plan 1 member retiring 2030-07-01 at ``age`` who worked from ``start_day`` July to 2030-06-30."""
    start = f"{2030 - years}-07-{start_day:02d}"
    return history_scenario(
        member={"birth_date": f"{2030 - age}-07-01", "plan": "1"},
        employment=[{"start": start, "end": "2030-06-30", "fte": 1}],
        salary={"history": [{"from": start, "monthly": 6000}]},
    )


@pytest.mark.parametrize(("years", "age", "shown"), CASES)
def test_one_day_short_reads_below_the_threshold(years: int, age: int, shown: str) -> None:
    result = estimate(_member(years, age, start_day=2), as_of=TODAY)
    assert not result.eligible
    assert result.service.total_years == Decimal(365 * years - 1) / 365
    reason = messages.reason(result) or ""
    assert f"with {shown} years of service" in reason
    assert any(
        line == f"Credited service: {shown} years" or line.startswith(f"Credited service: {shown} years:")
        for line, _ in situation_lines(result)
    )
    text = summary_text("short", summarize(result, None, made_on=TODAY))
    assert f"with {shown} years of service" in text
    assert f"{years}.00 years" not in text


@pytest.mark.parametrize(("years", "age", "shown"), CASES)
def test_exactly_the_threshold_is_eligible_and_reads_it(years: int, age: int, shown: str) -> None:
    result = estimate(_member(years, age, start_day=1), as_of=TODAY)
    assert result.eligible
    assert f"with {years}.00 years of service" in summary_text("exact", summarize(result, None, made_on=TODAY))


def test_years_are_cut_not_rounded() -> None:
    assert years_text(Decimal("29.997")) == "29.99"
    assert years_text(Decimal("27.5")) == "27.50"
    assert years_text(Decimal("30")) == "30.00"
