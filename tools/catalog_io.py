"""Reading and writing the gettext catalogs with Babel, keeping the headers Babel does not know.

Babel's ``Catalog`` keeps only the standard PO headers, so ``pybabel update`` and ``pybabel compile``
would drop ``X-Reviewed`` (whether a qualified translator has reviewed a language; issue 17). The
catalog here keeps every ``X-`` header through reading, updating and compiling.
"""

from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileParser, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "scers_desktop" / "locale"
POT = LOCALE / "messages.pot"
LANGUAGES = ("es", "zh_Hant", "vi")
WIDTH = 116


class KeepingCatalog(Catalog):
    """A Babel catalog that carries its ``X-`` headers (``X-Reviewed``) into the PO and MO files."""

    extra_headers: list[tuple[str, str]]

    def _set_mime_headers(self, headers: Iterable[tuple[str, str]]) -> None:
        headers = list(headers)
        self.extra_headers = [(name, value) for name, value in headers if name.lower().startswith("x-")]
        super()._set_mime_headers(headers)

    def _get_mime_headers(self) -> list[tuple[str, str]]:
        standard = super()._get_mime_headers()  # its last one, Generated-By, ends the header with a newline
        return [*standard[:-1], *getattr(self, "extra_headers", []), standard[-1]]

    mime_headers = property(_get_mime_headers, _set_mime_headers)  # type: ignore[assignment]


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / "messages.po"


def read(path: Path, locale: str | None = None) -> KeepingCatalog:
    catalog = KeepingCatalog(locale=locale)
    with path.open("rb") as handle:
        PoFileParser(catalog, ignore_obsolete=False).parse(handle)
    return catalog


def write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=WIDTH, omit_header=False)


def compile_to(catalog: Catalog, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
