"""Issue 14 as data: COLA and net pay follow the chosen option, the chart's star sits at the real date and
the headline amount, nothing before today is charted, a past date is said to be one, and the comparison
works out differences."""

import copy
import io
import json
from contextlib import redirect_stdout
from datetime import date
from decimal import Decimal

from scers_desktop.cli import main
from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.money import to_cents
from scers_desktop.present.compare import difference_text, scenario_name
from scers_desktop.present.curve import curve_of, future_ages
from scers_desktop.present.rows import COLA_HEADINGS
from scers_desktop.present.summary import summarize
from tests.helpers import SAMPLE_FILE, presentation_cases

MADE_ON = date(2026, 11, 24)
SAMPLE = presentation_cases()["sample"]


def _estimate(raw: dict[str, object], made_on: date = MADE_ON):  # type: ignore[no-untyped-def]
    return estimate(parse_scenario(raw, today=made_on), as_of=made_on)


def test_cola_and_net_pay_are_worked_on_the_chosen_option() -> None:
    chosen = _estimate(SAMPLE)
    unmodified_raw = copy.deepcopy(SAMPLE)
    del unmodified_raw["selected_option"]
    unmodified = _estimate(unmodified_raw)
    option_e = chosen.option("E")
    assert option_e is not None and chosen.chosen_monthly == option_e.member_monthly
    assert chosen.cola[0].monthly == option_e.member_monthly and chosen.net_pay is not None
    assert chosen.net_pay.gross == option_e.member_monthly
    assert unmodified.chosen_monthly == unmodified.unmodified_monthly == chosen.unmodified_monthly
    assert unmodified.cola[0].monthly == unmodified.unmodified_monthly


def test_the_cola_total_is_labelled_as_what_it_is() -> None:
    result = _estimate(SAMPLE)
    first, second = result.cola[0], result.cola[1]
    months = (second.start.year - first.start.year) * 12 + second.start.month - first.start.month
    assert first.paid_to_date == first.monthly * months  # paid up to the next row's date
    assert COLA_HEADINGS[3] == "Paid in total before the next increase"


def test_the_star_is_the_real_date_and_the_headline_amount() -> None:
    result = _estimate(SAMPLE)
    curve = curve_of(result, MADE_ON)
    assert curve.mark == (float(result.age.exact_years), float(to_cents(result.chosen_monthly or 0)))
    assert curve.mark_label == "your choice: Option E from May 1, 2030, $4,297.34"
    summary = summarize(result, curve, made_on=MADE_ON)
    assert summary.headline.startswith("$4,297.34 a month")


def test_the_chart_and_tables_start_at_the_first_birthday_from_today() -> None:
    assert future_ages(date(1968, 4, 12), date(2026, 11, 24)) == range(59, 76)
    assert future_ages(date(1968, 4, 12), date(2027, 4, 12)) == range(59, 76)  # the birthday itself counts
    assert future_ages(date(1990, 4, 12), date(2026, 11, 24)) == range(50, 76)
    result = _estimate(SAMPLE)
    curve = curve_of(result, MADE_ON)
    assert curve.ages[0] == 59 and min(curve.dates) >= MADE_ON
    young = copy.deepcopy(SAMPLE)
    young["member"]["birth_date"] = "1980-04-12"  # type: ignore[index]
    young["retirement"] = {"date": "2045-05-01"}
    later = curve_of(_estimate(young), MADE_ON)
    assert later.ages[0] == later.first_eligible_age > 47  # no "not eligible" years before the first eligible age


def test_a_past_date_is_warned_about_not_ticked() -> None:
    raw = copy.deepcopy(SAMPLE)
    raw["retirement"] = {"date": "2025-05-01"}
    summary = summarize(_estimate(raw), None, made_on=MADE_ON)
    assert summary.steps.retirement_mark == "⚠"
    assert summary.steps.retirement.startswith("Past date: May 1, 2025 is before today (November 24, 2026).")
    assert "You can retire on" not in summary.steps.retirement
    assert summary.warnings[0].startswith("Past date:") and summary.headline_detail.startswith("Past date:")
    assert ", a past date (unofficial)." in summary.steps.so_far
    assert summary.lines[1].startswith("  Past date: May 1, 2025") and summary.benefit[0].startswith("Past date:")
    future = summarize(_estimate(SAMPLE), None, made_on=MADE_ON)
    assert future.steps.retirement_mark == "✓" and not future.warnings[0].startswith("Past date")


def test_the_jargon_moves_into_why_this_number() -> None:
    summary = summarize(_estimate(SAMPLE), None, made_on=MADE_ON)
    assert "Rules:" not in summary.headline_detail and "Pub-2010" not in summary.headline_detail
    assert summary.things_to_know.startswith(
        "• Plan rules: the SCERS Plan 1 rules in the SCERS Member Handbook of June 2023"
    )
    assert "in force from June 1, 2023" in summary.things_to_know.splitlines()[0]


def test_compare_differences_and_names() -> None:
    assert difference_text(Decimal("100"), Decimal("220.004")) == "+$120.00"
    assert difference_text(Decimal("100"), Decimal("64.9")) == "−$35.10"
    assert difference_text(Decimal("100"), Decimal("100.001")) == "same"
    assert difference_text(None, Decimal("1")) == "—"
    assert scenario_name(_estimate(SAMPLE)) == "Retire at 62, Option E"


def test_the_json_line_keeps_the_contract_and_names_the_chosen_option() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        main(["--as-of", MADE_ON.isoformat(), "--json", str(SAMPLE_FILE)])
    line = json.loads(out.getvalue())
    assert line["unmodified_monthly"] == 4800.70  # the contract's field stays the unmodified benefit
    assert line["chosen_option"] == {
        "code": "E",
        "name": "E: all to spouse/partner",
        "member_monthly": 4297.34,
        "survivor_monthly": 4297.34,
    }
    assert line["cola"][0]["monthly"] == line["net_pay"]["gross"] == 4297.34


def test_a_chosen_option_that_cannot_be_priced_says_so_and_the_unmodified_benefit_is_the_number() -> None:
    raw = copy.deepcopy(SAMPLE)
    del raw["beneficiary"]  # Option E needs the spouse's birth date
    result = _estimate(raw)
    assert result.chosen is None and result.chosen_monthly == result.unmodified_monthly
    summary = summarize(result, None, made_on=MADE_ON)
    assert summary.headline == "$4,800.70 a month"
    assert summary.headline_detail.startswith("Option E is not shown: this option needs your spouse's")
    assert summary.benefit[:2] == (
        "Option E is not shown: this option needs your spouse's or registered domestic partner's birth date.",
        "Unmodified (straight) monthly benefit: $4,800.70.",
    )
    assert result.cola[0].monthly == result.unmodified_monthly


def test_a_disability_retirement_keeps_its_own_headline_with_the_chosen_option() -> None:
    summary = summarize(_estimate(presentation_cases()["every_field"]), None, made_on=MADE_ON)
    option_e = summary.estimate.option("E")
    assert option_e is not None and option_e.member_monthly is not None
    assert summary.headline.startswith(f"${to_cents(option_e.member_monthly):,.2f} a month")
    assert summary.headline_detail.startswith("Disability retirement benefit, Option E: all to spouse/partner, from")
