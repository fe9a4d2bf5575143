"""Record the characterisation fixture: what scers-estimate prints for every case file on a fixed date.

tests/test_characterisation.py compares the command line's output with tests/cases/characterisation.json
exactly, so a refactoring that changes any number, word or field fails. Re-record only when a change of
output is intended, and name it in the commit. Run from the repository root:
    .venv/bin/python tools/record_characterisation.py
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from tests.characterisation import FIXTURE, record  # noqa: E402


def main() -> None:
    FIXTURE.write_text(json.dumps(record(), indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
