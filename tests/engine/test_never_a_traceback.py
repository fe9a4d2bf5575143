"""Bad input gets a field error, never a traceback: the loader and the engine under random input."""

import copy
import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scers_desktop.cli import _UNPRINTABLE, estimate_line, summary_text
from scers_desktop.engine import ScenarioError, estimate, parse_scenario, sweep
from scers_desktop.engine.limits import MAX_ERROR_CHARS
from scers_desktop.engine.scenario_file import parse_scenario_text
from scers_desktop.present.summary import summarize
from tests.helpers import TODAY
from tools.fuzz_cli import value_paths

CASES = Path(__file__).parent.parent / "cases" / "scenarios"
BASES = {name: json.loads((CASES / name).read_text()) for name in ("full_member.scers.json", "every_field.scers.json")}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["2030-02-30", "1968-04-12", "", "1e999", "NaN", "-5", "0", "2100-01-01", "1900-01-01"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


PATHS = [(name, path) for name, base in BASES.items() for path in value_paths(base)]


def _estimate_or_field_error(raw: Any) -> None:
    problems: tuple[Any, ...] = ()
    try:
        scenario = parse_scenario(raw, today=TODAY)
    except ScenarioError as error:
        problems = error.problems
    if problems:
        assert all(isinstance(p.path, str) and isinstance(p.message, str) and p.message for p in problems)
        return
    result = estimate(scenario, as_of=TODAY)
    assert result.eligible in (True, False)
    sweep(scenario, range(50, 76, 5))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=json_values)
def test_any_json_value_is_a_field_error_or_an_estimate(raw: Any) -> None:
    _estimate_or_field_error(raw)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(PATHS), value=json_values)
def test_a_valid_case_with_one_value_changed_is_a_field_error_or_an_estimate(
    where: tuple[str, tuple[Any, ...]], value: Any
) -> None:
    name, path = where
    raw = copy.deepcopy(BASES[name])
    node = raw
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    _estimate_or_field_error(raw)


# ----- issue 12: the fuzz test of hostile files, through the loader's text path as the CLI reads them ------

#: A value written as raw JSON text (numbers Python cannot write, nesting json.dumps cannot write).
RAW_MARK = "@@raw@@"

raw_numbers = st.one_of(
    st.integers(1, 6_000).map(lambda n: "9" * n),
    st.tuples(st.integers(-(10**6), 10**6), st.integers(-(10**7), 10**7)).map(lambda m_e: f"{m_e[0]}e{m_e[1]}"),
    st.decimals(allow_nan=False, allow_infinity=False).map(str).filter(lambda s: "e" in s.lower() or "." in s),
    st.sampled_from(["1.0", "2.0", "-0.0", "NaN", "Infinity", "-Infinity", "1e-999999", "0." + "3" * 60]),
)
date_texts = st.one_of(
    st.dates().map(date.isoformat),  # years 0001 to 9999
    st.dates().map(lambda d: f"{d.isocalendar()[0]:04d}-W{d.isocalendar()[1]:02d}-{d.isocalendar()[2]}"),
    st.dates().map(lambda d: d.strftime("%Y%m%d")),
    st.dates().map(lambda d: f"{d.year:04d}-{d.timetuple().tm_yday:03d}"),
    st.dates().map(lambda d: d.isoformat() + "T00:00"),
    st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
)
hostile_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300) | st.integers(0, 300_000).map(
    lambda n: "x" * n
)
nesting = st.tuples(st.integers(1, 30_000), st.booleans()).map(
    lambda n_obj: ('{"a":' * n_obj[0] + "1" + "}" * n_obj[0]) if n_obj[1] else "[" * n_obj[0] + "]" * n_obj[0]
)
hostile_values = st.one_of(
    raw_numbers.map(lambda text: (RAW_MARK, text)),
    nesting.map(lambda text: (RAW_MARK, text)),
    date_texts,
    hostile_text,
    json_values,
    st.tuples(json_values, st.integers(0, 1_500)).map(lambda v_n: [v_n[0]] * v_n[1]),
)


def _text_with(raw: Any, value: Any) -> str:
    """``raw`` as JSON text with ``value`` at the marker (a raw pair is written as its text)."""
    placeholder = json.dumps("@@value@@")
    inner = value[1] if isinstance(value, tuple) else json.dumps(value)
    return json.dumps(raw).replace(placeholder, inner)


@settings(max_examples=2_500, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(where=st.sampled_from(PATHS), value=hostile_values)
def test_fuzz_hostile_files_are_a_short_field_error_or_a_sane_estimate(
    where: tuple[str, tuple[Any, ...]], value: Any
) -> None:
    """Structure, numbers, dates and text (issue 12): one value replaced by a hostile one, as file text."""
    name, path = where
    raw = copy.deepcopy(BASES[name])
    node = raw
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = "@@value@@"
    error: ScenarioError | None = None
    try:
        scenario = parse_scenario_text(_text_with(raw, value), today=TODAY)
    except ScenarioError as caught:
        error = caught
    if error is not None:
        assert error.problems
        assert all(p.path and p.message for p in error.problems)
        assert len(str(error)) <= MAX_ERROR_CHARS + 100
        json.dumps({"file": "x", "error": str(error)})  # the CLI's line can be written
        return
    result = estimate(scenario, as_of=TODAY)
    assert result.eligible in (True, False)
    json.dumps(estimate_line("x", result))
    summary = summary_text("x", summarize(result, None, made_on=TODAY))
    summary.encode("utf-8")  # no lone surrogate reaches the terminal
    # nor an escape code, a bidi override or a line separator (unassigned and private-use characters are
    # harmless and are written as they are)
    assert not [c for c in summary.replace("\n", "") if unicodedata.category(c) in _UNPRINTABLE]
    if result.eligible and result.unmodified_monthly is not None:
        assert result.unmodified_monthly < 1_000_000  # a typo never becomes millions a month
