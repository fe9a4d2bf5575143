"""The dates worth knowing in words (present/timing.py), from the cases of tests/engine/test_timing.py."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from scers_desktop.engine import Scenario, parse_scenario
from scers_desktop.engine.timing import timing
from scers_desktop.present.timing import (
    PDF_ROWS,
    TimingWords,
    _change_text,
    month_series,
    ordinal,
    timing_records,
    timing_words,
)


def _case(birth: str, retire: str, plan: str, service: str, fas: str) -> Scenario:
    raw = {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth, "plan": plan},
        "retirement": {"date": retire},
        "quick": {"service_years": service, "final_average_salary_monthly": fas},
    }
    return parse_scenario(raw, today=date(2026, 12, 1))


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 22, 62, 63, 100)] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd", "62nd", "63rd", "100th",
    ]  # fmt: skip


def test_waiting_for_the_59th_birthday_in_words() -> None:
    """Plan 1 at 58 with 15 years: $711.00 now; on the 59th birthday 1.64% instead of 1.58%."""
    found = timing(_case("1972-03-14", "2031-02-01", "1", "15", "3000"), as_of=date(2031, 2, 1))
    words = timing_words(found, rows=PDF_ROWS)
    assert words.near == (
        "Waiting until March 14, 2031 (41 days later) adds $32.53 a month for life.",
        "It gives up 1 monthly payment ($711.00); the higher amount makes that up, with COLA, by age 60.",
    )
    first = words.rows[0]
    assert (first.date_text, first.monthly_text) == ("March 14, 2031", "$743.53")
    assert first.reason_text == "You reach 59 on March 14, 2031: factor 1.64% instead of 1.58%"
    assert len(words.rows) == PDF_ROWS  # what the PDF prints
    plain = timing_words(found, plain=True, rows=PDF_ROWS)
    assert plain.rows[0].reason_text == "You reach 59 on March 14, 2031: each year of service counts for more"
    assert "%" not in " ".join(r.reason_text for r in plain.rows)
    service = [r for r in timing_words(found).rows if r.day == date(2036, 2, 1)]
    assert service[0].reason_text == "20 years of service on February 1, 2036: factor 2.00% instead of 1.88%"


def test_a_date_just_after_the_birthday_is_no_loss() -> None:
    """Plan 2, 25 years, chosen 11 days after the 55th birthday (the first day the member can retire)."""
    found = timing(_case("1976-09-10", "2031-09-21", "2", "25", "5000"), as_of=date(2030, 10, 1))
    words = timing_words(found)
    assert words.near[0] == "Your date is 11 days after your 55th birthday: no loss."
    assert words.near[1].startswith("Waiting until September 10, 2032 (355 days later) adds $")


def test_the_30_year_rule_in_words_and_the_json_records() -> None:
    raw = {
        "format": "scers-scenario/1",
        "member": {"birth_date": "1980-06-01", "plan": "1"},
        "retirement": {"date": "2031-03-15"},
        "employment": [{"start": "2001-04-15", "end": None}],
        "salary": {"history": [{"from": "2001-04-15", "monthly": 6000}], "growth_rate": 0},
    }
    found = timing(parse_scenario(raw, today=date(2026, 12, 1)), as_of=date(2031, 3, 15))
    records = timing_records(found)
    assert records[0] == {
        "date": "2031-04-15",
        "monthly": 3600.0,
        "change": 3600.0,
        "reason": "30 years of service on April 15, 2031: eligible at any age",
    }
    assert records[1]["reason"] == "The 60% cap is reached: after this, waiting adds only pay growth and COLA"
    series = month_series(found, date(1980, 6, 1))
    assert len(series.ages) == len(found.points) and series.marks[0][2] == "Apr 2031"


def test_no_series_for_a_disability_estimate() -> None:
    raw = {
        "format": "scers-scenario/1",
        "member": {"birth_date": "1972-03-14", "plan": "1"},
        "retirement": {"date": "2031-02-01"},
        "quick": {"service_years": 15, "final_average_salary_monthly": 3000},
        "estimate_type": "disability",
    }
    words = timing_words(timing(parse_scenario(raw, today=date(2026, 12, 1)), as_of=date(2031, 2, 1)))
    assert words.rows == () and words.near == ()
    assert words.empty == "Dates worth knowing are shown for a service retirement once you can retire."


def _words(birth: str, more: Any) -> TimingWords:
    raw = {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth, "plan": "1"},
        "retirement": {"date": "2027-01-01"},
    }
    return timing_words(timing(parse_scenario({**raw, **more}, today=date(2026, 12, 1)), as_of=date(2026, 12, 1)))


def test_no_series_words_are_true_for_each_reason() -> None:
    quick = {"quick": {"service_years": 30, "final_average_salary_monthly": 5000}}
    assert _words("1950-06-15", quick).empty == (
        "Dates worth knowing compare starting dates up to your 75th birthday (June 15, 2025), which has passed; "
        "your estimate is for the date you chose."
    )
    late = {"quick": {"service_years": 1, "final_average_salary_monthly": 5000}}
    assert _words("1954-06-15", late).empty == (
        "You first can retire on January 1, 2031, after your 75th birthday; dates worth knowing are shown up to age 75."
    )
    never = {
        "employment": [{"start": "1990-01-01", "end": "1992-12-31", "fte": 1}],
        "salary": {"history": [{"from": "1990-01-01", "monthly": 3000}]},
    }
    assert _words("1970-06-15", never).empty.startswith("No retirement date gives a service retirement")
    assert all("once you can retire" not in _words(*c).empty for c in [("1950-06-15", quick), ("1970-06-15", never)])


def test_the_note_on_projected_growth_only_where_pay_grows() -> None:
    sample = json.loads((Path(__file__).parents[1] / "cases" / "scenarios" / "full_member.scers.json").read_text())
    grows = timing_words(timing(parse_scenario(sample, today=date(2026, 12, 1)), as_of=date(2026, 12, 1)))
    assert grows.note.startswith("Raises named here are the pay steps you entered")
    quick = {"quick": {"service_years": 25, "final_average_salary_monthly": 5000}}
    assert _words("1965-06-15", quick).note == ""


def test_a_drop_is_written_with_a_minus_before_the_dollar_sign() -> None:
    assert _change_text(Decimal("-0.16")) == "\u2212$0.16"
    assert _change_text(Decimal("28.89")) == "+$28.89"
