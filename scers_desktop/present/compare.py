"""The scenarios side by side: one column per scenario, one row per figure, with the member's and the
survivor's amounts of the chosen option and of Option E, and the chosen amount's difference from the
first scenario. Every figure is right-aligned by the view (all cells but the first column)."""

from collections.abc import Callable, Sequence
from decimal import Decimal

from scers_desktop.engine import Estimate
from scers_desktop.engine.cola import catch_up_age
from scers_desktop.engine.model import EstimateType
from scers_desktop.engine.money import to_cents
from scers_desktop.present.i18n import N_, _
from scers_desktop.present.rows import NO_AMOUNT, NOT_ELIGIBLE, money_text
from scers_desktop.present.text import fixed, format_dollars, long_date, years_text


def _chosen_survivor(result: Estimate) -> str:
    chosen = result.chosen
    return money_text(chosen.survivor_monthly if chosen else None)


def _option_e(result: Estimate) -> str:
    option = result.option("E")
    return money_text(option.member_monthly if option else None)


def _option_e_survivor(result: Estimate) -> str:
    option = result.option("E")
    return money_text(option.survivor_monthly if option else None)


def scenario_name(result: Estimate) -> str:
    """The name a scenario goes by when the person typed none: 'Retire at 65, Option E' (its age and
    chosen option), 'Disability at 55', 'Death before retirement at 58'; it follows the scenario."""
    kind = result.scenario.estimate_type
    lead = {
        EstimateType.DISABILITY: N_("Disability at {age}"),
        EstimateType.DEATH_BEFORE_RETIREMENT: N_("Death before retirement at {age}"),
    }.get(kind, N_("Retire at {age}"))
    option = result.scenario.selected_option
    name = _(lead).format(age=result.age.completed_years)
    return name + (_(", Option {code}").format(code=option) if option and option != "Unmodified" else "")


def difference_text(first: Decimal | None, other: Decimal | None) -> str:
    """'+$120.00', '−$35.10' or 'same': ``other`` less ``first``, to the cent (— when either is missing)."""
    if first is None or other is None:
        return NO_AMOUNT
    delta = to_cents(other) - to_cents(first)
    if delta == 0:
        return _("same")
    return ("+" if delta > 0 else "−") + format_dollars(abs(delta))


def _factor(result: Estimate) -> str:
    return fixed(result.factor.factor_percent, 2) if result.factor and result.factor.factor_percent else NO_AMOUNT


FIGURES: tuple[tuple[str, Callable[[Estimate], str]], ...] = (
    (N_("Pension starts"), lambda r: long_date(r.retirement_date)),
    (N_("Age"), lambda r: str(r.age.completed_years)),
    (N_("Credited service (years)"), lambda r: years_text(r.service.total_years)),
    (N_("Final average salary"), lambda r: money_text(r.fas.monthly if r.fas else None)),
    (N_("Factor (% a year)"), _factor),
    (N_("Chosen option"), lambda r: r.scenario.selected_option or "Unmodified"),
    (N_("Chosen option: you get a month"), lambda r: money_text(r.chosen_monthly)),
    (N_("Chosen option: after your death, they get a month"), _chosen_survivor),
    (N_("Option E: you get a month"), _option_e),
    (N_("Option E: after your death, your spouse or partner gets a month"), _option_e_survivor),
    (N_("Unmodified a month (for reference)"), lambda r: money_text(r.unmodified_monthly)),
)
#: The row of the chosen amount's difference from the first scenario.
DIFFERENCE = N_("Chosen option a month, compared with the first scenario")


def catch_up_text(first: Estimate | None, other: Estimate | None) -> str:
    """When a later retirement has paid as much in total as the first scenario (with COLA)."""
    if first is None or other is None or other is first or not first.cola or not other.cola:
        return NO_AMOUNT
    age = catch_up_age(first.cola, other.cola)
    if age is None:
        same_start = first.cola[0].start == other.cola[0].start
        return _("same start date") if same_start else _("not within 30 years")
    return _("age {age}").format(age=age)


def compare_rows(everyone: Sequence[tuple[str, Estimate | None]]) -> list[list[str]]:
    """A row per figure: its name, then its value in each scenario ('not eligible', 'incomplete')."""
    rows = [
        [_(name)]
        + [fn(r) if r is not None and r.eligible else _(NOT_ELIGIBLE) if r else _("incomplete") for _n, r in everyone]
        for name, fn in FIGURES
    ]
    if len(everyone) > 1:
        first = everyone[0][1]
        base = first.chosen_monthly if first is not None and first.eligible else None
        rows.append(
            [_(DIFFERENCE), NO_AMOUNT]
            + [
                difference_text(base, r.chosen_monthly if r is not None and r.eligible else None)
                for _n, r in everyone[1:]
            ]
        )
        rows.append(
            [_("Later start catches up with the first by age")]
            + [catch_up_text(everyone[0][1], r) for _n, r in everyone]
        )
    return rows
