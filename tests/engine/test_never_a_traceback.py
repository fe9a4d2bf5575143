"""Bad input gets a field error, never a traceback: the loader and the engine under random input."""

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scers_desktop.engine import ScenarioError, estimate, parse_scenario, sweep

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


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


PATHS = [(name, path) for name, base in BASES.items() for path in _paths(base)]


def _estimate_or_field_error(raw: Any) -> None:
    problems: tuple[Any, ...] = ()
    try:
        scenario = parse_scenario(raw)
    except ScenarioError as error:
        problems = error.problems
    if problems:
        assert all(isinstance(p.path, str) and isinstance(p.message, str) and p.message for p in problems)
        return
    result = estimate(scenario)
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
