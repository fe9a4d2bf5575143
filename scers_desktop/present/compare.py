"""The scenarios side by side: one column per scenario, one row per figure."""

from collections.abc import Callable, Sequence

from scers_desktop.engine import Estimate
from scers_desktop.engine.cola import catch_up_age
from scers_desktop.present.rows import NO_AMOUNT, NOT_ELIGIBLE, money_text
from scers_desktop.present.text import long_date, years_text


def _chosen_monthly(result: Estimate) -> str:
    chosen = result.option(result.scenario.selected_option) if result.scenario.selected_option else None
    return money_text(chosen.member_monthly if chosen else result.unmodified_monthly)


def _option_e(result: Estimate) -> str:
    option = result.option("E")
    return money_text(option.member_monthly if option else None)


def _factor(result: Estimate) -> str:
    return f"{result.factor.factor_percent:.2f}" if result.factor and result.factor.factor_percent else NO_AMOUNT


FIGURES: tuple[tuple[str, Callable[[Estimate], str]], ...] = (
    ("Pension starts", lambda r: long_date(r.retirement_date)),
    ("Age", lambda r: str(r.age.completed_years)),
    ("Credited service (years)", lambda r: years_text(r.service.total_years)),
    ("Final average salary", lambda r: money_text(r.fas.monthly if r.fas else None)),
    ("Factor (% a year)", _factor),
    ("Unmodified a month", lambda r: money_text(r.unmodified_monthly)),
    ("Option E a month", _option_e),
    ("Chosen option", lambda r: r.scenario.selected_option or "Unmodified"),
    ("Chosen option a month", _chosen_monthly),
)


def catch_up_text(first: Estimate | None, other: Estimate | None) -> str:
    """When a later retirement has paid as much in total as the first scenario (with COLA)."""
    if first is None or other is None or other is first or not first.cola or not other.cola:
        return NO_AMOUNT
    age = catch_up_age(first.cola, other.cola)
    if age is None:
        same_start = first.cola[0].start == other.cola[0].start
        return "same start date" if same_start else "not within 30 years"
    return f"age {age}"


def compare_rows(everyone: Sequence[tuple[str, Estimate | None]]) -> list[list[str]]:
    """A row per figure: its name, then its value in each scenario ('not eligible', 'incomplete')."""
    rows = [
        [name] + [fn(r) if r is not None and r.eligible else NOT_ELIGIBLE if r else "incomplete" for _, r in everyone]
        for name, fn in FIGURES
    ]
    if len(everyone) > 1:
        rows.append(
            ["Later start catches up with the first by age"] + [catch_up_text(everyone[0][1], r) for _, r in everyone]
        )
    return rows
