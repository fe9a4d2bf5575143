"""scers-estimate --jobs N: worker processes change nothing a person reads (issue 16).

Every file's line is the one the single-process batch prints, byte for byte and in the order given,
error lines included, and the exit status is the same (scenario-format.md §2).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.members import write_members
from scers_desktop.cli import FILES_PER_PROCESS, default_jobs, main


def _batch(tmp_path: Path) -> list[str]:
    """50 distinct full members with four bad files among them (not JSON, missing, no member, bad FTE)."""
    members = write_members(tmp_path, 50)
    (tmp_path / "not-json.scers.json").write_text("{")
    (tmp_path / "empty.scers.json").write_text('{"format": "scers-scenario/1"}')
    bad_fte = json.loads(Path(members[0]).read_text())
    bad_fte["employment"][0]["fte"] = 0
    (tmp_path / "bad-fte.scers.json").write_text(json.dumps(bad_fte))
    bad = [str(tmp_path / name) for name in ("not-json.scers.json", "empty.scers.json", "bad-fte.scers.json")]
    return [*members[:10], bad[0], *members[10:30], str(tmp_path / "missing.scers.json"), bad[1], *members[30:], bad[2]]


def _cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "scers_desktop.cli", "--as-of", "2026-12-01", *args]
    return subprocess.run(command, capture_output=True, check=False, timeout=600)


@pytest.mark.parametrize("mode", [["--json"], []], ids=["json", "text"])
def test_two_jobs_print_what_one_job_prints(tmp_path: Path, mode: list[str]) -> None:
    files = _batch(tmp_path)
    assert len(files) // FILES_PER_PROCESS >= 2  # enough files for two processes
    one, two = _cli(*mode, "--jobs", "1", *files), _cli(*mode, "--jobs", "2", *files)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr == b""
    if mode:
        lines = [json.loads(line) for line in two.stdout.splitlines()]
        assert [line["file"] for line in lines] == files
        assert sum("error" in line for line in lines) == 4


def test_two_jobs_over_good_files_exit_0(tmp_path: Path) -> None:
    files = write_members(tmp_path, 2 * FILES_PER_PROCESS)
    done = _cli("--json", "--jobs", "2", *files)
    assert done.returncode == 0
    assert [json.loads(line)["file"] for line in done.stdout.splitlines()] == files


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_jobs_must_be_a_whole_number_of_processes(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--jobs", value, "x.scers.json"])
    assert stopped.value.code == 2
    assert "not a whole number of processes" in capsys.readouterr().err


def test_the_default_is_the_cores_there_are() -> None:
    assert 1 <= default_jobs() <= 4096


def test_the_option_factor_table_and_timing_reach_the_workers(tmp_path: Path) -> None:
    table = Path(__file__).parent.parent / "resources" / "option-factors.EXAMPLE.csv"
    files = write_members(tmp_path, 2 * FILES_PER_PROCESS)
    args = ["--json", "--timing", "--option-factors", str(table)]
    one, two = _cli(*args, "--jobs", "1", *files), _cli(*args, "--jobs", "2", *files)
    assert one.returncode == two.returncode == 0
    assert two.stdout == one.stdout
    lines = [json.loads(line) for line in two.stdout.splitlines()]
    assert all("timing" in line and line["option_factors"] for line in lines)
