"""The loader rejects each kind of bad file with a message that names the field (tests/cases/broken)."""

from pathlib import Path

import pytest

from scers_desktop.engine import ScenarioError, load_scenario, parse_scenario
from tests.helpers import TODAY

BROKEN = Path(__file__).parent.parent / "cases" / "broken"

# file -> (field path the message must name, words the message must contain)
EXPECTED = {
    "unknown_key.json": ("retirment", "unknown field"),
    "unknown_member_key.json": ("member.birthdate", "unknown field"),
    "bad_date.json": ("member.birth_date", "not a real date"),
    "date_wrong_shape.json": ("retirement.date", "YYYY-MM-DD"),
    "negative_service.json": ("quick.service_years", "must not be negative"),
    "fte_zero.json": ("employment[0].fte", "must be more than 0"),
    "fte_above_one.json": ("employment[0].fte", "at most 1"),
    "end_before_start.json": ("employment[0].end", "before the start"),
    "overlapping_employment.json": ("employment[1].start", "overlaps"),
    "leave_outside_employment.json": ("leaves[0]", "inside one employment period"),
    "missing_birth_date.json": ("member.birth_date", "is required"),
    "missing_plan.json": ("member.plan", "membership_date"),
    "missing_retirement.json": ("retirement", "is required"),
    "bad_plan.json": ("member.plan", '"1" or "2"'),
    "plan_true.json": ("member.plan", '"1" or "2"'),  # true == 1 in Python: found by the fuzz test
    "bad_leave_kind.json": ("leaves[0].kind", "must be one of"),
    "salary_out_of_order.json": ("salary.history[1].from", "date order"),
    "money_not_a_number.json": ("quick.final_average_salary_monthly", "not a number"),
    "separation_after_retirement.json": ("retirement.separation_date", "before the retirement date"),
    "no_service.json": ("employment", "at least one period"),
    "military_too_long.json": ("purchases[0].service_years", "up to 5 years"),
    "unknown_assumption.json": ("assumptions.intrest_rate", "unknown setting"),
    "bad_assumption_value.json": ("assumptions.age_basis", "must be one of"),
    "newer_format.json": ("format", "newer version"),
    "not_an_object.json": ("(file)", "JSON object"),
    "not_json.json": ("(file)", "not valid JSON"),
    "beneficiary_relationship.json": ("beneficiary.relationship", "must be one of"),
}


def test_every_broken_file_has_an_expectation() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize(("name", "expected"), EXPECTED.items(), ids=list(EXPECTED))
def test_broken_file_is_rejected_naming_the_field(name: str, expected: tuple[str, str]) -> None:
    path, words = expected
    with pytest.raises(ScenarioError) as caught:
        load_scenario(BROKEN / name, today=TODAY)
    problems = [p for p in caught.value.problems if p.path == path]
    assert problems, f"no problem reported at {path}: {caught.value}"
    assert any(words in p.message for p in problems), str(caught.value)
    assert str(caught.value).startswith(f"{caught.value.problems[0].path}: ")


def test_missing_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match=r"\(file\): cannot be read"):
        load_scenario(tmp_path / "nope.scers.json", today=TODAY)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(
            {"member": {"birth_date": "bad", "plan": "9"}, "retirement": {"date": "x"}, "bogus": 1}, today=TODAY
        )
    paths = {p.path for p in caught.value.problems}
    assert {"member.birth_date", "member.plan", "retirement.date", "bogus"} <= paths
