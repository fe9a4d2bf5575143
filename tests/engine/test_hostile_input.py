"""Issue 12, the input side: every cause of a traceback or of unbounded cost seen by a hostile user,
each with its minimal file, and the plausibility rules (refuse what cannot be, warn about the unusual).

Each test builds the smallest file that showed the fault and checks the loader's answer: the field path
and words a member understands, never an exception other than :class:`ScenarioError`.
"""

import copy
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from scers_desktop.engine import ScenarioError, estimate, load_scenario, parse_scenario
from scers_desktop.engine.limits import MAX_ERROR_CHARS, MAX_FILE_BYTES, MAX_LIST_ITEMS, MAX_TEXT_CHARS
from scers_desktop.engine.scenario_file import parse_scenario_text
from tests.helpers import TODAY

FULL = json.loads((Path(__file__).parent.parent / "cases" / "scenarios" / "full_member.scers.json").read_text())
QUICK: dict[str, Any] = {
    "format": "scers-scenario/1",
    "member": {"birth_date": "1968-04-12", "plan": "1"},
    "retirement": {"date": "2030-05-01"},
    "quick": {"service_years": 25, "final_average_salary_monthly": 7000},
}


def _with(base: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    raw = copy.deepcopy(base)
    node = raw
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return raw


def _problem(raw_or_text: Any) -> str:
    """The error text for a file that must be refused."""
    parse = parse_scenario_text if isinstance(raw_or_text, str) else parse_scenario
    with pytest.raises(ScenarioError) as caught:
        parse(raw_or_text, today=TODAY)
    return str(caught.value)


# ----- structure ---------------------------------------------------------------------------------------


def test_20000_nested_arrays_are_refused_not_a_recursion_error() -> None:
    assert "(file): nests lists or objects more than" in _problem("[" * 20_000 + "]" * 20_000)


def test_deeply_nested_extra_is_refused() -> None:
    text = json.dumps(QUICK)[:-1] + ', "extra": ' + '{"a": ' * 5_000 + "1" + "}" * 5_000 + "}"
    assert "levels deep" in _problem(text)


def test_deeply_nested_extra_given_as_an_object_is_refused() -> None:
    nested: dict[str, Any] = {}
    node = nested
    for _ in range(5_000):
        node["a"] = {}
        node = node["a"]
    assert "levels deep" in _problem(_with(QUICK, ("extra",), nested))


# ----- numbers -----------------------------------------------------------------------------------------


def test_plan_1_point_0_is_refused() -> None:
    text = json.dumps(QUICK).replace('"plan": "1"', '"plan": 1.0')
    assert 'member.plan: must be "1" or "2"' in _problem(text)


def test_an_integer_of_more_than_4300_digits_is_refused() -> None:
    text = json.dumps(QUICK).replace('"service_years": 25', '"service_years": ' + "9" * 5_000)
    assert "(file): holds a number with thousands of digits" in _problem(text)


def test_an_integer_of_4000_digits_is_refused_by_its_field() -> None:
    text = json.dumps(QUICK).replace('"service_years": 25', '"service_years": ' + "9" * 4_000)
    assert "quick.service_years: is far too large" in _problem(text)


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (("salary", "history", 0, "monthly"), "salary.history[0].monthly"),
        (("employment", 0, "fte"), "employment[0].fte"),
        (("contributions", "balance"), "contributions.balance"),
    ],
)
@pytest.mark.parametrize("exponent", ["1e-999999", "1e999999", "-1e-999999"])
def test_huge_exponents_are_refused(path: tuple[Any, ...], field: str, exponent: str) -> None:
    text = json.dumps(_with(FULL, path, "EXPONENT")).replace('"EXPONENT"', exponent)
    message = _problem(text)
    assert field in message
    assert "too large or too small" in message or "must not be negative" in message


def test_a_number_with_too_many_digits_is_refused() -> None:
    message = _problem(_with(FULL, ("employment", 0, "fte"), "0." + "9" * 40))
    assert "employment[0].fte: '0.99999" in message


# ----- dates -------------------------------------------------------------------------------------------

DATE_FIELDS = [
    ("member", "birth_date"),
    ("member", "membership_date"),
    ("retirement", "date"),
    ("retirement", "separation_date"),
    ("employment", 0, "start"),
    ("employment", 0, "end"),
    ("leaves", 0, "start"),
    ("leaves", 0, "end"),
    ("purchases", 0, "withdrawal_date"),
    ("purchases", 0, "repaid_date"),
    ("salary", "history", 0, "from"),
    ("contributions", "as_of"),
    ("beneficiary", "birth_date"),
]


def _field(path: tuple[Any, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


@pytest.mark.parametrize("path", DATE_FIELDS, ids=_field)
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_years_9999_and_0001_are_refused_in_every_date_field(path: tuple[Any, ...], day: str) -> None:
    assert f"{_field(path)}: {day} is not a believable date" in _problem(_with(FULL, path, day))


@pytest.mark.parametrize("path", DATE_FIELDS, ids=_field)
@pytest.mark.parametrize(
    "day", ["2030-W18-3", "2030W183", "20300701", "2030-121", "2030-07-01T00:00", "２０３０-07-01"]
)
def test_other_iso_forms_are_refused_in_every_date_field(path: tuple[Any, ...], day: str) -> None:
    assert f"{_field(path)}: '{day}' must be written YYYY-MM-DD" in _problem(_with(FULL, path, day))


@pytest.mark.parametrize("year", [2200, 5000])
def test_a_retirement_in_2200_or_5000_is_refused(year: int) -> None:
    message = _problem(_with(QUICK, ("retirement", "date"), f"{year}-07-01"))
    assert "retirement.date" in message


def test_a_retirement_typed_2300_for_2030_is_refused() -> None:
    assert "retirement.date: 2300-07-01 is not a believable date" in _problem(
        _with(QUICK, ("retirement", "date"), "2300-07-01")
    )


# ----- plausible or refused ------------------------------------------------------------------------------


def test_a_retirement_age_over_100_is_refused() -> None:
    message = _problem(_with(QUICK, ("retirement", "date"), "2070-05-01"))
    assert "retirement.date: 2070-05-01 would make the member 102 at retirement" in message


def test_a_retirement_before_hire_is_refused() -> None:
    raw = _with(FULL, ("retirement",), {"date": "1995-01-01"})
    assert "retirement.date: is before the first day of City service (1996-09-03)" in _problem(raw)


def test_service_beyond_age_minus_14_is_refused() -> None:
    raw = _with(QUICK, ("quick", "service_years"), 50)
    raw["retirement"]["date"] = "2025-05-01"  # age 57
    assert "quick.service_years: 50.0 years of service is not possible at age 57" in _problem(raw)


def test_108_years_of_service_at_age_57_is_refused() -> None:
    raw = _with(QUICK, ("quick", "service_years"), 108)
    raw["retirement"]["date"] = "2025-05-01"
    assert "quick.service_years: must be at most 60 years" in _problem(raw)


def test_more_than_60_years_with_purchases_is_refused() -> None:
    raw = _with(QUICK, ("quick", "service_years"), 55)
    raw["member"]["birth_date"] = "1950-01-01"
    raw["purchases"] = [{"kind": "redeposit", "service_years": 10}]
    assert (
        "quick.service_years: 65 years of service with the purchases is more than the 60 anyone can have"
        in _problem(raw)
    )


def test_more_than_60_years_of_employment_is_refused() -> None:
    raw = _with(FULL, ("employment",), [{"start": "1940-01-01", "end": None}])
    raw["member"]["birth_date"] = "1925-01-01"
    raw["retirement"] = {"date": "2024-01-01"}
    raw["leaves"] = raw["purchases"] = []
    assert "employment: 84 years of service is more than the 60 anyone can have" in _problem(raw)


def test_employment_before_age_14_is_refused() -> None:
    raw = _with(FULL, ("employment", 0, "start"), "1975-01-01")
    assert "employment[0].start: is before the member's 14th birthday" in _problem(raw)


def test_unusual_values_are_warnings_in_the_estimate() -> None:
    raw = _with(QUICK, ("quick", "service_years"), 48)
    raw["member"]["birth_date"] = "1945-01-01"
    raw["retirement"]["date"] = "2028-01-01"
    scenario = parse_scenario(raw, today=TODAY)
    assert scenario.warnings == (
        "A retirement at age 83 is unusual: check the retirement date.",
        "48 years of service is unusual: check the service entered.",
    )
    assert estimate(scenario, as_of=TODAY).eligible


# ----- bounded cost ------------------------------------------------------------------------------------


def test_3000_identical_leaves_are_one_short_error() -> None:
    leave = {"start": "2004-02-01", "end": "2004-05-31", "kind": "unpaid"}
    assert _problem(_with(FULL, ("leaves",), [leave] * 3_000)) == "leaves: has 3,000 entries; at most 1,000 are allowed"
    raw = _with(FULL, ("leaves",), [leave] * 1_000)
    started = time.perf_counter()
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(raw, today=TODAY)
    assert time.perf_counter() - started < 5
    text = str(caught.value)
    assert len(text) <= MAX_ERROR_CHARS + 100
    assert "leaves[1]: two leaves overlap; enter each day once (and 998 more like it)" in text


def test_a_list_past_its_limit_is_one_clear_error() -> None:
    period = {"start": "1996-09-03", "end": "1996-09-04"}
    raw = _with(FULL, ("employment",), [period] * (MAX_LIST_ITEMS + 1))
    assert f"employment: has 1,001 entries; at most {MAX_LIST_ITEMS:,} are allowed" in _problem(raw)


def test_1000_periods_and_1000_leaves_load_in_well_under_a_second() -> None:
    periods = [
        {"start": f"{1990 + i // 50}-{1 + i % 50 // 5:02d}-{1 + i % 5 * 5:02d}", "end": None} for i in range(1000)
    ]
    for i, period in enumerate(periods[:-1]):
        period["end"] = periods[i + 1]["start"]
    leaves = [{"start": p["start"], "end": p["start"], "kind": "unpaid"} for p in periods]
    raw = _with(FULL, ("employment",), periods)
    raw["leaves"] = leaves
    started = time.perf_counter()
    with pytest.raises(ScenarioError) as caught:  # consecutive periods share a day: every one overlaps
        parse_scenario(raw, today=TODAY)
    assert time.perf_counter() - started < 1
    assert "overlaps" in str(caught.value)
    assert "inside one employment period" not in str(caught.value)


def test_a_containing_period_overlaps_every_period_inside_it() -> None:
    raw = _with(FULL, ("employment",), [{"start": "1996-09-03", "end": "2020-01-01"}])
    raw["employment"] += [{"start": "2000-01-01", "end": "2000-12-31"}, {"start": "2005-01-01", "end": "2005-12-31"}]
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(raw, today=TODAY)
    assert [str(p) for p in caught.value.problems] == [
        "employment[1].start: overlaps the period that starts 1996-09-03",
        "employment[2].start: overlaps the period that starts 1996-09-03",
    ]  # and the leaves, inside the first period, are not said to be outside every period


def test_many_unknown_keys_are_counted_not_listed() -> None:
    raw = _with(QUICK, ("member",), {**QUICK["member"], **{f"k{i}": 1 for i in range(50_000)}})
    message = _problem(raw)
    assert "member: 49,990 more unknown fields" in message
    assert len(message) <= MAX_ERROR_CHARS + 100


def test_a_long_key_is_cut_in_the_message() -> None:
    message = _problem(_with(QUICK, ("x" * 10_000,), 1))
    assert "xxxx…: unknown field" in message
    assert len(message) < 500


@pytest.mark.parametrize(
    ("path", "field"),
    [(("label",), "label"), (("member", "name"), "member.name"), (("selected_option",), "selected_option")],
)
def test_free_text_longer_than_the_limit_is_refused(path: tuple[Any, ...], field: str) -> None:
    message = _problem(_with(QUICK, path, "x" * 1_000_000))
    assert f"{field}: is 1,000,000 characters long; at most {MAX_TEXT_CHARS} are allowed" in message


# ----- special files -------------------------------------------------------------------------------------


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.scers.json"
    os.mkfifo(fifo)
    with pytest.raises(ScenarioError, match=r"\(file\): is not a regular file"):
        load_scenario(fifo, today=TODAY)


def test_dev_zero_is_refused() -> None:
    with pytest.raises(ScenarioError, match=r"\(file\): is not a regular file"):
        load_scenario("/dev/zero", today=TODAY)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match=r"\(file\): is not a regular file"):
        load_scenario(tmp_path, today=TODAY)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.scers.json"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ScenarioError, match=r"\(file\): is larger than 2 MB"):
        load_scenario(big, today=TODAY)
