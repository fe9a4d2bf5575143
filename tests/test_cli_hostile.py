"""scers-estimate against hostile input and hostile output paths (issue 12).

Each file is the smallest that broke the contract of scenario-format.md §2 (one line per file, in
order, never a traceback) or wrote where it must not.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scers_desktop import cli
from scers_desktop.cli import main

CASES = Path(__file__).parent / "cases" / "scenarios"
EXAMPLE = CASES / "handbook_plan1_example2.scers.json"


def _labelled(tmp_path: Path, label_json: str) -> Path:
    """The example case with its label replaced by ``label_json`` (JSON text, escapes as written)."""
    raw = json.loads(EXAMPLE.read_text())
    raw["label"] = "LABEL"
    path = tmp_path / "labelled.scers.json"
    path.write_text(json.dumps(raw).replace('"LABEL"', label_json))
    return path


def test_a_lone_surrogate_in_a_label_is_printed_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _labelled(tmp_path, r'"Plan \ud800 A"')
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "Plan \\ud800 A" in out
    out.encode("utf-8")  # strict: a lone surrogate here raised UnicodeEncodeError


def test_ansi_escapes_in_a_label_are_printed_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _labelled(tmp_path, r'"\u001b[2J\u001b[31mRED\r\nUnmodified monthly benefit: $1"')
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\r" not in out
    assert "\\x1b[2J\\x1b[31mRED\\r\\nUnmodified monthly benefit: $1" in out.splitlines()[0]


def test_an_ascii_terminal_gets_escapes_not_a_traceback(tmp_path: Path) -> None:
    path = _labelled(tmp_path, r'"Café — retire at 62"')
    done = subprocess.run(
        [sys.executable, "-m", "scers_desktop.cli", str(path)],
        capture_output=True, text=True, check=False, env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Caf\\xe9 \\u2014 retire at 62" in done.stdout


def test_a_fifo_argument_does_not_hang_and_the_batch_goes_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.scers.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "scers_desktop.cli", "--json", str(fifo), "/dev/zero", str(EXAMPLE)],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert lines[0] == {"file": str(fifo), "error": "(file): is not a regular file (a folder, device or pipe)"}
    assert lines[1] == {"file": "/dev/zero", "error": "(file): is not a regular file (a folder, device or pipe)"}
    assert lines[2]["unmodified_monthly"] == 1912.50


def test_a_fault_inside_the_engine_is_that_files_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = cli.estimate
    calls: list[int] = []

    def fails_once(scenario: object, **options: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise ZeroDivisionError
        return real(scenario, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "estimate", fails_once)
    assert main(["--json", str(EXAMPLE), str(EXAMPLE)]) == 1
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first == {
        "file": str(EXAMPLE),
        "error": "(file): SCERS Desktop could not estimate this file (ZeroDivisionError); please report it",
    }
    assert second["unmodified_monthly"] == 1912.50


def test_unusual_values_reach_the_warnings_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.scers.json"
    path.write_text(
        json.dumps({
            "format": "scers-scenario/1", "member": {"birth_date": "1945-01-01", "plan": "1"},
            "retirement": {"date": "2028-01-02"},
            "quick": {"service_years": 30, "final_average_salary_monthly": 5000},
        })
    )  # fmt: skip
    assert main(["--json", str(path)]) == 0
    assert (
        "A retirement at age 83 is unusual: check the retirement date."
        in json.loads(capsys.readouterr().out)["warnings"]
    )


# ----- --pdf never writes where it must not ------------------------------------------------------------------


def _pdf(capsys: pytest.CaptureFixture[str], out: Path, *files: Path) -> tuple[int, str]:
    status = main(["--json", "--pdf", str(out), *(str(f) for f in files)])
    return status, capsys.readouterr().err


def test_the_pdf_never_replaces_the_input_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "case.scers.json"
    case.write_text(EXAMPLE.read_text())
    status, err = _pdf(capsys, case, case)
    assert status == 1
    assert "not writing the PDF: it is the input file" in err
    assert case.read_text() == EXAMPLE.read_text()


def test_the_pdf_never_replaces_a_file_that_is_not_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("my notes")
    status, err = _pdf(capsys, notes, EXAMPLE)
    assert status == 1
    assert "exists and is not a PDF; it was left as it is" in err
    assert notes.read_text() == "my notes"


def test_the_pdf_is_not_written_through_a_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"%PDF-1.4 old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    status, err = _pdf(capsys, link, EXAMPLE)
    assert status == 1
    assert "is a symbolic link" in err
    assert real.read_bytes() == b"%PDF-1.4 old"


def test_an_old_pdf_is_replaced_atomically_and_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "estimate.pdf"
    out.write_bytes(b"%PDF-1.4 old")
    out.chmod(0o640)
    status, err = _pdf(capsys, out, EXAMPLE)
    assert status == 0
    assert f"{out}: PDF written" in err
    assert out.read_bytes().startswith(b"%PDF-") and len(out.read_bytes()) > 1000
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["estimate.pdf"]


def test_unassigned_and_private_use_characters_in_a_label_are_escaped() -> None:
    assert cli.terminal_safe("a\U00012544b\ue000") == "a\\U00012544b\\ue000"
