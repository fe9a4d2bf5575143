"""Record the PDF and command-line text goldens (tests/cases/golden_text/pdf.json and cli.json).

tests/report/test_text_unchanged.py compares every presentation case's text with them exactly. Re-record
only when a change of wording or layout is intended, and name it in the commit. Run from the repository root:
    .venv/bin/python tools/record_golden_text.py
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from tests.golden_text import CASES, GOLDEN, cli_text, pdf_key, pdf_text  # noqa: E402


def _write(name: str, texts: dict[str, str]) -> None:
    path = GOLDEN / name
    path.write_text(json.dumps(texts, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> None:
    pdf = {pdf_key(name, personal): pdf_text(name, personal) for name in CASES for personal in (True, False)}
    _write("pdf.json", pdf)
    _write("cli.json", {name: cli_text(name) for name in CASES})


if __name__ == "__main__":
    main()
