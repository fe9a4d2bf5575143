"""Compile every language's messages.po into messages.mo beside it (``make catalogs``).

Babel's compiler (what ``pybabel compile`` runs), through tools/catalog_io.py so the ``X-Reviewed``
header reaches the compiled catalog. Fuzzy entries are left out: the app shows English for them.
Run from anywhere: ``python tools/compile_catalogs.py``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_io import LANGUAGES, compile_to, po_path, read


def main() -> int:
    for code in LANGUAGES:
        source = po_path(code)
        compile_to(read(source, locale=code), source.with_suffix(".mo"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
