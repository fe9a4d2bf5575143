"""The member's language: one translation mechanism for the screens, the kiosk, the PDF and the CLI text.

Words are GNU gettext catalogs (``scers_desktop/locale/<code>/LC_MESSAGES/messages.po``, compiled to
``.mo`` by ``make catalogs``) read with Python's :mod:`gettext`; dates and numbers follow the language
through Babel (CLDR). The Qt screens call the same :func:`_` as the PDF and the CLI, so one catalog per
language covers every word a person reads (issue 17).

English is the source language and needs no catalog: its dates and amounts keep the fixed forms the
goldens record ("July 1, 2030", "$1,912.50"), which never read the process locale (issue 13). Money is
always US dollars, written the way the language writes them ("4.200,26 US$" in Spanish).

Babel is imported when a translation first formats a date or number, so an English start-up does not
pay for it. The current language is process-wide: :func:`use` sets it, :func:`speaking` sets it for a block (the
PDF, the CLI). Module-level constants are marked with :func:`N_` and translated where they are used,
so a constant follows the language chosen after import.
"""

import gettext
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from types import MappingProxyType

from scers_desktop.engine.money import to_cents

LOG = logging.getLogger(__name__)

#: The languages a member can choose, in menu order: code -> the language's own name.
LANGUAGES: Mapping[str, str] = MappingProxyType(
    {"en": "English", "es": "Español", "zh_Hant": "繁體中文", "vi": "Tiếng Việt"}
)
SOURCE = "en"
DOMAIN = "messages"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def N_(msgid: str) -> str:
    """Mark a module-level constant for the catalog; it is translated where it is used, with :func:`_`."""
    return msgid


GOVERNS = N_("The English estimate and the SCERS Member Handbook govern; this translation is for convenience.")
NOT_REVIEWED = N_("Translation not yet reviewed.")


@dataclass(frozen=True)
class _Language:
    code: str
    babel_locale: str
    catalog: Path


def _shipped(code: str) -> _Language:
    return _Language(code, code, LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo")


_KNOWN: dict[str, _Language] = {code: _shipped(code) for code in LANGUAGES if code != SOURCE}
_loaded: dict[str, gettext.NullTranslations] = {}
_current = SOURCE


def register(code: str, catalog: Path, *, babel_locale: str = "en_US") -> None:
    """Make a compiled catalog outside the package speakable (the tests' pseudo-locale ``qps``)."""
    _KNOWN[code] = _Language(code, babel_locale, catalog)
    _loaded.pop(code, None)


def codes() -> tuple[str, ...]:
    """Every code :func:`use` accepts: the shipped languages and any registered one."""
    return (SOURCE, *_KNOWN)


def use(code: str) -> None:
    """Speak ``code`` from now on, process-wide (the screens re-word themselves when the person chooses a
    language); an unknown code is a ``ValueError`` naming the known ones."""
    global _current  # noqa: PLW0603 - the one process-wide language
    if code != SOURCE and code not in _KNOWN:
        raise ValueError(f"unknown language {code!r}; known: {', '.join(codes())}")
    _current = code


def current() -> str:
    """The language spoken now."""
    return _current


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Speak ``code`` inside the block and the language before it afterwards (a PDF, a CLI run)."""
    before = _current
    use(code)
    try:
        yield
    finally:
        use(before)


def _translations(code: str) -> gettext.NullTranslations:
    """The compiled catalog of ``code``; a missing one falls back to English with one warning in the log."""
    if code == SOURCE:
        return _NULL
    found = _loaded.get(code)
    if found is None:
        path = _KNOWN[code].catalog
        try:
            with path.open("rb") as mo:
                found = gettext.GNUTranslations(mo)
        except OSError:
            LOG.warning("No compiled catalog for %s at %s (run make catalogs): English is shown", code, path)
            found = gettext.NullTranslations()
        _loaded[code] = found
    return found


_NULL = gettext.NullTranslations()


def _(msgid: str) -> str:
    """``msgid`` in the current language (itself in English or where the catalog lacks it; '' stays '',
    never the catalog's header, which gettext keeps under the empty msgid)."""
    return _translations(_current).gettext(msgid) if msgid else msgid


def n_(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current language (ngettext)."""
    return _translations(_current).ngettext(singular, plural, n)


def reviewed(code: str) -> bool:
    """Whether a qualified translator has reviewed ``code``'s catalog: its header says ``X-Reviewed: yes``."""
    if code == SOURCE:
        return True
    return _translations(code).info().get("x-reviewed", "no").strip().lower() == "yes"


def governs_notice() -> str:
    """The sentence every translated screen and PDF carries, in the current language ('' in English).

    A draft catalog adds that the translation is not yet reviewed (issue 17, "Honesty").
    """
    if _current == SOURCE:
        return ""
    notice = _(GOVERNS)
    return notice if reviewed(_current) else f"{notice} {_(NOT_REVIEWED)}"


def _babel() -> str | None:
    """The Babel locale of the current language, or ``None`` for English's fixed forms."""
    return None if _current == SOURCE else _KNOWN[_current].babel_locale


def long_date(day: date) -> str:
    """'July 1, 2030', '1 de julio de 2030', '2030年7月1日': a date as a member reads it."""
    where = _babel()
    if where is None:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    from babel.dates import format_date

    return format_date(day, format="long", locale=where)


def month_year(day: date) -> str:
    """'May 2030': the month of a date."""
    where = _babel()
    if where is None:
        return f"{MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", day, locale=where)


def short_month_year(day: date) -> str:
    """'Sep 2030': the month of a date, its name abbreviated."""
    where = _babel()
    if where is None:
        return f"{MONTHS[day.month - 1][:3]} {day.year}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", day, locale=where)


def money(amount: Decimal) -> str:
    """'$1,912.50': US dollars rounded half-up to the cent, written the language's way."""
    cents = to_cents(amount)
    where = _babel()
    if where is None:
        return f"${cents:,.2f}"
    from babel.numbers import format_currency

    return format_currency(cents, "USD", locale=where)


def whole_money(amount: Decimal) -> str:
    """'$140': whole US dollars, as a rule quotes a minimum."""
    where = _babel()
    if where is None:
        return f"${amount:,.0f}"
    from babel import Locale
    from babel.numbers import format_currency

    pattern = Locale.parse(where).currency_formats["standard"].pattern.replace(".00", "")
    return format_currency(amount, "USD", format=pattern, locale=where, currency_digits=False)


def number(value: Decimal, pattern: str) -> str:
    """``value`` with the language's decimal mark, ``pattern`` a CLDR pattern ('0.00', '#,##0.####')."""
    from babel.numbers import format_decimal

    return format_decimal(value, format=pattern, locale=_babel() or "en_US")


def years(value: Decimal) -> str:
    """Service years to two decimals, cut rather than rounded: 27.505 -> '27.50' ('27,50' in Spanish)."""
    cut = value.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return f"{cut:.2f}" if _babel() is None else number(cut, "0.00")


def percent(rate: Decimal) -> str:
    """A yearly rate as a percent with the digits it needs: 0.015 -> '1.5%' ('1,5 %' in Spanish)."""
    digits = f"{(rate * 100).normalize():f}"
    where = _babel()
    if where is None:
        return f"{digits}%"
    from babel.numbers import format_percent

    return format_percent(rate, locale=where, decimal_quantization=False)
