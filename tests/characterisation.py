"""The refactoring net: what ``scers-estimate`` prints for every case file, on a fixed date.

``record()`` runs the real command line over every ``*.scers.json`` under ``tests/cases`` and every
broken file in ``tests/cases/broken``, once with ``--json`` and once as text, ``--as-of`` :data:`AS_OF`.
``tests/test_characterisation.py`` compares it exactly with :data:`FIXTURE`, which was recorded once by
``python tools/record_characterisation.py``. Re-record only when a change of output is intended, and
say which in the commit.
"""

import io
import json
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

from scers_desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
FIXTURE = CASES / "characterisation.json"
AS_OF = date(2026, 6, 1)


def case_files() -> list[str]:
    """Every case file, as a path relative to the repository root (the CLI prints it as given)."""
    files = [*CASES.glob("**/*.scers.json"), *(CASES / "broken").glob("*.json")]
    return sorted(p.relative_to(ROOT).as_posix() for p in files)


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(["--as-of", AS_OF.isoformat(), *args])
    return status, out.getvalue()


def record() -> dict[str, Any]:
    """The CLI's output for every case file: ``{file: {"status", "json", "text"}}`` and the date used."""
    outputs: dict[str, Any] = {}
    for file in case_files():
        status, line = _run("--json", file)
        _, text = _run(file)
        outputs[file] = {"status": status, "json": json.loads(line), "text": text.splitlines()}
    return {"as_of": AS_OF.isoformat(), "files": outputs}
