"""Dates, dollars, factors and years as a member reads them, the same on every host.

Month names are fixed English until the app is translated: ``strftime``'s month names follow the
process locale, and Qt calls ``setlocale`` at start-up, so under a Spanish locale the PDF once read
"Pension starts mayo 1, 2030" (issue 13). Nothing here reads the locale.
"""

from datetime import date
from decimal import ROUND_DOWN, Decimal

from scers_desktop.engine.money import to_cents

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(day: date) -> str:
    """'May 1, 2028': a date as a member reads it."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def month_year(day: date) -> str:
    """'May 2030': the month of a date."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def short_month_year(day: date) -> str:
    """'Sep 2030': the month of a date, its name cut to three letters."""
    return f"{MONTHS[day.month - 1][:3]} {day.year}"


def format_dollars(amount: Decimal) -> str:
    """'$1,912.50': dollars with thousands separators, rounded half-up to the cent."""
    return f"${to_cents(amount):,.2f}"


def factor_text(value: Decimal) -> str:
    """A factor as the handbook prints it, two decimals at least: 2 -> '2.00', 1.655 -> '1.655'."""
    text = f"{value:.4f}".rstrip("0")
    return text + "0" * max(0, 2 - len(text.split(".")[1]))


def years_text(value: Decimal) -> str:
    """Service years to two decimals, cut rather than rounded: 27.505 -> '27.50'.

    Eligibility turns on whole years (5, 10, 20 and 30; Handbook 2023 'Retirement Eligibility'), so a
    member one day short of 30 years reads '29.99', never '30.00' beside "not eligible".
    """
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_DOWN):.2f}"


def rate_percent(rate: Decimal) -> str:
    """A yearly rate as a percent with the digits it needs: 0.015 -> '1.5', 0.02 -> '2'."""
    return f"{(rate * 100).normalize():f}"


def whole_dollars(amount: Decimal) -> str:
    """'$140': whole dollars, as a rule quotes a minimum."""
    return f"${amount:,.0f}"
