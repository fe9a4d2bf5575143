"""Dates, dollars, factors and years as a member reads them, in the current language.

English keeps fixed forms that never read the process locale: ``strftime``'s month names follow it,
and Qt calls ``setlocale`` at start-up, so under a Spanish locale the PDF once read "Pension starts
mayo 1, 2030" (issue 13). Other languages are written by :mod:`scers_desktop.present.i18n` through
Babel (CLDR), never through the C library's locale.
"""

from datetime import date
from decimal import Decimal

from scers_desktop.present import i18n
from scers_desktop.present.i18n import MONTHS

__all__ = [
    "MONTHS",
    "factor_text",
    "fixed",
    "format_dollars",
    "long_date",
    "month_year",
    "rate_percent",
    "short_month_year",
    "whole_dollars",
    "years_text",
]


def long_date(day: date) -> str:
    """'May 1, 2028': a date as a member reads it."""
    return i18n.long_date(day)


def month_year(day: date) -> str:
    """'May 2030': the month of a date."""
    return i18n.month_year(day)


def short_month_year(day: date) -> str:
    """'Sep 2030': the month of a date, its name cut to three letters."""
    return i18n.short_month_year(day)


def format_dollars(amount: Decimal) -> str:
    """'$1,912.50': dollars with thousands separators, rounded half-up to the cent."""
    return i18n.money(amount)


def factor_text(value: Decimal) -> str:
    """A factor as the handbook prints it, two decimals at least: 2 -> '2.00', 1.655 -> '1.655'."""
    if i18n.current() != i18n.SOURCE:
        return i18n.number(value, "0.00##")
    text = f"{value:.4f}".rstrip("0")
    return text + "0" * max(0, 2 - len(text.split(".")[1]))


def fixed(value: Decimal | float, places: int) -> str:
    """``value`` to ``places`` decimals with the language's decimal mark: 61.805 -> '61.81' ('61,81')."""
    if i18n.current() == i18n.SOURCE:
        return f"{value:.{places}f}"
    return i18n.number(Decimal(str(value)), "0" + ("." + "0" * places if places else ""))


def years_text(value: Decimal) -> str:
    """Service years to two decimals, cut rather than rounded: 27.505 -> '27.50'.

    Eligibility turns on whole years (5, 10, 20 and 30; Handbook 2023 'Retirement Eligibility'), so a
    member one day short of 30 years reads '29.99', never '30.00' beside "not eligible".
    """
    return i18n.years(value)


def rate_percent(rate: Decimal) -> str:
    """A yearly rate as a percent with the digits it needs: 0.015 -> '1.5', 0.02 -> '2'."""
    if i18n.current() != i18n.SOURCE:
        return i18n.number(rate * 100, "#,##0.###")
    return f"{(rate * 100).normalize():f}"


def whole_dollars(amount: Decimal) -> str:
    """'$140': whole dollars, as a rule quotes a minimum."""
    return i18n.whole_money(amount)
