"""scers-estimate --option-factors FILE.csv (issue 15): additive to the contract of scenario-format.md §2."""

import json
from pathlib import Path

import pytest

from scers_desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_TABLE = ROOT / "resources" / "option-factors.EXAMPLE.csv"
CASE = ROOT / "tests" / "cases" / "scenarios" / "full_member.scers.json"


def _lines(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    status = main(["--as-of", "2026-06-01", "--json", *args])
    return status, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_without_the_flag_nothing_names_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, (line,) = _lines(capsys, str(CASE))
    assert status == 0 and "option_factors" not in line
    assert all("factor_source" not in option for option in line["options"])  # type: ignore[union-attr]


def test_with_the_example_table_the_options_it_covers_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    status, (line,) = _lines(capsys, "--option-factors", str(EXAMPLE_TABLE), str(CASE))
    assert status == 0
    assert line["option_factors"] == "option-factors.EXAMPLE.csv"
    sources = {o["code"]: o.get("factor_source", "computed") for o in line["options"]}  # type: ignore[union-attr]
    assert sources["C10"] == "table" and sources["A"] == "computed"
    assert any("EXAMPLE ONLY" in w for w in line["warnings"])  # type: ignore[union-attr]


def test_a_bad_table_stops_before_any_estimate_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("option,member_age,beneficiary_age,factor\nC10,62,,1.5\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["--json", "--option-factors", str(bad), str(CASE)])
    captured = capsys.readouterr()
    assert stopped.value.code == 2 and captured.out == ""
    assert "--option-factors: bad.csv line 2, column factor: 1.5 is outside (0, 1]" in captured.err
