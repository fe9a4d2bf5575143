"""scers-estimate --json --timing: the optional ``timing`` field (issue 18); every other field unchanged."""

import json
from pathlib import Path

import pytest

from scers_desktop.cli import main

EXAMPLE = Path(__file__).parent / "cases" / "scenarios" / "handbook_plan1_example2.scers.json"


def _line(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["--json", "--as-of", "2026-12-01", *args, str(EXAMPLE)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert isinstance(result, dict)
    return result


def test_timing_is_added_and_nothing_else_changes(capsys: pytest.CaptureFixture[str]) -> None:
    plain = _line(capsys)
    timed = _line(capsys, "--timing")
    assert "timing" not in plain
    timing = timed.pop("timing")
    assert timed == plain
    assert isinstance(timing, list)
    for record in timing:
        assert set(record) == {"date", "monthly", "change", "reason"}
        assert isinstance(record["monthly"], float) and isinstance(record["reason"], str) and record["reason"]


def test_timing_needs_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--timing", str(EXAMPLE)])
    assert stopped.value.code == 2
    assert "--timing adds a field to the JSON lines: give --json too" in capsys.readouterr().err
