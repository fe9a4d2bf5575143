"""Extract every marked string into messages.pot and bring each language's messages.po up to date.

Marked strings are the calls ``_("…")``, ``n_("…", "…", n)`` and ``N_("…")`` of
scers_desktop/present/i18n.py, anywhere under scers_desktop/. ``pybabel extract`` writes the template;
the update keeps each catalog's translations, marks changed ones fuzzy, and keeps its ``X-Reviewed``
header (which ``pybabel update`` would drop). A new catalog starts empty with ``X-Reviewed: no``.
Run from the repository root after changing any wording: ``python tools/extract_catalogs.py``.
"""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_io import LANGUAGES, POT, ROOT, WIDTH, KeepingCatalog, po_path, read, write

PYBABEL = Path(sys.executable).with_name("pybabel")


def extract() -> None:
    subprocess.run(
        [
            str(PYBABEL), "--quiet", "extract", "--no-default-keywords",
            "--keyword=_", "--keyword=n_:1,2", "--keyword=N_",
            "--project=SCERS Desktop", "--copyright-holder=SCERS Desktop developers",
            "--add-comments=TRANSLATORS:", "--sort-by-file", f"--width={WIDTH}", "--omit-header",
            "--output-file", str(POT), "scers_desktop",
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def update(code: str) -> None:
    path = po_path(code)
    template = read(POT)
    if path.exists():
        catalog = read(path, locale=code)
    else:
        catalog = KeepingCatalog(
            locale=code,
            project="SCERS Desktop",
            copyright_holder="SCERS Desktop developers",
            language_team="none yet (a draft until a qualified translator reviews it)",
            fuzzy=False,
        )
        catalog.extra_headers = [("X-Reviewed", "no")]
    template.creation_date = catalog.creation_date  # no date churn: the template has no header of its own
    catalog.update(template, no_fuzzy_matching=False)
    catalog.obsolete.clear()
    write(path, catalog)


def main() -> int:
    extract()
    for code in LANGUAGES:
        update(code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
