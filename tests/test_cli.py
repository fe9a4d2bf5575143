"""scers-estimate: the command-line contract of scenario-format.md §2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scers_desktop.cli import main

CASES = Path(__file__).parent / "cases"
EXAMPLE = CASES / "scenarios" / "handbook_plan1_example2.scers.json"
PLAN2 = CASES / "scenarios" / "handbook_plan2_example3.scers.json"
BROKEN = CASES / "broken" / "fte_zero.json"

CONTRACT_FIELDS = {
    "file", "plan", "eligible", "reason", "earliest_eligible_date", "age_at_retirement", "service_years",
    "final_average_salary_monthly", "factor_percent", "benefit_percent_of_fas", "formula_monthly",
    "annuity_monthly", "unmodified_monthly", "options", "warnings", "rules_version",
}  # fmt: skip


def _json_lines(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    status = main(["--json", *args])
    out = capsys.readouterr().out
    return status, [json.loads(line) for line in out.splitlines()]


def test_one_json_line_per_file_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = _json_lines(capsys, str(EXAMPLE), str(PLAN2), str(EXAMPLE))
    assert status == 0
    assert [line["file"] for line in lines] == [str(EXAMPLE), str(PLAN2), str(EXAMPLE)]
    assert set(lines[0]) >= CONTRACT_FIELDS
    assert lines[0]["unmodified_monthly"] == 1912.50
    assert lines[0]["factor_percent"] == 1.7
    assert lines[0]["benefit_percent_of_fas"] == 42.5
    assert lines[1]["plan"] == "2"
    assert lines[1]["unmodified_monthly"] == 210.0
    assert lines[1]["service_years"] == 10.0


def test_a_broken_file_gives_an_error_line_and_the_rest_still_run(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = _json_lines(capsys, str(EXAMPLE), str(BROKEN), "does-not-exist.json", str(PLAN2))
    assert status == 1
    assert len(lines) == 4
    assert lines[1] == {"file": str(BROKEN), "error": "employment[0].fte: must be more than 0"}
    assert lines[2]["file"] == "does-not-exist.json"
    assert str(lines[2]["error"]).startswith("(file): cannot be read")
    assert lines[3]["unmodified_monthly"] == 210.0


def test_not_eligible_has_null_money_and_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = json.loads(EXAMPLE.read_text())
    scenario["member"]["birth_date"] = "1980-07-01"  # 50 with 25 years: not eligible until 52
    path = tmp_path / "young.scers.json"
    path.write_text(json.dumps(scenario))
    status, [line] = _json_lines(capsys, str(path))
    assert status == 0
    assert line["eligible"] is False
    assert line["earliest_eligible_date"] is not None
    assert all(line[k] is None for k in ("unmodified_monthly", "formula_monthly", "final_average_salary_monthly"))
    assert "age 52" in str(line["reason"])


def test_text_summary_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Unmodified monthly benefit: $1,912.50" in out
    assert "Unofficial estimate" in out


def test_console_script_never_prints_a_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.scers.json"
    garbage.write_bytes(b"\xff\xfe\x00 not json")
    done = subprocess.run(
        [sys.executable, "-m", "scers_desktop.cli", "--json", str(garbage)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["error"].startswith("(file):")


def test_text_summary_of_a_death_estimate_speaks_of_the_survivor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = {
        "format": "scers-scenario/1", "estimate_type": "death_before_retirement",
        "member": {"birth_date": "1975-03-01", "plan": "1"}, "retirement": {"date": "2027-01-01"},
        "quick": {"service_years": 15, "final_average_salary_monthly": 7000},
        "contributions": {"balance": 90000, "as_of": "2026-06-30"},
        "beneficiary": {"birth_date": "1977-05-05", "relationship": "spouse"},
    }  # fmt: skip
    path = tmp_path / "death.scers.json"
    path.write_text(json.dumps(scenario))
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "If you died on January 1, 2027 at age 51" in out
    assert "Your spouse or partner could receive" in out
    assert "Unmodified monthly benefit" not in out


def test_as_of_is_the_day_unpaid_purchases_are_costed_on(capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES / "kinds" / "purchase_unpaid.scers.json"
    _, [line] = _json_lines(capsys, "--as-of", "2027-03-01", str(case))
    assert [p["cost_as_of"] for p in line["purchases"]] == ["2027-03-01"]  # type: ignore[index]


def test_as_of_must_be_a_real_iso_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--as-of", "20270301", str(EXAMPLE)])
    assert exit_.value.code == 2
    assert "is not a real date written YYYY-MM-DD" in capsys.readouterr().err
