"""Check the catalogs against messages.pot (``make lint``): fails on a problem, prints what is untranslated.

A problem is an entry of the template missing from a language's catalog, an entry of the catalog the
template no longer has (stale), or a translation whose placeholders (``{name}`` and ``%s``-style)
differ from its English. A fuzzy entry counts as untranslated: the app shows English for it.
Untranslated entries are allowed (the app shows English) and counted per language; so is the header
``X-Reviewed`` (a draft says "Translation not yet reviewed" on every screen and page).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_io import LANGUAGES, POT, po_path, read

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\([^)]*\))?[-#0+]*\d*(?:\.\d+)?[sdifrxXeEgGc%]")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _forms(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def check(code: str, template_ids: set[object]) -> tuple[list[str], int, int, str]:
    catalog = read(po_path(code), locale=code)
    problems: list[str] = []
    ids = {message.id for message in catalog if message.id}
    problems += [f"{code}: missing {entry!r}" for entry in sorted(map(str, template_ids - ids))]
    problems += [f"{code}: stale {entry!r}" for entry in sorted(map(str, ids - template_ids))]
    untranslated = 0
    for message in catalog:
        if not message.id:
            continue
        english = _forms(message.id)
        forms = _forms(message.string)
        if message.fuzzy or not all(forms):
            untranslated += 1
            continue
        expected = placeholders(english[-1])
        for form in forms:
            if placeholders(form) != expected and placeholders(form) != placeholders(english[0]):
                problems.append(f"{code}: placeholders of {english[0]!r} differ in {form!r}")
    reviewed = {name.lower(): value for name, value in catalog.extra_headers}.get("x-reviewed", "no")
    return problems, untranslated, len(ids), reviewed


def main() -> int:
    template_ids = {message.id for message in read(POT) if message.id}
    problems: list[str] = []
    for code in LANGUAGES:
        found, untranslated, total, reviewed = check(code, template_ids)
        problems += found
        print(f"{code}: {total - untranslated}/{total} translated, {untranslated} untranslated, reviewed: {reviewed}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
